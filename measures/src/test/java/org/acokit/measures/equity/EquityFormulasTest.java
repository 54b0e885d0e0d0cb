/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.equity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;

/**
 * The small formulas and checks of the equity package at their edges: the log-ratio standard
 * error and the pooled two-proportion test against hand-computed values, Wilson's domain, the
 * equity adjustments' floor, tiers and cap, and the settings every result must respect.
 */
class EquityFormulasTest {

  @Test
  void theStandardErrorOfTheLogRatioAndThePooledTest() {
    // sqrt(1/10 - 1/100 + 1/20 - 1/100) = sqrt(0.13)
    assertThat(Proportions.logRatioSe(10, 100, 20, 100)).isCloseTo(Math.sqrt(0.13), within(1e-12));
    assertThat(Proportions.logRatioSe(0, 100, 20, 100)).isInfinite();
    assertThat(Proportions.logRatioSe(10, 100, 0, 100)).isInfinite();
    // pooled 0.15: z = -0.1 / sqrt(0.15 x 0.85 x 0.02) = -1.98030, two-sided p = 0.047670
    assertThat(Proportions.twoSidedP(10, 100, 20, 100)).isCloseTo(0.0476704, within(1e-6));
    assertThat(Proportions.twoSidedP(20, 100, 10, 100)).isCloseTo(0.0476704, within(1e-6));
    assertThat(Proportions.twoSidedP(0, 10, 0, 20)).isEqualTo(1.0);
    assertThat(Proportions.twoSidedP(10, 10, 20, 20)).isEqualTo(1.0);
  }

  @Test
  void wilsonNeedsATrialAndACountWithinIt() {
    assertThat(Proportions.wilson(0, 10)[0]).isCloseTo(0.0, within(1e-12));
    assertThat(Proportions.wilson(10, 10)[1]).isCloseTo(1.0, within(1e-12));
    assertThat(Proportions.wilson(1, 1)[0]).isBetween(0.0, 1.0);
    assertThatThrownBy(() -> Proportions.wilson(0, 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("but was 0 of 0");
    assertThatThrownBy(() -> Proportions.wilson(11, 10)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("but was 11 of 10");
    assertThatThrownBy(() -> Proportions.wilson(-1, 10)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theMsspAdjustmentStartsAtItsFloorShare() {
    EquityAdjustment a = EquityAdjustment.MSSP_HEA_PY2023_2024;
    List<Third> top = List.of(Third.TOP, Third.TOP);
    // 4 + 4 = 8 points x share; none below the 20% floor, the floor itself counts
    assertThat(a.bonus(top, 0.19, 0)).isZero();
    assertThat(a.bonus(top, 0.20, 0)).isCloseTo(1.6, within(1e-12));
    assertThat(a.bonus(top, 1.0, 0)).isEqualTo(8.0);
    assertThat(a.bonus(List.of(Third.TOP, Third.TOP, Third.TOP), 1.0, 0)).isEqualTo(10.0);
    assertThatThrownBy(() -> a.bonus(top, 1.01, 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("share must be a fraction 0-1, but was 1.01");
    assertThatThrownBy(() -> a.bonus(top, -0.01, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThat(EquityAdjustment.HOSPITAL_VBP_FY2026.bonus(top, 0, 0)).isZero();
  }

  @Test
  void theMaRewardTiersAtTheMedianAndHalfTheMedian() {
    EquityAdjustment a = EquityAdjustment.MA_HEI_2027;
    List<Third> top = List.of(Third.TOP, Third.NOT_SCORED);
    // scaler: mean of scored points = 1; at or above the median share the full 0.4, at or above half of it 0.2
    assertThat(a.bonus(top, 0.30, 0.30)).isCloseTo(0.4, within(1e-12));
    assertThat(a.bonus(top, 0.15, 0.30)).isCloseTo(0.2, within(1e-12));
    assertThat(a.bonus(top, 0.1499, 0.30)).isZero();
    assertThat(a.bonus(top, 0.2999, 0.30)).isCloseTo(0.2, within(1e-12));
    assertThat(a.bonus(top, 0, 0)).isCloseTo(0.4, within(1e-12));
    assertThat(a.bonus(top, 1, 1)).isCloseTo(0.4, within(1e-12));
    assertThatThrownBy(() -> a.bonus(top, 0.3, 1.2)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("median share must be a fraction 0-1, but was 1.2");
    assertThatThrownBy(() -> a.bonus(top, 0.3, -0.1)).isInstanceOf(IllegalArgumentException.class);
    assertThat(a.scaler(List.of(Third.NOT_SCORED))).isZero();
  }

  @Test
  void anAdjustmentChecksItsTerms() {
    assertThat(new EquityAdjustment("edge", 1, 0, 0, false, 0, false, 0).cap()).isZero();
    assertThat(new EquityAdjustment("edge", 1, 0, 0, false, 1, false, 1).floor()).isEqualTo(1.0);
    assertThatThrownBy(() -> new EquityAdjustment("x", 1, 0, 0, false, -0.01, false, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("x: floor must be a share 0-1, but was -0.01");
    assertThatThrownBy(() -> new EquityAdjustment("x", 1, 0, 0, false, 1.01, false, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("but was 1.01");
    assertThatThrownBy(() -> new EquityAdjustment("x", 1, 0, 0, false, 0, false, -1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("x: cap must be 0 or more, but was -1.0");
    assertThatThrownBy(() -> new EquityAdjustment("x", Double.NaN, 0, 0, false, 0, false, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("x: terms must be finite, but one was NaN");
  }

  @Test
  void everySettingAndEstimateIsChecked() {
    assertThat(new Simulation(2, 1).replicates()).isEqualTo(2);
    assertThatThrownBy(() -> new Simulation(1, 1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 2, but was 1");
    assertThat(Reference.LARGEST.largest()).isTrue();
    assertThat(Reference.BEST.largest()).isFalse();
    assertThat(Reference.named("a").largest()).isFalse();
    assertThatThrownBy(() -> new SummaryEstimate("set", SummaryMeasure.D, Double.NaN, OptionalDouble.empty(),
        OptionalDouble.empty(), OptionalDouble.empty(), IntervalMethod.ANALYTIC))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dataset set, d: estimate must be finite");
    assertThatThrownBy(() -> new SummaryEstimate("set", SummaryMeasure.D, 1, OptionalDouble.of(Double.NaN),
        OptionalDouble.empty(), OptionalDouble.empty(), IntervalMethod.ANALYTIC))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("se must be finite");
    assertThatThrownBy(() -> new SummaryEstimate("set", SummaryMeasure.D, 1, OptionalDouble.empty(),
        OptionalDouble.of(Double.NEGATIVE_INFINITY), OptionalDouble.empty(), IntervalMethod.ANALYTIC))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lowerci must be finite");
    assertThatThrownBy(() -> new SummaryEstimate("set", SummaryMeasure.D, 1, OptionalDouble.empty(),
        OptionalDouble.empty(), OptionalDouble.of(Double.POSITIVE_INFINITY), IntervalMethod.ANALYTIC))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("upperci must be finite");
  }

  @Test
  void aDatasetChecksItsScaleOrdersAndReferences() {
    Subgroup a = new Subgroup("a", 1, 50, 1, 10, false);
    Subgroup b = new Subgroup("b", 2, 60, 1, 10, false);
    assertThatThrownBy(() -> new InequalityData("s", "i", "d", org.acokit.quality.Direction.HIGHER_IS_BETTER, true, 0,
        List.of(a, b))).hasMessageContaining("indicator_scale is 0.0, must be a positive number");
    // an estimate at the scale itself is allowed
    assertThat(new InequalityData("s", "i", "d", org.acokit.quality.Direction.HIGHER_IS_BETTER, true, 60,
        List.of(a, b)).subgroup("b").estimate()).isEqualTo(60);
    assertThatThrownBy(() -> new InequalityData("s", "i", "d", org.acokit.quality.Direction.HIGHER_IS_BETTER, true, 100,
        List.of(a, new Subgroup("b", 1, 60, 1, 10, false)))).hasMessageContaining("not used by another subgroup");
    assertThatThrownBy(() -> new InequalityData("s", "i", "d", org.acokit.quality.Direction.HIGHER_IS_BETTER, false,
        100, List.of(new Subgroup("a", 0, 50, 1, 10, false), new Subgroup("a", 0, 60, 1, 10, false))))
        .hasMessageContaining("subgroup a: the subgroup appears twice");
    InequalityData one = new InequalityData("s", "i", "d", org.acokit.quality.Direction.HIGHER_IS_BETTER, false, 100,
        List.of(new Subgroup("a", 0, 50, 1, 10, true), new Subgroup("b", 0, 60, 1, 10, false)));
    assertThat(one.reference().orElseThrow().name()).isEqualTo("a");
    assertThat(one.withReference("b").reference().orElseThrow().name()).isEqualTo("b");
    assertThat(one.withReference("b").subgroup("a").reference()).isFalse();
    assertThatThrownBy(() -> new InequalityData("s", "i", "d", org.acokit.quality.Direction.HIGHER_IS_BETTER, false,
        100.5, List.of(new Subgroup("a", 0, 50, 1, 10, false), new Subgroup("b", 0, 101, 1, 10, false))))
        .hasMessageContaining("indicator scale 100.5");
    assertThatThrownBy(() -> new InequalityData("s", "i", "d", org.acokit.quality.Direction.HIGHER_IS_BETTER, false,
        100, List.of(new Subgroup("a", 0, 50, 1, 10, false), new Subgroup("b", 0, 101, 1, 10, false))))
        .hasMessageContaining("indicator scale 100").hasMessageNotContaining("100.0");
  }
}
