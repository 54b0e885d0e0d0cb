/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.risk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import org.acokit.io.Failure;
import org.acokit.io.FailureCode;
import org.acokit.program.mssp.MsrElection;
import org.acokit.program.mssp.MsspInput;
import org.acokit.program.mssp.MsspRules;
import org.acokit.program.mssp.MsspTrack;
import org.acokit.puf.PufRecord;
import org.acokit.quality.QualityOutcome;
import org.acokit.quality.QualityStandard;

/**
 * A back-test of the simulation on what actually happened: for every ACO-year of the public use
 * files with an earlier year of the same ACO, forecast P(earned shared savings) from what was
 * known before the year, and score the forecasts against the published outcome.
 * <p>
 * What the forecast of ACO-year (a, Y) uses, all known before Y: the track and agreement start
 * of Y (chosen before the year), its MSR/MLR election (made at the agreement's start; read from
 * the published MSR of Y: 0 is the zero election, 0.5%-2% a fixed one, anything else the
 * variable scale), the size and per-capita benchmark of a's latest earlier year, and the savings
 * rates r_1..r_k of a's earlier years. Then
 * <pre>{@code
 * m  = mean(r_1..r_k)                                      the forecast true savings rate
 * s2 = (P^2 + (k - 1) var(r_1..r_k)) / k                   a credibility blend of the ACO's own
 *                                                          dispersion and the pooled one
 * P  = root mean square of (r - mean of earlier rates) over every ACO-year before Y with an
 *      earlier year: the past error of this very forecast (0.02 before any exists)
 * }</pre>
 * and the ACO-year is simulated with {@code ParametricSpending.normal(double, double)} at true
 * savings m and a per-beneficiary CV of s x sqrt(person-years) (so that the savings rate has
 * standard deviation s), the quality standard met with score 1, through its own resolved
 * contract; P(earned) is the share of trials with a savings payment. The base-rate forecast is
 * the share of earned savings among all ACO-years of years before Y.
 * <p>
 * Scores: the Brier score mean((p - y)^2) of both forecasts, the Brier skill score
 * 1 - Brier / Brier(base rate), and a calibration table of the forecasts in ten bins of width
 * 0.1. ACO-years that cannot be forecast (no earlier year; a track, size or savings rate not
 * published; rules that refuse the inputs, such as fewer than 500 beneficiaries under the
 * size-based MSR) are reported as failures with the reason, never dropped silently.
 * Immutable and thread-safe.
 */
public final class SharedSavingsBacktest {

  /** The pooled dispersion before any forecast error exists. */
  static final double INITIAL_DISPERSION = 0.02;
  private static final int TRIALS = 2_000;

  private final ImmutableList<BacktestForecast> forecasts;
  private final ImmutableList<Failure> failures;

  private SharedSavingsBacktest(ImmutableList<BacktestForecast> forecasts, ImmutableList<Failure> failures) {
    this.forecasts = forecasts;
    this.failures = failures;
  }

  /**
   * Reads CMS's crosswalk from the encrypted 2013-2017 ACO numbers to the ACO_IDs used from 2018
   * ({@code aco-id-crosswalk.csv}: columns ACO_ID, first agreement start, ACO_NUM).
   *
   * @param file the crosswalk
   * @return ACO_NUM to ACO_ID
   * @throws UncheckedIOException if the file cannot be read
   * @throws IllegalArgumentException if it has no ACO_ID and ACO_NUM columns
   */
  public static Map<String, String> readCrosswalk(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the ACO id crosswalk " + file, e);
    }
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("the ACO id crosswalk " + file + " is empty");
    }
    List<String> header = cells(lines.get(0));
    int id = header.indexOf("ACO_ID");
    int num = header.indexOf("ACO_NUM");
    if (id < 0 || num < 0) {
      throw new IllegalArgumentException("the ACO id crosswalk " + file + " must have columns ACO_ID and ACO_NUM, but "
          + "had " + header);
    }
    ImmutableMap.Builder<String, String> map = ImmutableMap.builder();
    for (String line : lines.subList(1, lines.size())) {
      List<String> c = cells(line);
      if (c.size() > Math.max(id, num) && !c.get(num).isEmpty()) {
        map.put(c.get(num), c.get(id));
      }
    }
    return map.buildKeepingLast();
  }

  private static List<String> cells(String line) {
    List<String> out = new ArrayList<>();
    for (String cell : line.split(",", -1)) {
      out.add(cell.replace("\"", "").trim());
    }
    return out;
  }

  /**
   * Runs the back-test.
   *
   * @param records the ACO-years of every performance year
   * @param crosswalk encrypted ACO numbers to ACO_IDs ({@link #readCrosswalk(Path)}); ACOs without
   *     an identifier are linked by name
   * @param seed the seed of every simulation
   * @return the forecasts and the ACO-years that could not be forecast
   */
  public static SharedSavingsBacktest run(List<PufRecord> records, Map<String, String> crosswalk, long seed) {
    Objects.requireNonNull(records, "records");
    Map<String, String> idByName = new HashMap<>();
    for (PufRecord r : records) {
      if (!r.acoId().isBlank()) {
        idByName.putIfAbsent(name(r.acoName()), crosswalk.getOrDefault(r.acoId(), r.acoId()));
      }
    }
    Map<String, TreeMap<Integer, PufRecord>> byAco = new HashMap<>();
    TreeMap<Integer, int[]> earnedByYear = new TreeMap<>();
    for (PufRecord r : records) {
      String key = r.acoId().isBlank() ? idByName.getOrDefault(name(r.acoName()), "name:" + name(r.acoName()))
          : crosswalk.getOrDefault(r.acoId(), r.acoId());
      byAco.computeIfAbsent(key, k -> new TreeMap<>()).put(r.performanceYear(), r);
      if (r.earnedSavingsLosses().isPresent()) {
        int[] c = earnedByYear.computeIfAbsent(r.performanceYear(), y -> new int[2]);
        c[0] += r.earnedSavingsLosses().getAsDouble() > 0 ? 1 : 0;
        c[1]++;
      }
    }
    // The past error of the forecast rule, per year: squared errors of ACO-years of that year.
    TreeMap<Integer, double[]> errors = new TreeMap<>();
    for (TreeMap<Integer, PufRecord> years : byAco.values()) {
      List<Double> rates = new ArrayList<>();
      for (PufRecord r : years.values()) {
        if (r.savingsRate().isEmpty()) {
          continue;
        }
        if (!rates.isEmpty()) {
          double e = r.savingsRate().getAsDouble() - mean(rates);
          double[] acc = errors.computeIfAbsent(r.performanceYear(), y -> new double[2]);
          acc[0] += e * e;
          acc[1]++;
        }
        rates.add(r.savingsRate().getAsDouble());
      }
    }
    ImmutableList.Builder<BacktestForecast> forecasts = ImmutableList.builder();
    ImmutableList.Builder<Failure> failures = ImmutableList.builder();
    List<String> keys = new ArrayList<>(byAco.keySet());
    keys.sort(Comparator.naturalOrder());
    for (String key : keys) {
      TreeMap<Integer, PufRecord> years = byAco.get(key);
      for (PufRecord r : years.values()) {
        List<PufRecord> prior = new ArrayList<>(years.headMap(r.performanceYear()).values());
        prior.removeIf(p -> p.savingsRate().isEmpty());
        if (prior.isEmpty()) {
          continue;
        }
        try {
          forecasts.add(forecast(key, r, prior, pooled(errors, r.performanceYear()),
              baseRate(earnedByYear, r.performanceYear()), seed));
        } catch (IllegalArgumentException e) {
          failures.add(Failure.ofRow(FailureCode.MISSING_INPUT, r.sourceFile(), r.row(), key, String.valueOf(
              r.performanceYear()), "ACO " + key + " PY" + r.performanceYear() + " cannot be forecast: " + e.getMessage()));
        }
      }
    }
    return new SharedSavingsBacktest(forecasts.build(), failures.build());
  }

  private static String name(String acoName) {
    return acoName.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
  }

  private static double mean(List<Double> values) {
    double s = 0;
    for (double v : values) {
      s += v;
    }
    return s / values.size();
  }

  private static double pooled(TreeMap<Integer, double[]> errors, int year) {
    double sum = 0;
    double n = 0;
    for (double[] e : errors.headMap(year).values()) {
      sum += e[0];
      n += e[1];
    }
    return n > 0 ? Math.sqrt(sum / n) : INITIAL_DISPERSION;
  }

  private static double baseRate(TreeMap<Integer, int[]> earnedByYear, int year) {
    double earned = 0;
    double all = 0;
    for (int[] c : earnedByYear.headMap(year).values()) {
      earned += c[0];
      all += c[1];
    }
    if (all == 0) {
      throw new IllegalArgumentException("no earlier performance year has published outcomes for a base rate");
    }
    return earned / all;
  }

  private static BacktestForecast forecast(String key, PufRecord r, List<PufRecord> prior, double pooled,
      double baseRate, long seed) {
    PufRecord last = prior.get(prior.size() - 1);
    MsspTrack track = r.track().orElseThrow(() -> new IllegalArgumentException("the track is not published"));
    LocalDate start = r.agreementStart().orElse(LocalDate.of(r.performanceYear(), 1, 1));
    int size = last.assignedBeneficiaries().orElseThrow(() -> new IllegalArgumentException(
        "the earlier year's assigned beneficiaries are not published"));
    double years = last.personYears().orElse(size);
    double benchmark = last.updatedBenchmark().orElseThrow(() -> new IllegalArgumentException(
        "the earlier year's per-capita benchmark is not published"));
    if (r.earnedSavingsLosses().isEmpty()) {
      throw new IllegalArgumentException("the outcome (EarnSaveLoss) is not published");
    }
    List<Double> rates = new ArrayList<>();
    for (PufRecord p : prior) {
      rates.add(p.savingsRate().getAsDouble());
    }
    double m = mean(rates);
    double var = 0;
    for (double x : rates) {
      var += (x - m) * (x - m);
    }
    int k = rates.size();
    var = k > 1 ? var / (k - 1) : 0;
    double s = Math.sqrt((pooled * pooled + (k - 1) * var) / k);
    MsspInput.Builder in = MsspInput.builder().performanceYear(r.performanceYear()).track(track).agreementStart(start)
        .assignedBeneficiaries(size).personYears(years).perCapitaBenchmark(benchmark).perCapitaExpenditure(benchmark)
        .quality(QualityOutcome.of(1.0, QualityStandard.MET)).participantRevenue(0.35 * benchmark * years);
    if (track.isTwoSided()) {
      in.msrElection(election(track, start, r));
    }
    ParametricSpending model = ParametricSpending.normal(m, s * Math.sqrt(years));
    long trialSeed = seed ^ (31L * key.hashCode() + r.performanceYear());
    SimulationResult result = SettlementSimulation.parametric(in.build(), model).run(TRIALS, trialSeed);
    return BacktestForecast.builder().acoId(key).performanceYear(r.performanceYear()).priorYears(k)
        .forecastSavingsRate(m).forecastDispersion(s).probability(result.probabilityEarnedSavings()).baseRate(baseRate)
        .earned(r.earnedSavingsLosses().getAsDouble() > 0).build();
  }

  private static MsrElection election(MsspTrack track, LocalDate start, PufRecord r) {
    if (track == MsspTrack.TRACK_2 && MsspRules.track2FixedRate(start)) {
      return MsrElection.fixed(0.02);
    }
    if (r.minimumSavingsRate().isEmpty()) {
      return MsrElection.variable();
    }
    double msr = r.minimumSavingsRate().getAsDouble();
    if (Math.abs(msr) < 5e-4) {
      return MsrElection.zero();
    }
    for (double fixed : new double[] {0.005, 0.01, 0.015, 0.02}) {
      if (Math.abs(msr - fixed) < 5e-4) {
        return MsrElection.fixed(fixed);
      }
    }
    return MsrElection.variable();
  }

  /**
   * The forecasts, by ACO and year.
   *
   * @return the forecasts
   */
  public List<BacktestForecast> forecasts() {
    return forecasts;
  }

  /**
   * The ACO-years with an earlier year that could not be forecast, with the reason.
   *
   * @return the failures
   */
  public List<Failure> failures() {
    return failures;
  }

  /**
   * The Brier score of the simulation's forecasts: mean((p - y)^2), 0 is perfect.
   *
   * @return the score
   */
  public double brierScore() {
    return forecasts.stream().mapToDouble(f -> square(f.probability() - (f.earned() ? 1 : 0))).average().orElse(
        Double.NaN);
  }

  /**
   * The Brier score of the base-rate forecasts.
   *
   * @return the score
   */
  public double baseRateBrierScore() {
    return forecasts.stream().mapToDouble(f -> square(f.baseRate() - (f.earned() ? 1 : 0))).average().orElse(
        Double.NaN);
  }

  /**
   * The Brier skill score against the base rate: 1 - Brier / Brier(base rate); above 0 is better
   * than the base rate.
   *
   * @return the skill
   */
  public double skillScore() {
    return 1 - brierScore() / baseRateBrierScore();
  }

  private static double square(double x) {
    return x * x;
  }

  /**
   * The calibration table: forecasts in ten bins of width 0.1 (the last closed), each with its
   * count, mean forecast and observed share of earned savings.
   *
   * @return the table, one bin per line (empty bins left out)
   */
  public String calibrationTable() {
    int[] n = new int[10];
    double[] p = new double[10];
    int[] y = new int[10];
    for (BacktestForecast f : forecasts) {
      int bin = Math.min(9, (int) (f.probability() * 10));
      n[bin]++;
      p[bin] += f.probability();
      y[bin] += f.earned() ? 1 : 0;
    }
    StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-11s %7s %14s %14s%n", "forecast", "ACO-yrs",
        "mean forecast", "observed rate"));
    for (int i = 0; i < 10; i++) {
      if (n[i] > 0) {
        b.append(String.format(Locale.ROOT, "%.1f - %.1f %,7d %14.3f %14.3f%n", i / 10.0, (i + 1) / 10.0, n[i],
            p[i] / n[i], (double) y[i] / n[i]));
      }
    }
    return b.toString();
  }

  /**
   * The scores and the calibration table as text.
   *
   * @return the report
   */
  public String report() {
    long earned = forecasts.stream().filter(BacktestForecast::earned).count();
    return String.format(Locale.ROOT, "%,d ACO-years forecast (%,d earned shared savings), %,d could not be forecast%n"
        + "Brier score: simulation %.4f, base rate %.4f, skill %.3f%n", forecasts.size(), earned, failures.size(),
        brierScore(), baseRateBrierScore(), skillScore()) + calibrationTable();
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "SharedSavingsBacktest{%d forecasts, Brier %.4f vs base rate %.4f}",
        forecasts.size(), brierScore(), baseRateBrierScore());
  }
}
