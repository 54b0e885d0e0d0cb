/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.acokit.quality.QualityStandard;
import org.junit.jupiter.api.Test;

/**
 * The formula and "does not apply" texts of {@link ContractSteps} for the term shapes the golden
 * explanations of {@link ContractExplanationMutationTest} do not cover: several savings or loss
 * bands with a quality factor, loss mitigation, a complement of the final sharing rate, partial
 * years, earn-back by gate or score, sliding-scale quality, below-minimum sharing under an
 * excess-only basis, and a view that does not show every step (issue 17). Formulas are rendered
 * with each step's own name as its reference, so each expected text reads as the rule it states.
 */
class ContractFormulasMutationTest {

  private static final Function<ContractStep, Optional<String>> NAMES = s -> Optional.of("{" + s.name() + "}");

  private static String formula(ContractResult r, ContractStep step) {
    return r.steps().formula(step, NAMES);
  }

  private static String why(ContractResult r, ContractStep step) {
    return r.steps().whyNotApplicable(step).orElseThrow();
  }

  private static PerformanceInputs.Builder year(double benchmark, double expenditure) {
    return PerformanceInputs.builder().benchmark(benchmark).expenditure(expenditure);
  }

  @Test
  void missingQualityInputsSayNotGiven() {
    ContractResult r = ResolvedContract.of(ContractTerms.builder().name("multiply").minimumSavingsRate(0.02)
        .addSavingsBands(Band.flat(0.5)).quality(QualityTerms.builder().savings(SavingsQuality.MULTIPLY).build()).build())
        .settle(year(100, 99).build());
    assertThat(why(r, ContractStep.QUALITY_SCORE)).isEqualTo("not given");
    assertThat(why(r, ContractStep.QUALITY_FACTOR)).isEqualTo("quality inputs not given");
    assertThat(formula(r, ContractStep.SHARED_SAVINGS))
        .isEqualTo("{FINAL_SHARING_RATE} x {TOTAL_SAVINGS} if {TOTAL_SAVINGS} >= {MINIMUM_SAVINGS_AMOUNT}, else 0");
  }

  @Test
  void severalSavingsBandsWithAQualityFactorListEachBand() {
    ContractResult r = ResolvedContract.of(ContractTerms.builder().name("bands").addSavingsBands(Band.of(0, 0.05, 0.6),
        Band.above(0.05, 0.3)).quality(QualityTerms.builder().savings(SavingsQuality.MULTIPLY).build()).build())
        .settle(year(100, 90).qualityScore(0.9).build());
    assertThat(formula(r, ContractStep.SHARED_SAVINGS)).isEqualTo("(60% of {AMOUNT_SHARED} in 0%-5% of {SETTLEMENT_BENCHMARK}"
        + " + 30% of {AMOUNT_SHARED} in 5%-up of {SETTLEMENT_BENCHMARK}) x {QUALITY_FACTOR}");
    // (60% x 5 + 30% x 5) x 0.9
    assertThat(r.sharedSavings()).isEqualTo(4.05, org.assertj.core.api.Assertions.within(1e-12));
  }

  private static final ContractTerms MITIGATED_BANDS = ContractTerms.builder().name("mitigated").minimumLossRate(0.02)
      .addSavingsBands(Band.flat(0.5)).addLossBands(Band.of(0, 0.05, 0.4), Band.above(0.05, 0.6))
      .lossCap(Cap.ofBenchmark(0.2))
      .quality(QualityTerms.builder().losses(LossQuality.MITIGATE).maximumLossMitigation(0.5).build()).build();

  @Test
  void severalLossBandsWithMitigationListEachBandTimesTheFactor() {
    ContractResult r = ResolvedContract.of(MITIGATED_BANDS).settle(year(100, 110).qualityScore(0.8).build());
    assertThat(why(r, ContractStep.LOSS_RATE)).isEqualTo("by loss band");
    assertThat(formula(r, ContractStep.LOSS_QUALITY_FACTOR)).isEqualTo("1 - 50% x {QUALITY_SCORE}");
    assertThat(formula(r, ContractStep.SHARED_LOSSES)).isEqualTo("(40% of {AMOUNT_SHARED} in 0%-5% of {SETTLEMENT_BENCHMARK}"
        + " + 60% of {AMOUNT_SHARED} in 5%-up of {SETTLEMENT_BENCHMARK}) x {LOSS_QUALITY_FACTOR}");
    // (40% x 5 + 60% x 5) x (1 - 0.5 x 0.8)
    assertThat(r.payment()).isEqualTo(-3, org.assertj.core.api.Assertions.within(1e-12));
  }

  @Test
  void severalLossBandsWithoutMitigationAreASumOfBands() {
    ContractResult r = ResolvedContract.of(ContractTerms.builder().name("corridor").addSavingsBands(Band.flat(0.5))
        .addLossBands(Band.of(0, 0.05, 0.4), Band.above(0.05, 0.6)).build()).settle(year(100, 110).build());
    assertThat(formula(r, ContractStep.SHARED_LOSSES)).isEqualTo("40% of {AMOUNT_SHARED} in 0%-5% of {SETTLEMENT_BENCHMARK}"
        + " + 60% of {AMOUNT_SHARED} in 5%-up of {SETTLEMENT_BENCHMARK}");
    assertThat(formula(r, ContractStep.LOSS_QUALITY_FACTOR)).isEqualTo("1: no mitigation");
  }

  @Test
  void aTwoSidedYearWithSavingsSaysNoLossesWereShared() {
    ContractResult r = ResolvedContract.of(MITIGATED_BANDS).settle(year(100, 90).qualityScore(0.8).build());
    assertThat(why(r, ContractStep.LOSS_QUALITY_FACTOR)).isEqualTo("no losses shared");
    assertThat(why(r, ContractStep.LOSS_CAP)).isEqualTo("no losses shared");
    assertThat(formula(r, ContractStep.SHARED_LOSSES)).isEqualTo("0: losses below {MINIMUM_LOSS_AMOUNT}");
    ContractResult noCap = ResolvedContract.of(ContractTerms.builder().name("no cap").addSavingsBands(Band.flat(0.5))
        .addLossBands(Band.flat(0.5)).build()).settle(year(100, 90).build());
    assertThat(why(noCap, ContractStep.LOSS_CAP)).isEqualTo("no loss cap");
  }

  @Test
  void aSingleLossRateWithoutItsInputsSaysSo() {
    ContractResult r = ResolvedContract.of(ContractTerms.builder().name("ENHANCED style").addSavingsBands(Band.flat(0.75))
        .addLossBands(Band.flat(0.75)).quality(QualityTerms.builder().gateRequired(true)
            .losses(LossQuality.COMPLEMENT_OF_SHARING_RATE).complementSharingRate(0.75).lossRateFloor(0.4)
            .lossRateCeiling(0.75).build()).build()).settle(year(100, 100).build());
    assertThat(why(r, ContractStep.LOSS_RATE)).isEqualTo("quality inputs not given");
  }

  @Test
  void aLossRateComplementingTheFinalSharingRateNamesItAndItsFloor() {
    ContractResult r = ResolvedContract.of(ContractTerms.builder().name("complement of final").addSavingsBands(Band.flat(0.5))
        .addLossBands(Band.flat(0.5)).quality(QualityTerms.builder().savings(SavingsQuality.MULTIPLY)
            .losses(LossQuality.COMPLEMENT_OF_FINAL_SHARING_RATE).lossRateFloor(0.4).build()).build())
        .settle(year(100, 110).qualityScore(0.8).build());
    assertThat(formula(r, ContractStep.LOSS_RATE)).isEqualTo("1 - {FINAL_SHARING_RATE}; at least 40%");
  }

  private static final ResolvedContract FORFEIT = ResolvedContract.of(ContractTerms.builder().name("forfeit")
      .addSavingsBands(Band.flat(0.5)).addLossBands(Band.flat(0.5))
      .partialYear(PartialYearRule.FORFEIT_SAVINGS_PRORATE_LOSSES).build());

  @Test
  void aPartialYearSaysItForfeitsSavingsAndProratesLosses() {
    ContractResult savings = FORFEIT.settle(year(100, 90).monthsParticipated(6).build());
    assertThat(formula(savings, ContractStep.AMOUNT_SHARED)).isEqualTo("0: savings forfeited (partial year)");
    assertThat(formula(savings, ContractStep.SHARED_SAVINGS))
        .isEqualTo("0: the ACO left before the end of the year and forfeits savings");
    ContractResult losses = FORFEIT.settle(year(100, 110).monthsParticipated(6).build());
    assertThat(formula(losses, ContractStep.LOSSES_AFTER_CAP)).isEqualTo("{SHARED_LOSSES} x 6/12 months of participation");
    ContractResult fullYear = FORFEIT.settle(year(100, 110).build());
    assertThat(formula(fullYear, ContractStep.LOSSES_AFTER_CAP)).isEqualTo("{SHARED_LOSSES}");
    ContractResult neither = FORFEIT.settle(year(100, 100).build());
    assertThat(formula(neither, ContractStep.AMOUNT_SHARED)).isEqualTo("0: nothing shared");
  }

  @Test
  void theEarnBackFormulaNamesItsRule() {
    ContractResult gate = ResolvedContract.of(ContractTerms.builder().name("gate").addSavingsBands(Band.flat(0.5))
        .quality(QualityTerms.builder().withholdRate(0.02).withholdEarnBack(WithholdEarnBack.GATE).build()).build())
        .settle(year(100, 90).qualityStandard(QualityStandard.MET).build());
    assertThat(formula(gate, ContractStep.WITHHOLD_EARNED_SHARE))
        .isEqualTo("1 if the quality gate ({QUALITY_STANDARD}) is met, else 0");
    ContractResult score = ResolvedContract.of(ContractTerms.builder().name("score").addSavingsBands(Band.flat(0.5))
        .quality(QualityTerms.builder().withholdRate(0.02).build()).build())
        .settle(year(100, 90).qualityScore(0.7).build());
    assertThat(formula(score, ContractStep.WITHHOLD_EARNED_SHARE)).isEqualTo("{QUALITY_SCORE}");
    assertThat(score.withholdEarnedShare()).isEqualTo(0.7);
  }

  @Test
  void aSlidingScaleQualityFactorSaysSo() {
    ContractResult r = ResolvedContract.of(ContractTerms.builder().name("sliding").addSavingsBands(Band.flat(0.5))
        .quality(QualityTerms.builder().savings(SavingsQuality.SLIDING_SCALE).minimumScore(0.2)
            .addSlidingScale(ScaleStep.of(0.3, 0.5), ScaleStep.of(0.6, 1)).build()).build())
        .settle(year(100, 90).qualityScore(0.7).build());
    assertThat(formula(r, ContractStep.QUALITY_FACTOR)).isEqualTo("sliding-scale factor of {QUALITY_SCORE}; 0 below a score of 20%");
  }

  @Test
  void belowMinimumSavingsAreSharedFromTheFirstDollarEvenUnderAnExcessOnlyBasis() {
    ContractResult r = ResolvedContract.of(ContractTerms.builder().name("excess only").minimumSavingsRate(0.02)
        .shareBasis(ShareBasis.EXCESS_ONLY).belowMinimumSharingFactor(0.5).addSavingsBands(Band.flat(0.5)).build())
        .settle(year(100, 99).build());
    assertThat(r.belowMinimumShared()).isTrue();
    assertThat(formula(r, ContractStep.AMOUNT_SHARED)).isEqualTo("{TOTAL_SAVINGS}");
    assertThat(r.amountShared()).isEqualTo(1);
  }

  @Test
  void aViewThatHidesAStepShowsItsValueWhenItsFormulaNamesNoOtherStep() {
    ContractResult r = ResolvedContract.of(ContractTerms.builder().name("multiply").addSavingsBands(Band.flat(0.5))
        .stopLoss(StopLoss.builder().attachmentPoint(100_000).build())
        .quality(QualityTerms.builder().savings(SavingsQuality.MULTIPLY).build()).build())
        .settle(year(1_000_000, 950_000).expenditureAboveAttachmentPoint(20_000).qualityScore(0.9).build());
    Set<ContractStep> shown = EnumSet.of(ContractStep.QUALITY_FACTOR, ContractStep.STOP_LOSS_REMOVED);
    Function<ContractStep, Optional<String>> view = s -> shown.contains(s) ? Optional.of("[" + s.row() + "]") : Optional.empty();
    // a rate by its percent, dollars by their amount
    assertThat(r.steps().formula(ContractStep.FINAL_SHARING_RATE, view)).isEqualTo("50% x [" + ContractStep.QUALITY_FACTOR.row() + "]");
    assertThat(r.steps().formula(ContractStep.SETTLED_EXPENDITURE, view))
        .isEqualTo("950,000.00 - [" + ContractStep.STOP_LOSS_REMOVED.row() + "]");
  }
}
