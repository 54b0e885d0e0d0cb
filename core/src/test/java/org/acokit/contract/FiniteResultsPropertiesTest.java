/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.acokit.quality.QualityStandard;
import org.acokit.testing.Finite;

/**
 * No settlement result, explanation or step holds NaN or infinity (issue 17): over every kind of
 * terms the contract engine has and inputs from tiny to near the largest double, a settlement
 * either succeeds with finite numbers throughout (result, band amounts, explanation) or is refused
 * with a named {@link IllegalArgumentException}.
 */
class FiniteResultsPropertiesTest {

  private static final List<ContractTerms> TERMS = List.of(
      ContractBadInputTest.SHARED,
      ContractTerms.builder().name("one-sided, gated, capped, sequestered").minimumSavingsRate(0.025)
          .addSavingsBands(Band.flat(0.5)).savingsCap(Cap.ofBenchmark(0.10)).sequestrationRate(0.02)
          .quality(QualityTerms.builder().gateRequired(true).savings(SavingsQuality.MULTIPLY).build()).build(),
      ContractTerms.builder().name("corridors, discount, stop-loss").benchmarkDiscount(0.03)
          .addSavingsBands(Band.of(0, 0.05, 0.5), Band.above(0.05, 0.75))
          .addLossBands(Band.of(0, 0.05, 0.5), Band.above(0.05, 0.75))
          .stopLoss(StopLoss.builder().attachmentPoint(250_000).build()).build(),
      ContractTerms.builder().name("complement loss rate").minimumSavingsRate(0.02).minimumLossRate(0.02)
          .addSavingsBands(Band.flat(0.6)).addLossBands(Band.flat(0.6)).lossCap(Cap.ofBenchmark(0.15))
          .quality(QualityTerms.builder().savings(SavingsQuality.MULTIPLY)
              .losses(LossQuality.COMPLEMENT_OF_SHARING_RATE).complementSharingRate(0.6).lossRateFloor(0.4)
              .lossRateCeiling(0.75).build()).build());

  @Provide
  Arbitrary<Double> amounts() {
    return Arbitraries.oneOf(Arbitraries.doubles().between(1, 1e9),
        Arbitraries.doubles().between(1e300, Double.MAX_VALUE), Arbitraries.of(Double.MIN_VALUE, 1e-300, Double.MAX_VALUE));
  }

  @Provide
  Arbitrary<Double> adjustments() {
    return Arbitraries.oneOf(Arbitraries.doubles().between(-1e9, 1e9), Arbitraries.of(0.0, Double.MAX_VALUE,
        -Double.MAX_VALUE));
  }

  @Property(tries = 500)
  void everySettlementIsFiniteOrRefused(@ForAll @IntRange(min = 0, max = 3) int terms,
      @ForAll("amounts") double benchmark, @ForAll("amounts") double expenditure,
      @ForAll("adjustments") double adjustment, @ForAll("amounts") double revenue,
      @ForAll @IntRange(min = 0, max = 100) int score) {
    ResolvedContract contract = ResolvedContract.of(TERMS.get(terms));
    ContractResult result;
    try {
      PerformanceInputs.Builder b = PerformanceInputs.builder().benchmark(benchmark).expenditure(expenditure)
          .benchmarkAdjustment(adjustment).participantRevenue(revenue).qualityScore(score / 100.0)
          .qualityStandard(QualityStandard.MET);
      if (contract.terms().stopLoss().isPresent()) {
        b.expenditureAboveAttachmentPoint(expenditure / 10);
      }
      result = contract.settle(b.build());
    } catch (IllegalArgumentException e) {
      assertThat(e.getMessage()).isNotBlank().doesNotContain("null");
      return;
    }
    Finite.assertFinite(result);
    Finite.assertFinite(result.explain());
    assertThat(result.bandAmounts()).allMatch(Double::isFinite);
  }
}
