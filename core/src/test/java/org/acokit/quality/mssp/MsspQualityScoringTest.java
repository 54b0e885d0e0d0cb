/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.quality.mssp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.acokit.quality.CollectionType;
import org.acokit.quality.BenchmarkSet;
import org.acokit.quality.DecileBenchmark;
import org.acokit.quality.Direction;
import org.acokit.quality.MeasureResult;
import org.acokit.quality.mssp.MsspStepPoints;
import org.acokit.quality.QualityStandard;
import org.junit.jupiter.api.Test;

/**
 * The PY2012-2020 domain scoring: step points, domains, gate, improvement bonus, P4R, disaster rule.
 */
class MsspQualityScoringTest {

  /** Band values commonly cited from CMS's 2012 guide; a test parameter, not a library default. */
  static final MsspStepPoints POINTS = MsspStepPoints.of(List.of(1.10, 1.25, 1.40, 1.55, 1.70, 1.85, 2.00));
  private static final CollectionType WI = CollectionType.CMS_WEB_INTERFACE;

  private static DecileBenchmark flat(String id) {
    return DecileBenchmark.builder().measureId(id).collectionType(WI).performanceYear(2019)
        .direction(Direction.HIGHER_IS_BETTER).decileBounds(List.of(0.0, 0.0, 30.0, 40.0, 50.0, 60.0, 70.0, 80.0, 90.0))
        .build();
  }

  private static final BenchmarkSet BENCH = BenchmarkSet.of(2019, List.of(flat("A"), flat("B"), flat("C"), flat("D"),
      flat("E"), flat("C1"), flat("C2")));

  private static MsspMeasure m(String id, MsspDomain d) {
    return MsspMeasure.builder().measureId(id).domain(d).collectionType(WI).build();
  }

  private static MsspQualityInput.Builder input(double a, double b, double c, double d, double e) {
    return MsspQualityInput.builder().performanceYear(2019)
        .addMeasures(m("A", MsspDomain.PATIENT_CAREGIVER_EXPERIENCE), m("B", MsspDomain.CARE_COORDINATION_PATIENT_SAFETY),
            m("C", MsspDomain.PREVENTIVE_HEALTH), m("D", MsspDomain.AT_RISK_POPULATION),
            MsspMeasure.builder().measureId("E").domain(MsspDomain.AT_RISK_POPULATION).collectionType(WI).weight(2).build())
        .addResults(MeasureResult.of("A", WI, a), MeasureResult.of("B", WI, b), MeasureResult.of("C", WI, c),
            MeasureResult.of("D", WI, d), MeasureResult.of("E", WI, e));
  }

  @Test
  void stepPointsDomainsAndEqualWeights() {
    MsspQualityScore s = MsspQualityScoring.score(input(95, 65, 35, 25, 85).build(), BENCH, POINTS);
    // A 2.00/2, B 1.55/2, C 1.10/2, D 0 + E (double weight) 3.70 of 6
    assertThat(s.domains()).extracting(MsspDomainScore::score)
        .containsExactly(1.0, 0.775, 0.55, 3.70 / 6);
    assertThat(s.score()).isCloseTo((1.0 + 0.775 + 0.55 + 3.70 / 6) / 4, within(1e-12));
    assertThat(s.standard()).isEqualTo(QualityStandard.MET);
    assertThat(s.toQualityOutcome().score()).isEqualTo(s.score());
    assertThat(s.explanation().toTextTable()).contains("60th percentile band").contains("domain score");
    // prints as a table in JShell: domain scores and the quality score as percents
    assertThat(s.toString()).startsWith("Shared Savings Program quality score, PY").contains("77.50%")
        .containsPattern("Quality score +" + String.format(java.util.Locale.ROOT, "%.2f%%", 100 * s.score()))
        .contains("Quality standard: MET").doesNotContain("MsspQualityScore{").hasSizeLessThan(1000);
  }

  @Test
  void gateFailsWhenADomainHasNoMeasureAtMinimumAttainment() {
    MsspQualityScore s = MsspQualityScoring.score(input(95, 25, 35, 25, 85).build(), BENCH, POINTS);
    assertThat(s.standard()).isEqualTo(QualityStandard.NOT_MET);
    assertThat(s.domains().get(1).minimumAttainmentReached()).isFalse();
  }

  @Test
  void improvementBonusIsCappedAtTheDomainMaximum() {
    MsspQualityScore s = MsspQualityScoring.score(input(95, 65, 35, 25, 85)
        .putNetImprovement(MsspDomain.PREVENTIVE_HEALTH, 1).build(), BENCH, POINTS);
    assertThat(s.domains().get(2).bonusPoints()).isEqualTo(4.0);
    assertThat(s.domains().get(2).score()).isEqualTo(1.0);
  }

  @Test
  void payForReportingAndDisasterRule() {
    MsspQualityScore p4r = MsspQualityScoring.score(input(5, 5, 5, 5, 5).payForReportingYear(true).build(), BENCH, POINTS);
    assertThat(p4r.score()).isEqualTo(1.0);
    assertThat(p4r.standard()).isEqualTo(QualityStandard.MET);
    MsspQualityScore euc = MsspQualityScoring.score(input(95, 25, 35, 25, 25)
        .extremeAndUncontrollableCircumstance(true).meanQualityScore(0.9).build(), BENCH, POINTS);
    assertThat(euc.score()).isEqualTo(0.9);
    assertThat(euc.disasterRuleApplied()).isTrue();
    assertThat(euc.standard()).isEqualTo(QualityStandard.MET);
  }

  @Test
  void allOrNothingComposite() {
    MsspQualityInput.Builder in = MsspQualityInput.builder().performanceYear(2019)
        .addMeasures(MsspMeasure.builder().measureId("DM").domain(MsspDomain.AT_RISK_POPULATION).collectionType(WI)
            .addAllOrNothingComponents("C1", "C2").build())
        .addResults(MeasureResult.of("DM", WI, 50), MeasureResult.of("C1", WI, 95));
    assertThat(MsspQualityScoring.score(in.addResults(MeasureResult.of("C2", WI, 31)).build(), BENCH, POINTS)
        .score()).isEqualTo(1.0);
    MsspQualityInput.Builder in2 = MsspQualityInput.builder().performanceYear(2019)
        .addMeasures(MsspMeasure.builder().measureId("DM").domain(MsspDomain.AT_RISK_POPULATION).collectionType(WI)
            .addAllOrNothingComponents("C1", "C2").build())
        .addResults(MeasureResult.of("DM", WI, 50), MeasureResult.of("C1", WI, 95), MeasureResult.of("C2", WI, 29));
    assertThat(MsspQualityScoring.score(in2.build(), BENCH, POINTS).score()).isEqualTo(0.0);
  }

  @Test
  void badInput() {
    assertThatThrownBy(() -> MsspQualityInput.builder().performanceYear(2021).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2012-2020").hasMessageContaining("2021");
    assertThatThrownBy(() -> MsspQualityScoring.score(input(95, 65, 35, 25, 85)
        .addResults(MeasureResult.of("Z", WI, 50)).build(), BENCH, POINTS))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Z");
    assertThatThrownBy(() -> MsspQualityInput.builder().performanceYear(2016).extremeAndUncontrollableCircumstance(true)
        .meanQualityScore(0.9).build()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2017");
    assertThatThrownBy(() -> MsspStepPoints.of(List.of(1.0, 2.0))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("7 values");
  }

  @Property(tries = 500)
  void scoreWithinScaleAndBonusNeverLowers(@ForAll @DoubleRange(min = 0, max = 100) double a,
      @ForAll @DoubleRange(min = 0, max = 100) double b, @ForAll @DoubleRange(min = 0, max = 100) double c,
      @ForAll @IntRange(min = 0, max = 2) int net) {
    MsspQualityScore base = MsspQualityScoring.score(input(a, b, c, a, b).build(), BENCH, POINTS);
    MsspQualityScore more = MsspQualityScoring.score(input(a, b, c, a, b)
        .putNetImprovement(MsspDomain.AT_RISK_POPULATION, net).build(), BENCH, POINTS);
    assertThat(base.score()).isBetween(0.0, 1.0);
    assertThat(more.score()).isGreaterThanOrEqualTo(base.score());
    List<MeasureResult> reversed = new ArrayList<>(input(a, b, c, a, b).build().results());
    java.util.Collections.reverse(reversed);
    assertThat(MsspQualityScoring.score(input(a, b, c, a, b).build().withResults(reversed), BENCH, POINTS).score())
        .isEqualTo(base.score());
  }

  @Property(tries = 500)
  void stepPointsNeverDecrease(@ForAll @DoubleRange(min = 0, max = 100) double x,
      @ForAll @DoubleRange(min = 0, max = 100) double y) {
    double lo = Math.min(x, y);
    double hi = Math.max(x, y);
    assertThat(POINTS.score(MeasureResult.of("A", WI, hi), java.util.Optional.of(flat("A"))).points())
        .isGreaterThanOrEqualTo(POINTS.score(MeasureResult.of("A", WI, lo), java.util.Optional.of(flat("A"))).points());
  }
}
