/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

/**
 * MassHealth linear attainment and hospital-safety reduction-from-baseline strategies.
 */
class OtherStrategiesTest {

  private final LinearAttainmentPoints hedis = LinearAttainmentPoints.of("CDC", Direction.HIGHER_IS_BETTER, 50, 60.5);

  @Test
  void linearAchievementImprovementAndTheContractsDomainExamples() {
    assertThat(hedis.achievement(MeasureResult.of("CDC", CollectionType.HEDIS, 45)).points()).isZero();
    assertThat(hedis.achievement(MeasureResult.of("CDC", CollectionType.HEDIS, 55.25)).points()).isCloseTo(5, within(1e-12));
    assertThat(hedis.achievement(MeasureResult.of("CDC", CollectionType.HEDIS, 70)).points()).isEqualTo(10);
    assertThat(hedis.improvementTarget()).isEqualTo(2.1);
    assertThat(hedis.improvementPoints(58.17, 54.54)).isEqualTo(5); // 3.63 -> 3.6 >= 2.1
    assertThat(hedis.improvementPoints(56.0, 54.0)).isZero();
    MeasureScore a = score(1.5);
    MeasureScore b = score(0);
    assertThat(LinearAttainmentPoints.domainScore(List.of(a, b), 5)).isCloseTo(0.325, within(1e-12));
    assertThat(LinearAttainmentPoints.domainScore(List.of(score(8), score(9.3)), 5)).isEqualTo(1.0);
    assertThatThrownBy(() -> LinearAttainmentPoints.of("X", Direction.HIGHER_IS_BETTER, 60, 50))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("goal benchmark of measure X");
  }

  @Test
  void reductionFromBaseline() {
    ReductionFromBaselinePoints hac = ReductionFromBaselinePoints.of(0.20, 10);
    // 121 -> 96.8 is the 20% target: full points
    assertThat(hac.score(MeasureResult.of("HAC", CollectionType.ADMINISTRATIVE_CLAIMS, RateUnit.RATE, 96.8), 121).points()).isCloseTo(10, within(1e-9));
    // 75% of the target earns 50%
    assertThat(hac.score(MeasureResult.of("HAC", CollectionType.ADMINISTRATIVE_CLAIMS, RateUnit.RATE, 121 * (1 - 0.15)), 121).points())
        .isCloseTo(5, within(1e-9));
    assertThat(hac.score(MeasureResult.of("HAC", CollectionType.ADMINISTRATIVE_CLAIMS, RateUnit.RATE, 130), 121).points()).isZero();
    assertThatThrownBy(() -> hac.score(MeasureResult.of("HAC", CollectionType.REGISTRY, RateUnit.RATE, 1), 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("baseline rate of measure HAC");
  }

  @Property(tries = 500)
  void linearAndReductionPointsAreMonotone(@ForAll @DoubleRange(min = 0, max = 100) double x,
      @ForAll @DoubleRange(min = 0, max = 100) double y) {
    double lo = Math.min(x, y);
    double hi = Math.max(x, y);
    assertThat(hedis.achievement(MeasureResult.of("CDC", CollectionType.REGISTRY, hi)).points())
        .isGreaterThanOrEqualTo(hedis.achievement(MeasureResult.of("CDC", CollectionType.REGISTRY, lo)).points());
    ReductionFromBaselinePoints hac = ReductionFromBaselinePoints.of(0.2, 10);
    assertThat(hac.score(MeasureResult.of("H", CollectionType.REGISTRY, RateUnit.RATE, lo), 80).points())
        .isGreaterThanOrEqualTo(hac.score(MeasureResult.of("H", CollectionType.REGISTRY, RateUnit.RATE, hi), 80).points());
  }

  private static MeasureScore score(double p) {
    return MeasureScore.builder().measureId("m" + p).collectionType(CollectionType.HEDIS).points(p).maxPoints(10)
        .status(ScoreStatus.SCORED).basis("test").build();
  }
}
