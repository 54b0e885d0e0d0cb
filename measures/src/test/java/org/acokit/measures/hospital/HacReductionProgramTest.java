/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.hospital;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.acokit.io.ValueWithFailures;
import org.junit.jupiter.api.Test;

class HacReductionProgramTest {

  /** FY2024 CLABSI fitted to CMS's published z-scores (data README). */
  private static final HacMeasureDistribution CLABSI = HacMeasureDistribution.of(HacMeasure.CLABSI, 0, 2.2020,
      0.82817, 0.60037);

  @Test
  void totalHacScoreIsTheMeanOfTheZScores() {
    // 010001, FY2024: published 0.2040
    HacHospital h = HacHospital.of("010001", "AL", List.of(
        HacMeasureInput.ofZScore(HacMeasure.PSI_90, 1.0130, OptionalDouble.of(1.114)),
        HacMeasureInput.ofZScore(HacMeasure.CLABSI, 0.5127, OptionalDouble.of(1.136)),
        HacMeasureInput.ofZScore(HacMeasure.CAUTI, -0.4856, OptionalDouble.empty()),
        HacMeasureInput.ofZScore(HacMeasure.SSI, -0.1381, OptionalDouble.empty()),
        HacMeasureInput.ofZScore(HacMeasure.CDI, 0.4753, OptionalDouble.empty()),
        HacMeasureInput.ofZScore(HacMeasure.MRSA, -0.1534, OptionalDouble.empty())));
    HacResult r = HacReductionProgram.of(2024, 0.3753, Map.of()).score(h);
    assertThat(r.totalHacScoreRounded()).isEqualTo(0.2040);
    assertThat(r.paymentReduction()).isEqualTo(HacPaymentReduction.NO);
    assertThat(r.explain().toTextTable()).contains("PSI 90 contribution").contains("Total HAC Score");
  }

  @Test
  void nonSubmittersGetTheMaximumZAndMarylandIsWaived() {
    assertThat(CLABSI.maxZ()).isCloseTo(2.2883, within(0.0001));
    assertThat(CLABSI.z(1.136)).isCloseTo(0.5127, within(0.0001));
    HacReductionProgram p = HacReductionProgram.of(2024, 0.3753, Map.of(HacMeasure.CLABSI, CLABSI));
    HacResult md = p.score(HacHospital.of("210001", "MD", List.of(HacMeasureInput.notSubmitted(HacMeasure.CLABSI))));
    assertThat(md.totalHacScore()).isCloseTo(2.2883, within(0.0001));
    assertThat(md.paymentReduction()).isEqualTo(HacPaymentReduction.WAIVED);
    assertThat(md.paymentReduction().yesNo()).isEqualTo("No");
  }

  @Test
  void penalizedHospitalLearnsTheSirThatWouldHaveAvoidedIt() {
    HacReductionProgram p = HacReductionProgram.of(2024, 0.3753, Map.of(HacMeasure.CLABSI, CLABSI));
    HacHospital h = HacHospital.of("X", "NY", List.of(HacMeasureInput.ofResult(HacMeasure.CLABSI, 1.8),
        HacMeasureInput.ofZScore(HacMeasure.PSI_90, 0.5, OptionalDouble.empty())));
    HacResult r = p.score(h);
    assertThat(r.paymentReduction()).isEqualTo(HacPaymentReduction.YES);
    double sir = r.resultToLeaveWorstQuartile(HacMeasure.CLABSI).getAsDouble();
    HacResult after = p.score(HacHospital.of("X", "NY", List.of(HacMeasureInput.ofResult(HacMeasure.CLABSI, sir),
        HacMeasureInput.ofZScore(HacMeasure.PSI_90, 0.5, OptionalDouble.empty()))));
    assertThat(after.totalHacScore()).isCloseTo(0.3753, within(1e-9));
    assertThat(after.paymentReduction()).isEqualTo(HacPaymentReduction.NO);
    assertThat(r.resultToLeaveWorstQuartile(HacMeasure.PSI_90)).isEmpty();
    assertThat(r.explain().toTextTable()).contains("alone would have left the worst quartile");
  }

  @Property
  void zIsMonotoneAndBounded(@ForAll @DoubleRange(min = 0, max = 10) double a,
      @ForAll @DoubleRange(min = 0, max = 10) double b) {
    double za = CLABSI.z(a);
    double zb = CLABSI.z(b);
    if (a <= b) {
      assertThat(za).isLessThanOrEqualTo(zb);
    }
    assertThat(za).isBetween(CLABSI.minZ(), CLABSI.maxZ());
  }

  @Test
  void winsorizesAtTheFifthAndNinetyFifthPercentiles() {
    double[] v = new double[100];
    for (int i = 0; i < 100; i++) {
      v[i] = i;
    }
    HacMeasureDistribution d = HacMeasureDistribution.fromResults(HacMeasure.CDI, v, PercentileDefinition.SAS_5);
    assertThat(d.p5()).isEqualTo(4.5);
    assertThat(d.p95()).isEqualTo(94.5);
    assertThat(d.z(1000)).isEqualTo(d.maxZ());
    assertThat(PercentileDefinition.TYPE_7.of(new double[] {1, 2, 3, 4}, 0.75)).isEqualTo(3.25);
  }

  @Test
  void badInputNamesTheHospitalFieldAndValue() {
    assertThatThrownBy(() -> HacMeasureInput.ofResult(HacMeasure.SSI, -1)).hasMessageContaining("SSI result")
        .hasMessageContaining("-1");
    assertThatThrownBy(() -> HacMeasureInput.ofResult(HacMeasure.SSI, Double.NaN)).hasMessageContaining("NaN");
    HacReductionProgram p = HacReductionProgram.of(2024, 0.3753, Map.of());
    ValueWithFailures<HacResult> all = p.scoreAll(List.of(HacHospital.of("A", "NY", List.of()),
        HacHospital.of("B", "NY", List.of(HacMeasureInput.ofZScore(HacMeasure.CDI, 0.1, OptionalDouble.empty())))));
    assertThat(all.values()).extracting(HacResult::facilityId).containsExactly("B");
    assertThat(all.failures()).singleElement().satisfies(f -> assertThat(f.message()).contains("hospital A")
        .contains("no scored HACRP measure"));
  }
}
