/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.quality;

import java.util.Collection;
import java.util.Locale;

import org.acokit.internal.Checks;

/**
 * MassHealth-style measure points: achievement points from 0 to 10 linear between an
 * attainment threshold and a goal benchmark, plus improvement points, summed into a domain score.
 * <p>
 * Achievement: {@code 0} below the attainment threshold {@code AT}, {@code 10} at or beyond the
 * goal benchmark {@code GB}, else {@code 10 x (rate - AT) / (GB - AT)} (direction-aware). The
 * 0-to-10 scale and both thresholds are in the EOHHS ACO contract (achievement points "on a 0
 * to 10 scale"); the linear form between them and the thresholds' percentiles (commonly the 25th
 * and 90th) are not verified against the contract, so both thresholds are per-measure parameters.
 * <p>
 * Improvement: the improvement target is {@code (GB - AT) / 5} rounded to 0.1 ("at least a 20%
 * improvement each year in the gap between Goal Benchmark and the Attainment Threshold"); the
 * improvement over the highest prior year, rounded to 0.1, earns 5 improvement points if it
 * reaches the target, else 0, as in the contract's worked examples (3.63 rounds to 3.6, which
 * exceeds a target of 2.1). Domain score: {@code min(1, (sum of achievement + improvement) /
 * (10 x eligible measures))}; improvement points are bonus points outside the denominator.
 * Contract examples: {@code (1.5 + 0 + 0 + 5) / 20 = 0.325}; {@code (8 + 9.3 + 5) / 20} is
 * capped at 1. Immutable and thread-safe.
 */
public final class LinearAttainmentPoints {

  /** The most achievement points of a measure. */
  public static final double MAX_ACHIEVEMENT = 10;
  /** The improvement points earned when the improvement target is reached. */
  public static final double IMPROVEMENT_POINTS = 5;

  private final String measureId;
  private final Direction direction;
  private final double attainmentThreshold;
  private final double goalBenchmark;

  private LinearAttainmentPoints(String measureId, Direction direction, double at, double gb) {
    this.measureId = measureId;
    this.direction = direction;
    this.attainmentThreshold = Checks.finite("attainment threshold of measure " + measureId, at);
    this.goalBenchmark = Checks.finite("goal benchmark of measure " + measureId, gb);
    if (at == gb || !direction.atLeastAsGood(gb, at)) {
      throw new IllegalArgumentException("goal benchmark of measure " + measureId + " must be better than its "
          + "attainment threshold " + at + " (" + direction + "), but was " + gb);
    }
  }

  /**
   * The points of one measure.
   *
   * @param measureId the measure
   * @param direction which way performance improves
   * @param attainmentThreshold the rate at which achievement points start
   * @param goalBenchmark the rate earning the full 10 points
   * @return the points function
   * @throws IllegalArgumentException if the goal is not better than the threshold
   */
  public static LinearAttainmentPoints of(String measureId, Direction direction, double attainmentThreshold,
      double goalBenchmark) {
    return new LinearAttainmentPoints(measureId, direction, attainmentThreshold, goalBenchmark);
  }

  /**
   * Achievement points of a result.
   *
   * @param result the result, of this measure
   * @return the score, 0-10 of 10
   * @throws IllegalArgumentException if the result is of another measure
   */
  public MeasureScore achievement(MeasureResult result) {
    check(result);
    MeasureScore.Builder out = MeasureScore.builder().measureId(measureId).collectionType(result.collectionType())
        .rate(result.rate()).maxPoints(MAX_ACHIEVEMENT);
    if (result.rate().isEmpty()) {
      return out.points(0).status(ScoreStatus.NOT_REPORTED).basis("not reported: 0").build();
    }
    double r = result.rate().getAsDouble();
    double p;
    if (!direction.atLeastAsGood(r, attainmentThreshold)) {
      p = 0;
    } else if (direction.atLeastAsGood(r, goalBenchmark)) {
      p = MAX_ACHIEVEMENT;
    } else {
      p = MAX_ACHIEVEMENT * (r - attainmentThreshold) / (goalBenchmark - attainmentThreshold);
    }
    return out.points(p).status(ScoreStatus.SCORED).basis(String.format(Locale.ROOT,
        "10 x (%s - AT %s) / (GB %s - AT %s), between 0 and 10", r, attainmentThreshold, goalBenchmark,
        attainmentThreshold)).build();
  }

  /**
   * The improvement target, {@code (GB - AT) / 5} rounded to 0.1 (in the improving direction,
   * so positive).
   *
   * @return the target
   */
  public double improvementTarget() {
    return Math.round(Math.abs(goalBenchmark - attainmentThreshold) / 5 * 10) / 10.0;
  }

  /**
   * Improvement points: 5 if the improvement over the highest prior rate, rounded to 0.1, reaches
   * the improvement target, else 0.
   *
   * @param currentRate this year's rate
   * @param bestPriorRate the best rate of the prior years counted
   * @return 0 or 5
   */
  public double improvementPoints(double currentRate, double bestPriorRate) {
    Checks.finite("current rate of measure " + measureId, currentRate);
    Checks.finite("best prior rate of measure " + measureId, bestPriorRate);
    double gain = direction == Direction.HIGHER_IS_BETTER ? currentRate - bestPriorRate : bestPriorRate - currentRate;
    double rounded = Math.round(gain * 10) / 10.0;
    return rounded >= improvementTarget() ? IMPROVEMENT_POINTS : 0;
  }

  /**
   * A domain score: {@code min(1, (achievement + improvement points) / (10 x eligible measures))}.
   *
   * @param achievements the achievement scores of the domain's eligible measures
   * @param improvementPoints the improvement points earned in the domain
   * @return the domain score, a fraction 0-1
   * @throws IllegalArgumentException if there is no eligible measure or improvement points are negative
   */
  public static double domainScore(Collection<MeasureScore> achievements, double improvementPoints) {
    Checks.nonNegative("improvement points", improvementPoints);
    if (achievements.isEmpty()) {
      throw new IllegalArgumentException("domain must have at least 1 eligible measure, but had 0");
    }
    double sum = improvementPoints;
    for (MeasureScore s : achievements) {
      sum += s.points();
    }
    return Math.min(1, sum / (MAX_ACHIEVEMENT * achievements.size()));
  }

  private void check(MeasureResult result) {
    if (!result.measureId().equals(measureId)) {
      throw new IllegalArgumentException("result of measure " + result.measureId() + " does not belong to measure "
          + measureId);
    }
  }
}
