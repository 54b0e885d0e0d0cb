/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.risk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import com.google.common.collect.ImmutableList;
import org.acokit.internal.Checks;
import org.acokit.program.mssp.MsrElection;
import org.acokit.program.mssp.MsspInput;
import org.acokit.program.mssp.MsspTrack;
import org.acokit.quality.QualityOutcome;

/**
 * What-if grids of MSSP scenarios: true savings rate x size x per-beneficiary CV x MSR/MLR
 * election x track, each simulated with the {@link ParametricSpending} model through its own
 * resolved contract, and the comparison of elections and tracks by expected payment and by
 * expected CARA utility ({@link SimulationResult#certaintyEquivalent(double)}).
 * <p>
 * Every cell uses the same seed, so cells differ only by their parameters (common random numbers:
 * the comparison of two elections is not blurred by different draws). One-sided tracks have only
 * the variable election; a two-sided track gets every listed election. Size is both the assigned
 * beneficiaries and the person-years. Participant revenue (for BASIC C-E and Track 1+ loss caps)
 * is the given share of the benchmark. Example:
 * <pre>{@code
 * List<GridCell> cells = SensitivityGrid.builder(2025, LocalDate.of(2025, 1, 1), 12_000)
 *     .trueSavingsRates(0.0, 0.02).sizes(5_000, 20_000).coefficientsOfVariation(2.2)
 *     .tracks(MsspTrack.BASIC_A, MsspTrack.ENHANCED).elections(MsrElection.zero(), MsrElection.variable())
 *     .riskTolerance(2_000_000).trials(20_000).seed(7).build().run();
 * }</pre>
 * Immutable and thread-safe.
 */
public final class SensitivityGrid {

  private final int performanceYear;
  private final LocalDate agreementStart;
  private final double perCapitaBenchmark;
  private final QualityOutcome quality;
  private final double revenueShare;
  private final List<Double> rates;
  private final List<Integer> sizes;
  private final List<Double> cvs;
  private final List<MsspTrack> tracks;
  private final List<MsrElection> elections;
  private final Tail tail;
  private final double riskTolerance;
  private final int trials;
  private final long seed;

  private SensitivityGrid(Builder b) {
    this.performanceYear = b.performanceYear;
    this.agreementStart = b.agreementStart;
    this.perCapitaBenchmark = b.perCapitaBenchmark;
    this.quality = b.quality;
    this.revenueShare = b.revenueShare;
    this.rates = List.copyOf(b.rates);
    this.sizes = List.copyOf(b.sizes);
    this.cvs = List.copyOf(b.cvs);
    this.tracks = List.copyOf(b.tracks);
    this.elections = List.copyOf(b.elections);
    this.tail = b.tail;
    this.riskTolerance = b.riskTolerance;
    this.trials = b.trials;
    this.seed = b.seed;
  }

  /**
   * Starts a grid.
   *
   * @param performanceYear the performance year whose rules apply
   * @param agreementStart the agreement start
   * @param perCapitaBenchmark the per-capita benchmark, dollars, greater than 0
   * @return the builder
   * @throws IllegalArgumentException if the benchmark is not greater than 0
   */
  public static Builder builder(int performanceYear, LocalDate agreementStart, double perCapitaBenchmark) {
    return new Builder(performanceYear, agreementStart, Checks.positive("perCapitaBenchmark", perCapitaBenchmark));
  }

  /**
   * The MSSP ACO-year of one cell (its expenditure is the benchmark; the model replaces it).
   *
   * @param track the track
   * @param election the election
   * @param size assigned beneficiaries and person-years
   * @return the input
   */
  MsspInput input(MsspTrack track, MsrElection election, int size) {
    MsspInput.Builder b = MsspInput.builder().performanceYear(performanceYear).track(track).agreementStart(agreementStart)
        .assignedBeneficiaries(size).personYears(size).perCapitaBenchmark(perCapitaBenchmark)
        .perCapitaExpenditure(perCapitaBenchmark).quality(quality)
        .participantRevenue(revenueShare * perCapitaBenchmark * size);
    if (track.isTwoSided()) {
      b.msrElection(election);
    }
    return b.build();
  }

  /**
   * Simulates every cell, in the order rate, size, CV, track, election.
   *
   * @return the cells
   * @throws IllegalArgumentException if a cell's contract or model is refused (naming it)
   */
  public List<GridCell> run() {
    ImmutableList.Builder<GridCell> out = ImmutableList.builder();
    for (double rate : rates) {
      for (int size : sizes) {
        for (double cv : cvs) {
          ParametricSpending model = ParametricSpending.builder().trueSavingsRate(rate).coefficientOfVariation(cv)
              .tail(tail).build();
          for (MsspTrack track : tracks) {
            Set<MsrElection> choices = new LinkedHashSet<>(track.isTwoSided() ? elections : List.of(MsrElection.variable()));
            for (MsrElection election : choices) {
              SimulationResult r = SettlementSimulation.parametric(input(track, election, size), model).run(trials, seed);
              out.add(GridCell.builder().trueSavingsRate(rate).size(size).coefficientOfVariation(cv).track(track)
                  .election(election).probabilityEarnedSavings(r.probabilityEarnedSavings())
                  .probabilitySharedLosses(r.probabilitySharedLosses()).expectedPayment(r.expectedPayment())
                  .expectedPaymentStandardError(r.expectedPaymentStandardError()).valueAtRisk95(r.valueAtRisk(0.95))
                  .certaintyEquivalent(r.certaintyEquivalent(riskTolerance)).build());
            }
          }
        }
      }
    }
    return out.build();
  }

  /**
   * The cells of one scenario (true savings, size, CV) ranked as choices: by certainty equivalent
   * (expected CARA utility), highest first; ties keep grid order.
   *
   * @param cells the grid's cells
   * @param trueSavingsRate the scenario's true savings rate
   * @param size the scenario's size
   * @param coefficientOfVariation the scenario's CV
   * @return the choices, best first by certainty equivalent
   */
  public static List<GridCell> rankByUtility(List<GridCell> cells, double trueSavingsRate, int size,
      double coefficientOfVariation) {
    return cells.stream().filter(c -> c.trueSavingsRate() == trueSavingsRate && c.size() == size
        && c.coefficientOfVariation() == coefficientOfVariation)
        .sorted(Comparator.comparingDouble(GridCell::certaintyEquivalent).reversed()).collect(Collectors.toList());
  }

  /**
   * The cells as a text table, one row per cell.
   *
   * @param cells the cells
   * @return the table
   */
  public static String table(List<GridCell> cells) {
    StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%8s %7s %5s %-14s %-18s %8s %8s %14s %12s %14s%n",
        "true sav", "size", "CV", "track", "election", "P(earn)", "P(loss)", "E[payment] $", "VaR95 $", "CE $"));
    for (GridCell c : cells) {
      b.append(String.format(Locale.ROOT, "%7.1f%% %,7d %5.2f %-14s %-18s %8.4f %8.4f %,14.0f %,12.0f %,14.0f%n",
          c.trueSavingsRate() * 100, c.size(), c.coefficientOfVariation(), c.track().label(), c.election(),
          c.probabilityEarnedSavings(), c.probabilitySharedLosses(), c.expectedPayment(), c.valueAtRisk95(),
          c.certaintyEquivalent()));
    }
    return b.toString();
  }

  /** Builds a {@link SensitivityGrid}; every axis needs at least one value. */
  public static final class Builder {
    private final int performanceYear;
    private final LocalDate agreementStart;
    private final double perCapitaBenchmark;
    private QualityOutcome quality = QualityOutcome.of(1.0, org.acokit.quality.QualityStandard.MET);
    private double revenueShare = 0.35;
    private final List<Double> rates = new ArrayList<>();
    private final List<Integer> sizes = new ArrayList<>();
    private final List<Double> cvs = new ArrayList<>();
    private final List<MsspTrack> tracks = new ArrayList<>();
    private final List<MsrElection> elections = new ArrayList<>();
    private Tail tail = Tail.NORMAL;
    private double riskTolerance = Double.NaN;
    private int trials = 10_000;
    private long seed = 1;

    private Builder(int performanceYear, LocalDate agreementStart, double perCapitaBenchmark) {
      this.performanceYear = performanceYear;
      this.agreementStart = Objects.requireNonNull(agreementStart, "agreementStart");
      this.perCapitaBenchmark = perCapitaBenchmark;
    }

    /**
     * The true savings rates.
     *
     * @param values fractions
     * @return this builder
     */
    public Builder trueSavingsRates(double... values) {
      for (double v : values) {
        rates.add(v);
      }
      return this;
    }

    /**
     * The sizes (assigned beneficiaries and person-years).
     *
     * @param values counts, each at least 1
     * @return this builder
     * @throws IllegalArgumentException if a size is not positive
     */
    public Builder sizes(int... values) {
      for (int v : values) {
        if (v < 1) {
          throw new IllegalArgumentException("size must be a positive number of beneficiaries, but was " + v);
        }
        sizes.add(v);
      }
      return this;
    }

    /**
     * The per-beneficiary coefficients of variation.
     *
     * @param values CVs, each greater than 0
     * @return this builder
     * @throws IllegalArgumentException if a CV is not greater than 0
     */
    public Builder coefficientsOfVariation(double... values) {
      for (double v : values) {
        cvs.add(Checks.positive("coefficientOfVariation", v));
      }
      return this;
    }

    /**
     * The tracks.
     *
     * @param values tracks offered in the performance year
     * @return this builder
     */
    public Builder tracks(MsspTrack... values) {
      tracks.addAll(List.of(values));
      return this;
    }

    /**
     * The MSR/MLR elections of two-sided tracks.
     *
     * @param values elections
     * @return this builder
     */
    public Builder elections(MsrElection... values) {
      elections.addAll(List.of(values));
      return this;
    }

    /**
     * The quality outcome of every cell.
     *
     * @param value the quality
     * @return this builder; MET with score 1 unless set
     */
    public Builder quality(QualityOutcome value) {
      this.quality = Objects.requireNonNull(value, "quality");
      return this;
    }

    /**
     * Participant revenue as a share of the total benchmark, for revenue-based loss caps.
     *
     * @param value the share, greater than 0; 0.35 unless set
     * @return this builder
     */
    public Builder revenueShare(double value) {
      this.revenueShare = Checks.positive("revenueShare", value);
      return this;
    }

    /**
     * The tail of the spending model.
     *
     * @param value the tail; NORMAL unless set
     * @return this builder
     */
    public Builder tail(Tail value) {
      this.tail = Objects.requireNonNull(value, "tail");
      return this;
    }

    /**
     * The CARA risk tolerance R for the certainty equivalents, dollars.
     *
     * @param value R, greater than 0
     * @return this builder
     */
    public Builder riskTolerance(double value) {
      this.riskTolerance = Checks.positive("riskTolerance", value);
      return this;
    }

    /**
     * The trials per cell.
     *
     * @param value at least 2; 10,000 unless set
     * @return this builder
     */
    public Builder trials(int value) {
      if (value < 2) {
        throw new IllegalArgumentException("trials must be at least 2 (a distribution needs two outcomes), but was "
            + value);
      }
      this.trials = value;
      return this;
    }

    /**
     * The seed shared by every cell.
     *
     * @param value the seed; 1 unless set
     * @return this builder
     */
    public Builder seed(long value) {
      this.seed = value;
      return this;
    }

    /**
     * Builds the grid.
     *
     * @return the grid
     * @throws IllegalArgumentException if an axis is empty or no risk tolerance was given
     */
    public SensitivityGrid build() {
      require("trueSavingsRates", rates);
      require("sizes", sizes);
      require("coefficientsOfVariation", cvs);
      require("tracks", tracks);
      if (elections.isEmpty()) {
        elections.add(MsrElection.variable());
      }
      if (Double.isNaN(riskTolerance)) {
        throw new IllegalArgumentException("riskTolerance must be given (dollars, the R of CARA utility -exp(-x / R))");
      }
      return new SensitivityGrid(this);
    }

    private static void require(String axis, List<?> values) {
      if (values.isEmpty()) {
        throw new IllegalArgumentException(axis + " must have at least one value, but had none");
      }
    }
  }
}
