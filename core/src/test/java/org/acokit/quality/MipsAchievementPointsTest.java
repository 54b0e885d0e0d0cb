/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * Worked examples of the MIPS achievement points and bad-input errors.
 */
class MipsAchievementPointsTest {

  static final DecileBenchmark B236 = DecileBenchmark.builder().measureId("236").collectionType(CollectionType.ELECTRONIC_HEALTH_RECORD)
      .performanceYear(2024).direction(Direction.HIGHER_IS_BETTER)
      .decileBounds(List.of(45.28, 55.56, 61.54, 65.61, 68.98, 72.00, 75.00, 78.70, 84.04)).decileOneStart(20.0).build();
  static final DecileBenchmark B001 = DecileBenchmark.builder().measureId("001").collectionType(CollectionType.ELECTRONIC_HEALTH_RECORD)
      .performanceYear(2024).direction(Direction.LOWER_IS_BETTER)
      .decileBounds(List.of(93.62, 72.21, 53.18, 41.62, 34.15, 29.05, 24.25, 19.83, 14.53)).decileOneStart(99.5).build();

  private final MipsAchievementPoints p2024 = MipsAchievementPoints.forPerformanceYear(2024);

  @Test
  void interpolatesInsideTheDecile() {
    MeasureScore s = p2024.score(MeasureResult.of("236", CollectionType.ELECTRONIC_HEALTH_RECORD, 70.0), Optional.of(B236));
    assertThat(s.decile()).hasValue(6);
    assertThat(s.points()).isCloseTo(6 + (70.0 - 68.98) / (72.0 - 68.98), within(1e-12));
    assertThat(s.points()).isCloseTo(6.34, within(0.005));
  }

  @Test
  void inverseMeasureInterpolatesTowardsTheBetterBound() {
    MeasureScore s = p2024.score(MeasureResult.of("001", CollectionType.ELECTRONIC_HEALTH_RECORD, 22.0), Optional.of(B001));
    assertThat(s.decile()).hasValue(8);
    assertThat(s.points()).isCloseTo(8.51, within(0.005));
  }

  @Test
  void decileTenIsTenAndFloorsApply() {
    assertThat(p2024.score(MeasureResult.of("236", CollectionType.ELECTRONIC_HEALTH_RECORD, 90), Optional.of(B236)).points()).isEqualTo(10);
    assertThat(p2024.score(MeasureResult.of("236", CollectionType.ELECTRONIC_HEALTH_RECORD, 10), Optional.of(B236)).points()).isEqualTo(1);
    DecileBenchmark b2022 = B236.withPerformanceYear(2022);
    assertThat(MipsAchievementPoints.forPerformanceYear(2022)
        .score(MeasureResult.of("236", CollectionType.ELECTRONIC_HEALTH_RECORD, 10), Optional.of(b2022)).points()).isEqualTo(3);
  }

  @Test
  void missingBenchmarkExcludesAndNotReportedCountsZero() {
    MeasureScore ex = p2024.score(MeasureResult.of("370", CollectionType.CMS_WEB_INTERFACE, 30), Optional.empty());
    assertThat(ex.status()).isEqualTo(ScoreStatus.EXCLUDED);
    assertThat(ex.maxPoints()).isZero();
    MeasureScore nr = p2024.score(MeasureResult.notReported("236", CollectionType.CMS_WEB_INTERFACE), Optional.of(B236));
    assertThat(nr.status()).isEqualTo(ScoreStatus.NOT_REPORTED);
    assertThat(nr.points()).isZero();
    assertThat(nr.maxPoints()).isEqualTo(10);
  }

  @Test
  void badInputIsAClearError() {
    assertThatThrownBy(() -> MeasureResult.of("236", CollectionType.ELECTRONIC_HEALTH_RECORD, 120))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("rate of measure 236").hasMessageContaining("100").hasMessageContaining("120");
    assertThatThrownBy(() -> B236.withDecileBounds(List.of(45.28, 55.56, 50.0, 65.61, 68.98, 72.00, 75.00, 78.70, 84.04)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("monotone")
        .hasMessageContaining("decile 4 (50.0)");
    assertThatThrownBy(() -> B236.withDecileBounds(List.of(1.0, 2.0)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be 9 values");
    assertThatThrownBy(() -> p2024.score(MeasureResult.of("001", CollectionType.ELECTRONIC_HEALTH_RECORD, 20), Optional.of(B236)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not belong to measure 001");
    assertThatThrownBy(() -> BenchmarkSet.of(2023, List.of(B236)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be 2023, but was 2024");
    assertThatThrownBy(() -> MeasureResult.of("479", CollectionType.ADMINISTRATIVE_CLAIMS, RateUnit.FRACTION, 15))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fraction");
  }
}
