/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.benchmark;

import java.util.Locale;

import org.acokit.internal.Checks;
import org.acokit.population.EnrollmentType;
import org.acokit.population.EnrollmentVector;

/**
 * The cap on growth of the ACO's CMS-HCC risk scores from BY3 to the performance year, applied to
 * the risk ratio that updates the benchmark. Decreases are never capped.
 * <ul>
 *   <li>{@link #fixed(double)}: agreement periods starting 7/1/2019-2023, a cap of 1.03 (3%) on
 *       each enrollment type's ratio (42 CFR 425.605(a)(1)(i), 425.610(a)(2)(i); Table A1).</li>
 *   <li>{@link #demographicGrowthPlus(EnrollmentVector, EnrollmentVector, EnrollmentVector, double)}:
 *       agreement periods starting 1/1/2024 and later (425.605(a)(1)(ii), 425.610(a)(2)(ii)): the
 *       cap is the ACO's aggregate growth in demographic risk scores plus 3 percentage points; it
 *       applies only when the aggregate HCC growth exceeds it, and then limits each enrollment
 *       type's ratio to it. Aggregates are weighted averages of the PY/BY3 ratios with weights of
 *       the type's regionally adjusted historical benchmark expenditure x PY person-years (the
 *       {@code RR_weight} columns of the 2024 public use file).</li>
 * </ul>
 * Immutable and thread-safe.
 */
public final class RiskRatioCap {

  private final double fixedCap;
  private final EnrollmentVector demographicBy3;
  private final EnrollmentVector demographicPerformanceYear;
  private final EnrollmentVector weights;
  private final double points;

  private RiskRatioCap(double fixedCap, EnrollmentVector demographicBy3, EnrollmentVector demographicPerformanceYear,
      EnrollmentVector weights, double points) {
    this.fixedCap = fixedCap;
    this.demographicBy3 = demographicBy3;
    this.demographicPerformanceYear = demographicPerformanceYear;
    this.weights = weights;
    this.points = points;
  }

  /**
   * A fixed cap on every enrollment type's ratio.
   *
   * @param cap the largest ratio, 1.03 for 7/1/2019-2023 agreement periods
   * @return the cap
   * @throws IllegalArgumentException if the cap is below 1
   */
  public static RiskRatioCap fixed(double cap) {
    Checks.inRange("risk ratio cap", cap, 1, 10);
    return new RiskRatioCap(cap, null, null, null, 0);
  }

  /**
   * The 2024+ cap: aggregate demographic risk score growth plus a number of percentage points.
   *
   * @param demographicBy3 the ACO's BY3 demographic risk scores
   * @param demographicPerformanceYear the ACO's performance-year demographic risk scores
   * @param weights the aggregation weights by enrollment type (not all zero)
   * @param points the percentage points added, as a fraction: 0.03
   * @return the cap
   * @throws IllegalArgumentException if a score is not positive, a weight is negative, all
   *     weights are zero, or the points are outside [0, 1]
   */
  public static RiskRatioCap demographicGrowthPlus(EnrollmentVector demographicBy3,
      EnrollmentVector demographicPerformanceYear, EnrollmentVector weights, double points) {
    for (EnrollmentType t : EnrollmentType.values()) {
      Checks.positive("demographic risk score BY3 " + t.label(), demographicBy3.get(t));
      Checks.positive("demographic risk score PY " + t.label(), demographicPerformanceYear.get(t));
      Checks.nonNegative("weight " + t.label(), weights.get(t));
    }
    Checks.positive("sum of weights", weights.sum());
    Checks.fraction("points", points);
    return new RiskRatioCap(Double.NaN, demographicBy3, demographicPerformanceYear, weights, points);
  }

  /**
   * The capped risk ratios.
   *
   * @param uncapped the PY / BY3 ratios of CMS-HCC risk scores by enrollment type
   * @return the ratios after the cap
   */
  public EnrollmentVector apply(EnrollmentVector uncapped) {
    if (weights == null) {
      return uncapped.map(r -> Math.min(r, fixedCap));
    }
    double cap = aggregateCap();
    if (uncapped.dot(weights) / weights.sum() <= cap) {
      return uncapped;
    }
    return uncapped.map(r -> Math.min(r, cap));
  }

  /**
   * The cap as a ratio: the fixed cap, or 1 + aggregate demographic growth + points for the 2024+
   * rule (aggregate demographic growth ratio + points).
   *
   * @return the cap on a ratio
   */
  public double aggregateCap() {
    if (weights == null) {
      return fixedCap;
    }
    return demographicPerformanceYear.dividedBy(demographicBy3).dot(weights) / weights.sum() + points;
  }

  @Override
  public String toString() {
    return weights == null ? String.format(Locale.ROOT, "cap %s", fixedCap)
        : String.format(Locale.ROOT, "cap of demographic growth + %s = %.6f (applied if aggregate HCC growth exceeds it)",
            points, aggregateCap());
  }
}
