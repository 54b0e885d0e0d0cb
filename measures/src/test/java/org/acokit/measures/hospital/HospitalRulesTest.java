/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.hospital;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

/**
 * The HACRP and HRRP rules at their edges: the payment reduction applies above the threshold, not
 * at it; an ERR at the peer-group median costs nothing; the 25-discharge minimum, the floor and
 * the conditions of each fiscal year; the percentile definitions and Winsorizing; peer-group
 * quintiles with ties; and the checks that name the field and value.
 */
class HospitalRulesTest {

  private static HacHospital hac(String state, double... z) {
    HacMeasure[] m = HacMeasure.values();
    List<HacMeasureInput> in = new java.util.ArrayList<>();
    for (int i = 0; i < z.length; i++) {
      in.add(HacMeasureInput.ofZScore(m[i], z[i], OptionalDouble.empty()));
    }
    return HacHospital.of("H", state, in);
  }

  @Test
  void theHacReductionAppliesAboveTheThresholdNotAtIt() {
    HacReductionProgram p = HacReductionProgram.of(2020, 0.5, Map.of());
    assertThat(p.fiscalYear()).isEqualTo(2020);
    assertThat(p.threshold()).isEqualTo(0.5);
    // mean of 0.25 and 0.75 is exactly the threshold
    assertThat(p.score(hac("NY", 0.25, 0.75)).paymentReduction()).isEqualTo(HacPaymentReduction.NO);
    assertThat(p.score(hac("NY", 0.25, 0.7501)).paymentReduction()).isEqualTo(HacPaymentReduction.YES);
    assertThat(p.score(hac("NY", 0.25, 0.75)).totalHacScore()).isEqualTo(0.5);
    // every available z-score counts equally: three measures, mean 1
    assertThat(p.score(hac("NY", 0, 1, 2)).totalHacScore()).isEqualTo(1.0);
    assertThat(p.score(hac("MD", 3, 3)).paymentReduction()).isEqualTo(HacPaymentReduction.WAIVED);
    assertThatThrownBy(() -> HacReductionProgram.of(2019, 0.5, Map.of())).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2020 or later").hasMessageContaining("was 2019");
    assertThatThrownBy(() -> HacReductionProgram.of(2024, Double.NaN, Map.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Total HAC Score threshold");
  }

  @Test
  void aDistributionMustBeGivenForItsOwnMeasureAndWhenAResultNeedsIt() {
    HacMeasureDistribution cdi = HacMeasureDistribution.of(HacMeasure.CDI, 0, 2, 1, 0.5);
    assertThatThrownBy(() -> HacReductionProgram.of(2024, 0.5, Map.of(HacMeasure.SSI, cdi)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("given for SSI");
    HacReductionProgram p = HacReductionProgram.of(2024, 0.5, Map.of(HacMeasure.CDI, cdi));
    assertThat(p.distribution(HacMeasure.CDI)).isSameAs(cdi);
    // a result of 1.5 is z (1.5 - 1) / 0.5 = 1
    assertThat(p.score(HacHospital.of("R", "NY", List.of(HacMeasureInput.ofResult(HacMeasure.CDI, 1.5))))
        .totalHacScore()).isCloseTo(1.0, within(1e-12));
    assertThatThrownBy(() -> p.score(HacHospital.of("R", "NY", List.of(HacMeasureInput.ofResult(HacMeasure.SSI, 1)))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("hospital R")
        .hasMessageContaining("has a result but no z-score");
    assertThatThrownBy(() -> p.score(HacHospital.of("S", "NY", List.of(HacMeasureInput.notSubmitted(HacMeasure.SSI)))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("hospital S")
        .hasMessageContaining("was not submitted");
  }

  @Test
  void theSeventyFifthPercentileOfTotalHacScores() {
    double[] scores = {0.4, 0.1, 0.3, 0.2};
    assertThat(HacReductionProgram.percentile75(scores, PercentileDefinition.TYPE_7)).isCloseTo(0.325, within(1e-12));
    // SAS definition 5: n p = 3, a whole number: the mean of the 3rd and 4th values
    assertThat(HacReductionProgram.percentile75(scores, PercentileDefinition.SAS_5)).isCloseTo(0.35, within(1e-12));
    assertThat(scores).containsExactly(0.4, 0.1, 0.3, 0.2);
    assertThatThrownBy(() -> HacReductionProgram.percentile75(new double[] {0.1, Double.POSITIVE_INFINITY},
        PercentileDefinition.SAS_5)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Total HAC Score");
  }

  @Test
  void sasDefinitionFiveAveragesAtWholeRanksAndTakesTheNextValueOtherwise() {
    double[] v = {10, 20, 30, 40, 50};
    // n p = 2.5: the 3rd value
    assertThat(PercentileDefinition.SAS_5.of(v, 0.5)).isEqualTo(30);
    // n p = 1: the mean of the 1st and 2nd
    assertThat(PercentileDefinition.SAS_5.of(v, 0.2)).isEqualTo(15);
    // n p below 1: the smallest; p = 1: the largest
    assertThat(PercentileDefinition.SAS_5.of(v, 0.1)).isEqualTo(10);
    assertThat(PercentileDefinition.SAS_5.of(v, 1)).isEqualTo(50);
    assertThat(PercentileDefinition.TYPE_7.of(v, 1)).isEqualTo(50);
    assertThat(PercentileDefinition.TYPE_7.of(v, 0)).isEqualTo(10);
    assertThat(PercentileDefinition.TYPE_7.of(v, 0.1)).isCloseTo(14, within(1e-12));
    assertThat(PercentileDefinition.SAS_5.of(new double[] {7}, 0.95)).isEqualTo(7);
    assertThatThrownBy(() -> PercentileDefinition.SAS_5.of(new double[0], 0.5))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one value");
    assertThatThrownBy(() -> PercentileDefinition.TYPE_7.of(v, 1.01)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[0, 1], but was 1.01");
    assertThatThrownBy(() -> PercentileDefinition.TYPE_7.of(v, -0.01)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("but was -0.01");
  }

  @Test
  void winsorizedMeanAndSampleStandardDeviation() {
    // 20 values 0..19; SAS 5: p5 = n p = 1, so (0 + 1) / 2 = 0.5; p95 = 19, so (18 + 19) / 2 = 18.5
    double[] v = new double[20];
    for (int i = 0; i < 20; i++) {
      v[i] = 19 - i;
    }
    HacMeasureDistribution d = HacMeasureDistribution.fromResults(HacMeasure.SSI, v, PercentileDefinition.SAS_5);
    assertThat(d.p5()).isEqualTo(0.5);
    assertThat(d.p95()).isEqualTo(18.5);
    assertThat(d.hospitals()).isEqualTo(20);
    // Winsorized values 0.5, 1..18, 18.5: mean 9.5; sample variance (n - 1)
    double ss = 2 * 9.0 * 9.0;
    for (int i = 1; i <= 18; i++) {
      ss += (i - 9.5) * (i - 9.5);
    }
    assertThat(d.mean()).isCloseTo(9.5, within(1e-12));
    assertThat(d.sd()).isCloseTo(Math.sqrt(ss / 19), within(1e-12));
    assertThat(d.minZ()).isCloseTo((0.5 - 9.5) / d.sd(), within(1e-12));
    assertThat(d.z(0)).isEqualTo(d.minZ());
    assertThat(d.z(9.5)).isCloseTo(0, within(1e-12));
    assertThat(d.resultAt(d.maxZ())).isCloseTo(18.5, within(1e-9));
    assertThat(d.resultAt(d.minZ())).isCloseTo(0.5, within(1e-9));
    assertThatThrownBy(() -> d.resultAt(d.maxZ() + 0.01)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("SSI").hasMessageContaining("z-score must be between");
    assertThatThrownBy(() -> d.resultAt(d.minZ() - 0.01)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> d.z(-0.1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-0.1");
    assertThat(HacMeasureDistribution.fromResults(HacMeasure.SSI, new double[] {1, 2}, PercentileDefinition.TYPE_7)
        .hospitals()).isEqualTo(2);
    assertThatThrownBy(() -> HacMeasureDistribution.fromResults(HacMeasure.SSI, new double[] {1},
        PercentileDefinition.TYPE_7)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("but had 1");
    assertThatThrownBy(() -> HacMeasureDistribution.fromResults(HacMeasure.SSI, new double[] {1, 1, 1},
        PercentileDefinition.TYPE_7)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("all equal");
    assertThatThrownBy(() -> HacMeasureDistribution.fromResults(HacMeasure.SSI, new double[] {1, -1},
        PercentileDefinition.TYPE_7)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
    assertThat(HacMeasureDistribution.of(HacMeasure.SSI, 1, 1, 1, 1).maxZ()).isZero();
    assertThatThrownBy(() -> HacMeasureDistribution.of(HacMeasure.SSI, 2, 1, 1, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("95th percentile 1.0 is below the 5th 2.0");
  }

  private static PeerGroupMedians medians(double hf) {
    Map<HrrpCondition, Double> m = new EnumMap<>(HrrpCondition.class);
    m.put(HrrpCondition.HF, hf);
    return PeerGroupMedians.of(Map.of(1, m));
  }

  private static HrrpHospital hrrp(int discharges, double err) {
    return HrrpHospital.of("X", OptionalDouble.empty(), OptionalInt.of(1), List.of(HrrpConditionInput.of(
        HrrpCondition.HF, discharges, err, OptionalDouble.of(0.1))));
  }

  @Test
  void anErrAtThePeerGroupMedianCostsNothingAndAboveItCostsTheExcessTimesTheRatio() {
    HrrpPayment p = HrrpPayment.stratified(HrrpFiscalYear.of(2027), 1.0, medians(1.0));
    assertThat(p.neutralityModifier()).isEqualTo(1.0);
    assertThat(p.fiscalYear().year()).isEqualTo(2027);
    assertThat(p.adjust(hrrp(100, 1.0)).paymentAdjustmentFactor()).isEqualTo(1.0);
    assertThat(p.adjust(hrrp(100, 0.9)).paymentAdjustmentFactor()).isEqualTo(1.0);
    // 0.1 x (1.1 - 1.0) = 0.01
    assertThat(p.adjust(hrrp(100, 1.1)).paymentAdjustmentFactor()).isCloseTo(0.99, within(1e-12));
    HrrpPayment half = HrrpPayment.stratified(HrrpFiscalYear.of(2027), 0.5, medians(1.0));
    assertThat(half.adjust(hrrp(100, 1.1)).paymentAdjustmentFactor()).isCloseTo(0.995, within(1e-12));
    // exactly the minimum of 25 discharges counts, 24 does not
    assertThat(p.adjust(hrrp(25, 1.1)).conditions().get(0).counted()).isTrue();
    assertThat(p.adjust(hrrp(24, 1.1)).paymentAdjustmentFactor()).isEqualTo(1.0);
  }

  @Test
  void theNeutralityModifierAndTheYearChooseTheMethod() {
    assertThatThrownBy(() -> HrrpPayment.stratified(HrrpFiscalYear.of(2027), 0, medians(1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("(0, 1], but was 0.0");
    assertThatThrownBy(() -> HrrpPayment.stratified(HrrpFiscalYear.of(2027), 1.0001, medians(1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("but was 1.0001");
    assertThatThrownBy(() -> HrrpPayment.stratified(HrrpFiscalYear.of(2027), Double.NaN, medians(1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NaN");
    assertThatThrownBy(() -> HrrpPayment.stratified(HrrpFiscalYear.of(2018), 0.9, medians(1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("HRRP FY2018 predates peer grouping");
    assertThat(HrrpPayment.stratified(HrrpFiscalYear.of(2019), 0.9, medians(1)).fiscalYear().peerGrouped()).isTrue();
    assertThatThrownBy(() -> HrrpPayment.unstratified(HrrpFiscalYear.of(2019)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("HRRP FY2019 uses peer groups");
    // before peer grouping the threshold is 1 and the modifier 1
    HrrpPayment old = HrrpPayment.unstratified(HrrpFiscalYear.of(2018));
    assertThat(old.neutralityModifier()).isEqualTo(1.0);
    HrrpHospital noGroup = HrrpHospital.of("Y", OptionalDouble.empty(), OptionalInt.empty(),
        List.of(HrrpConditionInput.of(HrrpCondition.HF, 100, 1.2, OptionalDouble.of(0.1))));
    assertThat(old.adjust(noGroup).paymentAdjustmentFactor()).isCloseTo(0.98, within(1e-12));
    HrrpPayment now = HrrpPayment.stratified(HrrpFiscalYear.of(2027), 1, medians(1));
    assertThatThrownBy(() -> now.adjust(noGroup)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("hospital Y has no peer group").hasMessageContaining("HF");
    HrrpHospital group2 = HrrpHospital.of("Z", OptionalDouble.empty(), OptionalInt.of(2),
        List.of(HrrpConditionInput.of(HrrpCondition.HF, 100, 1.2, OptionalDouble.of(0.1))));
    assertThatThrownBy(() -> now.adjust(group2)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no median ERR for peer group 2 and HF (hospital Z)");
  }

  @Test
  void eachFiscalYearHasItsConditionsAndFloor() {
    assertThat(HrrpFiscalYear.of(2014).conditions()).containsExactlyInAnyOrder(HrrpCondition.AMI, HrrpCondition.HF,
        HrrpCondition.PN);
    assertThat(HrrpFiscalYear.of(2015).conditions()).contains(HrrpCondition.COPD, HrrpCondition.THA_TKA)
        .doesNotContain(HrrpCondition.CABG);
    assertThat(HrrpFiscalYear.of(2016).conditions()).doesNotContain(HrrpCondition.CABG);
    assertThat(HrrpFiscalYear.of(2017).conditions()).contains(HrrpCondition.CABG);
    assertThat(HrrpFiscalYear.of(2015).floor()).isEqualTo(0.97);
    assertThat(HrrpFiscalYear.of(2018).peerGrouped()).isFalse();
    assertThat(HrrpFiscalYear.of(2013).year()).isEqualTo(2013);
    assertThat(HrrpFiscalYear.of(2027)).hasToString("HRRP FY2027");
    assertThatThrownBy(() -> HrrpFiscalYear.of(2012)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("between 2013 and 2027, but was 2012");
    assertThatThrownBy(() -> HrrpFiscalYear.of(2028)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("but was 2028");
  }

  @Test
  void peerGroupMediansOfOddAndEvenCountsAndTheirChecks() {
    List<HrrpHospital> hs = List.of(
        HrrpHospital.of("A", OptionalDouble.empty(), OptionalInt.of(5), List.of(HrrpConditionInput.of(HrrpCondition.PN,
            50, 1.3, OptionalDouble.empty()))),
        HrrpHospital.of("B", OptionalDouble.empty(), OptionalInt.of(5), List.of(HrrpConditionInput.of(HrrpCondition.PN,
            50, 0.9, OptionalDouble.empty()))),
        HrrpHospital.of("C", OptionalDouble.empty(), OptionalInt.of(5), List.of(HrrpConditionInput.of(HrrpCondition.PN,
            50, 1.0, OptionalDouble.empty()))),
        HrrpHospital.of("D", OptionalDouble.empty(), OptionalInt.empty(), List.of()));
    PeerGroupMedians m = PeerGroupMedians.compute(hs);
    assertThat(m.median(5, HrrpCondition.PN)).hasValue(1.0);
    assertThat(m.toMap()).containsOnlyKeys(1, 2, 3, 4, 5);
    assertThat(m.toMap().get(5)).containsExactly(Map.entry(HrrpCondition.PN, 1.0));
    assertThat(m.toMap().get(1)).isEmpty();
    assertThatThrownBy(() -> m.median(0, HrrpCondition.PN)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1 to 5, but was 0");
    assertThatThrownBy(() -> m.median(6, HrrpCondition.PN)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("but was 6");
    assertThatThrownBy(() -> PeerGroupMedians.compute(List.of(HrrpHospital.of("E", OptionalDouble.empty(),
        OptionalInt.empty(), List.of(HrrpConditionInput.of(HrrpCondition.PN, 50, 1.0, OptionalDouble.empty()))))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("hospital E has ERRs but no peer group");
    Map<HrrpCondition, Double> bad = new EnumMap<>(HrrpCondition.class);
    bad.put(HrrpCondition.AMI, -0.1);
    assertThatThrownBy(() -> PeerGroupMedians.of(Map.of(1, bad))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("peer group 1 and AMI").hasMessageContaining("-0.1");
    bad.put(HrrpCondition.AMI, 0.0);
    assertThat(PeerGroupMedians.of(Map.of(5, bad)).median(5, HrrpCondition.AMI)).hasValue(0.0);
    assertThatThrownBy(() -> PeerGroupMedians.of(Map.of(0, bad))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("but was 0");
    assertThatThrownBy(() -> PeerGroupMedians.of(Map.of(6, bad))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("but was 6");
  }

  @Test
  void tiedDualProportionsShareTheirMeanRankAndQuintile() {
    Map<String, Double> duals = new LinkedHashMap<>();
    // ranks 1..4: 0.1 and 0.1 tie at rank 1.5 -> floor(1.5 x 5 / 5) + 1 = 2
    duals.put("d", 0.9);
    duals.put("a", 0.1);
    duals.put("c", 0.3);
    duals.put("b", 0.1);
    Map<String, Integer> g = PeerGroups.assign(duals);
    assertThat(g).containsExactly(Map.entry("d", 5), Map.entry("a", 2), Map.entry("c", 4), Map.entry("b", 2));
    assertThatThrownBy(() -> PeerGroups.assign(Map.of("z", 1.5))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("dual proportion of hospital z");
  }

  @Test
  void theNeutralityModifierIsTheRatioOfUnstratifiedToStratifiedPenalties() {
    HrrpFiscalYear fy = HrrpFiscalYear.of(2027);
    PeerGroupMedians m = medians(0.9);
    // penalty 1.2 - 1 = 0.2 unstratified, 1.2 - 0.9 = 0.3 stratified: modifier 2/3
    HrrpHospital a = hrrp(100, 1.2);
    HrrpHospital small = HrrpHospital.of("S", OptionalDouble.empty(), OptionalInt.of(1), List.of(
        HrrpConditionInput.of(HrrpCondition.HF, 24, 3.0, OptionalDouble.of(0.5))));
    assertThat(NeutralityModifier.compute(fy, List.of(a, small), m, Map.of("X", 1000.0, "S", 1000.0)))
        .hasValueCloseTo(2.0 / 3, within(1e-12));
    assertThat(NeutralityModifier.compute(fy, List.of(hrrp(100, 0.8)), m, Map.of("X", 1000.0))).isEmpty();
    assertThat(NeutralityModifier.compute(fy, List.of(a), m, Map.of())).isEmpty();
    assertThatThrownBy(() -> NeutralityModifier.compute(fy, List.of(a), m, Map.of("X", -1.0)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("hospital X").hasMessageContaining("-1.0");
  }
  private static Psi90Version twoComponents(double signal06) {
    return twoComponents(signal06, true);
  }

  private static Psi90Version twoComponents(double signal06, boolean covariances) {
    Map<Psi90Component, Double> w = new EnumMap<>(Psi90Component.class);
    Map<Psi90Component, Double> ref = new EnumMap<>(Psi90Component.class);
    Map<Psi90Component, Double> sig = new EnumMap<>(Psi90Component.class);
    for (Psi90Component c : Psi90Component.values()) {
      w.put(c, 0.0);
      ref.put(c, 0.01);
      sig.put(c, 0.04);
    }
    w.put(Psi90Component.PSI_03, 0.5);
    w.put(Psi90Component.PSI_06, 0.5);
    sig.put(Psi90Component.PSI_06, signal06);
    int n = Psi90Component.values().length;
    double[][] cov = new double[n][n];
    cov[0][0] = 0.04;
    cov[1][1] = signal06;
    cov[0][1] = 0.01;
    cov[1][0] = 0.01;
    return covariances ? Psi90Version.of("two", w, ref, sig, cov) : Psi90Version.of("two", w, ref, sig);
  }

  @Test
  void thePsi90CompositeAndItsVarianceAsAhrqCodesThem() {
    Psi90Version v = twoComponents(0.04);
    // PSI 03: noise 4e-6 / 0.01^2 = 0.04, A = 0.5, ratio 2; PSI 06: noise 0.12, A = 0.25, ratio 0.5
    Psi90Composite c = Psi90Composite.compute(v, List.of(
        new Psi90ComponentRate(Psi90Component.PSI_03, 100, 0.02, 4e-6),
        new Psi90ComponentRate(Psi90Component.PSI_06, 100, 0.005, 12e-6)));
    // 0.5 x (0.5 x 2 + 0.5) + 0.5 x (0.25 x 0.5 + 0.75)
    assertThat(c.value()).isCloseTo(1.1875, within(1e-12));
    // diagonal 0.25 x 0.04 x 0.5 + 0.25 x 0.04 x 0.75; the pair once: 0.5 x 0.5 x 0.01 x 0.5 x 0.75
    double variance = 0.005 + 0.0075 + 0.0009375;
    assertThat(c.variance()).isCloseTo(variance, within(1e-12));
    assertThat(c.halfWidth95()).isCloseTo(1.96 * Math.sqrt(variance), within(1e-12));
    assertThat(c.version()).isSameAs(v);
    // without covariances: the diagonal only, the signal variances
    assertThat(Psi90Composite.compute(twoComponents(0.04, false), List.of(
        new Psi90ComponentRate(Psi90Component.PSI_03, 100, 0.02, 4e-6),
        new Psi90ComponentRate(Psi90Component.PSI_06, 100, 0.005, 12e-6))).variance()).isCloseTo(0.0125, within(1e-12));
    // the explanation's component rows add up to the composite
    double sum = c.explain().steps().stream().filter(s -> s.label().endsWith(" contribution"))
        .mapToDouble(s -> s.value().getAsDouble()).sum();
    assertThat(sum).isCloseTo(1.1875, within(1e-12));
    assertThat(c.explain().steps().get(0).value().getAsDouble()).isCloseTo(0.75, within(1e-12));
    assertThat(c.explain().steps()).extracting(s -> s.row()).startsWith("A", "B", "C");
    assertThat(c.explain().steps().get(Psi90Component.values().length).label()).isEqualTo("PSI 90 composite");
    assertThat(c.explain().title()).isEqualTo("PSI 90 composite, AHRQ two");
    // a population of exactly 3 counts; 2 does not
    assertThat(Psi90Composite.compute(v, List.of(new Psi90ComponentRate(Psi90Component.PSI_03, 3, 0.02, 4e-6)))
        .value()).isCloseTo(1.25, within(1e-12));
    assertThat(Psi90Composite.compute(v, List.of(new Psi90ComponentRate(Psi90Component.PSI_03, 2, 0.02, 4e-6)))
        .value()).isCloseTo(1.0, within(1e-12));
    // no signal and no noise: no reliability, the component counts as the reference (no 0 / 0)
    Psi90Composite flat = Psi90Composite.compute(twoComponents(0), List.of(
        new Psi90ComponentRate(Psi90Component.PSI_06, 100, 0.02, 0)));
    assertThat(flat.value()).isCloseTo(1.0, within(1e-12));
    assertThatThrownBy(() -> Psi90Composite.compute(v, List.of(
        new Psi90ComponentRate(Psi90Component.PSI_03, 100, 0.02, 4e-6),
        new Psi90ComponentRate(Psi90Component.PSI_03, 10, 0.02, 4e-6)))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("PSI_03 is given twice");
    assertThat(new Psi90ComponentRate(Psi90Component.PSI_03, 0, 0, 0).population()).isZero();
    assertThatThrownBy(() -> new Psi90ComponentRate(Psi90Component.PSI_03, -1, 0, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PSI_03 population must be 0 or more");
  }

  @Test
  void aPenalizedHospitalIsToldWhichResultWouldHaveLeftTheWorstQuartile() {
    HacMeasureDistribution cdi = HacMeasureDistribution.of(HacMeasure.CDI, 0, 2, 1, 0.5);
    HacReductionProgram p = HacReductionProgram.of(2024, 0.5, Map.of(HacMeasure.CDI, cdi));
    // two measures, z 1 (CDI result 1.5) and 1: total 1; CDI must fall by 2 x (1 - 0.5) = 1, to z 0, a result of 1
    HacResult r = p.score(HacHospital.of("P", "NY", List.of(HacMeasureInput.ofResult(HacMeasure.CDI, 1.5),
        HacMeasureInput.ofZScore(HacMeasure.SSI, 1, OptionalDouble.empty()))));
    assertThat(r.paymentReduction()).isEqualTo(HacPaymentReduction.YES);
    assertThat(r.resultToLeaveWorstQuartile(HacMeasure.CDI).getAsDouble()).isCloseTo(1.0, within(1e-9));
    assertThat(r.resultToLeaveWorstQuartile(HacMeasure.SSI)).isEmpty();
    assertThat(r.resultToLeaveWorstQuartile(HacMeasure.CLABSI)).isEmpty();
    assertThat(r.zScores()).containsEntry(HacMeasure.CDI, 1.0).hasSize(2);
    List<org.acokit.explain.ExplanationStep> steps = r.explain().steps();
    assertThat(steps).extracting(s -> s.row()).containsExactly("A", "B", "C", "D", "E");
    org.acokit.explain.ExplanationStep cdiRow = step(r, HacMeasure.CDI);
    org.acokit.explain.ExplanationStep ssiRow = step(r, HacMeasure.SSI);
    assertThat(cdiRow.value().getAsDouble()).isCloseTo(0.5, within(1e-12));
    assertThat(cdiRow.formula()).contains("z 1.0000 / 2 measures", "result 1.5000",
        "a result of 1.0000 alone would have left the worst quartile");
    assertThat(ssiRow.formula()).contains("z would have to fall by 1.0000, distribution not given");
    assertThat(steps.get(2).label()).isEqualTo("Total HAC Score");
    assertThat(steps.get(2).value().getAsDouble()).isEqualTo(1.0);
    assertThat(steps.get(3).value().getAsDouble()).isEqualTo(0.5);
    assertThat(steps.get(4).text()).hasValue("YES");
    // a z that no result of this measure can reach
    HacResult far = p.score(HacHospital.of("F", "NY", List.of(HacMeasureInput.ofResult(HacMeasure.CDI, 1.5),
        HacMeasureInput.ofZScore(HacMeasure.SSI, 5, OptionalDouble.empty()))));
    assertThat(far.resultToLeaveWorstQuartile(HacMeasure.CDI)).isEmpty();
    assertThat(step(far, HacMeasure.CDI).formula()).contains("more than this measure alone can");
    // needed exactly at the lowest z: the 5th percentile result still suffices
    HacResult edge = HacReductionProgram.of(2024, 0, Map.of(HacMeasure.CDI, cdi)).score(HacHospital.of("E", "NY",
        List.of(HacMeasureInput.ofResult(HacMeasure.CDI, 1.5), HacMeasureInput.ofZScore(HacMeasure.SSI, 2,
            OptionalDouble.empty()))));
    assertThat(edge.resultToLeaveWorstQuartile(HacMeasure.CDI)).hasValue(0.0);
    // a non-submitter at the maximum z whose needed z is still at the maximum: the 95th percentile result
    HacResult tight = HacReductionProgram.of(2024, 2.0, Map.of(HacMeasure.CDI, cdi)).score(HacHospital.of("T", "NY",
        List.of(HacMeasureInput.notSubmitted(HacMeasure.CDI), HacMeasureInput.ofZScore(HacMeasure.SSI, 2,
            OptionalDouble.empty()))));
    assertThat(tight.totalHacScore()).isEqualTo(2.0);
    assertThat(tight.resultToLeaveWorstQuartile(HacMeasure.CDI).getAsDouble()).isEqualTo(2.0);
    assertThat(step(tight, HacMeasure.CDI).formula()).contains("not submitted: maximum z");
    HacResult waived = p.score(HacHospital.of("M", "MD", List.of(HacMeasureInput.ofZScore(HacMeasure.SSI, 3,
        OptionalDouble.empty()))));
    assertThat(waived.explain().steps().get(3).formula()).isEqualTo("Maryland: waived");
    assertThat(r.explain().steps().get(4).formula()).contains("greater than the threshold");
  }

  private static org.acokit.explain.ExplanationStep step(HacResult r, HacMeasure m) {
    return r.explain().steps().stream().filter(s -> s.label().equals(m.label() + " contribution")).findFirst()
        .orElseThrow();
  }

  @Test
  void theHrrpExplanationShowsEveryConditionTheSumTheFloorAndTheFactor() {
    Map<HrrpCondition, Double> m = new EnumMap<>(HrrpCondition.class);
    m.put(HrrpCondition.HF, 1.0);
    m.put(HrrpCondition.PN, 1.0);
    m.put(HrrpCondition.AMI, 1.0);
    HrrpPayment p = HrrpPayment.stratified(HrrpFiscalYear.of(2027), 1.0, PeerGroupMedians.of(Map.of(1, m)));
    HrrpResult r = p.adjust(HrrpHospital.of("X", OptionalDouble.empty(), OptionalInt.of(1), List.of(
        HrrpConditionInput.of(HrrpCondition.AMI, 100, 1.0, OptionalDouble.of(0.2)),
        HrrpConditionInput.of(HrrpCondition.HF, 100, 1.2, OptionalDouble.of(0.1)),
        HrrpConditionInput.of(HrrpCondition.PN, 24, 1.5, OptionalDouble.empty()))));
    // HF: 0.1 x 0.2 = 0.02; AMI at the median is not penalized; PN below 25 discharges is not counted
    HrrpConditionResult ami = r.conditions().get(0);
    assertThat(ami.penalized()).isFalse();
    assertThat(ami.paymentRatio()).isEqualTo(0.2);
    assertThat(ami.paymentRatioPublished()).isTrue();
    HrrpConditionResult pn = r.conditions().get(2);
    assertThat(pn.eligibleDischarges()).isEqualTo(24);
    assertThat(pn.paymentRatioPublished()).isFalse();
    assertThat(pn.penalized()).isFalse();
    assertThat(r.conditions().get(1).penalized()).isTrue();
    assertThat(r.unroundedFactor()).isCloseTo(0.98, within(1e-12));
    assertThat(r.fiscalYear().year()).isEqualTo(2027);
    List<org.acokit.explain.ExplanationStep> steps = r.explain().steps();
    assertThat(steps).extracting(s -> s.row()).containsExactly("A", "B", "C", "D", "E", "F");
    assertThat(steps.get(1).formula()).contains("NM 1.000000 x ratio 0.1000 x max(0, ERR 1.2000 - threshold 1.0000)");
    assertThat(steps.get(2).formula()).contains("not counted: 24 eligible discharges (< 25) or not in HRRP FY2027");
    assertThat(steps.get(3).label()).isEqualTo("Total reduction before the floor");
    assertThat(steps.get(3).value().getAsDouble()).isCloseTo(0.02, within(1e-12));
    assertThat(steps.get(4).value().getAsDouble()).isEqualTo(0.97);
    assertThat(steps.get(5).value().getAsDouble()).isEqualTo(0.98);
    HrrpResult unpublished = p.adjust(HrrpHospital.of("Y", OptionalDouble.empty(), OptionalInt.of(1), List.of(
        HrrpConditionInput.of(HrrpCondition.HF, 100, 1.2, OptionalDouble.empty()))));
    assertThat(unpublished.explain().steps().get(0).formula()).contains("ratio 0.0000 (not published)");
    assertThat(unpublished.paymentAdjustmentFactor()).isEqualTo(1.0);
  }

  @Test
  void conditionsAreFoundByTheirCmsMeasureNameAndZScoreInputsCheckTheirResult() {
    for (HrrpCondition c : HrrpCondition.values()) {
      assertThat(HrrpCondition.ofMeasureName(c.measureName())).isEqualTo(c);
    }
    assertThat(HrrpCondition.ofMeasureName("READM-30-HIP-KNEE-HRRP")).isEqualTo(HrrpCondition.THA_TKA);
    assertThatThrownBy(() -> HrrpCondition.ofMeasureName("READM-30-SEPSIS-HRRP"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("but was 'READM-30-SEPSIS-HRRP'");
    assertThatThrownBy(() -> HacMeasureInput.ofZScore(HacMeasure.CDI, 0.5, OptionalDouble.of(-1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("CDI").hasMessageContaining("-1");
    assertThatThrownBy(() -> HacMeasureInput.ofZScore(HacMeasure.CDI, Double.POSITIVE_INFINITY, OptionalDouble.empty()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("W z-score must be a finite number");
  }

  @Test
  void aPsi90VersionChecksItsWeightsAndCovariances() {
    Map<Psi90Component, Double> w = new EnumMap<>(Psi90Component.class);
    Map<Psi90Component, Double> ref = new EnumMap<>(Psi90Component.class);
    for (Psi90Component c : Psi90Component.values()) {
      w.put(c, 0.2);
      ref.put(c, 0.01);
    }
    assertThatThrownBy(() -> Psi90Version.of("v", w, ref, ref)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("weights must sum to 1, but sum to 1.99");
    for (Psi90Component c : Psi90Component.values()) {
      w.put(c, 0.1);
    }
    w.put(Psi90Component.PSI_03, 0.0);
    w.put(Psi90Component.PSI_06, 0.2);
    int n = Psi90Component.values().length;
    assertThat(Psi90Version.of("v", w, ref, ref, new double[n][n]).signalCovariance(Psi90Component.PSI_03,
        Psi90Component.PSI_03)).isZero();
    assertThatThrownBy(() -> Psi90Version.of("v", w, ref, ref, new double[n - 1][n]))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("10 x 10");
    assertThatThrownBy(() -> Psi90Version.of("v", w, ref, ref, new double[n][n - 1]))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("10 x 10");
    double[][] bad = new double[n][n];
    bad[2][3] = Double.NaN;
    assertThatThrownBy(() -> Psi90Version.of("v", w, ref, ref, bad)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("signal covariance");
    double[][] given = new double[n][n];
    given[0][1] = 0.5;
    Psi90Version v = Psi90Version.of("v", w, ref, ref, given);
    given[0][1] = 0.7;
    assertThat(v.signalCovariance(Psi90Component.PSI_03, Psi90Component.PSI_06)).isEqualTo(0.5);
    assertThat(v.name()).isEqualTo("v");
  }
}
