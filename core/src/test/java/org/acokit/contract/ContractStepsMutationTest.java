/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalDouble;

import org.acokit.quality.QualityStandard;
import org.junit.jupiter.api.Test;

/**
 * The settlement steps of a contract, as mutation testing (PIT) found them untested: every step
 * the result explains holds the figure the result computes, steps that do not apply say why, and
 * the figures follow the contract's formulas (savings rate, minimum amounts, stop-loss, withhold).
 */
class ContractStepsMutationTest {

  /** The figure of each step, read from the result's own accessors. */
  private static Map<ContractStep, OptionalDouble> expected(ContractResult r) {
    Map<ContractStep, OptionalDouble> m = new EnumMap<>(ContractStep.class);
    m.put(ContractStep.BENCHMARK, OptionalDouble.of(r.benchmark()));
    m.put(ContractStep.BENCHMARK_DISCOUNT, OptionalDouble.of(r.discount()));
    m.put(ContractStep.WITHHOLD, OptionalDouble.of(r.withhold()));
    m.put(ContractStep.WITHHOLD_EARNED_SHARE, OptionalDouble.of(r.withholdEarnedShare()));
    m.put(ContractStep.WITHHOLD_EARNED_BACK, OptionalDouble.of(r.withholdEarnedBack()));
    m.put(ContractStep.BENCHMARK_ADJUSTMENT, OptionalDouble.of(r.inputs().benchmarkAdjustment()));
    m.put(ContractStep.SETTLEMENT_BENCHMARK, OptionalDouble.of(r.settlementBenchmark()));
    m.put(ContractStep.EXPENDITURE, OptionalDouble.of(r.inputs().expenditure()));
    m.put(ContractStep.SETTLED_EXPENDITURE, OptionalDouble.of(r.settledExpenditure()));
    m.put(ContractStep.GROSS_SAVINGS, OptionalDouble.of(r.grossSavings()));
    m.put(ContractStep.SAVINGS_RATE, OptionalDouble.of(r.savingsRate()));
    m.put(ContractStep.TOTAL_SAVINGS, OptionalDouble.of(Math.max(r.grossSavings(), 0)));
    m.put(ContractStep.TOTAL_LOSSES, OptionalDouble.of(Math.max(-r.grossSavings(), 0)));
    m.put(ContractStep.MINIMUM_SAVINGS_RATE, OptionalDouble.of(r.minimumSavingsRate()));
    m.put(ContractStep.MINIMUM_SAVINGS_AMOUNT, OptionalDouble.of(r.minimumSavingsAmount()));
    m.put(ContractStep.MINIMUM_LOSS_RATE, OptionalDouble.of(r.minimumLossRate()));
    m.put(ContractStep.MINIMUM_LOSS_AMOUNT, OptionalDouble.of(r.minimumLossAmount()));
    m.put(ContractStep.AMOUNT_SHARED, OptionalDouble.of(r.amountShared()));
    m.put(ContractStep.QUALITY_FACTOR, r.qualityFactor());
    m.put(ContractStep.SHARED_SAVINGS, OptionalDouble.of(r.sharedSavings()));
    m.put(ContractStep.SAVINGS_CAP, r.savingsCap());
    m.put(ContractStep.SEQUESTRATION, OptionalDouble.of(r.sequestration()));
    m.put(ContractStep.SAVINGS_PAYMENT, OptionalDouble.of(r.savingsPayment()));
    m.put(ContractStep.NET_PAYMENT, OptionalDouble.of(r.payment()));
    return m;
  }

  private static void assertStepsHoldTheResult(ContractResult r) {
    ContractSteps steps = r.steps();
    assertThat(steps.result()).isSameAs(r);
    expected(r).forEach((step, value) -> {
      if (value.isPresent()) {
        assertThat(steps.value(step)).as(step.name()).hasValue(value.getAsDouble());
        assertThat(steps.applies(step)).as(step.name()).isTrue();
        assertThat(steps.whyNotApplicable(step)).as(step.name()).isEmpty();
      } else {
        assertThat(steps.value(step)).as(step.name()).isEmpty();
        assertThat(steps.whyNotApplicable(step)).as(step.name()).isPresent();
      }
    });
    assertThat(steps.text(ContractStep.OUTCOME)).hasValue(r.outcome().label());
    assertThat(steps.value(ContractStep.OUTCOME)).isEmpty();
    // The explanation shows the same figures, one row per applicable step.
    assertThat(r.explain().step(ContractStep.NET_PAYMENT.row()).orElseThrow().value().getAsDouble())
        .isEqualTo(r.payment());
  }

  @Test
  void savingsWithQualityCapAndSequestration() {
    // Methodology notes A.7 example 1 (Track 1 style): 8M gross savings (4%), MSR 2.5%.
    ContractTerms terms = ContractTerms.builder().name("Track 1 style").minimumSavingsRate(0.025)
        .addSavingsBands(Band.flat(0.5)).savingsCap(Cap.ofBenchmark(0.10))
        .quality(QualityTerms.builder().gateRequired(true).savings(SavingsQuality.MULTIPLY).build())
        .sequestrationRate(0.02).sequestrationOrder(SequestrationOrder.BEFORE_CAP).build();
    ContractResult r = ResolvedContract.of(terms).settle(PerformanceInputs.builder().benchmark(200_000_000)
        .expenditure(192_000_000).beneficiaries(20_000).qualityScore(0.9).qualityStandard(QualityStandard.MET).build());
    assertStepsHoldTheResult(r);
    assertThat(r.benchmark()).isEqualTo(200_000_000.0);
    assertThat(r.savingsRate()).isCloseTo(0.04, within(1e-15));
    assertThat(r.minimumSavingsAmount()).isCloseTo(5_000_000, within(1e-6));
    assertThat(r.minimumRateFromScale()).isFalse();
    assertThat(r.savingsForfeited()).isFalse();
    assertThat(r.stopLossRemoved()).isZero();
    ContractSteps steps = r.steps();
    assertThat(steps.value(ContractStep.BENEFICIARIES)).hasValue(20_000);
    assertThat(steps.value(ContractStep.QUALITY_SCORE)).hasValue(0.9);
    assertThat(steps.text(ContractStep.QUALITY_STANDARD)).hasValue("Yes");
    assertThat(steps.value(ContractStep.SHARING_RATE)).hasValue(0.5);
    assertThat(steps.value(ContractStep.FINAL_SHARING_RATE)).hasValue(0.45);
    assertThat(steps.whyNotApplicable(ContractStep.STOP_LOSS_REMOVED)).hasValue("no stop-loss");
    assertThat(steps.whyNotApplicable(ContractStep.SHARED_LOSSES)).isPresent();
  }

  @Test
  void lossesWithARevenueCap() {
    // Methodology notes A.7 example 3: BASIC Level E losses 6.0M x 30%, limit min(8% revenue, 4% benchmark).
    ContractTerms terms = ContractTerms.builder().name("BASIC E style").minimumSavingsRate(0.02)
        .minimumLossRate(0.02).addSavingsBands(Band.flat(0.5)).addLossBands(Band.flat(0.3))
        .lossCap(Cap.lesserOfRevenueAndBenchmark(0.08, 0.04)).build();
    ContractResult r = ResolvedContract.of(terms).settle(PerformanceInputs.builder().benchmark(120_000_000)
        .expenditure(126_000_000).participantRevenue(30_000_000).build());
    assertStepsHoldTheResult(r);
    assertThat(r.outcome()).isEqualTo(Outcome.LOSSES);
    assertThat(r.savingsRate()).isCloseTo(-0.05, within(1e-15));
    assertThat(r.minimumLossAmount()).isCloseTo(2_400_000, within(1e-6));
    ContractSteps steps = r.steps();
    assertThat(steps.value(ContractStep.PARTICIPANT_REVENUE)).hasValue(30_000_000);
    assertThat(steps.value(ContractStep.LOSS_RATE)).hasValue(r.lossRate().getAsDouble());
    assertThat(steps.value(ContractStep.SHARED_LOSSES)).hasValue(r.sharedLosses());
    assertThat(steps.value(ContractStep.LOSS_CAP)).hasValue(r.lossCap().getAsDouble());
    assertThat(steps.value(ContractStep.LOSSES_AFTER_CAP)).hasValue(r.lossesAfterCap());
    assertThat(steps.value(ContractStep.LOSS_REDUCTION)).hasValue(r.lossReductionAmount());
    assertThat(steps.value(ContractStep.LOSSES_OWED)).hasValue(r.lossesOwed());
    assertThat(r.lossesOwed()).isCloseTo(1_800_000, within(1e-6));
    assertThat(r.payment()).isCloseTo(-1_800_000, within(1e-6));
  }

  @Test
  void corridorsExplainByBand() {
    // Methodology notes C.2: Global 30% savings keeps 27.5% of the benchmark.
    ContractTerms global = ContractTerms.builder().name("Global").addSavingsBands(Band.of(0, 0.25, 1.0),
        Band.of(0.25, 0.35, 0.5), Band.of(0.35, 0.5, 0.25), Band.above(0.5, 0.1)).build();
    ContractResult r = ResolvedContract.of(global).settle(PerformanceInputs.builder().benchmark(100).expenditure(70)
        .build());
    assertStepsHoldTheResult(r);
    assertThat(r.bandAmounts()).hasSize(4);
    assertThat(r.bandAmounts().get(0)).isCloseTo(25, within(1e-9));
    assertThat(r.bandAmounts().get(1)).isCloseTo(2.5, within(1e-9));
    assertThat(r.bandAmounts().get(2)).isZero();
    assertThat(r.steps().whyNotApplicable(ContractStep.SHARING_RATE)).hasValue("by savings band");
    assertThat(r.steps().whyNotApplicable(ContractStep.FINAL_SHARING_RATE)).hasValue("by savings band");
    assertThat(r.payment()).isCloseTo(27.5, within(1e-9));
  }

  @Test
  void stopLossDiscountAndWithhold() {
    ContractTerms terms = ContractTerms.builder().name("withhold").benchmarkDiscount(0.02)
        .addSavingsBands(Band.flat(0.5))
        .stopLoss(StopLoss.builder().attachmentPoint(100_000).excessShareRemoved(0.9).build())
        .quality(QualityTerms.builder().withholdRate(0.02).build()).build();
    ContractResult r = ResolvedContract.of(terms).settle(PerformanceInputs.builder().benchmark(1_000_000)
        .expenditure(950_000).expenditureAboveAttachmentPoint(20_000).qualityScore(0.5).build());
    assertStepsHoldTheResult(r);
    // Discount 2% of 1,000,000 = 20,000; withhold 2% of 980,000 = 19,600.
    assertThat(r.discount()).isCloseTo(20_000, within(1e-9));
    assertThat(r.withhold()).isCloseTo(19_600, within(1e-9));
    // 90% of the 20,000 above the attachment point is removed.
    assertThat(r.stopLossRemoved()).isCloseTo(18_000, within(1e-9));
    assertThat(r.settledExpenditure()).isCloseTo(932_000, within(1e-9));
    assertThat(r.steps().value(ContractStep.STOP_LOSS_REMOVED)).hasValue(r.stopLossRemoved());
    assertThat(r.steps().value(ContractStep.WITHHOLD_EARNED_SHARE)).hasValue(r.withholdEarnedShare());
    assertThat(StopLoss.builder().attachmentPoint(100_000).excessShareRemoved(0.9).build().excessShareRemoved())
        .isEqualTo(0.9);
    // Spending exactly at the attachment point has no excess.
    assertThat(StopLoss.builder().attachmentPoint(100).excessShareRemoved(1).build()
        .excessAbove(new double[] {100, 150, 50})).isEqualTo(50.0);
  }
}
