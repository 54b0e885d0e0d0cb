/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Parts of the quality package PIT found unreached (issue 17): a quality outcome's own factory,
 * a benchmark set's listing, unreported measures under the attainment and reduction rules, and
 * the rate units' inclusive bounds.
 */
class QualityPartsMutationTest {

  private static final List<Double> UP = List.of(10.0, 20.0, 30.0, 40.0, 50.0, 60.0, 70.0, 80.0, 90.0);

  @Test
  void aQualityOutcomeHoldsItsScoreAndStandardAndRefusesAScoreAboveOne() {
    QualityOutcome o = QualityOutcome.of(0.8, QualityStandard.MET);
    assertThat(o.score()).isEqualTo(0.8);
    assertThat(o.standard()).isEqualTo(QualityStandard.MET);
    assertThatThrownBy(() -> QualityOutcome.of(80, QualityStandard.MET)).hasMessageContaining("quality score");
  }

  @Test
  void aBenchmarkSetListsEveryBenchmarkByMeasureAndCollectionType() {
    DecileBenchmark b134 = DecileBenchmark.builder().measureId("134").collectionType(CollectionType.REGISTRY)
        .performanceYear(2023).direction(Direction.HIGHER_IS_BETTER).decileBounds(UP).build();
    DecileBenchmark b001 = DecileBenchmark.builder().measureId("001").collectionType(CollectionType.REGISTRY)
        .performanceYear(2023).direction(Direction.HIGHER_IS_BETTER).decileBounds(UP).build();
    BenchmarkSet set = BenchmarkSet.of(2023, List.of(b134, b001));
    assertThat(set.all()).containsExactly(b001, b134);
    assertThat(set).hasToString("BenchmarkSet[PY2023, 2 benchmarks]");
  }

  @Test
  void anUnreportedMeasureEarnsNoAttainmentPoints() {
    MeasureScore s = LinearAttainmentPoints.of("ACO-1", Direction.HIGHER_IS_BETTER, 30, 90)
        .achievement(MeasureResult.notReported("ACO-1", CollectionType.REGISTRY));
    assertThat(s.points()).isZero();
    assertThat(s.status()).isEqualTo(ScoreStatus.NOT_REPORTED);
  }

  @Test
  void anUnreportedMeasureEarnsNoReductionPointsAndTheMaximumIsKept() {
    ReductionFromBaselinePoints points = ReductionFromBaselinePoints.of(0.2, 2);
    assertThat(points.maxPoints()).isEqualTo(2);
    MeasureScore s = points.score(MeasureResult.notReported("ACO-9", CollectionType.REGISTRY), 10);
    assertThat(s.points()).isZero();
    assertThat(s.maxPoints()).isEqualTo(2);
    assertThat(s.status()).isEqualTo(ScoreStatus.NOT_REPORTED);
  }

  @Test
  void rateUnitsIncludeTheirBounds() {
    assertThat(RateUnit.FRACTION.check("rate", 0)).isZero();
    assertThat(RateUnit.FRACTION.check("rate", 1)).isEqualTo(1);
    assertThat(RateUnit.PERCENT.check("rate", 100)).isEqualTo(100);
    assertThatThrownBy(() -> RateUnit.PERCENT.check("rate", 100.5))
        .hasMessage("rate must be a percent between 0.0 and 100.0 inclusive, but was 100.5");
    assertThatThrownBy(() -> RateUnit.FRACTION.check("rate", -0.01))
        .hasMessage("rate must be a fraction between 0.0 and 1.0 inclusive, but was -0.01");
    // 100 on a fraction measure is 100% written as a percent: the message says how to write it
    assertThatThrownBy(() -> RateUnit.FRACTION.check("rate", 100))
        .hasMessageEndingWith("but was 100.0 (this measure's rate is a fraction: write 0.15 for 15%)");
  }
}
