/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.program.mssp;

import org.acokit.contract.Outcome;
import org.acokit.quality.QualityStandard;
import org.acokit.quality.QualityOutcome;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;

import org.acokit.explain.Explanation;
import org.acokit.population.EnrollmentVector;
import org.acokit.program.mssp.MsrElection;
import org.acokit.program.mssp.MsspTrack;
import org.junit.jupiter.api.Test;

/**
 * Tests {@link MsspSettlement} against published CMS figures and rule by rule.
 */
class MsspSettlementTest {

  /** Table 3 of CMS's PY2022 financial reconciliation report for ACO A1540 (BASIC Level B). */
  static MsspInput a1540() {
    return MsspInput.builder()
        .performanceYear(2022)
        .track(MsspTrack.BASIC_B)
        .agreementStart(LocalDate.of(2019, 7, 1))
        .assignedBeneficiaries(7207)
        .personYears(6999.33333333326)
        .expendituresByEnrollmentType(EnrollmentVector.of(71529.0419541052, 11770.8925709945, 20193.1295812382,
            12314.5130853033))
        .enrollmentProportions(EnrollmentVector.of(0.00339318030288603, 0.126762072578342, 0.081150585770074,
            0.788694161348698))
        .perCapitaExpenditure(13085.8825389186)
        .perCapitaBenchmark(14136.6916270482)
        .quality(QualityOutcome.of(0.7326, QualityStandard.MET))
        .participantRevenue(12713612.69788)
        .build();
  }

  @Test
  void reproducesA1540Py2022Table3() {
    MsspResult s = MsspSettlement.settle(a1540());
    // Published values of Table 3, unrounded as in the report's CSV export.
    assertThat(s.totalExpenditures()).isCloseTo(91592453.8507363, within(1e-4));
    assertThat(s.totalBenchmarkExpenditures()).isCloseTo(98947416.9282517, within(1e-4));
    assertThat(s.generatedSavingsLosses()).isCloseTo(7354963.07751544, within(1e-4));
    assertThat(s.minimumSavingsRate()).isCloseTo(0.0335855855855856, within(1e-15));
    assertThat(s.minimumSavingsRate() * s.totalBenchmarkExpenditures()).isCloseTo(3323206.93971642, within(1e-4));
    assertThat(s.outcome()).isEqualTo(Outcome.SAVINGS);
    assertThat(s.finalSharingRate()).isEqualTo(0.4);
    assertThat(s.sharedSavings()).isCloseTo(2941985.23100618, within(1e-4));
    assertThat(s.sharedSavingsCap()).isCloseTo(9894741.69282517, within(1e-4));
    assertThat(s.sequestrationAdjustment()).isCloseTo(58839.7046201235, within(1e-5));
    assertThat(s.earnedPerformancePayment()).isCloseTo(2883145.52638605, within(1e-4));
    assertThat(s.earnedSavingsLosses()).isEqualTo(s.earnedPerformancePayment());
    assertThat(s.sharedLossRate()).isEmpty();
    assertThat(s.paymentDueToCms()).isEmpty();
  }

  @Test
  void explainsInTable3Order() {
    Explanation e = MsspSettlement.settle(a1540()).explain();
    assertThat(e.steps()).extracting(step -> step.row()).containsSubsequence("A", "B", "C", "D", "E", "F", "G", "H",
        "I", "J", "K", "L", "M", "N", "O", "P", "Q", "R", "S", "T", "U", "V", "W", "X", "Y", "Z", "AA", "BB", "CC",
        "DD", "EE", "FF", "GG");
    assertThat(e.step("Y").orElseThrow().value().getAsDouble()).isCloseTo(2883145.52638605, within(1e-4));
    assertThat(e.step("P").orElseThrow().text()).contains("Savings");
    assertThat(e.step("M").orElseThrow().applies()).isFalse();
    String table = e.toTextTable();
    assertThat(table).contains("[Y] Earned Performance Payment ($)").contains("2,883,145.53").contains("min([V] - [X], [W])");
    assertThat(e.toCsv()).startsWith("row,label,kind,value,formula\n").contains("Y,Earned Performance Payment ($),DOLLARS,2883145.526");
    assertThat(e.toMarkdown()).contains("| [GG] | Payment Due to CMS ($) |");
  }

  @Test
  void savingsBelowMsrEarnNothing() {
    // 7,207 beneficiaries: MSR 3.3586%; savings of 3% of benchmark do not qualify.
    MsspResult s = MsspSettlement.settle(MsspInput.builder().from(a1540())
        .expendituresByEnrollmentType(java.util.Optional.empty()).enrollmentProportions(java.util.Optional.empty())
        .perCapitaExpenditure(14136.6916270482 * 0.97).build());
    assertThat(s.outcome()).isEqualTo(Outcome.NEITHER);
    assertThat(s.sharedSavings()).isZero();
    assertThat(s.earnedSavingsLosses()).isZero();
  }

  @Test
  void savingsExactlyAtMsrQualify() {
    MsspInput base = simple(MsspTrack.TRACK_1, 2016, 10000);
    // MSR at 10,000 is exactly 3%.
    MsspResult s = MsspSettlement.settle(base.withPerCapitaExpenditure(10000 * (1 - 0.03)));
    assertThat(s.minimumSavingsRate()).isEqualTo(0.03);
    assertThat(s.outcome()).isEqualTo(Outcome.SAVINGS);
  }

  @Test
  void pre2021SharingRateIsMaximumTimesQuality() {
    MsspResult s = MsspSettlement.settle(simple(MsspTrack.TRACK_1, 2016, 20000).withQuality(QualityOutcome.of(0.9, QualityStandard.MET)));
    assertThat(s.finalSharingRate()).isCloseTo(0.45, within(1e-15));
    // 10% savings of $100M: 0.45 x 10M = 4.5M, less 2% sequestration.
    assertThat(s.sharedSavings()).isCloseTo(4_500_000, within(1e-6));
    assertThat(s.earnedPerformancePayment()).isCloseTo(4_410_000, within(1e-6));
  }

  @Test
  void noSavingsWithoutQualityStandard() {
    MsspResult s = MsspSettlement.settle(simple(MsspTrack.BASIC_B, 2022, 20000).withQuality(QualityOutcome.of(0.9, QualityStandard.NOT_MET)));
    assertThat(s.finalSharingRate()).isZero();
    assertThat(s.earnedSavingsLosses()).isZero();
  }

  @Test
  void from2023AlternativeStandardScalesTheRate() {
    MsspResult s = MsspSettlement.settle(simple(MsspTrack.ENHANCED, 2023, 20000)
        .withQuality(QualityOutcome.of(0.6, QualityStandard.ALTERNATIVE_MET)).withMsrElection(MsrElection.zero()));
    assertThat(s.finalSharingRate()).isCloseTo(0.45, within(1e-15));
  }

  @Test
  void capAppliesAfterSequestration() {
    // ENHANCED, 30% savings: 0.75 x 30M = 22.5M, less 2% = 22.05M, capped at 20% of 100M = 20M.
    MsspInput in = simple(MsspTrack.ENHANCED, 2022, 20000).withPerCapitaExpenditure(7000)
        .withMsrElection(MsrElection.zero());
    MsspResult s = MsspSettlement.settle(in);
    assertThat(s.sharedSavings()).isCloseTo(22_500_000, within(1e-6));
    assertThat(s.sequestrationAdjustment()).isCloseTo(450_000, within(1e-6));
    assertThat(s.earnedPerformancePayment()).isCloseTo(20_000_000, within(1e-6));
  }

  @Test
  void noSequestrationForPy2019And2020() {
    MsspResult s = MsspSettlement.settle(simple(MsspTrack.TRACK_1, 2020, 20000));
    assertThat(s.sequestrationRate()).isZero();
    assertThat(s.earnedPerformancePayment()).isEqualTo(s.sharedSavings());
  }

  @Test
  void basicLevelELossesUseRevenueLimitUpToBenchmarkLimit() {
    // Spec v11 section 4.3 step 9 example: benchmark $93,411,313, revenue $13,630,983 -> limit $1,090,479.
    MsspInput in = MsspInput.builder().performanceYear(2023).track(MsspTrack.BASIC_E)
        .agreementStart(LocalDate.of(2022, 1, 1)).assignedBeneficiaries(10000).personYears(10000)
        .perCapitaBenchmark(9341.1313).perCapitaExpenditure(9341.1313 * 1.10)
        .quality(QualityOutcome.of(0.8, QualityStandard.MET)).msrElection(MsrElection.zero())
        .participantRevenue(13630983).build();
    MsspResult s = MsspSettlement.settle(in);
    assertThat(s.sharedLossRate()).hasValue(0.30);
    assertThat(s.sharedLosses().getAsDouble()).isCloseTo(-0.30 * 9341131.3, within(1e-4));
    assertThat(s.sharedLossesCap().getAsDouble()).isCloseTo(-1090478.64, within(1e-6));
    assertThat(s.paymentDueToCms().getAsDouble()).isCloseTo(-1090478.64, within(1e-6));
    assertThat(s.earnedSavingsLosses()).isCloseTo(-1090478.64, within(1e-6));
  }

  @Test
  void revenueBasedLimitNeedsRevenue() {
    MsspInput in = simple(MsspTrack.BASIC_C, 2022, 10000).withPerCapitaExpenditure(11000)
        .withMsrElection(MsrElection.zero()).withParticipantRevenue(java.util.OptionalDouble.empty());
    assertThatThrownBy(() -> MsspSettlement.settle(in)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("participantRevenue is required").hasMessageContaining("BASIC Level C");
  }

  @Test
  void enhancedLossRateFollowsQualityWithinBounds() {
    assertThat(lossRate(MsspTrack.ENHANCED, 2022, 1.0, QualityStandard.MET)).isEqualTo(0.40);
    assertThat(lossRate(MsspTrack.ENHANCED, 2022, 0.6, QualityStandard.MET)).isCloseTo(0.55, within(1e-15));
    assertThat(lossRate(MsspTrack.ENHANCED, 2022, 0.9, QualityStandard.NOT_MET)).isEqualTo(0.75);
    assertThat(lossRate(MsspTrack.TRACK_3, 2017, 0.2, QualityStandard.MET)).isEqualTo(0.75);
    assertThat(lossRate(MsspTrack.TRACK_2, 2015, 0.5, QualityStandard.MET)).isCloseTo(0.6, within(1e-15));
    assertThat(lossRate(MsspTrack.TRACK_2, 2015, 1.0, QualityStandard.MET)).isCloseTo(0.4, within(1e-15));
  }

  @Test
  void recalculatedTwoWayBenchmarkLimitsLossesFrom2024() {
    // 42 CFR 425.652(b)(5). ENHANCED 2024, MLR 0: expenditures 10,300 against a three-way benchmark of 10,000.
    MsspInput base = simple(MsspTrack.ENHANCED, 2024, 20000).withPerCapitaExpenditure(10300)
        .withMsrElection(MsrElection.zero());
    MsspResult threeWay = MsspSettlement.settle(base);
    assertThat(threeWay.generatedSavingsLosses()).isCloseTo(-3_000_000, within(1e-6));
    assertThat(threeWay.replacedPerCapitaBenchmark()).isEmpty();
    // (i) a higher recalculated benchmark of 10,100 settles losses against it: 200 x 10,000 person-years.
    MsspResult lower = MsspSettlement.settle(base.withRecalculatedPerCapitaBenchmark(10100));
    assertThat(lower.generatedSavingsLosses()).isCloseTo(-2_000_000, within(1e-6));
    assertThat(lower.replacedPerCapitaBenchmark().getAsDouble()).isEqualTo(10000);
    assertThat(lower.sharedLosses().getAsDouble()).isCloseTo(-2_000_000 * lower.sharedLossRate().getAsDouble(),
        within(1e-6));
    // (ii) expenditures below a recalculated benchmark of 10,400: neither losses nor savings.
    MsspResult neither = MsspSettlement.settle(base.withRecalculatedPerCapitaBenchmark(10400));
    assertThat(neither.outcome()).isEqualTo(Outcome.NEITHER);
    assertThat(neither.earnedSavingsLosses()).isZero();
    assertThat(neither.sharedSavings()).isZero();
    assertThat(neither.explain().toTextTable()).contains("425.652(b)(5)", "earns no savings");
    // A lower recalculated benchmark, or savings against the three-way benchmark, change nothing.
    assertThat(MsspSettlement.settle(base.withRecalculatedPerCapitaBenchmark(9900)).earnedSavingsLosses())
        .isEqualTo(threeWay.earnedSavingsLosses());
    MsspInput saving = base.withPerCapitaExpenditure(9000);
    assertThat(MsspSettlement.settle(saving.withRecalculatedPerCapitaBenchmark(11000)).earnedSavingsLosses())
        .isEqualTo(MsspSettlement.settle(saving).earnedSavingsLosses());
    assertThatThrownBy(() -> simple(MsspTrack.ENHANCED, 2023, 20000).withMsrElection(MsrElection.zero())
        .withRecalculatedPerCapitaBenchmark(10100)).hasMessageContaining("recalculatedPerCapitaBenchmark")
        .hasMessageContaining("2023-01-01");
  }

  @Test
  void eucReducesLosses() {
    MsspInput in = simple(MsspTrack.ENHANCED, 2021, 20000).withPerCapitaExpenditure(10500)
        .withMsrElection(MsrElection.zero()).withEuc(EucExposure.of(0.5, 0.25));
    MsspResult s = MsspSettlement.settle(in);
    double capped = s.sharedLossesAfterCap().getAsDouble();
    assertThat(s.eucAdjustment().getAsDouble()).isCloseTo(capped * 0.125, within(1e-6));
    assertThat(s.paymentDueToCms().getAsDouble()).isCloseTo(capped * 0.875, within(1e-6));
  }

  @Test
  void track2LossLimitGrowsByAgreementYear() {
    MsspInput in = simple(MsspTrack.TRACK_2, 2014, 20000).withAgreementStart(LocalDate.of(2014, 1, 1))
        .withPerCapitaExpenditure(13000).withQuality(QualityOutcome.of(1.0, QualityStandard.MET));
    assertThat(MsspSettlement.settle(in).sharedLossesCap().getAsDouble()).isCloseTo(-5_000_000, within(1e-6));
    assertThat(MsspSettlement.settle(in.withPerformanceYear(2015)).sharedLossesCap().getAsDouble())
        .isCloseTo(-7_500_000, within(1e-6));
    assertThat(MsspSettlement.settle(in.withPerformanceYear(2016)).sharedLossesCap().getAsDouble())
        .isCloseTo(-10_000_000, within(1e-6));
  }

  @Test
  void fixedElectionFallsBackToScaleBelow5000From2020() {
    MsspInput in = simple(MsspTrack.BASIC_E, 2021, 4000).withMsrElection(MsrElection.fixed(0.01)).withParticipantRevenue(1e7);
    MsspResult s = MsspSettlement.settle(in);
    assertThat(s.minimumSavingsRate()).isEqualTo(org.acokit.program.mssp.MinimumSavingsRate.slidingScale(4000));
    assertThat(s.minimumLossRate()).hasValue(-s.minimumSavingsRate());
    MsspResult before = MsspSettlement.settle(simple(MsspTrack.TRACK_3, 2018, 4000).withMsrElection(MsrElection.fixed(0.01)));
    assertThat(before.minimumSavingsRate()).isEqualTo(0.01);
  }

  @Test
  void reducedRateFor2024LowRevenueBelowMsr() {
    MsspInput in = simple(MsspTrack.BASIC_C, 2024, 10000).withAgreementStart(LocalDate.of(2024, 1, 1))
        .withPerCapitaExpenditure(9900).withMsrElection(MsrElection.variable()).withLowRevenue(true)
        .withParticipantRevenue(1e7);
    MsspResult s = MsspSettlement.settle(in);
    assertThat(s.reducedSharingRate()).isTrue();
    assertThat(s.finalSharingRate()).isEqualTo(0.25);
    assertThat(s.sharedSavings()).isCloseTo(0.25 * 1_000_000, within(1e-6));
    // Not low revenue, or an agreement before 2024: nothing.
    assertThat(MsspSettlement.settle(in.withLowRevenue(false)).sharedSavings()).isZero();
    assertThat(MsspSettlement.settle(in.withAgreementStart(LocalDate.of(2023, 1, 1))).sharedSavings()).isZero();
  }

  @Test
  void terminationProratesLosses() {
    MsspInput in = simple(MsspTrack.ENHANCED, 2023, 20000).withPerCapitaExpenditure(10500)
        .withMsrElection(MsrElection.zero()).withMonthsParticipated(9);
    MsspResult full = MsspSettlement.settle(in.withMonthsParticipated(java.util.OptionalInt.empty()));
    MsspResult s = MsspSettlement.settle(in);
    assertThat(s.paymentDueToCms().getAsDouble()).isCloseTo(full.paymentDueToCms().getAsDouble() * 0.75, within(1e-6));
    // Savings are forfeited by a termination before the end of the year.
    MsspResult saved = MsspSettlement.settle(in.withPerCapitaExpenditure(9000));
    assertThat(saved.outcome()).isEqualTo(Outcome.SAVINGS);
    assertThat(saved.earnedSavingsLosses()).isZero();
  }

  @Test
  void twoSidedTrackNeedsAnElection() {
    MsspInput in = simple(MsspTrack.ENHANCED, 2022, 20000);
    assertThatThrownBy(() -> MsspSettlement.settle(in)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("msrElection is required for two-sided track ENHANCED");
  }

  @Test
  void badInputNamesFieldValueAndRange() {
    MsspInput in = simple(MsspTrack.TRACK_1, 2016, 20000);
    assertThatThrownBy(() -> in.withPersonYears(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("personYears must be greater than 0, but was 0.0");
    assertThatThrownBy(() -> in.withPersonYears(-3)).hasMessageContaining("personYears must be greater than 0");
    assertThatThrownBy(() -> in.withPerCapitaExpenditure(Double.NaN)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("perCapitaExpenditure must be a finite number, but was NaN");
    assertThatThrownBy(() -> QualityOutcome.of(73.26, QualityStandard.MET)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("quality score must be a fraction between 0 and 1 inclusive, but was 73.26")
        .hasMessageContaining("write 0.05 for 5%");
    assertThatThrownBy(() -> in.withTrack(MsspTrack.BASIC_A)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("track BASIC Level A is not offered in performance year 2016: it was offered in performance years 2019-2026");
    assertThatThrownBy(() -> in.withMsrElection(MsrElection.fixed(0.01))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not allowed for one-sided track Track 1");
    assertThatThrownBy(() -> MsrElection.fixed(0.03)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("msrElection fixed rate must be 0.005, 0.01, 0.015 or 0.02 (fractions), but was 0.03");
    assertThatThrownBy(() -> simple(MsspTrack.TRACK_2, 2014, 20000).withAgreementStart(LocalDate.of(2014, 1, 1))
        .withMsrElection(MsrElection.zero())).hasMessageContaining("fixed at 2%");
    assertThatThrownBy(() -> in.withPerformanceYear(2011)).hasMessageContaining("performanceYear must be between 2012 and 2026");
    assertThatThrownBy(() -> in.withQuality(QualityOutcome.of(0.5, QualityStandard.ALTERNATIVE_MET)))
        .hasMessageContaining("ALTERNATIVE_MET exists from performance year 2023");
  }

  private static double lossRate(MsspTrack track, int py, double score, QualityStandard standard) {
    return MsspSettlement.settle(simple(track, py, 20000).withQuality(QualityOutcome.of(score, standard)).withMsrElection(MsrElection.fixed(0.02))).sharedLossRate().getAsDouble();
  }

  /**
   * A $100M benchmark (10,000 person-years at $10,000; fewer person-years at a higher per capita
   * amount when there are fewer than 10,000 beneficiaries) with 10% savings.
   */
  static MsspInput simple(MsspTrack track, int py, int beneficiaries) {
    double personYears = Math.min(10000, beneficiaries);
    return MsspInput.builder().performanceYear(py).track(track)
        .agreementStart(LocalDate.of(Math.min(py, track == MsspTrack.TRACK_2 ? 2016 : py), 1, 1))
        .assignedBeneficiaries(beneficiaries).personYears(personYears).perCapitaBenchmark(1e8 / personYears)
        .perCapitaExpenditure(0.9e8 / personYears)
        .quality(QualityOutcome.of(1.0, QualityStandard.MET)).build();
  }
}
