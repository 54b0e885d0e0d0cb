/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.program.mssp;

import org.acokit.quality.QualityStandard;
import org.acokit.quality.QualityOutcome;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;

import org.acokit.program.mssp.MsrElection;
import org.acokit.program.mssp.MsspTrack;
import org.junit.jupiter.api.Test;

/**
 * The worked examples of section 4.3 of CMS's "Shared Savings and Losses, Assignment and Quality
 * Performance Standard Methodology" specification, version 11 (2023), settled with the library.
 */
class SpecWorkedExamplesTest {

  /** $500M benchmark, $487M expenditures, 60,000 beneficiaries (one-sided MSR 2%), BASIC Level B. */
  private static MsspInput basicB(QualityOutcome quality) {
    return MsspInput.builder().performanceYear(2023).track(MsspTrack.BASIC_B)
        .agreementStart(LocalDate.of(2022, 1, 1)).assignedBeneficiaries(60000).personYears(50000)
        .perCapitaBenchmark(10000).perCapitaExpenditure(9740).quality(quality).build();
  }

  /** $130M benchmark, $132.6M expenditures, 16,000 beneficiaries, MLR 1%, ENHANCED, EUC 90% x 15%. */
  private static MsspInput enhanced(QualityOutcome quality) {
    return MsspInput.builder().performanceYear(2023).track(MsspTrack.ENHANCED)
        .agreementStart(LocalDate.of(2022, 1, 1)).assignedBeneficiaries(16000).personYears(13000)
        .perCapitaBenchmark(10000).perCapitaExpenditure(10200).quality(quality)
        .msrElection(MsrElection.fixed(0.01)).euc(EucExposure.of(0.90, 0.15)).build();
  }

  @Test
  void basicLevelBMeetingTheQualityStandard() {
    MsspResult s = MsspSettlement.settle(basicB(QualityOutcome.of(0.9, QualityStandard.MET)));
    assertThat(s.generatedSavingsLosses()).isCloseTo(13_000_000, within(1e-6));
    assertThat(s.minimumSavingsRate() * s.totalBenchmarkExpenditures()).isCloseTo(10_000_000, within(1e-6));
    assertThat(s.sharedSavings()).isCloseTo(5_200_000, within(1e-6));
    assertThat(s.sequestrationAdjustment()).isCloseTo(104_000, within(1e-6));
    assertThat(s.sharedSavingsCap()).isCloseTo(50_000_000, within(1e-6));
    assertThat(s.earnedPerformancePayment()).isCloseTo(5_096_000, within(1e-6));
  }

  @Test
  void basicLevelBMeetingOnlyTheAlternativeStandard() {
    MsspResult s = MsspSettlement.settle(basicB(QualityOutcome.of(0.45, QualityStandard.ALTERNATIVE_MET)));
    assertThat(s.finalSharingRate()).isCloseTo(0.18, within(1e-15));
    assertThat(s.sharedSavings()).isCloseTo(2_340_000, within(1e-6));
    assertThat(s.sequestrationAdjustment()).isCloseTo(46_800, within(1e-6));
    assertThat(s.earnedPerformancePayment()).isCloseTo(2_293_200, within(1e-6));
  }

  @Test
  void enhancedMissingEveryQualityStandard() {
    MsspResult s = MsspSettlement.settle(enhanced(QualityOutcome.of(0.0, QualityStandard.NOT_MET)));
    assertThat(s.generatedSavingsLosses()).isCloseTo(-2_600_000, within(1e-6));
    assertThat(s.minimumLossRate()).hasValue(-0.01);
    assertThat(s.sharedLossRate()).hasValue(0.75);
    assertThat(s.sharedLosses().getAsDouble()).isCloseTo(-1_950_000, within(1e-6));
    assertThat(s.sharedLossesCap().getAsDouble()).isCloseTo(-19_500_000, within(1e-6));
    assertThat(s.eucAdjustment().getAsDouble()).isCloseTo(-263_250, within(1e-6));
    assertThat(s.paymentDueToCms().getAsDouble()).isCloseTo(-1_686_750, within(1e-6));
  }

  @Test
  void enhancedMeetingOnlyTheAlternativeStandard() {
    MsspResult s = MsspSettlement.settle(enhanced(QualityOutcome.of(0.45, QualityStandard.ALTERNATIVE_MET)));
    assertThat(s.sharedLossRate().getAsDouble()).isCloseTo(0.6625, within(1e-15));
    assertThat(s.sharedLosses().getAsDouble()).isCloseTo(-1_722_500, within(1e-6));
    // The specification's text reuses the previous example's $1.95M in its EUC step (and so prints
    // $263,250 and $1,459,250); its own formula, losses x 15% x 90%, gives these figures.
    assertThat(s.eucAdjustment().getAsDouble()).isCloseTo(-232_537.5, within(1e-6));
    assertThat(s.paymentDueToCms().getAsDouble()).isCloseTo(-1_489_962.5, within(1e-6));
  }

  @Test
  void basicLevelELossSharingLimit() {
    // Section 4.3 step 9: benchmark $93,411,313, revenue $13,630,983: 8% of revenue ($1,090,479)
    // is below 4% of the benchmark ($3,736,453), so it is the limit.
    MsspInput in = MsspInput.builder().performanceYear(2023).track(MsspTrack.BASIC_E)
        .agreementStart(LocalDate.of(2022, 1, 1)).assignedBeneficiaries(10000).personYears(10000)
        .perCapitaBenchmark(9341.1313).perCapitaExpenditure(11000)
        .quality(QualityOutcome.of(0.8, QualityStandard.MET)).msrElection(MsrElection.zero())
        .participantRevenue(13630983).build();
    MsspResult s = MsspSettlement.settle(in);
    assertThat(s.sharedLossesCap().getAsDouble()).isCloseTo(-1_090_478.64, within(1e-6));
    assertThat(s.explain().step("BB").orElseThrow().formula()).startsWith("8% x [AA], at most 4% x [H]");
  }
}
