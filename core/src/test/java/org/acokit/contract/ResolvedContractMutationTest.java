/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.acokit.io.Failure;
import org.acokit.io.FailureCode;
import org.acokit.io.Result;
import org.acokit.quality.QualityStandard;
import org.junit.jupiter.api.Test;

/**
 * The entry points of the engine that return a {@link Result}, an explanation or a name, and the
 * size scale's own rule: each asserted on a worked example (mutants PIT found unreached).
 */
class ResolvedContractMutationTest {

  /** ENHANCED style: 75% sharing, loss rate 1 - 75% x quality score, between 40% and 75%. */
  private static final ContractTerms COMPLEMENT = ContractTerms.builder().name("ENHANCED style")
      .addSavingsBands(Band.flat(0.75)).addLossBands(Band.flat(0.75)).quality(QualityTerms.builder()
          .gateRequired(true).losses(LossQuality.COMPLEMENT_OF_SHARING_RATE).complementSharingRate(0.75)
          .lossRateFloor(0.4).lossRateCeiling(0.75).build())
      .build();

  private static final PerformanceInputs LOSS = PerformanceInputs.builder().benchmark(100).expenditure(110)
      .qualityScore(0.6).qualityStandard(QualityStandard.MET).build();

  @Test
  void trySettleGivesTheSettlement() {
    ResolvedContract c = ResolvedContract.of(COMPLEMENT);
    Result<ContractResult> r = c.trySettle(LOSS);
    assertThat(r.isSuccess()).isTrue();
    // losses of 10 x the loss rate 1 - 0.75 x 0.6 = 0.55
    assertThat(r.value().payment()).isEqualTo(-5.5, within(1e-12));
    assertThat(r.value().payment()).isEqualTo(c.settle(LOSS).payment());
  }

  @Test
  void trySettleNamesTheMissingQualityStandardOfTheLossRule() {
    Result<ContractResult> r = ResolvedContract.of(COMPLEMENT).trySettle(PerformanceInputs.builder().benchmark(100)
        .expenditure(110).qualityScore(0.6).build());
    assertThat(r.isSuccess()).isFalse();
    Failure f = r.failure().orElseThrow();
    assertThat(f.code()).isEqualTo(FailureCode.MISSING_INPUT);
    assertThat(f.path()).isEqualTo("qualityStandard");
    assertThat(f.message()).contains("'ENHANCED style'");
  }

  @Test
  void trySettleNamesTheMissingQualityScoreOfTheLossRule() {
    Result<ContractResult> r = ResolvedContract.of(COMPLEMENT).trySettle(PerformanceInputs.builder().benchmark(100)
        .expenditure(110).qualityStandard(QualityStandard.MET).build());
    Failure f = r.failure().orElseThrow();
    assertThat(f.code()).isEqualTo(FailureCode.MISSING_INPUT);
    assertThat(f.path()).isEqualTo("qualityScore");
    assertThat(f.message()).contains("'ENHANCED style'");
  }

  @Test
  void explainIsTheExplanationOfTheSettlement() {
    ResolvedContract c = ResolvedContract.of(COMPLEMENT);
    String text = c.explain(LOSS).toTextTable();
    assertThat(text).isEqualTo(c.settle(LOSS).explain().toTextTable());
    assertThat(text).contains("5.50");
  }

  @Test
  void printsTheNameOfItsTerms() {
    assertThat(ResolvedContract.of(COMPLEMENT)).hasToString("ResolvedContract{ENHANCED style}");
  }

  @Test
  void aScaleThatReplacesTheFixedRatesBelowASizeAppliesOnlyBelowIt() {
    MinimumRateScale below5000 = MinimumRateScale.builder().name("Table A4").addRows(SizeRate.of(1, 10, 0.039, 0.035))
        .rateAboveLargestSize(0.02).replacesFixedRateBelow(5000).build();
    assertThat(below5000.appliesTo(4999)).isTrue();
    assertThat(below5000.appliesTo(5000)).isFalse();
    assertThat(below5000.appliesTo(60000)).isFalse();
    MinimumRateScale always = MinimumRateScale.builder().name("always").addRows(SizeRate.of(1, 10, 0.039, 0.035))
        .rateAboveLargestSize(0.02).build();
    assertThat(always.appliesTo(60000)).isTrue();
    assertThat(always.appliesTo(1)).isTrue();
  }
}
