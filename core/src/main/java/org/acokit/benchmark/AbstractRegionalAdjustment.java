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
 * The regional adjustment to the historical benchmark for agreement periods starting 7/1/2019
 * through 2023: Table 1 rows [J]-[S] of CMS's financial reconciliation report
 * (42 CFR 425.601(a)(8), (f)).
 * <p>
 * For each enrollment type:
 * <pre>{@code
 * [K] ACO regional amount = [J] regional expenditures BY3 x ACO risk score BY3
 * [L] difference          = [K] - [G] historical benchmark expenditures
 * [M] weighted difference = sum of [L] x [H];  lower spending than the region when [M] >= 0
 * [N] weight              = lower-spending weight if [M] >= 0, else higher-spending weight
 * [O] before cap          = [L] x [N]
 * [P] cap                 = capRate x national per capita expenditures BY3 (5%, 425.601(a)(8)(ii)(C))
 * [Q] after cap           = [O] limited to [-P, P]
 * [R] adjusted            = [G] + [Q];  [S] = sum of [R] x [H]
 * }</pre>
 * The weights depend on the era and the agreement period ({@link #lowerSpendingWeight},
 * {@link #higherSpendingWeight}). For 2024+ agreements a zero or negative adjustment is not applied
 * and the prior savings adjustment may replace it ({@link BenchmarkAdjustment}). Immutable and
 * thread-safe.
 */
@Value.Immutable
@AcoStyle
abstract class AbstractRegionalAdjustment {

  private static final LocalDate JANUARY_2017 = LocalDate.of(2017, 1, 1);
  private static final LocalDate JULY_2019 = LocalDate.of(2019, 7, 1);

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
    for (EnrollmentType t : EnrollmentType.values()) {
      Checks.positive("riskScoresBy3 " + t.label(), riskScoresBy3().get(t));
      Checks.nonNegative("regionalExpenditures " + t.label(), regionalExpenditures().get(t));
      Checks.nonNegative("nationalExpendituresBy3 " + t.label(), nationalExpendituresBy3().get(t));
    }
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
   * [P] The cap (absolute value).
   *
   * @return capRate x national BY3 expenditures, dollars
   */
  public EnrollmentVector cap() {
    return nationalExpendituresBy3().times(capRate());
  }

  /**
   * [Q] The regional adjustment after the cap.
   *
   * @return [O] limited to [-P, P], dollars
   */
  public EnrollmentVector adjustment() {
    return adjustmentBeforeCap().combine(cap(), (o, p) -> Math.max(-p, Math.min(p, o)));
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
    Steps.add(e, "Q", "Regional Adjustment After Applying Cap ($)", ValueKind.DOLLARS, adjustment(),
        "[O] within [-P, P]");
    Steps.add(e, "R", "Regionally-Adjusted Historical Benchmark Expenditures ($)", ValueKind.DOLLARS,
        adjustedExpenditures(), "[G] + [Q]");
    Steps.add(e, "S", "Regionally-Adjusted Historical Benchmark ($)", ValueKind.DOLLARS, adjustedBenchmark(),
        "sum of [R] x [H]");
    return e.build();
  }
}
