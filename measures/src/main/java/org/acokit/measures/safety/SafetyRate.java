/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.safety;

import java.util.Objects;

import org.acokit.explain.Formats;
import org.acokit.explain.TextTable;
import org.acokit.explain.ValueKind;
import org.acokit.internal.Checks;
import org.acokit.quality.CollectionType;
import org.acokit.quality.MeasureResult;
import org.acokit.quality.MeasureScore;
import org.acokit.quality.RateUnit;
import org.acokit.quality.ReductionFromBaselinePoints;

/**
 * A safety rate: events over a denominator times a unit (1,000 for HACs per 1,000 discharges and
 * readmissions per 1,000 people, 1 for readmissions per discharge), tagged with its method.
 * <p>
 * Formulas (quality-methodology E.4): relative reduction {@code (baseline - rate) / baseline}
 * (AHRQ: 145 to 121 is 16.6%); goal {@code baseline x (1 - target)} (121 x 0.8 = 96.8); events
 * averted {@code (baseline - rate) x denominator / unit}. Rates of different methods are never
 * compared: each of these throws. Immutable and thread-safe.
 *
 * @param metric what is counted
 * @param key the year and stratum
 * @param numerator the events
 * @param denominator discharges, index stays or people
 * @param per the unit (1,000 or 1)
 * @param method the method version
 */
public record SafetyRate(String metric, SafetyCounts.Key key, long numerator, long denominator, int per,
    SafetyMethod method) {

  /**
   * Validates the rate.
   *
   * @throws IllegalArgumentException if a count is negative
   */
  public SafetyRate {
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(method, "method");
    if (numerator < 0 || denominator < 0) {
      throw new IllegalArgumentException(metric + " counts must be 0 or more, but were " + numerator + " / "
          + denominator);
    }
  }

  /**
   * The rate.
   *
   * @return {@code numerator / denominator x per}
   * @throws IllegalStateException if the denominator is 0 (no rate, which is not 0)
   */
  public double value() {
    if (denominator == 0) {
      throw new IllegalStateException(metric + " of " + key + " has no denominator (0): there is no rate");
    }
    return (double) numerator / denominator * per;
  }

  private void sameMethod(SafetyRate baseline) {
    if (!method.equals(baseline.method) || !metric.equals(baseline.metric)) {
      throw new IllegalArgumentException("rates of different methods or metrics are never compared: " + metric
          + " under " + method.label() + " against " + baseline.metric + " under " + baseline.method.label());
    }
  }

  /**
   * The relative reduction from a baseline.
   *
   * @param baseline the baseline rate, same method and metric, greater than 0
   * @return {@code (baseline - rate) / baseline}, a fraction (negative for an increase)
   * @throws IllegalArgumentException if the methods or metrics differ or the baseline is 0
   */
  public double reductionFrom(SafetyRate baseline) {
    sameMethod(baseline);
    double b = Checks.positive("baseline " + baseline.metric, baseline.value());
    return (b - value()) / b;
  }

  /**
   * Whether the rate attains the goal {@code baseline x (1 - target)}.
   *
   * @param baseline the baseline rate, same method
   * @param target the reduction target, a fraction (0.20 for the HIIN harm goal, 0.12 for readmissions)
   * @return true if the rate is at or below the goal
   * @throws IllegalArgumentException if the methods differ or the target is not a fraction
   */
  public boolean attainsGoal(SafetyRate baseline, double target) {
    sameMethod(baseline);
    Checks.fraction("reduction target", target);
    return value() <= baseline.value() * (1 - target);
  }

  /**
   * Events averted against the baseline rate: {@code (baseline - rate) x denominator / per}.
   *
   * @param baseline the baseline rate, same method
   * @return the events averted (negative when more events occurred)
   * @throws IllegalArgumentException if the methods differ
   */
  public double eventsAverted(SafetyRate baseline) {
    sameMethod(baseline);
    return (baseline.value() - value()) * denominator / per;
  }

  /**
   * Points for the reduction, through core's {@link ReductionFromBaselinePoints}.
   *
   * @param baseline the baseline rate, same method
   * @param points the points function (target and maximum points)
   * @param measureId the measure id to score under
   * @return the score
   * @throws IllegalArgumentException if the methods differ
   */
  public MeasureScore points(SafetyRate baseline, ReductionFromBaselinePoints points, String measureId) {
    sameMethod(baseline);
    return points.score(MeasureResult.of(measureId, CollectionType.CLAIMS, RateUnit.RATE, value()), baseline.value());
  }

  /**
   * The rate as a text table (for JShell and logs): events, denominator and the rate per unit to
   * four decimals (an en dash when the denominator is 0: no rate, which is not 0), with its
   * year, stratum and method.
   *
   * @return the table
   */
  @Override
  public String toString() {
    return TextTable.of(metric + ", " + key + " (" + method.label() + ")", "Events", "Denominator", "Rate")
        .row(Formats.value(ValueKind.COUNT, numerator), Formats.value(ValueKind.COUNT, denominator),
            denominator == 0 ? null : Formats.value(ValueKind.POINTS, value()))
        .render();
  }
}
