/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.quality.mssp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.acokit.explain.Explanation;
import org.acokit.explain.ExplanationStep;
import org.acokit.explain.RowLetters;
import org.acokit.quality.BenchmarkSet;
import org.acokit.quality.CollectionType;
import org.acokit.quality.DecileBenchmark;
import org.acokit.quality.Direction;
import org.acokit.quality.MeasureResult;
import org.junit.jupiter.api.Test;

/**
 * Rules of the PY2012-2020 domain scoring that mutation testing (PIT) found untested: the
 * explanation letters every row in order and holds every figure, the improvement bonus per
 * domain, the disaster rule's row, the years the scoring covers, and named errors for bad band
 * points and net improvement.
 */
class MsspQualityMutationTest {

  private static final CollectionType WI = CollectionType.CMS_WEB_INTERFACE;

  private static DecileBenchmark flat(String id) {
    return DecileBenchmark.builder().measureId(id).collectionType(WI).performanceYear(2019)
        .direction(Direction.HIGHER_IS_BETTER).decileBounds(List.of(0.0, 0.0, 30.0, 40.0, 50.0, 60.0, 70.0, 80.0, 90.0))
        .build();
  }

  private static final BenchmarkSet BENCH = BenchmarkSet.of(2019, List.of(flat("A"), flat("B"), flat("C")));

  private static MsspMeasure m(String id, MsspDomain d) {
    return MsspMeasure.builder().measureId(id).domain(d).collectionType(WI).build();
  }

  private static MsspQualityInput.Builder input(double a, double b, double c) {
    return MsspQualityInput.builder().performanceYear(2019)
        .addMeasures(m("A", MsspDomain.PATIENT_CAREGIVER_EXPERIENCE), m("B", MsspDomain.PREVENTIVE_HEALTH),
            m("C", MsspDomain.PREVENTIVE_HEALTH))
        .addResults(MeasureResult.of("A", WI, a), MeasureResult.of("B", WI, b), MeasureResult.of("C", WI, c));
  }

  private static ExplanationStep step(Explanation e, String label) {
    List<ExplanationStep> found = e.steps().stream().filter(s -> s.label().equals(label)).toList();
    assertThat(found).as(label).hasSize(1);
    return found.get(0);
  }

  @Test
  void explanationLettersEveryRowAndHoldsEveryFigure() {
    MsspQualityScore s = MsspQualityScoring.score(input(95, 65, 35).build(), BENCH, MsspQualityScoringTest.POINTS);
    Explanation e = s.explanation();
    // A, its domain; B, C, their domain; then four score rows.
    assertThat(e.steps()).hasSize(1 + 1 + 2 + 1 + 4);
    for (int i = 0; i < e.steps().size(); i++) {
      assertThat(e.steps().get(i).row()).isEqualTo(RowLetters.of(i));
    }
    assertThat(step(e, "PREVENTIVE_HEALTH: B rate 65.0").value().getAsDouble()).isEqualTo(1.55);
    assertThat(step(e, "PREVENTIVE_HEALTH: domain score").value().getAsDouble()).isEqualTo((1.55 + 1.10) / 4);
    assertThat(step(e, "Score before disaster rule").value().getAsDouble()).isEqualTo(s.scoreBeforeDisasterRule());
    assertThat(step(e, "Score before disaster rule").formula()).isEqualTo("mean of the domain scores");
    assertThat(step(e, "Disaster rule applied").text()).hasValue("No");
    assertThat(step(e, "Quality score").value().getAsDouble()).isEqualTo(s.score());
    assertThat(step(e, "Quality standard").text()).hasValue("MET");

    // The disaster rule (425.502(f)): the mean score of all ACOs when it is higher.
    MsspQualityScore disaster = MsspQualityScoring.score(input(95, 65, 35).extremeAndUncontrollableCircumstance(true)
        .meanQualityScore(0.95).build(), BENCH, MsspQualityScoringTest.POINTS);
    assertThat(disaster.score()).isEqualTo(0.95);
    assertThat(step(disaster.explanation(), "Disaster rule applied").text()).hasValue("Yes");
    // Own score higher than the mean: own score, rule not applied.
    MsspQualityScore own = MsspQualityScoring.score(input(95, 65, 35).extremeAndUncontrollableCircumstance(true)
        .meanQualityScore(0.2).build(), BENCH, MsspQualityScoringTest.POINTS);
    assertThat(own.score()).isEqualTo(s.score());
    assertThat(own.disasterRuleApplied()).isFalse();
    // Not every measure reported: the mean score of all ACOs, even when below what was reported.
    MsspQualityScore incomplete = MsspQualityScoring.score(MsspQualityInput.builder().performanceYear(2019)
        .addMeasures(m("A", MsspDomain.PATIENT_CAREGIVER_EXPERIENCE), m("B", MsspDomain.PREVENTIVE_HEALTH))
        .addResults(MeasureResult.of("A", WI, 95), MeasureResult.notReported("B", WI))
        .extremeAndUncontrollableCircumstance(true).meanQualityScore(0.2).build(), BENCH, MsspQualityScoringTest.POINTS);
    assertThat(incomplete.reportedCompletely()).isFalse();
    assertThat(incomplete.score()).isEqualTo(0.2);
    assertThat(incomplete.disasterRuleApplied()).isTrue();
    assertThat(incomplete.standard()).isEqualTo(org.acokit.quality.QualityStandard.MET);
  }

  @Test
  void improvementBonusIsFourPointsTimesNetImprovementPerMeasure() {
    // Preventive health: 2 measures, net improvement 1: 4 x 1 / 2 = 2 bonus points, domain capped at its 4 points.
    MsspQualityScore s = MsspQualityScoring.score(input(95, 65, 35).putNetImprovement(MsspDomain.PREVENTIVE_HEALTH, 1)
        .build(), BENCH, MsspQualityScoringTest.POINTS);
    MsspDomainScore preventive = s.domains().get(1);
    assertThat(preventive.bonusPoints()).isEqualTo(2.0);
    assertThat(preventive.score()).isCloseTo(Math.min(4, 1.55 + 1.10 + 2) / 4, within(1e-15));
    assertThatThrownBy(() -> input(95, 65, 35).putNetImprovement(MsspDomain.PREVENTIVE_HEALTH, 3).build())
        .hasMessageContaining("net improvement of domain PREVENTIVE_HEALTH must be between -2 and");
    assertThatThrownBy(() -> input(95, 65, 35).putNetImprovement(MsspDomain.PREVENTIVE_HEALTH, -3).build())
        .hasMessageContaining("PREVENTIVE_HEALTH");
    assertThat(input(95, 65, 35).putNetImprovement(MsspDomain.PREVENTIVE_HEALTH, -2).build().netImprovement())
        .containsEntry(MsspDomain.PREVENTIVE_HEALTH, -2);
  }

  @Test
  void allOrNothingSaysWhichComponentFellShort() {
    MsspQualityInput in = MsspQualityInput.builder().performanceYear(2019)
        .addMeasures(m("A", MsspDomain.PATIENT_CAREGIVER_EXPERIENCE), MsspMeasure.builder().measureId("D")
            .domain(MsspDomain.AT_RISK_POPULATION).collectionType(WI).addAllOrNothingComponents("B", "C").build())
        .addResults(MeasureResult.of("A", WI, 95), MeasureResult.of("D", WI, 50), MeasureResult.of("B", WI, 65),
            MeasureResult.of("C", WI, 15))
        .build();
    MsspQualityScore s = MsspQualityScoring.score(in, BENCH, MsspQualityScoringTest.POINTS);
    assertThat(s.domains().get(1).measureScores().get(0).basis())
        .isEqualTo("all-or-nothing (425.502(c)(3)): B met; C below minimum attainment;");
    assertThat(s.domains().get(1).measureScores().get(0).points()).isZero();
  }

  @Test
  void yearsAndBandPoints() {
    assertThat(MsspQualityYear.of(2012).performanceYear()).isEqualTo(2012);
    assertThat(MsspQualityYear.of(2020).performanceYear()).isEqualTo(2020);
    assertThatThrownBy(() -> MsspQualityYear.of(2011)).hasMessageContaining("2012-2020").hasMessageContaining("2011");
    assertThatThrownBy(() -> MsspQualityYear.of(2021)).hasMessageContaining("2021");
    assertThat(MsspQualityYear.of(2017).hasEucPolicy()).isTrue();
    assertThat(MsspQualityYear.of(2016).hasEucPolicy()).isFalse();

    assertThatThrownBy(() -> MsspStepPoints.of(List.of(1.1, 1.25, 1.4, 1.55, 1.7, 1.85)))
        .hasMessageContaining("must be 7 values").hasMessageContaining("but were 6");
    assertThatThrownBy(() -> MsspStepPoints.of(List.of(1.1, 1.0, 1.4, 1.55, 1.7, 1.85, 2.0)))
        .hasMessage("band points must never decrease, but the 40th percentile band (1.0) is below the 30th (1.1)");
    assertThatThrownBy(() -> MsspStepPoints.of(List.of(1.1, 1.25, 1.2, 1.55, 1.7, 1.85, 2.0)))
        .hasMessage("band points must never decrease, but the 50th percentile band (1.2) is below the 40th (1.25)");
    assertThatThrownBy(() -> MsspStepPoints.of(List.of(1.1, 1.25, 1.4, 1.55, 1.7, 1.85, 0.0)))
        .hasMessageContaining("band points [90th percentile]");
    // Equal neighbouring bands are allowed (never decreasing).
    MsspStepPoints flat = MsspStepPoints.of(List.of(1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 2.0));
    assertThat(flat.weighted(2).maxPoints()).isEqualTo(4.0);
    assertThat(flat.bandPoints()).hasSize(7);
    assertThatThrownBy(() -> flat.score(MeasureResult.of("B", WI, 50), java.util.Optional.of(flat("A"))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aQualityYearPrintsItsYear() {
    org.assertj.core.api.Assertions.assertThat(MsspQualityYear.of(2019)).hasToString("MsspQualityYear{PY2019}");
  }
}
