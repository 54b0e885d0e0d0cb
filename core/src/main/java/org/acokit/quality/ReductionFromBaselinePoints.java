/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.quality;

import java.util.Locale;

import org.acokit.internal.Checks;

/**
 * Points for a hospital-safety rate (harms, hospital-acquired conditions or readmissions per
 * 1,000) by its reduction from a baseline towards a reduction target.
 * <p>
 * Relative reduction {@code = (baseline - rate) / baseline} (AHRQ National Scorecard: 145 to 121
 * HACs per 1,000 discharges is a 16.6%, "17 percent", decline). The score is the gap-to-goal
 * scale of the Massachusetts demonstration: 0 below half the target, full at or above the target,
 * linear between: {@code (reduction - 0.5 x target) / (0.5 x target)}; example: 75% of the target
 * earns 50%. Points are that fraction of {@link #maxPoints()}. Targets are per program and method
 * version (Partnership for Patients 2.0: 20% fewer harms and 12% fewer readmissions from the
 * 2014 baseline). Immutable and thread-safe.
 */
public final class ReductionFromBaselinePoints {

  private final double target;
  private final double maxPoints;

  private ReductionFromBaselinePoints(double target, double maxPoints) {
    this.target = Checks.fraction("reduction target", target);
    Checks.positive("reduction target", target);
    this.maxPoints = Checks.positive("maximum points", maxPoints);
  }

  /**
   * A points function.
   *
   * @param target the relative reduction target, a fraction (0.20 = 20%)
   * @param maxPoints the points at or beyond the target
   * @return the function
   * @throws IllegalArgumentException if the target is not in (0, 1] or the maximum is not positive
   */
  public static ReductionFromBaselinePoints of(double target, double maxPoints) {
    return new ReductionFromBaselinePoints(target, maxPoints);
  }

  /**
   * The maximum points.
   *
   * @return the points at the target
   */
  public double maxPoints() {
    return maxPoints;
  }

  /**
   * Scores a rate against its baseline.
   *
   * @param result this period's rate (per 1,000 or any non-negative rate unit)
   * @param baselineRate the baseline period's rate, greater than 0
   * @return the score
   * @throws IllegalArgumentException if the baseline is not positive
   */
  public MeasureScore score(MeasureResult result, double baselineRate) {
    Checks.positive("baseline rate of measure " + result.measureId(), baselineRate);
    MeasureScore.Builder out = MeasureScore.builder().measureId(result.measureId())
        .collectionType(result.collectionType()).rate(result.rate()).maxPoints(maxPoints);
    if (result.rate().isEmpty()) {
      return out.points(0).status(ScoreStatus.NOT_REPORTED).basis("not reported: 0").build();
    }
    double reduction = (baselineRate - result.rate().getAsDouble()) / baselineRate;
    double half = 0.5 * target;
    double fraction = reduction < half ? 0 : reduction >= target ? 1 : (reduction - half) / (target - half);
    return out.points(maxPoints * fraction).status(ScoreStatus.SCORED).basis(String.format(Locale.ROOT,
        "reduction (%s - %s) / %s = %.4f against target %.4f: %.4f of the maximum", baselineRate,
        result.rate().getAsDouble(), baselineRate, reduction, target, fraction)).build();
  }
}
