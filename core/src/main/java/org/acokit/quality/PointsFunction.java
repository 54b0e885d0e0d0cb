/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.quality;

import java.util.Optional;

/**
 * The strategy that turns one measure result into points against its benchmark.
 * <p>
 * Implementations: {@link MipsAchievementPoints} (APM Performance Pathway, 2021 on: 1-10 points
 * interpolated inside deciles) and {@code MsspStepPoints} (package {@code quality.mssp}) (Shared Savings Program 2012-2020: step
 * points by band from the 30th percentile). Strategies scored against thresholds rather than a
 * decile table: {@link LinearAttainmentPoints} (MassHealth) and {@link ReductionFromBaselinePoints}
 * (hospital safety). Implementations are pure functions, immutable and thread-safe.
 */
public interface PointsFunction {

  /**
   * Scores one measure result.
   *
   * @param result the measure result
   * @param benchmark the benchmark of the measure and collection type, empty if there is none
   * @return the measure's points; {@link ScoreStatus#EXCLUDED} when a reported measure has no
   *     benchmark, {@link ScoreStatus#NOT_REPORTED} with 0 points when it has no rate
   * @throws IllegalArgumentException if the benchmark is for another measure or its unit differs
   *     from the result's
   */
  MeasureScore score(MeasureResult result, Optional<DecileBenchmark> benchmark);

  /**
   * The points a measure can earn at most under this function.
   *
   * @return the maximum points
   */
  double maxPoints();

  /**
   * Checks that a benchmark belongs to a result.
   *
   * @param result the result
   * @param benchmark the benchmark
   * @throws IllegalArgumentException if the measure ids or units differ
   */
  static void checkMatches(MeasureResult result, DecileBenchmark benchmark) {
    if (!result.measureId().equals(benchmark.measureId())) {
      throw new IllegalArgumentException("benchmark " + benchmark.label() + " does not belong to measure "
          + result.measureId());
    }
    if (result.unit() != benchmark.unit()) {
      throw new IllegalArgumentException("rate unit of measure " + result.measureId() + " must be "
          + benchmark.unit() + " like its benchmark " + benchmark.label() + ", but was " + result.unit());
    }
  }
}
