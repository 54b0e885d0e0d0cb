/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.contract;

import static org.acokit.testing.Probe.handled;
import static org.acokit.testing.Probe.refused;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.acokit.quality.QualityStandard;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Bad-input probes of the contract package (issue 17): every bad value is refused with a message
 * naming the field, or handled with a finite result. See {@link org.acokit.testing.Probe}.
 */
class ContractBadInputTest {

  static final ContractTerms SHARED = ContractTerms.builder().name("shared").minimumSavingsRate(0.02)
      .minimumLossRate(0.02).addSavingsBands(Band.flat(0.5)).addLossBands(Band.flat(0.4))
      .savingsCap(Cap.ofBenchmark(0.10)).lossCap(Cap.lesserOfRevenueAndBenchmark(0.08, 0.04))
      .quality(QualityTerms.builder().savings(SavingsQuality.MULTIPLY).build()).build();
  static final ResolvedContract RESOLVED = ResolvedContract.of(SHARED);

  static PerformanceInputs.Builder good() {
    return PerformanceInputs.builder().benchmark(100_000_000).expenditure(95_000_000).qualityScore(0.9)
        .participantRevenue(10_000_000);
  }

  static ContractResult settle(PerformanceInputs.Builder b) {
    return RESOLVED.settle(b.build());
  }

  @TestFactory
  Stream<DynamicTest> performanceInputs() {
    return Stream.of(
        refused("benchmark NaN", "benchmark", "NaN", () -> settle(good().benchmark(Double.NaN))),
        refused("benchmark +Infinity", "benchmark", "Infinity", () -> settle(good().benchmark(Double.POSITIVE_INFINITY))),
        refused("benchmark negative", "benchmark", "-5", () -> settle(good().benchmark(-5))),
        refused("benchmark zero", "benchmark", () -> settle(good().benchmark(0))),
        refused("expenditure NaN", "expenditure", "NaN", () -> settle(good().expenditure(Double.NaN))),
        refused("expenditure -Infinity", "expenditure", () -> settle(good().expenditure(Double.NEGATIVE_INFINITY))),
        refused("expenditure negative", "expenditure", "-1", () -> settle(good().expenditure(-1))),
        refused("qualityScore as percent (90 for 0.9)", "qualityScore", "90", () -> settle(good().qualityScore(90))),
        refused("qualityScore NaN", "qualityScore", () -> settle(good().qualityScore(Double.NaN))),
        refused("qualityScore negative", "qualityScore", () -> settle(good().qualityScore(-0.1))),
        refused("benchmarkAdjustment NaN", "benchmarkAdjustment", () -> settle(good().benchmarkAdjustment(Double.NaN))),
        refused("benchmarkAdjustment +Infinity", "benchmarkAdjustment",
            () -> settle(good().benchmarkAdjustment(Double.POSITIVE_INFINITY))),
        refused("benchmark + benchmarkAdjustment overflows", "benchmarkAdjustment",
            () -> settle(good().benchmark(1.5e308).expenditure(0).benchmarkAdjustment(1.5e308))),
        refused("benchmarkAdjustment drives the benchmark below 0", "benchmark",
            () -> settle(good().benchmarkAdjustment(-200_000_000))),
        refused("monthsParticipated 13", "monthsParticipated", "13", () -> settle(good().monthsParticipated(13))),
        refused("monthsParticipated 0", "monthsParticipated", "0", () -> settle(good().monthsParticipated(0))),
        refused("beneficiaries 0", "beneficiaries", "0", () -> settle(good().beneficiaries(0))),
        refused("expenditureAboveAttachmentPoint above expenditure", "expenditureAboveAttachmentPoint",
            () -> settle(good().expenditureAboveAttachmentPoint(96_000_000))),
        refused("expenditureAboveAttachmentPoint NaN", "expenditureAboveAttachmentPoint",
            () -> settle(good().expenditureAboveAttachmentPoint(Double.NaN))),
        refused("recalculatedBenchmark NaN", "recalculatedBenchmark", () -> settle(good().recalculatedBenchmark(Double.NaN))),
        refused("recalculatedBenchmark without guardrail", "recalculatedBenchmark",
            () -> settle(good().recalculatedBenchmark(1e8))),
        refused("lossReduction 1.5", "lossReduction", "1.5", () -> settle(good().lossReduction(1.5))),
        refused("participantRevenue negative", "participantRevenue", () -> settle(good().participantRevenue(-1))),
        refused("participantRevenue +Infinity", "participantRevenue",
            () -> settle(good().participantRevenue(Double.POSITIVE_INFINITY))),
        refused("subnormal benchmark: the savings rate would be infinite", "benchmark", "4.9E-324",
            () -> settle(good().benchmark(Double.MIN_VALUE).expenditure(1))),
        refused("missing benchmark", "benchmark", () -> PerformanceInputs.builder().expenditure(1).build()),
        refused("null qualityStandard", "qualityStandard", () -> good().qualityStandard((QualityStandard) null)),
        refused("settle(null)", "inputs", () -> RESOLVED.settle(null)),
        refused("settle override benchmark NaN", "benchmark", () -> RESOLVED.settle(good().build(), Double.NaN, 1)),
        refused("settle override expenditure -Infinity", "expenditure",
            () -> RESOLVED.settle(good().build(), 1, Double.NEGATIVE_INFINITY)),
        refused("settle override expenditure negative", "expenditure", () -> RESOLVED.settle(good().build(), 1, -3)),
        handled("huge finite benchmark, no spending", () -> settle(good().benchmark(1.7e308).expenditure(0)),
            r -> assertThat(r.outcome()).isEqualTo(Outcome.SAVINGS)),
        handled("huge finite spending against a small benchmark",
            () -> settle(good().benchmark(1).expenditure(1.7e308)),
            r -> assertThat(r.outcome()).isEqualTo(Outcome.LOSSES)),
        handled("huge finite participant revenue", () -> settle(good().participantRevenue(1.7e308)),
            r -> assertThat(r.payment()).isPositive()));
  }

  static ResolvedContract resolve(java.util.function.UnaryOperator<ContractTerms.Builder> change) {
    return ResolvedContract.of(change.apply(ContractTerms.builder().from(SHARED)).build());
  }

  @TestFactory
  Stream<DynamicTest> terms() {
    return Stream.of(
        refused("ResolvedContract.of(null)", "terms", () -> ResolvedContract.of(null)),
        refused("Band rate NaN", "rate", () -> resolve(t -> t.savingsBands(java.util.List.of(Band.flat(Double.NaN))))),
        refused("Band rate as percent (50 for 0.5)", "rate", "50",
            () -> resolve(t -> t.savingsBands(java.util.List.of(Band.flat(50))))),
        refused("Band lower negative", "lower",
            () -> resolve(t -> t.savingsBands(java.util.List.of(Band.of(-0.1, 0.1, 0.5), Band.above(0.1, 0.5))))),
        refused("Cap benchmark rate negative", "savingsCap", () -> resolve(t -> t.savingsCap(Cap.ofBenchmark(-0.1)))),
        refused("Cap revenue rate NaN", "lossCap",
            () -> resolve(t -> t.lossCap(Cap.lesserOfRevenueAndBenchmark(Double.NaN, 0.04)))),
        refused("minimumSavingsRate as percent (2 for 0.02)", "minimumSavingsRate", () -> resolve(t -> t.minimumSavingsRate(2))),
        refused("sequestrationRate NaN", "sequestrationRate", () -> resolve(t -> t.sequestrationRate(Double.NaN))),
        refused("benchmarkDiscount 1 (fully discounted)", "benchmarkDiscount", () -> resolve(t -> t.benchmarkDiscount(1))),
        refused("StopLoss attachment point negative", "attachmentPoint",
            () -> resolve(t -> t.stopLoss(StopLoss.builder().attachmentPoint(-1).build()))),
        refused("ScaleStep minimum score as percent", "minimumScore", () -> resolve(t -> t.quality(QualityTerms.builder()
            .savings(SavingsQuality.SLIDING_SCALE).addSlidingScale(ScaleStep.of(0, 0.5), ScaleStep.of(40, 1)).build()))),
        refused("terms name null", "name", () -> ContractTerms.builder().name(null)),
        refused("terms name missing", "name", () -> ContractTerms.builder().addSavingsBands(Band.flat(0.5)).build()));
  }
}
