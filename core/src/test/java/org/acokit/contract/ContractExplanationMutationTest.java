/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * The formula column of {@link ContractResult#explain()}, step by step, for four contract shapes
 * (one-sided shared savings; a two-sided corridor sharing losses under a revenue cap; a withhold
 * earned back by a sliding scale, with a benchmark discount and a stop-loss; a size-based minimum
 * rate with below-minimum sharing), against golden text kept here and checked by hand, not
 * regenerated. Kills the PIT mutants of {@code ContractSteps.build} and its formula helpers that
 * change which formula a step shows or whether it applies (issue 17).
 */
class ContractExplanationMutationTest {

  static List<ContractResult> shapes() {
    // 1. one-sided shared savings with a size-independent minimum savings rate and a savings cap
    ContractResult oneSided = ResolvedContract.of(ContractTerms.builder().name("one-sided").minimumSavingsRate(0.02)
        .addSavingsBands(Band.flat(0.5)).savingsCap(Cap.ofBenchmark(0.1))
        .quality(QualityTerms.builder().savings(SavingsQuality.MULTIPLY).build()).build())
        .settle(PerformanceInputs.builder().benchmark(10_000_000).expenditure(9_500_000).qualityScore(0.9).build());
    // 2. two-sided corridor with loss cap on revenue, shared losses
    ContractResult twoSided = ResolvedContract.of(ContractTerms.builder().name("two-sided").minimumSavingsRate(0.02)
        .minimumLossRate(0.02).addSavingsBands(Band.of(0, 0.05, 0.6), Band.above(0.05, 0.3))
        .addLossBands(Band.flat(0.4)).savingsCap(Cap.ofBenchmark(0.1)).lossCap(Cap.lesserOfRevenueAndBenchmark(0.08, 0.04))
        .build())
        .settle(PerformanceInputs.builder().benchmark(10_000_000).expenditure(10_600_000).qualityScore(0.9)
            .participantRevenue(2_000_000).build());
    // 3. withhold with sliding-scale earn-back, benchmark discount and stop-loss
    ContractResult withhold = ResolvedContract.of(ContractTerms.builder().name("withhold").benchmarkDiscount(0.02)
        .addSavingsBands(Band.flat(0.5))
        .stopLoss(StopLoss.builder().attachmentPoint(100_000).excessShareRemoved(0.9).build())
        .quality(QualityTerms.builder().withholdRate(0.02).withholdEarnBack(WithholdEarnBack.SLIDING_SCALE)
            .addSlidingScale(ScaleStep.of(0.3, 0.5), ScaleStep.of(0.6, 1)).build()).build())
        .settle(PerformanceInputs.builder().benchmark(1_000_000).expenditure(950_000)
            .expenditureAboveAttachmentPoint(20_000).qualityScore(0.5).build());
    // 4. size-based minimum rate scale with below-minimum sharing
    ContractResult scale = ResolvedContract.of(ContractTerms.builder().name("scale")
        .addSavingsBands(Band.flat(0.4)).belowMinimumSharingFactor(0.5)
        .minimumRateScale(MinimumRateScale.builder().name("s")
            .addRows(SizeRate.builder().lowSize(1).highSize(10_000).lowRate(0.039).highRate(0.02).build())
            .rateAboveLargestSize(0.02).build()).build())
        .settle(PerformanceInputs.builder().benchmark(10_000_000).expenditure(9_800_000).qualityScore(0.9)
            .beneficiaries(6000).build());
    return List.of(oneSided, twoSided, withhold, scale);
  }

  private static String formulas(ContractResult r) {
    return r.explain().steps().stream().map(s -> s.row() + " | " + s.applies() + " | " + s.formula())
        .collect(Collectors.joining("\n", "", "\n"));
  }

  @Test
  void oneSidedSharedSavings() {
    assertThat(formulas(shapes().get(0))).isEqualTo("""
        A | false | not given
        B | true | input
        C | true | 0% x [B]
        D | true | 0% x ([B] - [C])
        E | true | input
        F | false | not given
        G | true | no withhold
        H | true | [D] x [G]
        I | true | input
        J | true | [B]
        K | true | input
        L | false | no stop-loss
        M | true | [K]
        N | true | [J] - [M]
        O | true | [N] / [J]
        P | true | [N] if greater than 0, else 0
        Q | true | the part of [N] below 0, else 0
        R | true | 2% (terms)
        S | true | [R] x [J]
        T | true | 0% (terms)
        U | true | [T] x [J]
        V | true | Savings if [N] is positive and reaches [S]; Losses if [Q] reaches [U]; else Neither
        W | true | [P]
        X | true | savings band rate (terms)
        Y | true | [E]
        Z | true | [X] x [Y]
        AA | true | [Z] x [W]
        AB | true | 10% x [J]
        AC | true | 0% x min([AA], [AB])
        AD | true | min([AA], [AB]) - [AC]
        AE | false | one-sided: losses are not shared
        AF | false | one-sided: losses are not shared
        AG | false | one-sided: losses are not shared
        AH | false | not given
        AI | false | one-sided: losses are not shared
        AJ | false | one-sided: losses are not shared
        AK | false | one-sided: losses are not shared
        AL | false | one-sided: losses are not shared
        AM | false | one-sided: losses are not shared
        AN | true | [AD]
        """);
  }

  @Test
  void twoSidedCorridorWithSharedLosses() {
    assertThat(formulas(shapes().get(1))).isEqualTo("""
        A | false | not given
        B | true | input
        C | true | 0% x [B]
        D | true | 0% x ([B] - [C])
        E | true | input
        F | false | not given
        G | true | no withhold
        H | true | [D] x [G]
        I | true | input
        J | true | [B]
        K | true | input
        L | false | no stop-loss
        M | true | [K]
        N | true | [J] - [M]
        O | true | [N] / [J]
        P | true | [N] if greater than 0, else 0
        Q | true | the part of [N] below 0, else 0
        R | true | 2% (terms)
        S | true | [R] x [J]
        T | true | 2% (terms)
        U | true | [T] x [J]
        V | true | Savings if [N] is positive and reaches [S]; Losses if [Q] reaches [U]; else Neither
        W | true | [Q]
        X | false | by savings band
        Y | true | 1: quality does not change savings
        Z | false | by savings band
        AA | true | 0: savings below [S]
        AB | true | 10% x [J]
        AC | true | 0% x min([AA], [AB])
        AD | true | min([AA], [AB]) - [AC]
        AE | true | terms
        AF | true | 1: no mitigation
        AG | true | [AE] x [W]
        AH | true | input
        AI | true | 8% x [AH], at most 4% x [J]
        AJ | true | [AG] limited to [AI]
        AK | true | input
        AL | true | [AJ] x [AK]
        AM | true | [AJ] - [AL]
        AN | true | [AD] - [AM]
        """);
  }

  @Test
  void withholdEarnedBackBySlidingScaleWithStopLoss() {
    assertThat(formulas(shapes().get(2))).isEqualTo("""
        A | false | not given
        B | true | input
        C | true | 2% x [B]
        D | true | 2% x ([B] - [C])
        E | true | input
        F | false | not given
        G | true | sliding-scale factor of [E]
        H | true | [D] x [G]
        I | true | input
        J | true | [B] - [C] - [D] + [H]
        K | true | input
        L | true | 90% of spending above $100,000 per beneficiary
        M | true | [K] - [L]
        N | true | [J] - [M]
        O | true | [N] / [J]
        P | true | [N] if greater than 0, else 0
        Q | true | the part of [N] below 0, else 0
        R | true | 0% (terms)
        S | true | [R] x [J]
        T | true | 0% (terms)
        U | true | [T] x [J]
        V | true | Savings if [N] is positive and reaches [S]; Losses if [Q] reaches [U]; else Neither
        W | true | [P]
        X | true | savings band rate (terms)
        Y | true | 1: quality does not change savings
        Z | true | [X] x [Y]
        AA | true | [Z] x [W]
        AB | false | no savings cap
        AC | true | 0% x [AA]
        AD | true | [AA] - [AC]
        AE | false | one-sided: losses are not shared
        AF | false | one-sided: losses are not shared
        AG | false | one-sided: losses are not shared
        AH | false | not given
        AI | false | one-sided: losses are not shared
        AJ | false | one-sided: losses are not shared
        AK | false | one-sided: losses are not shared
        AL | false | one-sided: losses are not shared
        AM | false | one-sided: losses are not shared
        AN | true | [AD]
        """);
  }

  @Test
  void sizeBasedMinimumRateWithBelowMinimumSharing() {
    assertThat(formulas(shapes().get(3))).isEqualTo("""
        A | true | input
        B | true | input
        C | true | 0% x [B]
        D | true | 0% x ([B] - [C])
        E | true | input
        F | false | not given
        G | true | no withhold
        H | true | [D] x [G]
        I | true | input
        J | true | [B]
        K | true | input
        L | false | no stop-loss
        M | true | [K]
        N | true | [J] - [M]
        O | true | [N] / [J]
        P | true | [N] if greater than 0, else 0
        Q | true | the part of [N] below 0, else 0
        R | true | sliding scale (s) for 6,000 beneficiaries
        S | true | [R] x [J]
        T | true | [R]
        U | true | [T] x [J]
        V | true | Savings if [N] is positive and reaches [S]; Losses if [Q] reaches [U]; else Neither
        W | true | [P]
        X | true | savings band rate (terms)
        Y | true | 1: quality does not change savings
        Z | true | [X] x [Y] x 50%: savings below the minimum, reduced rate
        AA | true | [Z] x [W]
        AB | false | no savings cap
        AC | true | 0% x [AA]
        AD | true | [AA] - [AC]
        AE | false | one-sided: losses are not shared
        AF | false | one-sided: losses are not shared
        AG | false | one-sided: losses are not shared
        AH | false | not given
        AI | false | one-sided: losses are not shared
        AJ | false | one-sided: losses are not shared
        AK | false | one-sided: losses are not shared
        AL | false | one-sided: losses are not shared
        AM | false | one-sided: losses are not shared
        AN | true | [AD]
        """);
  }
}
