/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.acokit.quality.app.AppQualityInput;
import org.acokit.quality.app.AppQualityScore;
import org.acokit.quality.app.AppQualityScoring;

/**
 * Invariants of the points functions and the APP score.
 */
class QualityPropertiesTest {

  private static final BenchmarkSet SET = BenchmarkSet.of(2024, List.of(MipsAchievementPointsTest.B236,
      MipsAchievementPointsTest.B001));

  @Property(tries = 2000)
  void pointsNeverDecreaseAsPerformanceImproves(@ForAll @DoubleRange(min = 0, max = 100) double a,
      @ForAll @DoubleRange(min = 0, max = 100) double b, @ForAll @IntRange(min = 2021, max = 2026) int year) {
    MipsAchievementPoints f = MipsAchievementPoints.forPerformanceYear(year);
    double lo = Math.min(a, b);
    double hi = Math.max(a, b);
    DecileBenchmark up = MipsAchievementPointsTest.B236;
    DecileBenchmark down = MipsAchievementPointsTest.B001;
    assertThat(f.score(MeasureResult.of("236", CollectionType.REGISTRY, hi), Optional.of(up)).points())
        .isGreaterThanOrEqualTo(f.score(MeasureResult.of("236", CollectionType.REGISTRY, lo), Optional.of(up)).points());
    // inverse: points increase as the rate falls
    assertThat(f.score(MeasureResult.of("001", CollectionType.REGISTRY, lo), Optional.of(down)).points())
        .isGreaterThanOrEqualTo(f.score(MeasureResult.of("001", CollectionType.REGISTRY, hi), Optional.of(down)).points());
  }

  @Property(tries = 1000)
  void scoreStaysInScaleBonusNeverLowersAndOrderDoesNotMatter(@ForAll @DoubleRange(min = 0, max = 100) double r1,
      @ForAll @DoubleRange(min = 0, max = 100) double r2, @ForAll @DoubleRange(min = 0, max = 30) double bonus,
      @ForAll @DoubleRange(min = 0, max = 100) double prior, @ForAll long seed) {
    List<MeasureResult> ms = new ArrayList<>(List.of(MeasureResult.of("236", CollectionType.ELECTRONIC_HEALTH_RECORD, r1),
        MeasureResult.of("001", CollectionType.ELECTRONIC_HEALTH_RECORD, r2), MeasureResult.of("113", CollectionType.ELECTRONIC_HEALTH_RECORD, r2)));
    AppQualityScore base = AppQualityScoring.score(input(ms, 0, prior), SET);
    assertThat(base.score()).isBetween(0.0, 100.0);
    // No score, option, measure score or explanation holds NaN or infinity (issue 17).
    org.acokit.testing.Finite.assertFinite(base);
    assertThat(base.toQualityOutcome().score()).isBetween(0.0, 1.0);
    AppQualityScore more = AppQualityScoring.score(input(ms, bonus, prior), SET);
    assertThat(more.score()).isGreaterThanOrEqualTo(base.score());
    List<MeasureResult> shuffled = new ArrayList<>(ms);
    Collections.shuffle(shuffled, new Random(seed));
    assertThat(AppQualityScoring.score(input(shuffled, 0, prior), SET).score()).isEqualTo(base.score());
  }

  private static AppQualityInput input(List<MeasureResult> ms, double bonus, double prior) {
    return AppQualityInput.builder().performanceYear(2024).putReportingOptions("eCQM", ms)
        .bonusPoints(Map.of("eCQM", bonus)).priorAchievementPercent(prior).qualityStandardScore(77.05)
        .addOutcomeMeasures("001", "236").build();
  }
}
