/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.program.mssp;

import org.acokit.quality.QualityStandard;
import org.acokit.quality.QualityOutcome;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import org.acokit.program.mssp.MinimumSavingsRate;
import org.acokit.program.mssp.MsrElection;
import org.acokit.program.mssp.MsspTrack;

/**
 * Invariants of the settlement over generated ACO-years of every track and performance year.
 */
class MsspSettlementPropertiesTest {

  private static final double CENT = 0.005;

  @Property(tries = 2000)
  void earnedPaymentNeverExceedsThePaymentLimitAndIsNeverNegative(@ForAll("inputs") MsspInput in) {
    MsspResult s = MsspSettlement.settle(in);
    assertThat(s.earnedPerformancePayment()).isLessThanOrEqualTo(s.sharedSavingsCap());
    assertThat(s.earnedPerformancePayment()).isGreaterThanOrEqualTo(0);
    assertThat(s.sharedSavingsCap()).isEqualTo(in.track().performancePaymentLimitRate() * in.totalBenchmarkExpenditures());
  }

  @Property(tries = 2000)
  void paymentNeverDecreasesAsSavingsGrow(@ForAll("inputs") MsspInput in,
      @ForAll @DoubleRange(min = 0.0, max = 0.3) double lowerSpending) {
    MsspInput better = in.withPerCapitaExpenditure(in.perCapitaExpenditure() * (1 - lowerSpending));
    double before = MsspSettlement.settle(in).earnedSavingsLosses();
    double after = MsspSettlement.settle(better).earnedSavingsLosses();
    assertThat(after).isGreaterThanOrEqualTo(before - 1e-6 * Math.abs(before) - CENT);
  }

  @Property(tries = 2000)
  void owedLossesNeverExceedTheLossLimit(@ForAll("inputs") MsspInput in) {
    MsspResult s = MsspSettlement.settle(in);
    if (!in.track().isTwoSided()) {
      assertThat(s.paymentDueToCms()).isEmpty();
      assertThat(s.earnedSavingsLosses()).isGreaterThanOrEqualTo(0);
      return;
    }
    double due = s.paymentDueToCms().getAsDouble();
    assertThat(due).isLessThanOrEqualTo(0);
    if (s.sharedLossesCap().isPresent()) {
      assertThat(-due).isLessThanOrEqualTo(-s.sharedLossesCap().getAsDouble());
    } else {
      assertThat(due).isZero();
    }
  }

  @Property(tries = 1000)
  void minimumLossRateMirrorsMinimumSavingsRate(@ForAll("inputs") MsspInput in) {
    MsspResult s = MsspSettlement.settle(in);
    if (in.track().isTwoSided()) {
      assertThat(s.minimumLossRate().getAsDouble()).isEqualTo(0.0 - s.minimumSavingsRate());
    } else {
      assertThat(s.minimumLossRate()).isEmpty();
    }
  }

  @Property(tries = 1000)
  void sharedLossRateStaysWithinTrackBounds(@ForAll("inputs") MsspInput in) {
    if (!in.track().isTwoSided()) {
      return;
    }
    double rate = MsspSettlement.settle(in).sharedLossRate().getAsDouble();
    assertThat(rate).isBetween(0.30, 0.75);
    if (in.track().isEnhancedFamily()) {
      assertThat(rate).isBetween(0.40, 0.75);
    }
  }

  @Property(tries = 1000)
  void slidingScaleIsNonIncreasingAndBounded(@ForAll @net.jqwik.api.constraints.IntRange(min = 500, max = 100000) int n) {
    double msr = MinimumSavingsRate.slidingScale(n);
    assertThat(msr).isBetween(0.02, 0.122);
    assertThat(MinimumSavingsRate.slidingScale(n + 1)).isLessThanOrEqualTo(msr + 1e-15);
  }

  @Provide
  Arbitrary<MsspInput> inputs() {
    List<MsspTrack> tracks = Arrays.stream(MsspTrack.values()).collect(Collectors.toList());
    Arbitrary<MsspTrack> track = Arbitraries.of(tracks);
    return track.flatMap(t -> {
      Arbitrary<Integer> py = Arbitraries.integers().between(Math.max(t.firstPerformanceYear(), 2013), t.lastPerformanceYear());
      return py.flatMap(year -> Combinators.combine(
          Arbitraries.integers().between(Math.max(2012, year - 5), year),
          Arbitraries.integers().between(500, 120_000),
          Arbitraries.doubles().between(0.05, 1.0),
          Arbitraries.doubles().between(3_000, 60_000),
          Arbitraries.doubles().between(0.5, 1.5),
          Arbitraries.doubles().between(0, 1),
          Arbitraries.integers().between(0, 2),
          Arbitraries.integers().between(0, 5))
          .as((startYear, n, personYearsShare, benchmark, ratio, score, standard, electionPick) -> {
            // Person-years are at most the beneficiaries: each counts at most 12 months.
            double personYears = n * personYearsShare;
            QualityStandard qs = standard == 0 ? QualityStandard.MET
                : standard == 1 && year >= 2023 ? QualityStandard.ALTERNATIVE_MET : QualityStandard.NOT_MET;
            int start = t.isBasic() || t == MsspTrack.ENHANCED ? Math.max(startYear, 2019) : startYear;
            start = Math.min(start, year);
            MsspInput.Builder b = MsspInput.builder().performanceYear(year).track(t)
                .agreementStart(LocalDate.of(start, start == 2012 || start == 2019 && (t.isBasic() || t == MsspTrack.ENHANCED) ? 7 : 1, 1))
                .assignedBeneficiaries(n).personYears(personYears).perCapitaBenchmark(benchmark)
                .perCapitaExpenditure(benchmark * ratio).quality(QualityOutcome.of(score, qs))
                .participantRevenue(benchmark * personYears * score * 0.6)
                .lowRevenue(electionPick % 2 == 0);
            if (t.isTwoSided() && !(t == MsspTrack.TRACK_2 && start < 2016)) {
              b.msrElection(electionPick == 0 ? MsrElection.zero() : electionPick == 1 ? MsrElection.variable()
                  : MsrElection.fixed(0.005 * (electionPick - 1)));
            }
            if (electionPick == 3) {
              b.euc(EucExposure.of(score, 1 - score / 2));
            }
            return b.build();
          }));
    });
  }
}
