/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.acokit.population.EnrollmentType;
import org.acokit.population.EnrollmentVector;
import org.junit.jupiter.api.Test;

/**
 * Tests the benchmark stages with the worked examples of CMS's methodology specification v11
 * and the figures of ACO A1540's PY2022 report, and their input checks.
 */
class BenchmarkTest {

  private static final EnrollmentVector ONES = EnrollmentVector.of(1, 1, 1, 1);
  private static final EnrollmentVector MIX = EnrollmentVector.of(0.01, 0.17, 0.09, 0.73);

  @Test
  void nationalComponentWeightAndBlendOfTheSpecification() {
    // Section 4.1.2 step 2: two counties; national growth 18,354 -> 19,229, regional 12,000 -> 13,000.
    double weight = BlendedTrend.nationalComponentWeight(new double[] {9000, 2000}, new double[] {10000, 12000});
    assertThat(weight).isCloseTo(0.767, within(0.0005));
    BlendedTrend trend = BlendedTrend.builder()
        .putNationalExpenditures(BenchmarkYear.BY1, ONES.times(18354))
        .putNationalExpenditures(BenchmarkYear.BY2, ONES.times(18436))
        .putNationalExpenditures(BenchmarkYear.BY3, ONES.times(19229))
        .nationalExpendituresPerformanceYear(ONES.times(19229))
        .putRegionalExpenditures(BenchmarkYear.BY1, ONES.times(12000))
        .putRegionalExpenditures(BenchmarkYear.BY2, ONES.times(12500))
        .putRegionalExpenditures(BenchmarkYear.BY3, ONES.times(13000))
        .regionalExpendituresPerformanceYear(ONES.times(13000))
        .nationalWeightBenchmarkYears(ONES.times(weight))
        .nationalWeightPerformanceYear(ONES.times(weight))
        .build();
    // The specification prints growth rates cut to three decimals (19,229 / 18,354 = 1.04767 prints as 1.047).
    assertThat(trend.nationalTrend(BenchmarkYear.BY1).get(EnrollmentType.AGED_DUAL)).isCloseTo(19229.0 / 18354, within(1e-15))
        .isCloseTo(1.047, within(0.001));
    assertThat(trend.regionalTrend(BenchmarkYear.BY1).get(EnrollmentType.AGED_DUAL)).isCloseTo(1.083, within(0.001));
    // The specification prints 1.055 from growth rates rounded to three decimals; unrounded it is 1.0560.
    assertThat(trend.blendedTrend(BenchmarkYear.BY1).get(EnrollmentType.AGED_DUAL)).isCloseTo(1.055, within(0.0015));
    assertThat(trend.blendedTrend(BenchmarkYear.BY3)).isEqualTo(ONES);
    assertThat(trend.explain().toTextTable()).contains("[G] National-Regional Blended Trend Factor BY1, Aged/dual");
  }

  @Test
  void riskRatioIsCappedAt3PercentGrowthOnly() {
    // Table A1 of ACO A1540's PY2022 report: aged/non-dual 1.20472947861179 / 1.14786586796031 is capped.
    UpdatedBenchmark updated = UpdatedBenchmark.builder()
        .historicalBenchmarkExpenditures(EnrollmentVector.of(94855.4989062696, 12685.7141035175, 19363.2318843882,
            12198.7678163251))
        .riskScoresBy3(EnrollmentVector.of(1.06487169953611, 1.11087562678441, 1.12171167545333, 1.14786586796031))
        .riskScoresPerformanceYear(EnrollmentVector.of(1.01176940325554, 1.10846552920286, 1.1145281173967,
            1.20472947861179))
        .updateFactors(EnrollmentVector.of(0.996946647126662, 1.07524198285615, 1.13481169141983, 1.04288927305391))
        .proportions(EnrollmentVector.of(0.00339318030288603, 0.126762072578342, 0.081150585770074, 0.788694161348698))
        .build();
    assertThat(updated.riskRatio().get(EnrollmentType.AGED_NON_DUAL)).isEqualTo(1.03);
    assertThat(updated.riskRatio().get(EnrollmentType.ESRD)).isCloseTo(0.950132681426594, within(1e-14));
    assertThat(updated.updatedBenchmark()).isCloseTo(14136.6916270482, within(1e-9));
    assertThat(updated.explain().step("H").orElseThrow().value()).isPresent();
  }

  @Test
  void regionalAdjustmentIsCappedAt5PercentOfNationalSpending() {
    RegionalAdjustment adjustment = RegionalAdjustment.builder()
        .historicalBenchmarkExpenditures(ONES.times(10000)).proportions(MIX).riskScoresBy3(ONES)
        .regionalExpenditures(ONES.times(20000)).nationalExpendituresBy3(ONES.times(10000))
        .lowerSpendingWeight(0.35).higherSpendingWeight(0.15).build();
    assertThat(adjustment.weightedDifference()).isCloseTo(10000, within(1e-9));
    assertThat(adjustment.weight()).isEqualTo(0.35);
    assertThat(adjustment.adjustmentBeforeCap()).isEqualTo(ONES.times(3500));
    assertThat(adjustment.adjustment()).isEqualTo(ONES.times(500));
    assertThat(adjustment.singleValue()).isCloseTo(500, within(1e-9));
    assertThat(adjustment.adjustedBenchmark()).isCloseTo(10000 + adjustment.singleValue(), within(1e-9));
    RegionalAdjustment higher = adjustment.withRegionalExpenditures(ONES.times(9000));
    assertThat(higher.weight()).isEqualTo(0.15);
    assertThat(higher.adjustment().get(EnrollmentType.ESRD)).isCloseTo(-150, within(1e-9));
  }

  @Test
  void badInputIsAClearError() {
    HistoricalBenchmark.Builder b = HistoricalBenchmark.builder().proportions(MIX)
        .putWeights(BenchmarkYear.BY1, 0.1).putWeights(BenchmarkYear.BY2, 0.3);
    for (BenchmarkYear y : BenchmarkYear.values()) {
      b.putPerCapitaExpenditures(y, ONES.times(10000)).putRiskScores(y, ONES).putTrendFactors(y, ONES);
    }
    assertThatThrownBy(b::build).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("weights must have a value for every benchmark year BY1, BY2, BY3, but BY3 is missing");
    HistoricalBenchmark valid = b.putWeights(BenchmarkYear.BY3, 0.6).build();
    assertThat(valid.benchmark()).isCloseTo(10000, within(1e-9));
    assertThatThrownBy(() -> valid.withWeights(java.util.Map.of(BenchmarkYear.BY1, 0.1, BenchmarkYear.BY2, 0.3,
        BenchmarkYear.BY3, 0.5))).hasMessage("weights must sum to 1, but summed to 0.9");
    assertThatThrownBy(() -> valid.withRiskScores(java.util.Map.of(BenchmarkYear.BY1, ONES,
        BenchmarkYear.BY2, EnrollmentVector.of(1, 0, 1, 1), BenchmarkYear.BY3, ONES)))
        .hasMessage("risk score BY2 Disabled must be greater than 0, but was 0.0");
    assertThatThrownBy(() -> BlendedTrend.nationalComponentWeight(new double[] {5}, new double[] {4}))
        .hasMessageContaining("assigned[0] must not exceed assignable[0]");
  }

  @Test
  void renormalizesRiskScoresByTheNationalMean() {
    // Table A2 of ACO A1540's PY2022 report, BY3 national means.
    RiskRenormalization by3 = RiskRenormalization.of(EnrollmentVector.of(1.1071816, 1.2876877, 1.8161936, 1.0604635));
    EnrollmentVector renormalized = by3.renormalize(EnrollmentVector.of(1.1071816, 2.5753754, 1.8161936, 1.0604635 * 1.5));
    assertThat(renormalized.get(EnrollmentType.ESRD)).isEqualTo(1.0);
    assertThat(renormalized.get(EnrollmentType.DISABLED)).isCloseTo(2.0, within(1e-15));
    assertThat(renormalized.get(EnrollmentType.AGED_NON_DUAL)).isCloseTo(1.5, within(1e-15));
    assertThatThrownBy(() -> RiskRenormalization.of(EnrollmentVector.of(1, 1, 0, 1)))
        .hasMessage("national mean risk score Aged/dual must be greater than 0, but was 0.0");
  }

  @Test
  void phaseInWeightsByEraAndAgreementPeriod() {
    java.time.LocalDate july2019 = java.time.LocalDate.of(2019, 7, 1);
    // ACO A1540's report: first agreement period subject to the regional adjustment, 0.35 / 0.15.
    assertThat(RegionalAdjustment.lowerSpendingWeight(july2019, 1)).isEqualTo(0.35);
    assertThat(RegionalAdjustment.higherSpendingWeight(july2019, 1)).isEqualTo(0.15);
    assertThat(RegionalAdjustment.lowerSpendingWeight(july2019, 2)).isEqualTo(0.50);
    assertThat(RegionalAdjustment.higherSpendingWeight(july2019, 2)).isEqualTo(0.25);
    assertThat(RegionalAdjustment.higherSpendingWeight(july2019, 3)).isEqualTo(0.35);
    assertThat(RegionalAdjustment.higherSpendingWeight(java.time.LocalDate.of(2024, 1, 1), 7)).isEqualTo(0.50);
    java.time.LocalDate rebased = java.time.LocalDate.of(2017, 1, 1);
    assertThat(RegionalAdjustment.lowerSpendingWeight(rebased, 2)).isEqualTo(0.70);
    assertThat(RegionalAdjustment.higherSpendingWeight(rebased, 1)).isEqualTo(0.25);
    assertThatThrownBy(() -> RegionalAdjustment.lowerSpendingWeight(july2019, 0))
        .hasMessage("application (agreement periods subject to the regional adjustment) must be at least 1, but was 0");
    assertThatThrownBy(() -> RegionalAdjustment.lowerSpendingWeight(java.time.LocalDate.of(2016, 1, 1), 1))
        .hasMessageContaining("earlier agreement periods had none");
  }

  @Test
  void firstAgreementsBefore2019UpdateByAFlatDollarAmount() {
    UpdatedBenchmark updated = UpdatedBenchmark.builder().historicalBenchmarkExpenditures(ONES.times(10000))
        .riskScoresBy3(ONES).riskScoresPerformanceYear(ONES.times(1.02)).flatDollarUpdate(ONES.times(400))
        .proportions(MIX).build();
    assertThat(updated.updatedBenchmark()).isCloseTo(10000 * 1.02 + 400, within(1e-9));
    assertThatThrownBy(() -> updated.withUpdateFactors(ONES))
        .hasMessage("exactly one of updateFactors and flatDollarUpdate must be given, but both were");
  }

  @Test
  void capOf2024IsDemographicGrowthPlus3PointsWhenAggregateGrowthExceedsIt() {
    EnrollmentVector demographicBy3 = ONES;
    EnrollmentVector demographicPy = ONES.times(1.01);
    EnrollmentVector weights = EnrollmentVector.of(1, 1, 1, 1);
    RiskRatioCap cap = RiskRatioCap.demographicGrowthPlus(demographicBy3, demographicPy, weights, 0.03);
    assertThat(cap.aggregateCap()).isCloseTo(1.04, within(1e-15));
    // Aggregate HCC growth 1.03 is below the cap: nothing is capped, not even the type at 1.06.
    EnrollmentVector below = EnrollmentVector.of(1.06, 1.00, 1.03, 1.03);
    assertThat(cap.apply(below)).isEqualTo(below);
    // Aggregate HCC growth 1.05 exceeds 1.04: each type is limited to 1.04; decreases stay.
    EnrollmentVector above = EnrollmentVector.of(1.08, 0.98, 1.07, 1.07);
    assertThat(cap.apply(above)).isEqualTo(EnrollmentVector.of(1.04, 0.98, 1.04, 1.04));
    assertThat(RiskRatioCap.fixed(1.03).apply(above)).isEqualTo(EnrollmentVector.of(1.03, 0.98, 1.03, 1.03));
  }

  @Test
  void threeWayBlendWithTheAcpt() {
    BlendedTrend.Builder b = BlendedTrend.builder()
        .nationalExpendituresPerformanceYear(ONES.times(110)).regionalExpendituresPerformanceYear(ONES.times(120))
        .nationalWeightBenchmarkYears(ONES.times(0.25)).nationalWeightPerformanceYear(ONES.times(0.25));
    for (BenchmarkYear y : BenchmarkYear.values()) {
      b.putNationalExpenditures(y, ONES.times(100)).putRegionalExpenditures(y, ONES.times(100));
    }
    assertThatThrownBy(() -> b.build().threeWayUpdate()).isInstanceOf(IllegalStateException.class);
    BlendedTrend trend = b.acptUpdateFactors(ONES.times(1.05)).acptWeight(BlendedTrend.acptWeight(2025)).build();
    // Two-way: 1.10 x 0.25 + 1.20 x 0.75 = 1.175; three-way: 2/3 x 1.175 + 1/3 x 1.05 = 1.13333.
    assertThat(trend.blendedUpdate().get(EnrollmentType.ESRD)).isCloseTo(1.175, within(1e-12));
    assertThat(trend.threeWayUpdate().get(EnrollmentType.ESRD)).isCloseTo(1.1333333333333333, within(1e-12));
    assertThat(BlendedTrend.acptWeight(2024)).isEqualTo(1.0 / 6);
    assertThatThrownBy(() -> BlendedTrend.acptWeight(2023)).hasMessageContaining("from 2024");
  }

  @Test
  void benchmarkYearWeightsOfFirstAndLaterAgreements() {
    assertThat(HistoricalBenchmark.firstAgreementWeights().values().stream().mapToDouble(Double::doubleValue).sum())
        .isCloseTo(1.0, within(1e-15));
    assertThat(HistoricalBenchmark.firstAgreementWeights()).containsEntry(BenchmarkYear.BY3, 0.6);
    assertThat(HistoricalBenchmark.equalWeights()).containsEntry(BenchmarkYear.BY1, 1.0 / 3);
  }

  @Test
  void negativeRegionalAdjustmentOf2024AgreementsIsCappedAtOneAndAHalfPercentAndOffset() {
    // 42 CFR 425.656(c)(3)-(5): ESRD 10% below the region (positive), the others above it.
    double offset = RegionalAdjustment.offsetFactor(0.2, EnrollmentVector.of(1.3, 1.1, 1.1, 1.1),
        EnrollmentVector.of(0, 10000, 10000, 10000), EnrollmentVector.of(0, 100, 100, 100));
    assertThat(offset).isCloseTo(0.3, within(1e-12));
    assertThat(RegionalAdjustment.offsetFactor(0.9, ONES.times(1.5), ONES, ONES)).isEqualTo(1.0);
    assertThat(RegionalAdjustment.offsetFactor(0.0, ONES.times(0.8), ONES, ONES)).isEqualTo(0.0);
    assertThat(RegionalAdjustment.negativeCapRate(java.time.LocalDate.of(2024, 1, 1))).isEqualTo(0.015);
    assertThat(RegionalAdjustment.negativeCapRate(java.time.LocalDate.of(2023, 1, 1))).isEqualTo(0.05);
    RegionalAdjustment adjustment = RegionalAdjustment.builder()
        .historicalBenchmarkExpenditures(EnrollmentVector.of(10000, 11000, 10100, 10100)).proportions(MIX)
        .riskScoresBy3(ONES).regionalExpenditures(ONES.times(10000)).nationalExpendituresBy3(ONES.times(10000))
        .lowerSpendingWeight(0.35).higherSpendingWeight(0.15)
        .negativeCapRate(RegionalAdjustment.negativeCapRate(java.time.LocalDate.of(2024, 1, 1)))
        .negativeAdjustmentOffset(offset).build();
    // Differences 0, -1000, -100, -100; weight 0.15: -150 (capped at -150 = 1.5% of 10,000) and -15.
    assertThat(adjustment.weight()).isEqualTo(0.15);
    assertThat(adjustment.adjustment().get(EnrollmentType.ESRD)).isEqualTo(0.0);
    assertThat(adjustment.adjustment().get(EnrollmentType.DISABLED)).isCloseTo(-150 * 0.7, within(1e-9));
    assertThat(adjustment.adjustment().get(EnrollmentType.AGED_DUAL)).isCloseTo(-15 * 0.7, within(1e-9));
    assertThat(adjustment.explain().toTextTable()).contains("Offset Factor for Negative Adjustments");
    assertThatThrownBy(() -> adjustment.withNegativeAdjustmentOffset(1.2)).hasMessageContaining("negativeAdjustmentOffset");
  }
}
