/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.acokit.population.EnrollmentVector;

/**
 * Invariants of the benchmark stages.
 */
class BenchmarkPropertiesTest {

  @Property(tries = 500)
  void updatedBenchmarkScalesLinearlyWithExpenditures(
      @ForAll @DoubleRange(min = 1000, max = 200000) double esrd,
      @ForAll @DoubleRange(min = 1000, max = 40000) double other,
      @ForAll @DoubleRange(min = 0.5, max = 2.0) double riskBy3,
      @ForAll @DoubleRange(min = 0.5, max = 2.0) double riskPy,
      @ForAll @DoubleRange(min = 0.01, max = 10) double factor) {
    EnrollmentVector expenditures = EnrollmentVector.of(esrd, other, other * 1.5, other * 0.9);
    EnrollmentVector ones = EnrollmentVector.of(1, 1, 1, 1);
    UpdatedBenchmark base = UpdatedBenchmark.builder().historicalBenchmarkExpenditures(expenditures)
        .riskScoresBy3(ones.times(riskBy3)).riskScoresPerformanceYear(ones.times(riskPy))
        .updateFactors(EnrollmentVector.of(1.02, 1.05, 0.98, 1.03))
        .proportions(EnrollmentVector.of(0.01, 0.15, 0.1, 0.74)).build();
    UpdatedBenchmark scaled = base.withHistoricalBenchmarkExpenditures(expenditures.times(factor));
    assertThat(scaled.updatedBenchmark()).isCloseTo(base.updatedBenchmark() * factor,
        within(1e-9 * base.updatedBenchmark() * factor));
    assertThat(base.riskRatio().get(org.acokit.population.EnrollmentType.ESRD)).isLessThanOrEqualTo(1.03);
  }

  @Property(tries = 500)
  void regionalAdjustmentNeverExceedsItsCap(
      @ForAll @DoubleRange(min = 1000, max = 50000) double benchmark,
      @ForAll @DoubleRange(min = 1000, max = 50000) double regional,
      @ForAll @DoubleRange(min = 0.5, max = 2.0) double risk) {
    EnrollmentVector ones = EnrollmentVector.of(1, 1, 1, 1);
    RegionalAdjustment adjustment = RegionalAdjustment.builder().historicalBenchmarkExpenditures(ones.times(benchmark))
        .proportions(EnrollmentVector.of(0.01, 0.15, 0.1, 0.74)).riskScoresBy3(ones.times(risk))
        .regionalExpenditures(ones.times(regional)).nationalExpendituresBy3(ones.times(11000))
        .lowerSpendingWeight(0.5).higherSpendingWeight(0.35).build();
    for (org.acokit.population.EnrollmentType t : org.acokit.population.EnrollmentType.values()) {
      assertThat(Math.abs(adjustment.adjustment().get(t))).isLessThanOrEqualTo(adjustment.cap().get(t) + 1e-9);
    }
  }
}
