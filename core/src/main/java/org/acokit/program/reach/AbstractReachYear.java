/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.program.reach;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import com.google.common.collect.ImmutableList;
import org.acokit.program.Program;
import org.acokit.program.ProgramYear;
import org.acokit.contract.Band;
import org.acokit.contract.ContractTerms;
import org.acokit.contract.QualityTerms;
import org.acokit.contract.StopLoss;
import org.acokit.contract.WithholdEarnBack;
import org.acokit.internal.AcoStyle;
import org.acokit.internal.Checks;
import org.immutables.value.Value;

/**
 * One performance year of ACO REACH (2023-2026) under the Professional or Global option;
 * {@link #terms()} expresses it as contract terms.
 * <p>
 * From the sources:
 * <ul>
 *   <li>Risk corridors PY2023-2025, the share of savings/losses the ACO keeps by band of gross
 *       savings/losses as a share of the benchmark: Global 100% below 25%, 50% in 25-35%, 25% in
 *       35-50%, 10% above 50%; Professional 50% below 5%, 35% in 5-10%, 15% in 10-15%, 5% above
 *       15% (pearlhealth.com, "ACO REACH: Exploring the 'Performance Year Discount'", Exhibit A).
 *       Worked example: Global, gross savings 30% of the benchmark: 25% x 100% + 5% x 50% =
 *       27.5% of the benchmark.</li>
 *   <li>Global discount of the benchmark: 3% in PY2023 and PY2024 (REACH RFA Table 6.16), 4% in
 *       PY2025 ("increasing the 'discount' ... from 3.5% to 4%", modernhealthcare.com; CMS PY2025
 *       quick reference). The Professional option has no discount (Pearl).</li>
 *   <li>Quality withhold of the benchmark, earned back by the quality score: "2% of benchmark
 *       subject to quality withhold ..., which may be earned back based on the quality
 *       performance score" in PY2023-2025 (RFA Table 6.16), 5% in PY2026 (CMS PY2026 model
 *       update; copy.laraco.net, "6 Things to Know"). The table applies the discount and the
 *       withhold to "the benchmark" without saying whether the withhold is taken from the
 *       discounted one; the terms take it from the discounted benchmark (for Global a difference
 *       of 2% x 3% = 0.06% of the benchmark), an open item to confirm in the Financial
 *       Settlement Overview.</li>
 *   <li>Health equity benchmark adjustment from +$30 to -$10 per beneficiary per month
 *       (pelica.com/glossary/aco-reach; acclivityhealth.com), added to the benchmark as a
 *       performance input, see {@code healthEquityBenchmarkAdjustment(double, double)}.</li>
 * </ul>
 * Required parameters: the PY2026 corridors ({@link #corridors()}; only "the first risk corridor
 * is being changed from 25% to 10%" for Global is published), the PY2026 Global discount
 * ({@link #discount()}), the {@link #sequestrationRate()} (not in the sources; give 0 for
 * none); an optional stop-loss ({@link #stopLoss()}; its attachment points are not public).
 * Corridors apply to savings and to losses alike. Immutable and thread-safe.
 */
@Value.Immutable
@AcoStyle
abstract class AbstractReachYear implements ProgramYear {

  @Override
  public Program program() {
    return Program.REACH;
  }

  /** The first ACO REACH performance year. */
  public static final int FIRST_YEAR = 2023;
  /** The last ACO REACH performance year announced. */
  public static final int LAST_YEAR = 2026;
  /** The lowest health equity benchmark adjustment, dollars per beneficiary per month. */
  public static final double HEBA_MIN_PBPM = -10;
  /** The highest health equity benchmark adjustment, dollars per beneficiary per month. */
  public static final double HEBA_MAX_PBPM = 30;

  /**
   * The performance year, 2023-2026.
   *
   * @return the year
   */
  @Override
  public abstract int performanceYear();

  /**
   * The risk-sharing option.
   *
   * @return the option
   */
  public abstract ReachOption option();

  /**
   * The risk corridors, replacing the PY2023-2025 ones; required for PY2026.
   *
   * @return the corridors, empty to use the published ones
   */
  public abstract List<Band> corridors();

  /**
   * The Global benchmark discount, replacing the published one; required for Global in PY2026.
   *
   * @return the discount, a fraction
   */
  public abstract OptionalDouble discount();

  /**
   * The sequestration rate on shared savings. Required: not in the sources; give 0 for none.
   *
   * @return the rate
   */
  public abstract OptionalDouble sequestrationRate();

  /**
   * The optional stop-loss arrangement, with the attachment point of the ACO's agreement.
   *
   * @return the stop-loss, empty for none
   */
  public abstract Optional<StopLoss> stopLoss();

  @Value.Check
  void check() {
    if (performanceYear() < FIRST_YEAR || performanceYear() > LAST_YEAR) {
      throw new IllegalArgumentException("performanceYear must be between " + FIRST_YEAR + " and " + LAST_YEAR
          + " inclusive (ACO REACH), but was " + performanceYear());
    }
    discount().ifPresent(d -> Checks.fraction("discount", d));
    if (discount().isPresent() && option() == ReachOption.PROFESSIONAL && discount().getAsDouble() != 0) {
      throw new IllegalArgumentException("discount must be 0 for the Professional option (it has no discount), but was "
          + discount().getAsDouble());
    }
    sequestrationRate().ifPresent(r -> Checks.fraction("sequestrationRate", r));
  }

  /**
   * The published risk corridors of PY2023-2025 (Pearl Health, Exhibit A).
   *
   * @param option the option
   * @return the corridors, as bands of savings or losses
   */
  public static ImmutableList<Band> publishedCorridors(ReachOption option) {
    if (option == ReachOption.GLOBAL) {
      return ImmutableList.of(Band.of(0, 0.25, 1.0), Band.of(0.25, 0.35, 0.5), Band.of(0.35, 0.50, 0.25),
          Band.above(0.50, 0.10));
    }
    return ImmutableList.of(Band.of(0, 0.05, 0.5), Band.of(0.05, 0.10, 0.35), Band.of(0.10, 0.15, 0.15),
        Band.above(0.15, 0.05));
  }

  /**
   * The benchmark discount of the year: none for Professional; Global 3% (2023-2024), 4% (2025).
   *
   * @return the discount, a fraction
   * @throws IllegalArgumentException naming {@code discount} for Global in PY2026 without it
   */
  public double effectiveDiscount() {
    if (discount().isPresent()) {
      return discount().getAsDouble();
    }
    if (option() == ReachOption.PROFESSIONAL) {
      return 0;
    }
    if (performanceYear() <= 2024) {
      return 0.03;
    }
    if (performanceYear() == 2025) {
      return 0.04;
    }
    throw new IllegalArgumentException("discount is required: the Global discount of PY2026 is not in the sources "
        + "(4% in PY2025)");
  }

  /**
   * The quality withhold of the year: 2% in 2023-2025, 5% in 2026.
   *
   * @return the withhold rate, a fraction of the benchmark
   */
  public double qualityWithhold() {
    return performanceYear() >= 2026 ? 0.05 : 0.02;
  }

  /**
   * The contract terms of the year.
   *
   * @return the terms
   * @throws IllegalArgumentException naming each required parameter that is missing
   */
  @Override
  public ContractTerms terms() {
    List<Band> bands = corridors();
    if (bands.isEmpty()) {
      if (performanceYear() >= 2026) {
        throw new IllegalArgumentException("corridors is required: the PY2026 risk corridors are not all published "
            + "(Global's first corridor narrows from 25% to 10%; the other bands and shares are not in the sources)");
      }
      bands = publishedCorridors(option());
    }
    double seq = sequestrationRate().orElseThrow(() -> new IllegalArgumentException("sequestrationRate is required: "
        + "whether CMS sequestered ACO REACH shared savings is not in the sources; give 0 for none"));
    ContractTerms.Builder terms = ContractTerms.builder()
        .name("ACO REACH " + (option() == ReachOption.GLOBAL ? "Global" : "Professional") + " PY" + performanceYear())
        .source("pearlhealth.com REACH Performance Year Discount, Exhibit A; REACH RFA Table 6.16; "
            + "CMS PY2025 and PY2026 quick references")
        .benchmarkDiscount(effectiveDiscount())
        .addAllSavingsBands(bands)
        .addAllLossBands(bands)
        .quality(QualityTerms.builder().withholdRate(qualityWithhold()).withholdEarnBack(WithholdEarnBack.SCORE).build())
        .sequestrationRate(seq);
    stopLoss().ifPresent(terms::stopLoss);
    return terms.build();
  }

  /**
   * The health equity benchmark adjustment in dollars for the year, to pass as
   * {@code PerformanceInputs.benchmarkAdjustment}: PBPM x 12 x person-years.
   *
   * @param perBeneficiaryPerMonth the ACO's adjustment, dollars per beneficiary per month, -10 to
   *     +30
   * @param personYears aligned person-years
   * @return the adjustment, total dollars
   * @throws IllegalArgumentException if the PBPM is outside -10 to +30, person-years are not
   *     positive, or the product overflows
   */
  public static double healthEquityBenchmarkAdjustment(double perBeneficiaryPerMonth, double personYears) {
    Checks.inRange("perBeneficiaryPerMonth", perBeneficiaryPerMonth, HEBA_MIN_PBPM, HEBA_MAX_PBPM);
    Checks.positive("personYears", personYears);
    return Checks.checkedProduct("healthEquityBenchmarkAdjustment = perBeneficiaryPerMonth x 12 x personYears",
        perBeneficiaryPerMonth * 12, personYears);
  }
}
