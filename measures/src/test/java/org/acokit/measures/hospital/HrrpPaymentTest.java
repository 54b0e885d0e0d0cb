/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.hospital;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.acokit.io.FailureCode;
import org.acokit.io.ValueWithFailures;
import org.junit.jupiter.api.Test;

class HrrpPaymentTest {

  private static final HrrpFiscalYear FY2027 = HrrpFiscalYear.of(2027);

  private static PeerGroupMedians group1() {
    Map<HrrpCondition, Double> m = new EnumMap<>(HrrpCondition.class);
    m.put(HrrpCondition.AMI, 0.9955);
    m.put(HrrpCondition.COPD, 0.9954);
    m.put(HrrpCondition.HF, 0.9928);
    m.put(HrrpCondition.PN, 0.9945);
    m.put(HrrpCondition.CABG, 0.9837);
    m.put(HrrpCondition.THA_TKA, 0.9942);
    return PeerGroupMedians.of(Map.of(1, m));
  }

  private static HrrpConditionInput c(HrrpCondition c, int n, double err, double ratio) {
    return HrrpConditionInput.of(c, n, err, OptionalDouble.of(ratio));
  }

  @Test
  void reproducesTheWorkedExampleOf010006() {
    HrrpHospital h = HrrpHospital.of("010006", OptionalDouble.of(0.12), OptionalInt.of(1), List.of(
        c(HrrpCondition.AMI, 300, 0.9993, 0.0395), c(HrrpCondition.COPD, 200, 1.1965, 0.0155),
        c(HrrpCondition.HF, 500, 1.0899, 0.0325), c(HrrpCondition.PN, 500, 1.0362, 0.0648),
        c(HrrpCondition.CABG, 100, 1.1884, 0.0251), c(HrrpCondition.THA_TKA, 100, 0.90, 0.02)));
    HrrpResult r = HrrpPayment.stratified(FY2027, 0.9628, group1()).adjust(h);
    assertThat(r.paymentAdjustmentFactor()).isEqualTo(0.9863);
    assertThat(r.paymentReduction()).isCloseTo(0.013732, within(0.000001));
    HrrpConditionResult cabg = r.conditions().stream().filter(x -> x.condition() == HrrpCondition.CABG)
        .findFirst().orElseThrow();
    assertThat(cabg.contribution()).isCloseTo(0.9628 * 0.005138, within(0.000001));
    assertThat(cabg.penaltyFreeErr()).isEqualTo(0.9837);
    assertThat(cabg.penalized()).isTrue();
    assertThat(r.explain().toTextTable()).contains("CABG contribution").contains("penalty-free at ERR <= 0.9837")
        .contains("Payment adjustment factor");
  }

  @Test
  void appliesThe25DischargeRuleAndTheFloor() {
    HrrpHospital small = HrrpHospital.of("X1", OptionalDouble.empty(), OptionalInt.of(1),
        List.of(c(HrrpCondition.HF, 24, 2.0, 0.5)));
    HrrpResult r = HrrpPayment.stratified(FY2027, 0.9628, group1()).adjust(small);
    assertThat(r.paymentAdjustmentFactor()).isEqualTo(1.0);
    assertThat(r.conditions().get(0).counted()).isFalse();
    HrrpHospital big = HrrpHospital.of("X2", OptionalDouble.empty(), OptionalInt.of(1),
        List.of(c(HrrpCondition.HF, 25, 2.0, 0.5)));
    HrrpResult floor = HrrpPayment.stratified(FY2027, 0.9628, group1()).adjust(big);
    assertThat(floor.paymentAdjustmentFactor()).isEqualTo(0.97);
    assertThat(floor.atFloor()).isTrue();
    assertThat(HrrpFiscalYear.of(2013).floor()).isEqualTo(0.99);
    assertThat(HrrpFiscalYear.of(2014).floor()).isEqualTo(0.98);
    assertThat(HrrpFiscalYear.of(2013).conditions()).doesNotContain(HrrpCondition.COPD, HrrpCondition.CABG);
  }

  @Test
  void comparesWithOneBeforePeerGrouping() {
    HrrpHospital h = HrrpHospital.of("X3", OptionalDouble.empty(), OptionalInt.empty(),
        List.of(c(HrrpCondition.HF, 100, 1.05, 0.1), c(HrrpCondition.CABG, 100, 1.5, 0.1)));
    HrrpResult r = HrrpPayment.unstratified(HrrpFiscalYear.of(2016)).adjust(h);
    // CABG is not counted before FY2017; HF: 0.1 x 0.05 = 0.005
    assertThat(r.paymentAdjustmentFactor()).isEqualTo(0.995);
  }

  @Property
  void factorLiesBetweenTheFloorAndOne(@ForAll @DoubleRange(min = 0, max = 3) double err,
      @ForAll @DoubleRange(min = 0, max = 1) double ratio, @ForAll @IntRange(min = 0, max = 2000) int n) {
    HrrpHospital h = HrrpHospital.of("P", OptionalDouble.empty(), OptionalInt.of(1),
        List.of(c(HrrpCondition.PN, n, err, ratio)));
    double f = HrrpPayment.stratified(FY2027, 0.9628, group1()).adjust(h).paymentAdjustmentFactor();
    assertThat(f).isBetween(0.97, 1.0);
  }

  @Test
  void badInputNamesTheHospitalFieldAndValue() {
    assertThatThrownBy(() -> HrrpConditionInput.of(HrrpCondition.AMI, 30, -0.2, OptionalDouble.empty()))
        .hasMessageContaining("AMI excess readmission ratio").hasMessageContaining("-0.2");
    assertThatThrownBy(() -> HrrpConditionInput.of(HrrpCondition.AMI, 30, Double.NaN, OptionalDouble.empty()))
        .hasMessageContaining("NaN");
    assertThatThrownBy(() -> HrrpHospital.of("050001", OptionalDouble.empty(), OptionalInt.of(6), List.of()))
        .hasMessageContaining("peer group of hospital 050001 must be 1 to 5, but was 6");
    assertThatThrownBy(() -> ExcessReadmissionRatio.of(20, 0)).hasMessageContaining("expected readmission rate");
    HrrpHospital empty = HrrpHospital.of("050002", OptionalDouble.empty(), OptionalInt.of(1), List.of());
    HrrpHospital ok = HrrpHospital.of("050003", OptionalDouble.empty(), OptionalInt.of(1),
        List.of(c(HrrpCondition.HF, 100, 1.0, 0.1)));
    ValueWithFailures<HrrpResult> all = HrrpPayment.stratified(FY2027, 0.9628, group1()).adjustAll(List.of(empty, ok));
    assertThat(all.values()).extracting(HrrpResult::ccn).containsExactly("050003");
    assertThat(all.failures()).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(FailureCode.MISSING_INPUT);
      assertThat(f.value()).contains("050002");
      assertThat(f.message()).contains("050002").contains("no condition with an excess readmission ratio");
    });
  }

  @Test
  void mediansAreOverEveryHospitalWithAnErr() {
    List<HrrpHospital> hs = List.of(
        HrrpHospital.of("A", OptionalDouble.empty(), OptionalInt.of(2), List.of(c(HrrpCondition.HF, 5, 0.9, 0))),
        HrrpHospital.of("B", OptionalDouble.empty(), OptionalInt.of(2), List.of(c(HrrpCondition.HF, 50, 1.1, 0))),
        HrrpHospital.of("C", OptionalDouble.empty(), OptionalInt.of(2), List.of(c(HrrpCondition.HF, 50, 1.3, 0))),
        HrrpHospital.of("D", OptionalDouble.empty(), OptionalInt.of(2), List.of(c(HrrpCondition.HF, 50, 1.0, 0))));
    assertThat(PeerGroupMedians.compute(hs).median(2, HrrpCondition.HF).getAsDouble()).isCloseTo(1.05, within(1e-12));
    assertThat(PeerGroupMedians.compute(hs).median(1, HrrpCondition.HF)).isEmpty();
  }

  @Test
  void peerGroupsAreQuintilesOfTheDualProportion() {
    Map<String, Double> duals = new java.util.LinkedHashMap<>();
    for (int i = 0; i < 10; i++) {
      duals.put("H" + i, i / 10.0);
    }
    Map<String, Integer> g = PeerGroups.assign(duals);
    assertThat(g.get("H0")).isEqualTo(1);
    assertThat(g.get("H1")).isEqualTo(1);
    assertThat(g.get("H2")).isEqualTo(2);
    assertThat(g.get("H9")).isEqualTo(5);
  }
}
