/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.acokit.io.Failure;
import org.acokit.io.FailureCode;
import org.junit.jupiter.api.Test;

/**
 * The rules of the contract's parts at their boundaries: the inputs' allowed ranges (a full year
 * of 12 months, one beneficiary, all spending above the attachment point), the sliding scale's
 * steps (a score exactly at a step's minimum reaches it), the stop-loss's default truncation and
 * the guardrail being off unless set. Mutants PIT left alive in the {@code Abstract*} templates
 * (issue 17).
 */
class ContractPartsMutationTest {

  @Test
  void monthsOneToTwelveAreAllowedAndNothingElse() {
    assertThat(PerformanceInputs.builder().benchmark(100).expenditure(90).monthsParticipated(1).build()
        .monthsParticipated()).hasValue(1);
    assertThat(PerformanceInputs.builder().benchmark(100).expenditure(90).monthsParticipated(12).build()
        .monthsParticipated()).hasValue(12);
    assertThatThrownBy(() -> PerformanceInputs.builder().benchmark(100).expenditure(90).monthsParticipated(0).build())
        .hasMessage("monthsParticipated must be between 1 and 12 inclusive, but was 0");
    assertThatThrownBy(() -> PerformanceInputs.builder().benchmark(100).expenditure(90).monthsParticipated(13).build())
        .hasMessage("monthsParticipated must be between 1 and 12 inclusive, but was 13");
  }

  @Test
  void oneBeneficiaryIsAllowedButNotZero() {
    assertThat(PerformanceInputs.builder().benchmark(100).expenditure(90).beneficiaries(1).build().beneficiaries())
        .hasValue(1);
    assertThatThrownBy(() -> PerformanceInputs.builder().benchmark(100).expenditure(90).beneficiaries(0).build())
        .hasMessage("beneficiaries must be at least 1, but was 0");
  }

  @Test
  void allSpendingMayBeAboveTheAttachmentPointButNotMore() {
    // With an attachment point of 0 every dollar is above it.
    assertThat(PerformanceInputs.builder().benchmark(100).expenditure(90).expenditureAboveAttachmentPoint(90).build()
        .expenditureAboveAttachmentPoint()).hasValue(90);
    assertThatThrownBy(() -> PerformanceInputs.builder().benchmark(100).expenditure(90)
        .expenditureAboveAttachmentPoint(90.5).build())
        .hasMessage("expenditureAboveAttachmentPoint must not exceed expenditure (90.0), but was 90.5");
  }

  @Test
  void aStopLossTruncatesAllSpendingAboveItsAttachmentPointUnlessTold() {
    StopLoss truncation = StopLoss.builder().attachmentPoint(100_000).build();
    assertThat(truncation.excessShareRemoved()).isEqualTo(1.0);
    ContractResult r = ResolvedContract.of(ContractTerms.builder().name("stop-loss").addSavingsBands(Band.flat(0.5))
        .stopLoss(truncation).build())
        .settle(PerformanceInputs.builder().benchmark(1_000_000).expenditure(990_000)
            .expenditureAboveAttachmentPoint(40_000).build());
    assertThat(r.stopLossRemoved()).isEqualTo(40_000);
    assertThat(r.settledExpenditure()).isEqualTo(950_000);
  }

  @Test
  void aBeneficiaryWithNoSpendingCountsNothingAboveTheAttachmentPoint() {
    StopLoss s = StopLoss.builder().attachmentPoint(100_000).build();
    assertThat(s.excessAbove(new double[] {0, 150_000, 99_000})).isEqualTo(50_000);
    assertThatThrownBy(() -> s.excessAbove(new double[] {10, -0.5}))
        .hasMessage("perBeneficiaryExpenditure[1] must be a finite number of 0 or more, but was -0.5");
  }

  @Test
  void aScoreExactlyAtAStepsMinimumReachesTheStep() {
    QualityTerms q = QualityTerms.builder().savings(SavingsQuality.SLIDING_SCALE)
        .addSlidingScale(ScaleStep.of(0.3, 0.5), ScaleStep.of(0.6, 1)).build();
    assertThat(q.slidingScaleFactor(0.29)).isZero();
    assertThat(q.slidingScaleFactor(0.3)).isEqualTo(0.5);
    assertThat(q.slidingScaleFactor(0.59)).isEqualTo(0.5);
    assertThat(q.slidingScaleFactor(0.6)).isEqualTo(1);
    assertThat(q.slidingScaleFactor(1)).isEqualTo(1);
  }

  @Test
  void theGuardrailIsOffUnlessSetSoARecalculatedBenchmarkIsRefused() {
    // built here, not in a static field, so that mutation coverage sees the default read
    ContractTerms half = ContractTerms.builder().name("half").addSavingsBands(Band.flat(0.5)).build();
    assertThat(half.recalculatedBenchmarkGuardrail()).isFalse();
    Failure f = ResolvedContract.of(half).trySettle(PerformanceInputs.builder().benchmark(100).expenditure(110)
        .recalculatedBenchmark(105).build()).failure().orElseThrow();
    assertThat(f.code()).isEqualTo(FailureCode.INCONSISTENT);
    assertThat(f.path()).isEqualTo("recalculatedBenchmark");
    assertThat(f.message()).contains("105.0", "'half'", "no recalculatedBenchmarkGuardrail");
  }

  @Test
  void aSlidingScaleSetsTheSavingsQualityFactor() {
    ResolvedContract c = ResolvedContract.of(ContractTerms.builder().name("sliding").addSavingsBands(Band.flat(0.5))
        .quality(QualityTerms.builder().savings(SavingsQuality.SLIDING_SCALE)
            .addSlidingScale(ScaleStep.of(0.3, 0.5), ScaleStep.of(0.6, 1)).build()).build());
    // gross savings 10 of 100, shared at 50% x the scale's factor
    assertThat(c.settle(PerformanceInputs.builder().benchmark(100).expenditure(90).qualityScore(0.6).build()).payment())
        .isEqualTo(5, within(1e-12));
    assertThat(c.settle(PerformanceInputs.builder().benchmark(100).expenditure(90).qualityScore(0.45).build()).payment())
        .isEqualTo(2.5, within(1e-12));
    assertThat(c.settle(PerformanceInputs.builder().benchmark(100).expenditure(90).qualityScore(0.2).build()).payment())
        .isZero();
  }
}
