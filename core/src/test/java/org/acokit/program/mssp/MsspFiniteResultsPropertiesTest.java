/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.program.mssp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.acokit.quality.QualityOutcome;
import org.acokit.quality.QualityStandard;
import org.acokit.testing.Finite;

/**
 * No Shared Savings Program result or explanation holds NaN or infinity (issue 17): from tiny to
 * near-largest per capita amounts, a settlement is finite throughout or refused with a named
 * {@link IllegalArgumentException}.
 */
class MsspFiniteResultsPropertiesTest {

  @Provide
  Arbitrary<Double> perCapita() {
    return Arbitraries.oneOf(Arbitraries.doubles().between(1, 100_000), Arbitraries.doubles().between(1e295, 1e308),
        Arbitraries.of(Double.MIN_VALUE, Double.MAX_VALUE));
  }

  @Property(tries = 300)
  void everySettlementIsFiniteOrRefused(@ForAll("perCapita") double benchmark, @ForAll("perCapita") double expenditure,
      @ForAll @IntRange(min = 1, max = 2_000_000) int beneficiaries, @ForAll @IntRange(min = 1, max = 100) int share,
      @ForAll @IntRange(min = 0, max = 3) int trackPick, @ForAll("perCapita") double revenue) {
    MsspTrack track = new MsspTrack[] {MsspTrack.BASIC_A, MsspTrack.BASIC_E, MsspTrack.ENHANCED, MsspTrack.BASIC_C}[trackPick];
    MsspResult result;
    try {
      MsspInput.Builder b = MsspInput.builder().performanceYear(2024).track(track).agreementStart(LocalDate.of(2024, 1, 1))
          .assignedBeneficiaries(beneficiaries).personYears(beneficiaries * share / 100.0).perCapitaBenchmark(benchmark)
          .perCapitaExpenditure(expenditure).quality(QualityOutcome.of(0.8, QualityStandard.MET))
          .participantRevenue(revenue);
      if (track.isTwoSided()) {
        b.msrElection(MsrElection.zero());
      }
      result = MsspSettlement.settle(b.build());
    } catch (IllegalArgumentException e) {
      assertThat(e.getMessage()).isNotBlank();
      return;
    }
    Finite.assertFinite(result);
    Finite.assertFinite(result.explain());
  }
}
