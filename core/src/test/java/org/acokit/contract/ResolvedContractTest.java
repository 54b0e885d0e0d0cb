/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.contract;

import org.acokit.quality.QualityStandard;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The settlement under contract terms, step by step, on worked examples.
 */
class ResolvedContractTest {

  /** Methodology notes A.7 example 1: Track 1 style, $3,528,000 after 2% sequestration. */
  @Test
  void msspTrack1WorkedExample() {
    ContractTerms terms = ContractTerms.builder().name("Track 1 style").minimumSavingsRate(0.025)
        .addSavingsBands(Band.flat(0.5)).savingsCap(Cap.ofBenchmark(0.10))
        .quality(QualityTerms.builder().gateRequired(true).savings(SavingsQuality.MULTIPLY).build())
        .sequestrationRate(0.02).sequestrationOrder(SequestrationOrder.BEFORE_CAP).build();
    ContractResult r = ResolvedContract.of(terms).settle(PerformanceInputs.builder().benchmark(200_000_000)
        .expenditure(192_000_000).qualityScore(0.9).qualityStandard(QualityStandard.MET).build());
    assertThat(r.outcome()).isEqualTo(Outcome.SAVINGS);
    assertThat(r.sharedSavings()).isEqualTo(3_600_000, within(1e-6));
    assertThat(r.payment()).isEqualTo(3_528_000, within(1e-6));
    assertThat(r.explain().step(ContractStep.NET_PAYMENT.row()).get().value().getAsDouble()).isEqualTo(3_528_000, within(1e-6));
    assertThat(r.explain().toTextTable()).contains("[N] Gross savings (losses)", "8,000,000.00");
  }

  @Test
  void missedGatePaysNothing() {
    ContractTerms terms = ContractTerms.builder().name("gated").addSavingsBands(Band.flat(0.5))
        .quality(QualityTerms.builder().gateRequired(true).build()).build();
    ContractResult r = ResolvedContract.of(terms).settle(PerformanceInputs.builder().benchmark(100).expenditure(90)
        .qualityStandard(QualityStandard.NOT_MET).build());
    assertThat(r.payment()).isZero();
  }

  @Test
  void excessOnlySharesOnlyBeyondTheMsr() {
    ContractTerms terms = ContractTerms.builder().name("excess").minimumSavingsRate(0.02)
        .shareBasis(ShareBasis.EXCESS_ONLY).addSavingsBands(Band.flat(0.5)).build();
    ContractResult r = ResolvedContract.of(terms).settle(PerformanceInputs.builder().benchmark(1_000_000)
        .expenditure(950_000).build());
    assertThat(r.amountShared()).isEqualTo(30_000, within(1e-9));
    assertThat(r.payment()).isEqualTo(15_000, within(1e-9));
  }

  /** Methodology notes A.7 example 3: BASIC Level E losses $6.0M x 30%, limit min(8% revenue, 4% benchmark). */
  @Test
  void revenueBasedLossCap() {
    ContractTerms terms = ContractTerms.builder().name("BASIC E style").minimumSavingsRate(0.02)
        .minimumLossRate(0.02).addSavingsBands(Band.flat(0.5)).addLossBands(Band.flat(0.3))
        .lossCap(Cap.lesserOfRevenueAndBenchmark(0.08, 0.04)).build();
    PerformanceInputs in = PerformanceInputs.builder().benchmark(120_000_000).expenditure(126_000_000)
        .participantRevenue(30_000_000).build();
    assertThat(ResolvedContract.of(terms).settle(in).payment()).isEqualTo(-1_800_000, within(1e-6));
    assertThat(ResolvedContract.of(terms).settle(in.withParticipantRevenue(15_000_000)).payment())
        .isEqualTo(-1_200_000, within(1e-6));
    assertThatThrownBy(() -> ResolvedContract.of(terms).settle(PerformanceInputs.builder().benchmark(120_000_000).expenditure(126_000_000).build()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("participantRevenue is required");
  }

  /** Methodology notes C.2: Global 30% savings keeps 27.5% of the benchmark; Professional 12% keeps 4.55%. */
  @Test
  void corridorsApplyMarginally() {
    ContractTerms global = ContractTerms.builder().name("Global").addSavingsBands(Band.of(0, 0.25, 1.0),
        Band.of(0.25, 0.35, 0.5), Band.of(0.35, 0.5, 0.25), Band.above(0.5, 0.1)).build();
    assertThat(ResolvedContract.of(global).settle(PerformanceInputs.builder().benchmark(100).expenditure(70).build())
        .payment()).isEqualTo(27.5, within(1e-9));
    ContractTerms professional = ContractTerms.builder().name("Professional").addSavingsBands(Band.of(0, 0.05, 0.5),
        Band.of(0.05, 0.10, 0.35), Band.of(0.10, 0.15, 0.15), Band.above(0.15, 0.05)).build();
    assertThat(ResolvedContract.of(professional).settle(PerformanceInputs.builder().benchmark(100).expenditure(88)
        .build()).payment()).isEqualTo(4.55, within(1e-9));
    assertThat(ResolvedContract.of(professional).settle(PerformanceInputs.builder().benchmark(100).expenditure(80)
        .build()).payment()).isEqualTo(5.25, within(1e-9));
  }

  @Test
  void discountWithholdAndEarnBackBuildTheBenchmark() {
    ContractTerms terms = ContractTerms.builder().name("REACH style").benchmarkDiscount(0.03)
        .addSavingsBands(Band.flat(1.0)).addLossBands(Band.flat(1.0))
        .quality(QualityTerms.builder().withholdRate(0.02).build()).build();
    ContractResult r = ResolvedContract.of(terms).settle(PerformanceInputs.builder().benchmark(1000).expenditure(950)
        .qualityScore(0.5).benchmarkAdjustment(5).build());
    assertThat(r.discount()).isEqualTo(30, within(1e-12));
    assertThat(r.withhold()).isEqualTo(19.4, within(1e-12));
    assertThat(r.withholdEarnedBack()).isEqualTo(9.7, within(1e-12));
    assertThat(r.settlementBenchmark()).isEqualTo(1000 - 30 - 19.4 + 9.7 + 5, within(1e-9));
    assertThat(r.payment()).isEqualTo(965.3 - 950, within(1e-9));
  }

  @Test
  void lossQualityComplementAndMitigation() {
    ContractTerms complement = ContractTerms.builder().name("ENHANCED style").addSavingsBands(Band.flat(0.75))
        .addLossBands(Band.flat(0.75)).quality(QualityTerms.builder().gateRequired(true)
            .losses(LossQuality.COMPLEMENT_OF_SHARING_RATE).complementSharingRate(0.75).lossRateFloor(0.4)
            .lossRateCeiling(0.75).build()).build();
    PerformanceInputs loss = PerformanceInputs.builder().benchmark(100).expenditure(110).qualityScore(0.6)
        .qualityStandard(QualityStandard.MET).build();
    assertThat(ResolvedContract.of(complement).settle(loss).lossRate()).hasValue(0.55);
    assertThat(ResolvedContract.of(complement).settle(loss.withQualityStandard(QualityStandard.NOT_MET)).lossRate()).hasValue(0.75);
    ContractTerms mitigate = ContractTerms.builder().name("mitigated").addSavingsBands(Band.flat(0.5))
        .addLossBands(Band.flat(0.5)).quality(QualityTerms.builder().losses(LossQuality.MITIGATE)
            .maximumLossMitigation(0.4).build()).build();
    assertThat(ResolvedContract.of(mitigate).settle(loss).payment()).isEqualTo(-5 * (1 - 0.4 * 0.6), within(1e-12));
  }

  @Test
  void stopLossRemovesExcessSpending() {
    StopLoss stopLoss = StopLoss.builder().attachmentPoint(100_000).excessShareRemoved(0.9).build();
    assertThat(stopLoss.excessAbove(new double[] {150_000, 90_000})).isEqualTo(50_000);
    ContractTerms terms = ContractTerms.builder().name("stop-loss").addSavingsBands(Band.flat(0.5))
        .addLossBands(Band.flat(0.5)).stopLoss(stopLoss).build();
    ContractResult r = ResolvedContract.of(terms).settle(PerformanceInputs.builder().benchmark(1_000_000)
        .expenditure(1_020_000).expenditureAboveAttachmentPoint(50_000).build());
    assertThat(r.settledExpenditure()).isEqualTo(975_000, within(1e-9));
    assertThat(r.payment()).isEqualTo(12_500, within(1e-9));
    assertThatThrownBy(() -> ResolvedContract.of(terms).settle(PerformanceInputs.builder().benchmark(1)
        .expenditure(1).build())).hasMessageContaining("expenditureAboveAttachmentPoint is required");
  }

  @Test
  void invalidTermsAreRefusedNamingEveryProblem() {
    ContractTerms bad = ContractTerms.builder().name("bad").addSavingsBands(Band.flat(50)).minimumSavingsRate(2)
        .build();
    assertThatThrownBy(() -> ResolvedContract.of(bad).settle(PerformanceInputs.builder().benchmark(1).expenditure(1)
        .build())).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2 problems").hasMessageContaining("savingsBands[0].rate")
        .hasMessageContaining("minimumSavingsRate");
  }
}
