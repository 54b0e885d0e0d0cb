/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import org.acokit.explain.Explanation;
import org.acokit.explain.ExplanationStep;
import org.acokit.population.EnrollmentType;
import org.acokit.population.EnrollmentVector;
import org.junit.jupiter.api.Test;

/**
 * Rules of the benchmark stages that mutation testing (PIT) found untested: every explanation
 * row holds the figure its stage computes (the explanation is the audit trail a user compares
 * with CMS's report tables), every missing benchmark year and bad proportion is a named error,
 * and the boundaries the regulation sets (a county fully assigned, a weighted difference of
 * exactly zero, an average prior saving of exactly zero).
 */
class BenchmarkMutationTest {

  private static final EnrollmentVector ONES = EnrollmentVector.of(1, 1, 1, 1);
  private static final EnrollmentVector MIX = EnrollmentVector.of(0.01, 0.17, 0.09, 0.73);

  /** The one step with this label; fails when there is none or more than one. */
  private static ExplanationStep step(Explanation e, String label) {
    List<ExplanationStep> found = e.steps().stream().filter(s -> s.label().equals(label)).toList();
    assertThat(found).as("steps labelled '%s' in %s", label, e.title()).hasSize(1);
    return found.get(0);
  }

  /** Checks the row letter and value of a single-valued step. */
  private static void assertStep(Explanation e, String row, String label, double expected) {
    ExplanationStep s = step(e, label);
    assertThat(s.row()).as(label).isEqualTo(row);
    assertThat(s.value().getAsDouble()).as(label).isEqualTo(expected);
  }

  /** Checks the row letter and value of the four per-enrollment-type steps of a vector. */
  private static void assertSteps(Explanation e, String row, String label, EnrollmentVector expected) {
    for (EnrollmentType t : EnrollmentType.values()) {
      assertStep(e, row, label + ", " + t.label(), expected.get(t));
    }
  }

  private static BlendedTrend.Builder trend() {
    BlendedTrend.Builder b = BlendedTrend.builder()
        .nationalExpendituresPerformanceYear(EnrollmentVector.of(110, 111, 112, 113))
        .regionalExpendituresPerformanceYear(EnrollmentVector.of(120, 119, 118, 117))
        .nationalWeightBenchmarkYears(ONES.times(0.25)).nationalWeightPerformanceYear(ONES.times(0.3));
    double n = 90;
    for (BenchmarkYear y : BenchmarkYear.values()) {
      b.putNationalExpenditures(y, ONES.times(n)).putRegionalExpenditures(y, ONES.times(n + 5));
      n += 5;
    }
    return b;
  }

  private static HistoricalBenchmark.Builder historical() {
    HistoricalBenchmark.Builder b = HistoricalBenchmark.builder().proportions(MIX)
        .weights(HistoricalBenchmark.firstAgreementWeights());
    double spend = 9000;
    for (BenchmarkYear y : BenchmarkYear.values()) {
      b.putPerCapitaExpenditures(y, EnrollmentVector.of(80000, spend + 2000, spend + 1000, spend))
          .putRiskScores(y, ONES.times(0.9 + 0.05 * y.ordinal())).putTrendFactors(y, ONES.times(1.1 - 0.05 * y.ordinal()));
      spend += 400;
    }
    return b;
  }

  @Test
  void tableA3ExplanationHoldsEveryTrendAndUpdateFactor() {
    BlendedTrend t = trend().build();
    Explanation e = t.explain();
    for (BenchmarkYear y : BenchmarkYear.values()) {
      assertSteps(e, "B", "National Expenditure Trend Factor " + y, t.nationalTrend(y));
      assertSteps(e, "D", "Regional Expenditure Trend Factor " + y, t.regionalTrend(y));
      assertSteps(e, "G", "National-Regional Blended Trend Factor " + y, t.blendedTrend(y));
    }
    assertSteps(e, "B", "National Expenditure Update Factor PY", t.nationalUpdate());
    assertSteps(e, "D", "Regional Expenditure Update Factor PY", t.regionalUpdate());
    assertThat(step(e, "Regional Expenditure Update Factor PY, ESRD").formula()).isEqualTo("[C] PY / [C] BY3");
    assertSteps(e, "F", "Regional Component Weight PY", t.regionalWeightPerformanceYear());
    assertSteps(e, "G", "National-Regional Blended Update Factor PY", t.blendedUpdate());
    assertThat(t.regionalWeightPerformanceYear().get(EnrollmentType.ESRD)).isCloseTo(0.7, within(1e-15));
    // No growth cap: no cap row.
    assertThat(e.steps()).noneMatch(s -> s.label().startsWith("Regional Risk Score Growth Cap"));

    // With the 2024+ growth cap the regional update carries the factor, and says so.
    EnrollmentVector capFactors = EnrollmentVector.of(1.0, 1.02, 1.0, 1.01);
    BlendedTrend capped = trend().acptUpdateFactors(ONES.times(1.04)).acptWeight(1.0 / 3)
        .regionalRiskScoreGrowthCapFactors(capFactors).build();
    Explanation c = capped.explain();
    assertSteps(c, "D", "Regional Risk Score Growth Cap Adjustment Factor PY", capFactors);
    assertSteps(c, "D", "Regional Expenditure Update Factor PY", capped.regionalUpdate());
    assertThat(capped.regionalUpdate().get(EnrollmentType.DISABLED))
        .isCloseTo(t.regionalUpdate().get(EnrollmentType.DISABLED) * 1.02, within(1e-15));
    assertThat(step(c, "Regional Expenditure Update Factor PY, Disabled").formula())
        .contains("regional risk score growth cap adjustment factor");
  }

  @Test
  void blendedTrendNamesEveryMissingYearAndHalfGivenAcpt() {
    BlendedTrend.Builder noRegionalBy2 = BlendedTrend.builder()
        .nationalExpendituresPerformanceYear(ONES).regionalExpendituresPerformanceYear(ONES)
        .nationalWeightBenchmarkYears(ONES.times(0.5)).nationalWeightPerformanceYear(ONES.times(0.5));
    for (BenchmarkYear y : BenchmarkYear.values()) {
      noRegionalBy2.putNationalExpenditures(y, ONES);
    }
    noRegionalBy2.putRegionalExpenditures(BenchmarkYear.BY1, ONES).putRegionalExpenditures(BenchmarkYear.BY3, ONES);
    assertThatThrownBy(noRegionalBy2::build).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("regionalExpenditures must have a value for every benchmark year BY1, BY2, BY3, but BY2 is missing");
    BlendedTrend.Builder noNationalBy1 = BlendedTrend.builder()
        .nationalExpendituresPerformanceYear(ONES).regionalExpendituresPerformanceYear(ONES)
        .nationalWeightBenchmarkYears(ONES.times(0.5)).nationalWeightPerformanceYear(ONES.times(0.5))
        .putNationalExpenditures(BenchmarkYear.BY2, ONES).putNationalExpenditures(BenchmarkYear.BY3, ONES);
    for (BenchmarkYear y : BenchmarkYear.values()) {
      noNationalBy1.putRegionalExpenditures(y, ONES);
    }
    assertThatThrownBy(noNationalBy1::build)
        .hasMessage("nationalExpenditures must have a value for every benchmark year BY1, BY2, BY3, but BY1 is missing");

    assertThatThrownBy(() -> trend().acptWeight(0.2).build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("acptUpdateFactors and acptWeight must be given together, but only acptWeight was given");
    assertThatThrownBy(() -> trend().acptUpdateFactors(ONES).build())
        .hasMessage("acptUpdateFactors and acptWeight must be given together, but only acptUpdateFactors was given");
  }

  @Test
  void aCountyFullyAssignedCounts() {
    // A county whose assignable beneficiaries are all assigned to the ACO is allowed (assigned must
    // not EXCEED assignable): one such county alone makes the national weight 1.
    assertThat(BlendedTrend.nationalComponentWeight(new double[] {10}, new double[] {10})).isEqualTo(1.0);
    assertThat(BlendedTrend.nationalComponentWeight(new double[] {10, 0}, new double[] {10, 30})).isEqualTo(1.0);
  }

  @Test
  void aCountyWithoutAssignableBeneficiariesOfATypeAddsNothingAndNoNaN() {
    // County 1 has no ESRD beneficiaries at all (0 of 0): it adds nothing, rather than 0 / 0.
    EnrollmentVector weight = NationalWeight.of(
        List.of(EnrollmentVector.of(10, 900, 200, 2000), EnrollmentVector.of(0, 100, 50, 1000)),
        List.of(EnrollmentVector.of(40, 1800, 800, 8000), EnrollmentVector.of(0, 1000, 500, 5000)));
    assertThat(weight.get(EnrollmentType.ESRD)).isEqualTo(10.0 / 40);
    assertThat(weight.get(EnrollmentType.DISABLED)).isCloseTo(0.9 * 0.5 + 0.1 * 0.1, within(1e-15));
  }

  @Test
  void table1ExplanationHoldsEveryHistoricalBenchmarkFigure() {
    HistoricalBenchmark h = historical().build();
    Explanation e = h.explain();
    for (BenchmarkYear y : BenchmarkYear.values()) {
      assertSteps(e, "D", "CMS-HCC Risk Ratio " + y, h.riskRatio(y));
      assertSteps(e, "F", "Trended Per Capita Expenditures " + y + " ($)", h.trendedExpenditures(y));
      assertSteps(e, "G", "Historical Benchmark Expenditures " + y + " ($)", h.weightedExpenditures(y));
    }
    assertSteps(e, "G", "Historical Benchmark Expenditures Before Regional Adjustment ($)", h.benchmarkExpenditures());
    assertStep(e, "I", "Historical Benchmark Before Regional Adjustment ($)", h.benchmark());
    assertThat(step(e, "Historical Benchmark Expenditures BY3 ($), ESRD").formula()).isEqualTo("[F] x weight 0.6");
    // BY1 ESRD: 80,000 x (1.0 / 0.9) x 1.1, weighted 10%.
    assertThat(h.weightedExpenditures(BenchmarkYear.BY1).get(EnrollmentType.ESRD))
        .isCloseTo(80000 * (1.0 / 0.9) * 1.1 * 0.1, within(1e-9));
  }

  @Test
  void historicalBenchmarkNamesEveryMissingYearAndBadProportions() {
    HistoricalBenchmark valid = historical().build();
    Map<BenchmarkYear, EnrollmentVector> twoYears = Map.of(BenchmarkYear.BY1, ONES, BenchmarkYear.BY3, ONES);
    assertThatThrownBy(() -> valid.withPerCapitaExpenditures(twoYears))
        .hasMessage("perCapitaExpenditures must have a value for every benchmark year BY1, BY2, BY3, but BY2 is missing");
    assertThatThrownBy(() -> valid.withRiskScores(twoYears))
        .hasMessage("riskScores must have a value for every benchmark year BY1, BY2, BY3, but BY2 is missing");
    assertThatThrownBy(() -> valid.withTrendFactors(twoYears))
        .hasMessage("trendFactors must have a value for every benchmark year BY1, BY2, BY3, but BY2 is missing");
    // Each proportion is a fraction, but together they are 90% of the beneficiaries.
    assertThatThrownBy(() -> valid.withProportions(EnrollmentVector.of(0.01, 0.17, 0.09, 0.63)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("proportions must sum to 1, but summed to 0.9");
  }

  @Test
  void regionalAdjustmentExplanationHoldsEveryRowAndSaysWhichWeight() {
    RegionalAdjustment lower = RegionalAdjustment.builder()
        .historicalBenchmarkExpenditures(EnrollmentVector.of(10000, 11000, 10100, 10100)).proportions(MIX)
        .riskScoresBy3(ONES.times(1.1)).regionalExpenditures(ONES.times(20000)).nationalExpendituresBy3(ONES.times(10000))
        .lowerSpendingWeight(0.35).higherSpendingWeight(0.15).build();
    Explanation e = lower.explain();
    assertSteps(e, "K", "ACO Risk-Adjusted Regional Average Expenditure Amount ($)", lower.acoRegionalExpenditures());
    assertSteps(e, "L", "Difference from Historical Benchmark Expenditures ($)", lower.difference());
    assertStep(e, "M", "Weighted Average Difference ($)", lower.weightedDifference());
    assertStep(e, "N", "Regional Adjustment Weight", 0.35);
    assertThat(step(e, "Regional Adjustment Weight").formula()).isEqualTo("lower spending than the region");
    assertSteps(e, "O", "Regional Adjustment Before Applying Cap ($)", lower.adjustmentBeforeCap());
    assertSteps(e, "P", "Regional Adjustment Cap (Absolute Value) ($)", lower.cap());
    assertSteps(e, "Q", "Regional Adjustment After Applying Cap ($)", lower.adjustment());
    assertThat(step(e, "Regional Adjustment After Applying Cap ($), ESRD").formula()).isEqualTo("[O] within [-P, P]");
    assertSteps(e, "R", "Regionally-Adjusted Historical Benchmark Expenditures ($)", lower.adjustedExpenditures());
    assertStep(e, "S", "Regionally-Adjusted Historical Benchmark ($)", lower.adjustedBenchmark());
    // Before 2024 one cap in both directions and no offset: neither row appears.
    assertThat(e.steps()).noneMatch(s -> s.label().startsWith("Regional Adjustment Cap on Negative"));
    assertThat(e.steps()).noneMatch(s -> s.label().startsWith("Offset Factor"));

    RegionalAdjustment higher = lower.withRegionalExpenditures(ONES.times(9000))
        .withNegativeCapRate(0.015).withNegativeAdjustmentOffset(0.3);
    Explanation h = higher.explain();
    assertStep(h, "N", "Regional Adjustment Weight", 0.15);
    assertThat(step(h, "Regional Adjustment Weight").formula()).isEqualTo("higher spending than the region");
    assertSteps(h, "P", "Regional Adjustment Cap on Negative Adjustments (Absolute Value) ($)", ONES.times(150));
    assertStep(h, "Q", "Offset Factor for Negative Adjustments", 0.3);
    assertThat(step(h, "Regional Adjustment After Applying Cap ($), ESRD").formula())
        .isEqualTo("[O] within [-cap, P]; negative x (1 - offset)");
    assertSteps(h, "Q", "Regional Adjustment After Applying Cap ($)", higher.adjustment());
  }

  @Test
  void spendingExactlyAtTheRegionTakesTheLowerSpendingWeight() {
    // [N] is the lower-spending weight when [M] is 0 or more (42 CFR 425.601(a)(8)(ii)).
    RegionalAdjustment equal = RegionalAdjustment.builder()
        .historicalBenchmarkExpenditures(ONES.times(10000)).proportions(MIX).riskScoresBy3(ONES)
        .regionalExpenditures(ONES.times(10000)).nationalExpendituresBy3(ONES.times(10000))
        .lowerSpendingWeight(0.35).higherSpendingWeight(0.15).build();
    assertThat(equal.weightedDifference()).isEqualTo(0.0);
    assertThat(equal.weight()).isEqualTo(0.35);
    assertThat(step(equal.explain(), "Regional Adjustment Weight").formula()).isEqualTo("lower spending than the region");
    assertThatThrownBy(() -> equal.withProportions(EnrollmentVector.of(0.01, 0.17, 0.09, 0.83)))
        .hasMessageStartingWith("proportions must sum to 1, but summed to 1.1");
  }

  @Test
  void higherSpendingWeightsByEraAndApplication() {
    LocalDate rebased = LocalDate.of(2017, 1, 1);
    assertThat(RegionalAdjustment.higherSpendingWeight(rebased, 2)).isEqualTo(0.50);
    assertThat(RegionalAdjustment.higherSpendingWeight(rebased, 3)).isEqualTo(0.70);
    LocalDate july2019 = LocalDate.of(2019, 7, 1);
    assertThat(RegionalAdjustment.higherSpendingWeight(july2019, 4)).isEqualTo(0.50);
    assertThatThrownBy(() -> RegionalAdjustment.higherSpendingWeight(july2019, 0))
        .hasMessage("application (agreement periods subject to the regional adjustment) must be at least 1, but was 0");
    assertThatThrownBy(() -> RegionalAdjustment.higherSpendingWeight(LocalDate.of(2016, 12, 31), 1))
        .hasMessageContaining("earlier agreement periods had none").hasMessageContaining("2016-12-31");
  }

  @Test
  void growthCapExplanationHoldsEveryStep() {
    RegionalRiskScoreGrowthCap cap = RegionalRiskScoreGrowthCap.builder()
        .hccRiskScoresBy3(ONES).hccRiskScoresPerformanceYear(EnrollmentVector.of(1.00, 1.02, 1.10, 1.06))
        .demographicRiskScoresBy3(ONES).demographicRiskScoresPerformanceYear(EnrollmentVector.of(1.0, 1.01, 1.0, 1.02))
        .regionallyAdjustedHistoricalBenchmark(EnrollmentVector.of(90000, 15000, 20000, 11000))
        .performanceYearPersonYears(EnrollmentVector.of(50, 900, 600, 8000))
        .marketShares(EnrollmentVector.of(0.1, 0.2, 0.3, 0.4)).build();
    Explanation e = cap.explain();
    assertSteps(e, "1", "Regional HCC risk score growth", cap.hccGrowth());
    assertSteps(e, "2", "Regional demographic risk score growth", cap.demographicGrowth());
    assertSteps(e, "3", "Aggregation weight", cap.weights());
    assertStep(e, "4", "Aggregate HCC growth", cap.aggregateHccGrowth());
    assertStep(e, "5", "Aggregate demographic growth", cap.aggregateDemographicGrowth());
    assertStep(e, "6", "Aggregate market share", cap.aggregateMarketShare());
    assertStep(e, "7", "Cap on regional HCC growth", cap.cap());
    assertSteps(e, "8", "Regional risk score growth cap adjustment factor", cap.adjustmentFactors());
    assertThat(cap.adjustmentFactors().get(EnrollmentType.AGED_DUAL)).isGreaterThan(1);
  }

  @Test
  void updatedBenchmarkExplanationHoldsEveryRowAndTheCapApplied() {
    UpdatedBenchmark updated = UpdatedBenchmark.builder().historicalBenchmarkExpenditures(ONES.times(10000))
        .riskScoresBy3(ONES).riskScoresPerformanceYear(EnrollmentVector.of(1.0, 1.05, 1.01, 0.99))
        .updateFactors(ONES.times(1.04)).proportions(MIX).build();
    Explanation e = updated.explain();
    assertSteps(e, "C", "ACO CMS-HCC Risk Ratio (Capped)", updated.riskRatio());
    assertThat(updated.riskRatio().get(EnrollmentType.DISABLED)).isEqualTo(1.03);
    assertThat(step(e, "ACO CMS-HCC Risk Ratio (Capped), ESRD").formula()).isEqualTo("[B] PY / [B] BY3, cap 1.03");
    assertSteps(e, "D", "Risk-Adjusted Historical Benchmark ($)", updated.riskAdjustedExpenditures());
    assertSteps(e, "F", "Updated Benchmark Expenditures ($)", updated.updatedExpenditures());
    assertThat(step(e, "Updated Benchmark Expenditures ($), ESRD").formula()).isEqualTo("[D] x [E]");
    assertStep(e, "H", "Updated Benchmark ($)", updated.updatedBenchmark());

    UpdatedBenchmark flat = UpdatedBenchmark.builder().historicalBenchmarkExpenditures(ONES.times(10000))
        .riskScoresBy3(ONES).riskScoresPerformanceYear(ONES).flatDollarUpdate(ONES.times(400)).proportions(MIX).build();
    assertThat(step(flat.explain(), "Updated Benchmark Expenditures ($), ESRD").formula())
        .isEqualTo("[D] + flat dollar update");
  }

  @Test
  void riskRatioCapsSayWhatTheyAre() {
    assertThat(RiskRatioCap.fixed(1.03).aggregateCap()).isEqualTo(1.03);
    assertThat(RiskRatioCap.fixed(1.03)).hasToString("cap 1.03");
    RiskRatioCap demographic = RiskRatioCap.demographicGrowthPlus(ONES, ONES.times(1.01), ONES, 0.03);
    assertThat(demographic).hasToString(
        "cap of demographic growth + 0.03 = 1.040000 (applied if aggregate HCC growth exceeds it)");
  }

  @Test
  void priorSavingsAdjustmentNeedsPositiveAverageSavingsAndIsProrated() {
    // 425.658(b): eligible only when the average per capita savings is positive; zero is not.
    assertThat(BenchmarkAdjustment.priorSavingsAdjustment(new double[] {100, -100, 0}, 1.0, 12000)).isEmpty();
    // 425.658(c)(2): 50% of the prorated average: 300 x 0.5 x 0.5 = 75, below 5% of 12,000.
    assertThat(BenchmarkAdjustment.priorSavingsAdjustment(new double[] {300, 300, 300}, 0.5, 12000).getAsDouble())
        .isCloseTo(75, within(1e-12));
    assertThat(BenchmarkAdjustment.choose(LocalDate.of(2024, 1, 1), 0, OptionalDouble.empty()))
        .isEqualTo(BenchmarkAdjustment.Category.NO_ADJUSTMENT);
  }
  @Test
  void capsApplyOnlyWhenAggregateGrowthExceedsTheCap() {
    // Aggregate growth exactly at the cap does not exceed it: nothing is capped, not even the type at
    // 1.5 (42 CFR 425.605(a)(1)(ii), 425.610(a)(2)(ii); dyadic figures, so the equality is exact).
    RiskRatioCap cap = RiskRatioCap.demographicGrowthPlus(ONES, ONES, ONES, 0.25);
    EnrollmentVector atCap = EnrollmentVector.of(1.5, 1.0, 1.25, 1.25);
    assertThat(atCap.dot(ONES) / 4).isEqualTo(cap.aggregateCap());
    assertThat(cap.apply(atCap)).isEqualTo(atCap);
    // The regional risk score growth cap (425.655(f)): 1 for every type when aggregate HCC growth
    // does not exceed the cap.
    RegionalRiskScoreGrowthCap growth = RegionalRiskScoreGrowthCap.builder()
        .hccRiskScoresBy3(ONES).hccRiskScoresPerformanceYear(atCap)
        .demographicRiskScoresBy3(ONES).demographicRiskScoresPerformanceYear(ONES)
        .regionallyAdjustedHistoricalBenchmark(ONES.times(4)).performanceYearPersonYears(ONES.times(2))
        .marketShares(ONES.times(0)).points(0.25).build();
    assertThat(growth.aggregateHccGrowth()).isEqualTo(growth.cap()).isEqualTo(1.25);
    assertThat(growth.adjustmentFactors()).isEqualTo(ONES);
  }

  @Test
  void updatedBenchmarkNamesBadProportions() {
    assertThatThrownBy(() -> UpdatedBenchmark.builder().historicalBenchmarkExpenditures(ONES.times(10000))
        .riskScoresBy3(ONES).riskScoresPerformanceYear(ONES).updateFactors(ONES)
        .proportions(EnrollmentVector.of(0.5, 0.5, 0.5, 0.5)).build())
        .hasMessageStartingWith("proportions must sum to 1, but summed to 2");
  }
}
