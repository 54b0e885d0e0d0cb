/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.acokit.explain.Formats;
import org.acokit.io.Failure;
import org.acokit.io.FailureCode;
import org.acokit.quality.QualityStandard;
import org.junit.jupiter.api.Test;

/**
 * The settlement engine's rules at their boundaries and for the term shapes PIT found untested
 * (issue 17): savings and losses that exactly reach the minimum rates, a size scale at its
 * replacement size, the guardrail with a recalculated benchmark that is not higher, below-minimum
 * sharing with no savings or a failed gate, which quality and revenue inputs each outcome needs,
 * partial years, excess-only losses, withholds earned back by gate and sliding scale, and the
 * band amounts. Benchmarks of 100 keep the figures exact.
 */
class ResolvedContractRulesMutationTest {

  private static PerformanceInputs.Builder year(double benchmark, double expenditure) {
    return PerformanceInputs.builder().benchmark(benchmark).expenditure(expenditure);
  }

  private static ContractTerms.Builder terms(String name) {
    return ContractTerms.builder().name(name).addSavingsBands(Band.flat(0.5));
  }

  private static Failure failure(ResolvedContract c, PerformanceInputs in) {
    return c.trySettle(in).failure().orElseThrow();
  }

  // ---- the benchmark and expenditure of a settlement override

  @Test
  void aBenchmarkOfZeroIsRefusedByName() {
    ResolvedContract c = ResolvedContract.of(terms("t").build());
    PerformanceInputs base = year(100, 90).build();
    assertThatThrownBy(() -> c.settle(base, 0, 90))
        .hasMessage("benchmark must be a finite number greater than 0, but was 0.0");
  }

  @Test
  void anExpenditureEqualToItsSpendingAboveTheAttachmentPointIsAllowed() {
    ResolvedContract c = ResolvedContract.of(terms("t").stopLoss(StopLoss.builder().attachmentPoint(0).build()).build());
    PerformanceInputs base = year(100, 90).expenditureAboveAttachmentPoint(50).build();
    ContractResult r = c.settle(base, 100, 50);
    assertThat(r.settledExpenditure()).isZero();
    assertThatThrownBy(() -> c.settle(base, 100, 49))
        .hasMessage("expenditure must not be below expenditureAboveAttachmentPoint (50.0), but was 49.0");
  }

  @Test
  void aSettlementBenchmarkThatOverflowsIsNamed() {
    ResolvedContract c = ResolvedContract.of(terms("t").build());
    PerformanceInputs base = year(100, 0).benchmarkAdjustment(1e308).build();
    assertThatThrownBy(() -> c.settle(base, 1e308, 0))
        .hasMessageContaining("the settlement benchmark (benchmark 1.0E308 after discount and withhold) + benchmarkAdjustment")
        .hasMessageContaining("overflows");
  }

  @Test
  void aSettlementBenchmarkOfExactlyZeroIsInconsistent() {
    Failure f = failure(ResolvedContract.of(terms("t").build()), year(100, 50).benchmarkAdjustment(-100).build());
    assertThat(f.code()).isEqualTo(FailureCode.INCONSISTENT);
    assertThat(f.path()).isEqualTo("benchmark");
    assertThat(f.message()).contains("must be greater than 0, but was 0.0");
  }

  // ---- partial years

  @Test
  void fullYearTermsTakeTwelveMonthsButRefuseFewer() {
    ResolvedContract c = ResolvedContract.of(terms("full year").build());
    assertThat(c.settle(year(100, 90).monthsParticipated(12).build()).payment()).isEqualTo(5);
    Failure f = failure(c, year(100, 90).monthsParticipated(11).build());
    assertThat(f.code()).isEqualTo(FailureCode.INCONSISTENT);
    assertThat(f.path()).isEqualTo("monthsParticipated");
    assertThat(f.message()).contains("monthsParticipated is 11", "'full year'", "FORFEIT_SAVINGS_PRORATE_LOSSES");
  }

  private static final ResolvedContract FORFEIT = ResolvedContract.of(terms("forfeit")
      .addLossBands(Band.flat(0.5)).partialYear(PartialYearRule.FORFEIT_SAVINGS_PRORATE_LOSSES).build());

  @Test
  void aPartialYearForfeitsSavingsButAFullYearDoesNot() {
    ContractResult partial = FORFEIT.settle(year(100, 90).monthsParticipated(6).build());
    assertThat(partial.savingsForfeited()).isTrue();
    assertThat(partial.sharedSavings()).isZero();
    assertThat(partial.payment()).isZero();
    ContractResult full = FORFEIT.settle(year(100, 90).monthsParticipated(12).build());
    assertThat(full.savingsForfeited()).isFalse();
    assertThat(full.payment()).isEqualTo(5);
  }

  @Test
  void aPartialYearWithLossesForfeitsNothingAndProratesTheLosses() {
    ContractResult r = FORFEIT.settle(year(100, 110).monthsParticipated(6).build());
    assertThat(r.savingsForfeited()).isFalse();
    // 50% of 10, for 6 of 12 months
    assertThat(r.lossesAfterCap()).isEqualTo(2.5);
    assertThat(r.payment()).isEqualTo(-2.5);
  }

  // ---- minimum savings and loss rates

  private static final ResolvedContract TWO_PERCENT = ResolvedContract.of(terms("2%").minimumSavingsRate(0.02)
      .minimumLossRate(0.02).addLossBands(Band.flat(0.5)).build());

  @Test
  void savingsExactlyAtTheMinimumSavingsRateAreShared() {
    ContractResult r = TWO_PERCENT.settle(year(100, 98).build());
    assertThat(r.outcome()).isEqualTo(Outcome.SAVINGS);
    assertThat(r.payment()).isEqualTo(1);
  }

  @Test
  void lossesExactlyAtTheMinimumLossRateAreSharedAndLossesBelowItAreNot() {
    ContractResult at = TWO_PERCENT.settle(year(100, 102).build());
    assertThat(at.outcome()).isEqualTo(Outcome.LOSSES);
    assertThat(at.minimumLossAmount()).isEqualTo(2);
    assertThat(at.payment()).isEqualTo(-1);
    ContractResult below = TWO_PERCENT.settle(year(100, 101.5).build());
    assertThat(below.outcome()).isEqualTo(Outcome.NEITHER);
    assertThat(below.payment()).isZero();
  }

  @Test
  void spendingExactlyTheBenchmarkIsNeitherEvenWithoutAMinimumLossRate() {
    ContractResult r = ResolvedContract.of(terms("no MLR").addLossBands(Band.flat(0.5)).build()).settle(year(100, 100).build());
    assertThat(r.outcome()).isEqualTo(Outcome.NEITHER);
    assertThat(r.sharedLosses()).isZero();
  }

  @Test
  void aScaleThatReplacesTheFixedRateBelowASizeLeavesTheFixedRateAtThatSize() {
    ResolvedContract c = ResolvedContract.of(terms("scale below 5000").minimumSavingsRate(0.02)
        .minimumRateScale(MinimumRateScale.builder().name("Table A4").addRows(SizeRate.of(1, 10_000, 0.039, 0.02))
            .rateAboveLargestSize(0.02).replacesFixedRateBelow(5000).build()).build());
    ContractResult at = c.settle(year(100, 90).beneficiaries(5000).build());
    assertThat(at.minimumRateFromScale()).isFalse();
    assertThat(at.minimumSavingsRate()).isEqualTo(0.02);
    ContractResult below = c.settle(year(100, 90).beneficiaries(4999).build());
    assertThat(below.minimumRateFromScale()).isTrue();
    assertThat(below.minimumSavingsRate()).isGreaterThan(0.029);
  }

  @Test
  void excessOnlyLossesShareTheLossesBeyondTheMinimumLossAmount() {
    ContractResult r = ResolvedContract.of(terms("excess only").minimumSavingsRate(0.02).minimumLossRate(0.02)
        .addLossBands(Band.flat(0.5)).shareBasis(ShareBasis.EXCESS_ONLY).build()).settle(year(100, 110).build());
    assertThat(r.amountShared()).isEqualTo(8);
    assertThat(r.payment()).isEqualTo(-4);
  }

  // ---- the guardrail

  private static final ResolvedContract GUARDRAIL = ResolvedContract.of(terms("guardrail").addLossBands(Band.flat(0.5))
      .recalculatedBenchmarkGuardrail(true).build());

  @Test
  void aRecalculatedBenchmarkNotAboveTheBenchmarkDoesNotReplaceIt() {
    ContractResult r = GUARDRAIL.settle(year(100, 110).recalculatedBenchmark(100).build());
    assertThat(r.recalculatedBenchmarkUsed()).isFalse();
    assertThat(r.payment()).isEqualTo(-5);
  }

  @Test
  void aHigherRecalculatedBenchmarkThatEqualsTheExpenditureLeavesNeitherAndSaysWhy() {
    ContractResult r = GUARDRAIL.settle(year(100, 110).recalculatedBenchmark(110).build());
    assertThat(r.recalculatedBenchmarkUsed()).isTrue();
    assertThat(r.outcome()).isEqualTo(Outcome.NEITHER);
    assertThat(r.payment()).isZero();
    assertThat(r.steps().formula(ContractStep.OUTCOME, s -> java.util.Optional.of(s.name())))
        .isEqualTo("Neither: expenditure is not above the recalculated benchmark, which earns no savings (guardrail)");
  }

  // ---- below-minimum sharing

  @Test
  void belowMinimumSharingNeedsSavingsAndAQualityFactorAboveZero() {
    ContractTerms t = terms("below minimum").minimumSavingsRate(0.02).belowMinimumSharingFactor(0.5)
        .quality(QualityTerms.builder().gateRequired(true).build()).build();
    ResolvedContract c = ResolvedContract.of(t);
    ContractResult met = c.settle(year(100, 99).qualityStandard(QualityStandard.MET).build());
    assertThat(met.belowMinimumShared()).isTrue();
    assertThat(met.payment()).isEqualTo(0.25);
    ContractResult notMet = c.settle(year(100, 99).qualityStandard(QualityStandard.NOT_MET).build());
    assertThat(notMet.belowMinimumShared()).isFalse();
    assertThat(notMet.payment()).isZero();
    ContractResult none = c.settle(year(100, 100).qualityStandard(QualityStandard.MET).build());
    assertThat(none.belowMinimumShared()).isFalse();
  }

  // ---- which quality inputs each outcome needs

  private static final ResolvedContract MULTIPLY = ResolvedContract.of(terms("multiply").minimumSavingsRate(0.02)
      .quality(QualityTerms.builder().savings(SavingsQuality.MULTIPLY).build()).build());

  @Test
  void aMissingQualityScoreIsNeededForSavingsOnly() {
    ContractResult neither = MULTIPLY.settle(year(100, 99).build());
    assertThat(neither.qualityFactor()).isEmpty();
    assertThat(neither.payment()).isZero();
    Failure f = failure(MULTIPLY, year(100, 90).build());
    assertThat(f.code()).isEqualTo(FailureCode.MISSING_INPUT);
    assertThat(f.path()).isEqualTo("qualityScore");
    assertThat(f.message()).contains("quality.savings MULTIPLY", "'multiply'");
  }

  @Test
  void savingsBelowTheMinimumThatMayBeSharedNeedTheQualityScore() {
    ResolvedContract c = ResolvedContract.of(terms("below").minimumSavingsRate(0.02).belowMinimumSharingFactor(0.5)
        .quality(QualityTerms.builder().savings(SavingsQuality.MULTIPLY).build()).build());
    assertThat(failure(c, year(100, 99).build()).path()).isEqualTo("qualityScore");
    assertThat(c.settle(year(100, 99).qualityScore(0.8).build()).payment()).isEqualTo(0.2, within(1e-12));
  }

  @Test
  void aQualityScoreBelowTheMinimumScoreEarnsNothingAndOneAtItCounts() {
    ResolvedContract c = ResolvedContract.of(terms("minimum score")
        .quality(QualityTerms.builder().savings(SavingsQuality.MULTIPLY).minimumScore(0.3).build()).build());
    assertThat(c.settle(year(100, 90).qualityScore(0.29).build()).qualityFactor()).hasValue(0);
    assertThat(c.settle(year(100, 90).qualityScore(0.3).build()).qualityFactor()).hasValue(0.3);
    assertThat(c.settle(year(100, 90).qualityScore(0.3).build()).payment()).isEqualTo(1.5, within(1e-12));
  }

  @Test
  void aMinimumScoreNeedsTheScoreEvenWhenQualityDoesNotMultiply() {
    ResolvedContract c = ResolvedContract.of(terms("minimum score only")
        .quality(QualityTerms.builder().minimumScore(0.3).build()).build());
    Failure f = failure(c, year(100, 90).build());
    assertThat(f.code()).isEqualTo(FailureCode.MISSING_INPUT);
    assertThat(f.path()).isEqualTo("qualityScore");
    assertThat(c.settle(year(100, 90).qualityScore(0.5).build()).payment()).isEqualTo(5);
  }

  @Test
  void theGateAndTheAlternativeRuleEachNameThemselvesWhenTheStandardIsMissing() {
    ResolvedContract gate = ResolvedContract.of(terms("gate").quality(QualityTerms.builder().gateRequired(true).build()).build());
    Failure g = failure(gate, year(100, 90).build());
    assertThat(g.path()).isEqualTo("qualityStandard");
    assertThat(g.message()).contains("required by quality.gateRequired");
    ResolvedContract alternative = ResolvedContract.of(terms("alternative")
        .quality(QualityTerms.builder().savings(SavingsQuality.MULTIPLY_UNDER_ALTERNATIVE).build()).build());
    Failure a = failure(alternative, year(100, 90).build());
    assertThat(a.path()).isEqualTo("qualityStandard");
    assertThat(a.message()).contains("required by quality.savings MULTIPLY_UNDER_ALTERNATIVE");
  }

  @Test
  void aMissingStandardIsNotNeededWithoutSavings() {
    ResolvedContract gate = ResolvedContract.of(terms("gate").quality(QualityTerms.builder().gateRequired(true).build()).build());
    // one-sided: the losses are not shared, and nothing needs the quality factor
    ContractResult r = gate.settle(year(100, 105).build());
    assertThat(r.outcome()).isEqualTo(Outcome.LOSSES);
    assertThat(r.qualityFactor()).isEmpty();
    assertThat(r.payment()).isZero();
  }

  @Test
  void theAlternativeRuleMultipliesByTheScoreOnlyUnderTheAlternativeStandard() {
    ResolvedContract c = ResolvedContract.of(terms("alternative")
        .quality(QualityTerms.builder().savings(SavingsQuality.MULTIPLY_UNDER_ALTERNATIVE).build()).build());
    // the full standard met: factor 1, no score needed
    assertThat(c.settle(year(100, 90).qualityStandard(QualityStandard.MET).build()).payment()).isEqualTo(5);
    assertThat(c.settle(year(100, 90).qualityStandard(QualityStandard.ALTERNATIVE_MET).qualityScore(0.8).build())
        .payment()).isEqualTo(4, within(1e-12));
    assertThat(c.settle(year(100, 90).qualityStandard(QualityStandard.NOT_MET).build()).payment()).isZero();
  }

  // ---- losses and the quality inputs

  @Test
  void lossesAtAFixedRateNeedNoQualityInputs() {
    ResolvedContract c = ResolvedContract.of(terms("two-sided multiply").addLossBands(Band.flat(0.4))
        .quality(QualityTerms.builder().savings(SavingsQuality.MULTIPLY).build()).build());
    ContractResult r = c.settle(year(100, 110).build());
    assertThat(r.outcome()).isEqualTo(Outcome.LOSSES);
    assertThat(r.payment()).isEqualTo(-4, within(1e-12));
  }

  private static final ResolvedContract COMPLEMENT_OF_FINAL = ResolvedContract.of(terms("complement of final")
      .addLossBands(Band.flat(0.5)).quality(QualityTerms.builder().savings(SavingsQuality.MULTIPLY)
          .losses(LossQuality.COMPLEMENT_OF_FINAL_SHARING_RATE).lossRateFloor(0.4).build()).build());

  @Test
  void aLossRateThatComplementsTheFinalSharingRateNeedsTheScore() {
    ContractResult r = COMPLEMENT_OF_FINAL.settle(year(100, 110).qualityScore(0.8).build());
    // 1 - 50% x 0.8 = 60%
    assertThat(r.lossRate()).hasValue(0.6);
    assertThat(r.payment()).isEqualTo(-6, within(1e-12));
    assertThat(failure(COMPLEMENT_OF_FINAL, year(100, 110).build()).path()).isEqualTo("qualityScore");
    ContractResult neither = COMPLEMENT_OF_FINAL.settle(year(100, 100).build());
    assertThat(neither.lossRate()).isEmpty();
  }

  private static final ResolvedContract ENHANCED = ResolvedContract.of(ContractTerms.builder().name("ENHANCED style")
      .addSavingsBands(Band.flat(0.75)).addLossBands(Band.flat(0.75)).quality(QualityTerms.builder()
          .gateRequired(true).losses(LossQuality.COMPLEMENT_OF_SHARING_RATE).complementSharingRate(0.75)
          .lossRateFloor(0.4).lossRateCeiling(0.75).build())
      .build());

  @Test
  void aComplementLossRateIsLeftOutWhenItsInputsAreMissingAndNoLossesAreShared() {
    assertThat(ENHANCED.settle(year(100, 100).build()).lossRate()).isEmpty();
    assertThat(ENHANCED.settle(year(100, 100).qualityStandard(QualityStandard.MET).build()).lossRate()).isEmpty();
    assertThat(ENHANCED.settle(year(100, 100).qualityStandard(QualityStandard.MET).qualityScore(0.6).build()).lossRate())
        .hasValue(0.55);
  }

  // ---- caps on participant revenue

  @Test
  void aRevenueCapNeedsTheRevenueWhenSavingsAreSharedAndLimitsThem() {
    ResolvedContract c = ResolvedContract.of(terms("revenue cap").savingsCap(Cap.builder().revenueRate(0.1).build()).build());
    Failure f = failure(c, year(100, 90).build());
    assertThat(f.code()).isEqualTo(FailureCode.MISSING_INPUT);
    assertThat(f.path()).isEqualTo("participantRevenue");
    assertThat(f.message()).contains("savingsCap is 10% of participant revenue");
    ContractResult neither = c.settle(year(100, 105).build());
    assertThat(neither.savingsCap()).isEmpty();
    ContractResult capped = c.settle(year(100, 90).participantRevenue(30).build());
    assertThat(capped.savingsCap()).hasValue(3);
    assertThat(capped.payment()).isEqualTo(3);
  }

  @Test
  void savingsBelowTheMinimumThatAreSharedNeedTheRevenueOfARevenueCap() {
    ResolvedContract c = ResolvedContract.of(terms("revenue cap").minimumSavingsRate(0.02).belowMinimumSharingFactor(0.5)
        .savingsCap(Cap.builder().revenueRate(0.1).build()).build());
    assertThat(failure(c, year(100, 99).build()).path()).isEqualTo("participantRevenue");
  }

  @Test
  void theMissingRevenueMessageSaysHowTheCapCombinesWithTheBenchmark() {
    ResolvedContract lesser = ResolvedContract.of(terms("lesser").savingsCap(Cap.lesserOfRevenueAndBenchmark(0.08, 0.04)).build());
    assertThat(failure(lesser, year(100, 90).build()).message())
        .contains("savingsCap is 8% of participant revenue, at most 4% of the benchmark");
    ResolvedContract greater = ResolvedContract.of(terms("greater").savingsCap(Cap.builder().revenueRate(0.08)
        .benchmarkRate(0.04).combination(CapCombination.GREATER).build()).build());
    assertThat(failure(greater, year(100, 90).build()).message())
        .contains("savingsCap is 8% of participant revenue, at least 4% of the benchmark");
  }

  // ---- withholds

  @Test
  void aWithholdEarnedBackByTheGateIsAllOrNothing() {
    ResolvedContract c = ResolvedContract.of(terms("gate earn-back").quality(QualityTerms.builder().withholdRate(0.02)
        .withholdEarnBack(WithholdEarnBack.GATE).build()).build());
    ContractResult met = c.settle(year(100, 90).qualityStandard(QualityStandard.MET).build());
    assertThat(met.withholdEarnedShare()).isEqualTo(1);
    assertThat(met.settlementBenchmark()).isEqualTo(100);
    ContractResult alternative = c.settle(year(100, 90).qualityStandard(QualityStandard.ALTERNATIVE_MET).build());
    assertThat(alternative.withholdEarnedShare()).isEqualTo(1);
    ContractResult notMet = c.settle(year(100, 90).qualityStandard(QualityStandard.NOT_MET).build());
    assertThat(notMet.withholdEarnedShare()).isZero();
    assertThat(notMet.settlementBenchmark()).isEqualTo(98);
    Failure f = failure(c, year(100, 90).build());
    assertThat(f.path()).isEqualTo("qualityStandard");
    assertThat(f.message()).contains("quality.withholdEarnBack GATE");
  }

  @Test
  void aWithholdEarnedBackByASlidingScaleEarnsTheStepsFactor() {
    ResolvedContract c = ResolvedContract.of(terms("sliding earn-back").quality(QualityTerms.builder().withholdRate(0.02)
        .withholdEarnBack(WithholdEarnBack.SLIDING_SCALE)
        .addSlidingScale(ScaleStep.of(0.3, 0.5), ScaleStep.of(0.6, 1)).build()).build());
    ContractResult r = c.settle(year(100, 90).qualityScore(0.5).build());
    assertThat(r.withholdEarnedShare()).isEqualTo(0.5);
    assertThat(r.withholdEarnedBack()).isEqualTo(1);
    assertThat(r.settlementBenchmark()).isEqualTo(99);
  }

  // ---- the result

  @Test
  void theResultKnowsItsContract() {
    ContractResult r = TWO_PERCENT.settle(year(100, 90).build());
    assertThat(r.contract()).isSameAs(TWO_PERCENT);
  }

  @Test
  void savingsBandAmountsUseTheSavingsRateEvenWhenTheLossRateDiffers() {
    ContractResult r = ResolvedContract.of(terms("two-sided").addLossBands(Band.flat(0.4)).build()).settle(year(100, 90).build());
    assertThat(r.bandAmounts()).containsExactly(5.0);
  }

  @Test
  void aQualityAdjustedSingleLossRateSetsTheLossBandAmount() {
    ContractResult r = ENHANCED.settle(year(100, 110).qualityStandard(QualityStandard.MET).qualityScore(0.6).build());
    // 1 - 75% x 0.6 = 55% of 10 (not the band's 75%)
    assertThat(r.bandAmounts()).hasSize(1);
    assertThat(r.bandAmounts().get(0)).isEqualTo(5.5, within(1e-12));
  }

  @Test
  void lossesSharedAtARateOfZeroHaveNoBandAmounts() {
    ContractResult r = ResolvedContract.of(terms("zero loss rate").addLossBands(Band.flat(0)).build()).settle(year(100, 110).build());
    assertThat(r.outcome()).isEqualTo(Outcome.LOSSES);
    assertThat(r.sharedLosses()).isZero();
    assertThat(r.bandAmounts()).isEqualTo(List.of());
  }

  @Test
  void thePrintedResultShowsTheFinalSharingRateOrLeavesItOut() {
    String single = MULTIPLY.settle(year(100, 90).qualityScore(0.9).build()).toString();
    assertThat(single).contains("Final sharing rate (%)", Formats.percent(0.45, 4));
    String banded = ResolvedContract.of(ContractTerms.builder().name("bands")
        .addSavingsBands(Band.of(0, 0.05, 0.6), Band.above(0.05, 0.3)).build()).settle(year(100, 90).build()).toString();
    assertThat(banded).contains("Final sharing rate (%)").doesNotContain("NaN");
  }
}
