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
 * Rules of the quality scales and points functions that mutation testing (PIT) found untested:
 * rate scales with inclusive ends, decile tables that name the decile at fault, a rate exactly at
 * a decile bound belongs to that decile, the MIPS floor and decile-1 interpolation by year, and
 * linear attainment improvement at exactly its target.
 */
class QualityMutationTest {

  private static final CollectionType REG = CollectionType.REGISTRY;
  private static final List<Double> UP = List.of(10.0, 20.0, 30.0, 40.0, 50.0, 60.0, 70.0, 80.0, 90.0);

  private static DecileBenchmark.Builder bench(int year) {
    return DecileBenchmark.builder().measureId("134").collectionType(REG).performanceYear(year)
        .direction(Direction.HIGHER_IS_BETTER).decileBounds(UP);
  }

  @Test
  void rateScalesIncludeTheirEndsAndSayTheScale() {
    assertThat(RateUnit.PERCENT.check("rate", 0)).isEqualTo(0.0);
    assertThat(RateUnit.PERCENT.check("rate", 100)).isEqualTo(100.0);
    assertThat(RateUnit.PERCENT.check("rate", 42.5)).isEqualTo(42.5);
    assertThat(RateUnit.FRACTION.check("rate", 1)).isEqualTo(1.0);
    assertThat(RateUnit.RATE.check("rate", 250)).isEqualTo(250.0);
    assertThatThrownBy(() -> RateUnit.PERCENT.check("rate of measure 134", 100.5))
        .hasMessage("rate of measure 134 must be a percent between 0.0 and 100.0 inclusive, but was 100.5");
    assertThatThrownBy(() -> RateUnit.PERCENT.check("rate", -0.5)).hasMessageContaining("but was -0.5");
    assertThatThrownBy(() -> RateUnit.FRACTION.check("rate", 15))
        .hasMessage("rate must be a fraction between 0.0 and 1.0 inclusive, but was 15.0"
            + " (this measure's rate is a fraction: write 0.15 for 15%)");
    assertThatThrownBy(() -> RateUnit.FRACTION.check("rate", 100)).hasMessageContaining("write 0.15");
    assertThatThrownBy(() -> RateUnit.FRACTION.check("rate", 150)).hasMessageNotContaining("write 0.15");
    assertThatThrownBy(() -> RateUnit.FRACTION.check("rate", -0.5)).hasMessageNotContaining("write 0.15");
    assertThatThrownBy(() -> RateUnit.RATE.check("rate", -1)).hasMessageContaining("rate");
  }

  @Test
  void decileTablesNameTheDecileAtFault() {
    assertThatThrownBy(() -> bench(2023).decileBounds(List.of(10.0, 20.0, 30.0, 25.0, 50.0, 60.0, 70.0, 80.0, 90.0))
        .build()).hasMessage("decile bounds of measure 134 (registry, PY2023) must be monotone from worst to best"
            + " (never decreasing for HIGHER_IS_BETTER), but the bound of decile 5 (25.0) is worse than the bound of"
            + " decile 4 (30.0)");
    assertThatThrownBy(() -> bench(2023).direction(Direction.LOWER_IS_BETTER).build())
        .hasMessageContaining("(never increasing for LOWER_IS_BETTER), but the bound of decile 3 (20.0)");
    assertThatThrownBy(() -> bench(2023).decileBounds(List.of(Double.NaN, 20.0, 30.0, 40.0, 50.0, 60.0, 70.0, 80.0,
        90.0)).build()).hasMessageContaining("[decile 2]");
    assertThatThrownBy(() -> bench(2023).decileOneStart(15).build())
        .hasMessageContaining("the start of decile 1 (15.0) must not be better than the bound of decile 2 (10.0)");
    DecileBenchmark b = bench(2023).build();
    assertThat(b.toppedOut()).isFalse();
    assertThat(b.label()).isEqualTo("134 registry PY2023");
    // A rate exactly at a bound reaches that decile, in either direction.
    assertThat(b.decile(30)).isEqualTo(4);
    DecileBenchmark down = bench(2023).direction(Direction.LOWER_IS_BETTER)
        .decileBounds(List.of(90.0, 80.0, 70.0, 60.0, 50.0, 40.0, 30.0, 20.0, 10.0)).build();
    assertThat(down.decile(70)).isEqualTo(4);
    assertThat(down.decile(70.5)).isEqualTo(3);
  }

  @Test
  void qualityStandardLabelsAreThoseOfThePublicUseFile() {
    assertThat(QualityStandard.MET.label()).isEqualTo("Yes");
    assertThat(QualityStandard.ALTERNATIVE_MET.label()).isEqualTo("Alternative");
    assertThat(QualityStandard.NOT_MET.label()).isEqualTo("No");
  }

  @Test
  void mipsFloorAndDecileOneByYear() {
    MipsAchievementPoints py2022 = MipsAchievementPoints.forPerformanceYear(2022);
    MipsAchievementPoints py2023 = MipsAchievementPoints.forPerformanceYear(2023);
    assertThat(py2022.floor()).isEqualTo(3.0);
    assertThat(py2023.floor()).isEqualTo(1.0);
    assertThat(py2022.maxPoints()).isEqualTo(10.0);
    assertThat(py2022.decileNineScoresTen()).isFalse();
    assertThat(py2022.withDecileNineScoringTen().decileNineScoresTen()).isTrue();
    assertThat(MipsAchievementPoints.of(3, false)).hasToString(
        "MipsAchievementPoints[floor=3.0, interpolateDecileOne=false, decileNineScoresTen=false]");
    assertThatThrownBy(() -> MipsAchievementPoints.forPerformanceYear(2016)).hasMessageContaining("2016");
    assertThat(MipsAchievementPoints.forPerformanceYear(2017).floor()).isEqualTo(3.0);

    // Decile 2 at its bound is 2 points, below the PY2022 floor of 3: raised to the floor.
    MeasureScore raised = py2022.score(MeasureResult.of("134", REG, 10), Optional.of(bench(2022).build()));
    assertThat(raised.points()).isEqualTo(3.0);
    assertThat(raised.basis()).endsWith(", raised to the floor of 3.0");
    // Decile 3 at its bound is 3 points, exactly the floor: not raised.
    MeasureScore atFloor = py2022.score(MeasureResult.of("134", REG, 20), Optional.of(bench(2022).build()));
    assertThat(atFloor.points()).isEqualTo(3.0);
    assertThat(atFloor.basis()).doesNotContain("raised");
    // Decile 4, a third of the way: 4.3333.
    MeasureScore d4 = py2022.score(MeasureResult.of("134", REG, 30 + 10.0 / 3), Optional.of(bench(2022).build()));
    assertThat(d4.points()).isCloseTo(4 + 1.0 / 3, within(1e-12));
    assertThat(d4.basis()).doesNotContain("raised");
    // Decile 9: 9.5, or 10 with the PY2021 CAHPS rule.
    MeasureResult at85 = MeasureResult.of("134", REG, 85);
    assertThat(py2022.score(at85, Optional.of(bench(2022).build())).points()).isCloseTo(9.5, within(1e-12));
    MeasureScore cahps = py2022.withDecileNineScoringTen().score(at85, Optional.of(bench(2022).build()));
    assertThat(cahps.points()).isEqualTo(10.0);
    assertThat(cahps.basis()).contains("PY2021 CAHPS rule");
    assertThat(py2022.score(MeasureResult.of("134", REG, 95), Optional.of(bench(2022).build())).points()).isEqualTo(10.0);
    // From PY2023 decile 1 is interpolated from its start: 1 + (4 - 0) / (10 - 0) = 1.4; before, the floor.
    DecileBenchmark withStart = bench(2023).decileOneStart(0).build();
    MeasureScore d1 = py2023.score(MeasureResult.of("134", REG, 4), Optional.of(withStart));
    assertThat(d1.points()).isCloseTo(1.4, within(1e-12));
    assertThat(d1.basis()).contains("decile 1 [0.0, 10.0)");
    DecileBenchmark start2 = bench(2023).decileOneStart(2).build();
    assertThat(py2023.score(MeasureResult.of("134", REG, 6), Optional.of(start2)).points()).isCloseTo(1.5, within(1e-12));
    assertThat(MipsAchievementPoints.of(3, false).score(MeasureResult.of("134", REG, 4), Optional.of(withStart)).points())
        .isEqualTo(3.0);
  }

  @Test
  void linearAttainmentChecksTheMeasureAndImprovementAtItsTarget() {
    LinearAttainmentPoints higher = LinearAttainmentPoints.of("ACO-8", Direction.HIGHER_IS_BETTER, 40, 90);
    assertThat(higher.improvementTarget()).isEqualTo(10.0);
    // A gain of exactly the target earns the improvement points.
    assertThat(higher.improvementPoints(60, 50)).isEqualTo(LinearAttainmentPoints.IMPROVEMENT_POINTS);
    assertThat(higher.improvementPoints(59.9, 50)).isZero();
    LinearAttainmentPoints lower = LinearAttainmentPoints.of("ACO-9", Direction.LOWER_IS_BETTER, 90, 40);
    assertThat(lower.improvementPoints(40, 50)).isEqualTo(LinearAttainmentPoints.IMPROVEMENT_POINTS);
    assertThat(lower.improvementPoints(60, 50)).isZero();
    assertThat(higher.achievement(MeasureResult.of("ACO-8", REG, 65)).points()).isCloseTo(5.0, within(1e-12));
    assertThatThrownBy(() -> higher.achievement(MeasureResult.of("ACO-9", REG, 65)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ACO-9");
  }
}
