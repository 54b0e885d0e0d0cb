/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.benchmark;

import java.time.LocalDate;

import org.acokit.explain.Explanation;
import org.acokit.explain.ValueKind;
import org.acokit.internal.AcoStyle;
import org.acokit.internal.Checks;
import org.acokit.population.EnrollmentType;
import org.acokit.population.EnrollmentVector;
import org.immutables.value.Value;

/**
 * The regional adjustment to the historical benchmark: Table 1 rows [J]-[S] of CMS's financial
 * reconciliation report, for agreement periods starting 7/1/2019 through 2023
 * (42 CFR 425.601(a)(8), (f)) and, with {@code negativeCapRate()} and
 * {@link #negativeAdjustmentOffset()}, from 1/1/2024 (42 CFR 425.656).
 * <p>
 * For each enrollment type:
 * <pre>{@code
 * [K] ACO regional amount = [J] regional expenditures BY3 x ACO risk score BY3
 * [L] difference          = [K] - [G] historical benchmark expenditures
 * [M] weighted difference = sum of [L] x [H];  lower spending than the region when [M] >= 0
 * [N] weight              = lower-spending weight if [M] >= 0, else higher-spending weight
 * [O] before cap          = [L] x [N]
 * [P] cap                 = capRate x national per capita expenditures BY3 (5%, 425.601(a)(8)(ii)(C))
 * [Q] after cap           = [O] limited to [-negativeCapRate x national, P], and a negative value
 *                           times (1 - offset factor) where an offset factor is given
 *                           (2024+ agreements: -1.5% and the offset of 425.656(c)(3)-(5))
 * [R] adjusted            = [G] + [Q];  [S] = sum of [R] x [H]
 * }</pre>
 * The weights depend on the era and the agreement period ({@code lowerSpendingWeight},
 * {@code higherSpendingWeight}). For 2024+ agreements a zero or negative adjustment is not applied
 * and the prior savings adjustment may replace it ({@link BenchmarkAdjustment}). Immutable and
 * thread-safe.
 */
@Value.Immutable
@AcoStyle
abstract class AbstractRegionalAdjustment {

  private static final LocalDate JANUARY_2017 = LocalDate.of(2017, 1, 1);
  private static final LocalDate JULY_2019 = LocalDate.of(2019, 7, 1);
  private static final LocalDate JANUARY_2024 = LocalDate.of(2024, 1, 1);

  /**
   * [G] Historical benchmark expenditures before the regional adjustment, dollars.
   *
   * @return the expenditures by enrollment type
   */
  public abstract EnrollmentVector historicalBenchmarkExpenditures();

  /**
   * [H] BY3 assigned beneficiary proportions, summing to 1.
   *
   * @return the proportions
   */
  public abstract EnrollmentVector proportions();

  /**
   * [C] The ACO's BY3 risk scores.
   *
   * @return the risk scores
   */
  public abstract EnrollmentVector riskScoresBy3();

  /**
   * [J] BY3 risk-adjusted regional expenditures before the ACO's health status, dollars.
   *
   * @return the regional expenditures
   */
  public abstract EnrollmentVector regionalExpenditures();

  /**
   * National assignable FFS per capita expenditures of BY3 (Table A3 [A]), dollars.
   *
   * @return the national expenditures
   */
  public abstract EnrollmentVector nationalExpendituresBy3();

  /**
   * The weight for an ACO with lower spending than its region, a fraction.
   *
   * @return the weight, such as 0.35
   */
  public abstract double lowerSpendingWeight();

  /**
   * The weight for an ACO with higher spending than its region, a fraction.
   *
   * @return the weight, such as 0.15
   */
  public abstract double higherSpendingWeight();

  /**
   * The cap as a share of national per capita expenditures; 5% for 7/1/2019-2023 agreements.
   *
   * @return the cap rate
   */
  @Value.Default
  public double capRate() {
    return 0.05;
  }

  /**
   * The cap on a negative adjustment as a share of national per capita expenditures (absolute
   * value): equal to {@link #capRate()} for agreement periods starting before 2024 (5%,
   * 425.601(a)(8)(ii)(C)); 1.5% from 2024 (425.656(c)(3)(ii)); see {@code negativeCapRate(LocalDate)}.
   *
   * @return the rate, a fraction
   */
  @Value.Default
  public double negativeCapRate() {
    return capRate();
  }

  /**
   * The offset factor of agreement periods starting 2024 and later (425.656(c)(4)-(5)): a
   * negative adjustment of an enrollment type is multiplied by 1 minus this factor. Absent before
   * 2024. Computed by {@code offsetFactor(double, EnrollmentVector, EnrollmentVector, EnrollmentVector)}.
   *
   * @return the factor, a fraction
   */
  public abstract java.util.OptionalDouble negativeAdjustmentOffset();

  /**
   * The cap rate on negative adjustments by agreement period: 5% before 2024, 1.5% from 1/1/2024
   * (42 CFR 425.656(c)(3)(ii), 87 FR 70246).
   *
   * @param agreementStart the start of the agreement period
   * @return the rate, a fraction
   */
  public static double negativeCapRate(LocalDate agreementStart) {
    return agreementStart.isBefore(JANUARY_2024) ? 0.05 : 0.015;
  }

  /**
   * The offset factor for negative regional adjustments of agreement periods starting 2024 and
   * later (42 CFR 425.656(c)(4)-(5)): the proportion of the ACO's BY3 assigned beneficiaries who
   * are dually eligible for Medicare and Medicaid, plus (the ACO's weighted average BY3 prospective
   * HCC risk score - 1), with weights of BY3 per capita expenditures x BY3 person-years per
   * enrollment type; the result limited to [0, 1] as the regulation says (0: no offset, 1: full
   * offset). Example: 20% dual, weighted risk score 1.10: offset 0.30, so a -$300 adjustment
   * becomes -$210.
   *
   * @param dualProportionBy3 the share of BY3 assigned beneficiaries who are dually eligible, a fraction
   * @param riskScoresBy3 BY3 prospective HCC risk scores by enrollment type
   * @param perCapitaExpendituresBy3 BY3 per capita expenditures by enrollment type, dollars
   * @param personYearsBy3 BY3 person-years by enrollment type
   * @return the offset factor in [0, 1]
   * @throws IllegalArgumentException if the dual proportion is not a fraction, a risk score is not
   *     positive, an expenditure or person-year count is negative, or all weights are zero
   */
  public static double offsetFactor(double dualProportionBy3, EnrollmentVector riskScoresBy3,
      EnrollmentVector perCapitaExpendituresBy3, EnrollmentVector personYearsBy3) {
    Checks.fraction("dualProportionBy3", dualProportionBy3);
    for (EnrollmentType t : EnrollmentType.values()) {
      Checks.positive("riskScoresBy3 " + t.label(), riskScoresBy3.get(t));
      Checks.nonNegative("perCapitaExpendituresBy3 " + t.label(), perCapitaExpendituresBy3.get(t));
      Checks.nonNegative("personYearsBy3 " + t.label(), personYearsBy3.get(t));
    }
    EnrollmentVector weights = perCapitaExpendituresBy3.times(personYearsBy3);
    Checks.positive("sum of weights (perCapitaExpendituresBy3 x personYearsBy3)", weights.sum());
    double offset = dualProportionBy3 + riskScoresBy3.dot(weights) / weights.sum() - 1;
    return Math.max(0, Math.min(1, offset));
  }

  /**
   * The weight for an ACO with lower spending than its region in its n-th agreement period
   * subject to the regional adjustment: for rebased agreement periods starting 2017 to 1/1/2019,
   * 35% then 70% (42 CFR 425.603(c)(9)(ii)(B)); from 7/1/2019, 35% then 50% (425.601(f),
   * 425.656(d)).
   *
   * @param agreementStart the start of the agreement period
   * @param application 1 for the first agreement period subject to the regional adjustment
   * @return the weight, a fraction
   * @throws IllegalArgumentException if the application is less than 1, or the agreement started
   *     before 2017 (no regional adjustment)
   */
  public static double lowerSpendingWeight(LocalDate agreementStart, int application) {
    checkApplication(agreementStart, application);
    if (agreementStart.isBefore(JULY_2019)) {
      return application == 1 ? 0.35 : 0.70;
    }
    return application == 1 ? 0.35 : 0.50;
  }

  /**
   * The weight for an ACO with higher spending than its region in its n-th agreement period
   * subject to the regional adjustment: for rebased agreement periods starting 2017 to 1/1/2019,
   * 25%, 50%, then 70% (42 CFR 425.603(c)(9)(ii)(B), absent a lower weight set by the Secretary);
   * from 7/1/2019, 15%, 25%, 35%, then 50% (425.601(f), 425.656(d)).
   *
   * @param agreementStart the start of the agreement period
   * @param application 1 for the first agreement period subject to the regional adjustment
   * @return the weight, a fraction
   * @throws IllegalArgumentException if the application is less than 1, or the agreement started
   *     before 2017 (no regional adjustment)
   */
  public static double higherSpendingWeight(LocalDate agreementStart, int application) {
    checkApplication(agreementStart, application);
    if (agreementStart.isBefore(JULY_2019)) {
      return application == 1 ? 0.25 : application == 2 ? 0.50 : 0.70;
    }
    return application == 1 ? 0.15 : application == 2 ? 0.25 : application == 3 ? 0.35 : 0.50;
  }

  private static void checkApplication(LocalDate agreementStart, int application) {
    if (agreementStart.isBefore(JANUARY_2017)) {
      throw new IllegalArgumentException("agreementStart must be 2017-01-01 or later for a regional adjustment "
          + "(earlier agreement periods had none), but was " + agreementStart);
    }
    if (application < 1) {
      throw new IllegalArgumentException("application (agreement periods subject to the regional adjustment) must be "
          + "at least 1, but was " + application);
    }
  }

  @Value.Check
  void check() {
    AbstractHistoricalBenchmark.checkProportions("proportions", proportions());
    Checks.fraction("lowerSpendingWeight", lowerSpendingWeight());
    Checks.fraction("higherSpendingWeight", higherSpendingWeight());
    Checks.fraction("capRate", capRate());
    Checks.fraction("negativeCapRate", negativeCapRate());
    if (negativeAdjustmentOffset().isPresent()) {
      Checks.fraction("negativeAdjustmentOffset", negativeAdjustmentOffset().getAsDouble());
    }
    for (EnrollmentType t : EnrollmentType.values()) {
      Checks.positive("riskScoresBy3 " + t.label(), riskScoresBy3().get(t));
      Checks.nonNegative("regionalExpenditures " + t.label(), regionalExpenditures().get(t));
      Checks.nonNegative("nationalExpendituresBy3 " + t.label(), nationalExpendituresBy3().get(t));
      Checks.nonNegative("historicalBenchmarkExpenditures " + t.label(), historicalBenchmarkExpenditures().get(t));
    }
    AbstractHistoricalBenchmark.requireBenchmark("adjustedBenchmark", "historicalBenchmarkExpenditures + regional "
        + "adjustment, weighted by proportions", this::adjustedBenchmark);
  }

  /**
   * [K] The ACO risk-adjusted regional average expenditure amount.
   *
   * @return [J] x [C], dollars
   */
  public EnrollmentVector acoRegionalExpenditures() {
    return regionalExpenditures().times(riskScoresBy3());
  }

  /**
   * [L] The difference between the regional amount and the historical benchmark.
   *
   * @return [K] - [G], dollars
   */
  public EnrollmentVector difference() {
    return acoRegionalExpenditures().minus(historicalBenchmarkExpenditures());
  }

  /**
   * [M] The weighted average difference; 0 or more means lower spending than the region.
   *
   * @return sum of [L] x [H], dollars
   */
  public double weightedDifference() {
    return difference().dot(proportions());
  }

  /**
   * [N] The regional adjustment weight.
   *
   * @return the lower-spending weight if [M] is 0 or more, else the higher-spending weight
   */
  public double weight() {
    return weightedDifference() < 0 ? higherSpendingWeight() : lowerSpendingWeight();
  }

  /**
   * [O] The regional adjustment before the cap.
   *
   * @return [L] x [N], dollars
   */
  public EnrollmentVector adjustmentBeforeCap() {
    return difference().times(weight());
  }

  /**
   * [P] The cap (absolute value) on a positive adjustment.
   *
   * @return capRate x national BY3 expenditures, dollars
   */
  public EnrollmentVector cap() {
    return nationalExpendituresBy3().times(capRate());
  }

  /**
   * The cap (absolute value) on a negative adjustment; equal to [P] before 2024.
   *
   * @return negativeCapRate x national BY3 expenditures, dollars
   */
  public EnrollmentVector negativeCap() {
    return nationalExpendituresBy3().times(negativeCapRate());
  }

  /**
   * [Q] The regional adjustment after the cap (and, for 2024+ agreements, the offset of a
   * negative value).
   *
   * @return [O] limited to [-negative cap, P]; a negative result times (1 - offset) when an
   *     offset is given, dollars
   */
  public EnrollmentVector adjustment() {
    double keep = 1 - negativeAdjustmentOffset().orElse(0);
    EnrollmentVector capped = adjustmentBeforeCap().combine(cap(), Math::min);
    return capped.combine(negativeCap(), (o, n) -> o < 0 ? Math.max(-n, o) * keep : o);
  }

  /**
   * The regional adjustment as a single per capita value: sum of [Q] x [H], which is [S] - [I];
   * the value {@link BenchmarkAdjustment#choose} compares with the prior savings adjustment.
   *
   * @return dollars per person-year
   */
  public double singleValue() {
    return adjustment().dot(proportions());
  }

  /**
   * [R] Regionally-adjusted historical benchmark expenditures.
   *
   * @return [G] + [Q], dollars
   */
  public EnrollmentVector adjustedExpenditures() {
    return historicalBenchmarkExpenditures().plus(adjustment());
  }

  /**
   * [S] The regionally-adjusted historical benchmark.
   *
   * @return sum of [R] x [H], dollars
   */
  public double adjustedBenchmark() {
    return adjustedExpenditures().dot(proportions());
  }

  /**
   * Explains the regional adjustment in the rows of Table 1.
   *
   * @return the explanation
   */
  public Explanation explain() {
    Explanation.Builder e = Explanation.builder().title("Table 1: Regional Adjustment");
    Steps.add(e, "K", "ACO Risk-Adjusted Regional Average Expenditure Amount ($)", ValueKind.DOLLARS,
        acoRegionalExpenditures(), "[J] x [C] BY3");
    Steps.add(e, "L", "Difference from Historical Benchmark Expenditures ($)", ValueKind.DOLLARS, difference(),
        "[K] - [G]");
    Steps.add(e, "M", "Weighted Average Difference ($)", ValueKind.DOLLARS, weightedDifference(), "sum of [L] x [H]");
    Steps.add(e, "N", "Regional Adjustment Weight", ValueKind.RATE, weight(),
        weightedDifference() < 0 ? "higher spending than the region" : "lower spending than the region");
    Steps.add(e, "O", "Regional Adjustment Before Applying Cap ($)", ValueKind.DOLLARS, adjustmentBeforeCap(),
        "[L] x [N]");
    Steps.add(e, "P", "Regional Adjustment Cap (Absolute Value) ($)", ValueKind.DOLLARS, cap(),
        capRate() + " x national per capita BY3");
    if (negativeCapRate() != capRate()) {
      Steps.add(e, "P", "Regional Adjustment Cap on Negative Adjustments (Absolute Value) ($)", ValueKind.DOLLARS,
          negativeCap(), negativeCapRate() + " x national per capita BY3");
    }
    if (negativeAdjustmentOffset().isPresent()) {
      Steps.add(e, "Q", "Offset Factor for Negative Adjustments", ValueKind.RATE,
          negativeAdjustmentOffset().getAsDouble(), "42 CFR 425.656(c)(4)-(5)");
    }
    Steps.add(e, "Q", "Regional Adjustment After Applying Cap ($)", ValueKind.DOLLARS, adjustment(),
        negativeAdjustmentOffset().isPresent() ? "[O] within [-cap, P]; negative x (1 - offset)" : "[O] within [-P, P]");
    Steps.add(e, "R", "Regionally-Adjusted Historical Benchmark Expenditures ($)", ValueKind.DOLLARS,
        adjustedExpenditures(), "[G] + [Q]");
    Steps.add(e, "S", "Regionally-Adjusted Historical Benchmark ($)", ValueKind.DOLLARS, adjustedBenchmark(),
        "sum of [R] x [H]");
    return e.build();
  }
}
