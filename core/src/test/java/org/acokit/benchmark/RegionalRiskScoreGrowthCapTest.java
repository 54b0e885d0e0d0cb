/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.acokit.population.EnrollmentType;
import org.acokit.population.EnrollmentVector;
import org.junit.jupiter.api.Test;

/**
 * Tests the regional risk score growth cap adjustment factor of 42 CFR 425.655 with hand-computed
 * figures, its place in the regional update factor (425.652(b)(2)(ii)(C)), and its invariants.
 */
class RegionalRiskScoreGrowthCapTest {

  private static final EnrollmentVector ONES = EnrollmentVector.of(1, 1, 1, 1);

  private static RegionalRiskScoreGrowthCap.Builder uniform(double hccGrowth, double demographicGrowth, double share) {
    return RegionalRiskScoreGrowthCap.builder()
        .hccRiskScoresBy3(ONES).hccRiskScoresPerformanceYear(ONES.times(hccGrowth))
        .demographicRiskScoresBy3(ONES).demographicRiskScoresPerformanceYear(ONES.times(demographicGrowth))
        .regionallyAdjustedHistoricalBenchmark(EnrollmentVector.of(90000, 15000, 20000, 11000))
        .performanceYearPersonYears(EnrollmentVector.of(50, 900, 600, 8000))
        .marketShares(ONES.times(share));
  }

  @Test
  void uniformGrowthAboveTheCap() {
    // cap = 1.01 + 0.03 + 0.2 x (1.08 - 1.04) = 1.048; factor = 1.08 / 1.048.
    RegionalRiskScoreGrowthCap cap = uniform(1.08, 1.01, 0.2).build();
    assertThat(cap.aggregateHccGrowth()).isCloseTo(1.08, within(1e-15));
    assertThat(cap.aggregateDemographicGrowth()).isCloseTo(1.01, within(1e-15));
    assertThat(cap.aggregateMarketShare()).isCloseTo(0.2, within(1e-15));
    assertThat(cap.cap()).isCloseTo(1.048, within(1e-15));
    for (EnrollmentType t : EnrollmentType.values()) {
      assertThat(cap.adjustmentFactors().get(t)).isCloseTo(1.08 / 1.048, within(1e-15));
    }
  }

  @Test
  void growthWithinTheCapLeavesEveryFactorAtOne() {
    RegionalRiskScoreGrowthCap cap = uniform(1.035, 1.01, 0.5).build();
    assertThat(cap.cap()).isCloseTo(1.04, within(1e-15));
    assertThat(cap.adjustmentFactors()).isEqualTo(ONES);
  }

  @Test
  void onlyTypesAboveTheCapAreAdjusted() {
    // HCC growth by type 1.00, 1.02, 1.10, 1.06; demographic growth 1.00 throughout; shares by type.
    RegionalRiskScoreGrowthCap cap = uniform(1, 1, 0)
        .hccRiskScoresPerformanceYear(EnrollmentVector.of(1.00, 1.02, 1.10, 1.06))
        .marketShares(EnrollmentVector.of(0.1, 0.2, 0.3, 0.4)).build();
    double w0 = 90000 * 50.0;
    double w1 = 15000 * 900.0;
    double w2 = 20000 * 600.0;
    double w3 = 11000 * 8000.0;
    double h = (w0 * 1.00 + w1 * 1.02 + w2 * 1.10 + w3 * 1.06) / (w0 + w1 + w2 + w3);
    double s = (50 * 0.1 + 900 * 0.2 + 600 * 0.3 + 8000 * 0.4) / (50 + 900 + 600 + 8000.0);
    double expectedCap = 1.03 + s * (h - 1.03);
    assertThat(cap.aggregateHccGrowth()).isCloseTo(h, within(1e-14));
    assertThat(cap.aggregateMarketShare()).isCloseTo(s, within(1e-14));
    assertThat(cap.cap()).isCloseTo(expectedCap, within(1e-14));
    EnrollmentVector f = cap.adjustmentFactors();
    assertThat(f.get(EnrollmentType.ESRD)).isEqualTo(1.0);
    assertThat(f.get(EnrollmentType.DISABLED)).isEqualTo(1.0);
    assertThat(f.get(EnrollmentType.AGED_DUAL)).isCloseTo(1.10 / expectedCap, within(1e-14));
    assertThat(f.get(EnrollmentType.AGED_NON_DUAL)).isCloseTo(1.06 / expectedCap, within(1e-14));
    assertThat(cap.explain().toTextTable()).contains("Cap on regional HCC growth");
  }

  @Test
  void theFactorMultipliesTheRegionalUpdate() {
    BlendedTrend.Builder b = BlendedTrend.builder()
        .nationalExpendituresPerformanceYear(ONES.times(110)).regionalExpendituresPerformanceYear(ONES.times(105))
        .nationalWeightBenchmarkYears(ONES.times(0.2)).nationalWeightPerformanceYear(ONES.times(0.2));
    for (BenchmarkYear y : BenchmarkYear.values()) {
      b.putNationalExpenditures(y, ONES.times(100)).putRegionalExpenditures(y, ONES.times(100));
    }
    EnrollmentVector factors = uniform(1.08, 1.01, 0.2).build().adjustmentFactors();
    assertThatThrownBy(() -> b.regionalRiskScoreGrowthCapFactors(factors).build())
        .hasMessageContaining("regionalRiskScoreGrowthCapFactors").hasMessageContaining("ACPT");
    BlendedTrend trend = b.acptUpdateFactors(ONES.times(1.04)).acptWeight(1.0 / 3).build();
    double regional = 1.05 * 1.08 / 1.048;
    assertThat(trend.regionalUpdate().get(EnrollmentType.ESRD)).isCloseTo(regional, within(1e-14));
    double twoWay = 1.10 * 0.2 + regional * 0.8;
    assertThat(trend.threeWayUpdate().get(EnrollmentType.ESRD)).isCloseTo(twoWay * 2 / 3 + 1.04 / 3, within(1e-14));
    assertThat(trend.explain().toTextTable()).contains("Regional Risk Score Growth Cap Adjustment Factor PY");
    assertThatThrownBy(() -> b.regionalRiskScoreGrowthCapFactors(ONES.times(0.9)).build())
        .hasMessageContaining("regionalRiskScoreGrowthCapFactors ESRD").hasMessageContaining("0.9");
  }

  @Test
  void badInputNamesTheField() {
    assertThatThrownBy(() -> uniform(1.08, 1.01, 1.5).build()).hasMessageContaining("marketShares");
    assertThatThrownBy(() -> uniform(1.08, 1.01, 0.2).hccRiskScoresBy3(ONES.times(0)).build())
        .hasMessageContaining("hccRiskScoresBy3");
    assertThatThrownBy(() -> uniform(1.08, 1.01, 0.2).performanceYearPersonYears(ONES.times(0)).build())
        .hasMessageContaining("performanceYearPersonYears");
  }

  @Property(tries = 500)
  void factorsAreAtLeastOneAndCapTheGrowthTheyAdjust(
      @ForAll @DoubleRange(min = 0.8, max = 1.3) double h0, @ForAll @DoubleRange(min = 0.8, max = 1.3) double h1,
      @ForAll @DoubleRange(min = 0.8, max = 1.3) double h2, @ForAll @DoubleRange(min = 0.8, max = 1.3) double h3,
      @ForAll @DoubleRange(min = 0.9, max = 1.1) double demographic,
      @ForAll @DoubleRange(min = 0, max = 1) double share) {
    RegionalRiskScoreGrowthCap cap = uniform(1, demographic, share)
        .hccRiskScoresPerformanceYear(EnrollmentVector.of(h0, h1, h2, h3)).build();
    EnrollmentVector f = cap.adjustmentFactors();
    for (EnrollmentType t : EnrollmentType.values()) {
      double growth = cap.hccGrowth().get(t);
      assertThat(f.get(t)).isGreaterThanOrEqualTo(1.0);
      // The growth left after the factor never exceeds the cap and never falls below the growth itself
      // when the growth is within the cap.
      if (f.get(t) > 1) {
        assertThat(growth / f.get(t)).isCloseTo(cap.cap(), within(1e-12));
      }
    }
    // The cap lies between demographic growth + 3 points and the larger of that and aggregate HCC growth.
    double base = cap.aggregateDemographicGrowth() + 0.03;
    assertThat(cap.cap()).isBetween(base - 1e-12, Math.max(base, cap.aggregateHccGrowth()) + 1e-12);
  }
}
