/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.quality.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
 * Rules of the APP quality score that mutation testing (PIT) found untested: the explanation is
 * one row per figure, lettered in order, each holding the figure the score carries; measures are
 * listed in measure id order whatever order they were reported in.
 */
class AppQualityMutationTest {

  private static DecileBenchmark flat(String id, CollectionType collection, Direction d) {
    List<Double> up = List.of(10.0, 20.0, 30.0, 40.0, 50.0, 60.0, 70.0, 80.0, 90.0);
    List<Double> down = List.of(90.0, 80.0, 70.0, 60.0, 50.0, 40.0, 30.0, 20.0, 10.0);
    return DecileBenchmark.builder().measureId(id).collectionType(collection).performanceYear(2023).direction(d)
        .decileBounds(d == Direction.HIGHER_IS_BETTER ? up : down).build();
  }

  private static final BenchmarkSet SET = BenchmarkSet.of(2023, List.of(
      flat("001", CollectionType.REGISTRY, Direction.LOWER_IS_BETTER),
      flat("134", CollectionType.REGISTRY, Direction.HIGHER_IS_BETTER),
      flat("236", CollectionType.REGISTRY, Direction.HIGHER_IS_BETTER),
      flat("CAHPS_1", CollectionType.CERTIFIED_SURVEY_VENDOR, Direction.HIGHER_IS_BETTER)));

  private static AppQualityInput.Builder input(double r001, double r134, double r236) {
    // Reported out of measure id order: 236 before 001 before 134.
    return AppQualityInput.builder().performanceYear(2023).qualityStandardScore(70).addOutcomeMeasures("001", "236")
        .putReportingOptions("CQM", List.of(MeasureResult.of("236", CollectionType.REGISTRY, r236),
            MeasureResult.of("001", CollectionType.REGISTRY, r001), MeasureResult.of("134", CollectionType.REGISTRY, r134)))
        .addCahps(MeasureResult.of("CAHPS_1", CollectionType.CERTIFIED_SURVEY_VENDOR, 95));
  }

  private static ExplanationStep step(Explanation e, String label) {
    List<ExplanationStep> found = e.steps().stream().filter(s -> s.label().equals(label)).toList();
    assertThat(found).as(label).hasSize(1);
    return found.get(0);
  }

  private static void assertRowsLetteredInOrder(Explanation e) {
    for (int i = 0; i < e.steps().size(); i++) {
      assertThat(e.steps().get(i).row()).as("row of step %s", i).isEqualTo(RowLetters.of(i));
    }
  }

  @Test
  void explanationLettersEveryRowAndHoldsEveryFigure() {
    AppQualityScore s = AppQualityScoring.score(input(5, 95, 95).priorAchievementPercent(50).build(), SET);
    Explanation e = s.explanation();
    assertRowsLetteredInOrder(e);
    // CAHPS_1, then the three measures, then the option's achievement, then the eleven score rows.
    assertThat(e.steps()).hasSize(1 + 3 + 1 + 11);
    assertThat(e.steps().subList(1, 4)).extracting(ExplanationStep::label).containsExactly(
        "CQM: 001 (registry) rate 5.0", "CQM: 134 (registry) rate 95.0", "CQM: 236 (registry) rate 95.0");
    assertThat(step(e, "CQM: 001 (registry) rate 5.0").formula()).startsWith("SCORED, 10.0000 of 10.0000: ");
    assertThat(step(e, "CQM: achievement percent").value().getAsDouble()).isEqualTo(s.chosen().get().achievementPercent());
    assertThat(step(e, "Option used").text()).hasValue("CQM");
    assertThat(step(e, "Bonus points").value().getAsDouble()).isEqualTo(s.bonusPoints());
    assertThat(step(e, "Achievement with bonus (%)").value().getAsDouble()).isEqualTo(s.achievementWithBonusPercent());
    assertThat(step(e, "Improvement (% points)").value().getAsDouble()).isEqualTo(s.improvementPercent()).isEqualTo(10.0);
    assertThat(step(e, "Health equity adjustment (points)").value().getAsDouble()).isEqualTo(s.healthEquityBonus());
    assertThat(step(e, "Score before floor (%)").value().getAsDouble()).isEqualTo(s.scoreBeforeFloor());
    assertThat(step(e, "Quality standard score (%)").value().getAsDouble()).isEqualTo(70.0);
    assertThat(step(e, "Disaster floor applied").text()).hasValue("No");
    assertThat(step(e, "Quality score (%)").value().getAsDouble()).isEqualTo(s.score()).isEqualTo(100.0);
    assertThat(step(e, "Quality standard").text()).hasValue("MET");
  }

  @Test
  void explanationOfAFlooredScoreWithNothingReported() {
    AppQualityScore s = AppQualityScoring.score(AppQualityInput.builder().performanceYear(2023).qualityStandardScore(70)
        .putReportingOptions("CQM", List.of(MeasureResult.notReported("134", CollectionType.REGISTRY)))
        .extremeAndUncontrollableCircumstance(true).build(), SET);
    Explanation e = s.explanation();
    assertRowsLetteredInOrder(e);
    // A required measure not reported scores 0 of 10 (414.1380(b)(1)(iii)): the option counts.
    assertThat(step(e, "CQM: 134 (registry) rate not reported").formula()).startsWith("NOT_REPORTED, 0.0000 of 10.0000");
    assertThat(step(e, "Disaster floor applied").text()).hasValue("Yes");
    assertThat(s.score()).isEqualTo(70.0);
  }

  @Test
  void anOptionWithNoPointsAvailableIsNeverChosen() {
    // Only a measure without a benchmark: excluded from points earned and available (414.1367(c)(1)(i)),
    // so the option has nothing to score: no option is used, and no 0 / 0 reaches the score.
    AppQualityScore s = AppQualityScoring.score(AppQualityInput.builder().performanceYear(2023).qualityStandardScore(70)
        .putReportingOptions("CQM", List.of(MeasureResult.of("999", CollectionType.REGISTRY, 50))).build(), SET);
    assertThat(s.chosen()).isEmpty();
    assertThat(s.score()).isZero();
    assertThat(s.standard()).isEqualTo(org.acokit.quality.QualityStandard.NOT_MET);
    assertThat(step(s.explanation(), "Option used").text()).hasValue("none");
    assertRowsLetteredInOrder(s.explanation());
    assertThat(optionUsedLine(s)).contains("none");
  }

  private static String optionUsedLine(AppQualityScore s) {
    return s.toString().lines().filter(l -> l.contains("Option used")).findFirst().orElseThrow();
  }

  @Test
  void thePrintedScoreNamesTheOptionUsed() {
    AppQualityScore s = AppQualityScoring.score(input(5, 95, 95).build(), SET);
    assertThat(optionUsedLine(s)).contains("CQM");
  }

  @Test
  void aMeasureListedTwiceInAReportingOptionIsRefused() {
    assertThatThrownBy(() -> AppQualityInput.builder().performanceYear(2023).qualityStandardScore(70)
        .putReportingOptions("CQM", List.of(MeasureResult.of("134", CollectionType.REGISTRY, 50),
            MeasureResult.of("134", CollectionType.REGISTRY, 60))).build())
        .hasMessageContaining("134 is listed twice in reporting option CQM, at positions 0 and 1");
  }

  @Test
  void aCahpsMeasureListedTwiceIsRefused() {
    assertThatThrownBy(() -> input(5, 95, 95).addCahps(MeasureResult.of("CAHPS_1", CollectionType.CERTIFIED_SURVEY_VENDOR, 80))
        .build()).hasMessageContaining("CAHPS_1 is listed twice in cahps, at positions 0 and 1");
  }

  @Test
  void aClaimsMeasureListedInAReportingOptionIsRefused() {
    assertThatThrownBy(() -> AppQualityInput.builder().performanceYear(2023).qualityStandardScore(70)
        .putReportingOptions("CQM", List.of(MeasureResult.of("134", CollectionType.REGISTRY, 50),
            MeasureResult.of("479", CollectionType.ADMINISTRATIVE_CLAIMS, 0.15)))
        .addClaimsMeasures(MeasureResult.of("479", CollectionType.ADMINISTRATIVE_CLAIMS, 0.15)).build())
        .hasMessage("measure 479 is listed twice: in reporting option CQM and in claimsMeasures (claims measures count in"
            + " every option): each may appear once");
  }

  @Test
  void aQualityStandardScoreOfOneReadsAsAFractionButZeroIsAllowed() {
    assertThatThrownBy(() -> input(5, 95, 95).qualityStandardScore(1).build())
        .hasMessageContaining("quality standard score is a percent 0-100").hasMessageContaining("but was 1.0");
    assertThat(input(5, 95, 95).qualityStandardScore(0).build().qualityStandardScore()).isZero();
  }

  @Test
  void aScoreExactlyAtTheStandardNeedsNoDisasterFloor() {
    AppQualityScore s = AppQualityScoring.score(input(5, 95, 95).qualityStandardScore(100)
        .extremeAndUncontrollableCircumstance(true).build(), SET);
    assertThat(s.score()).isEqualTo(100.0);
    assertThat(s.floorApplied()).isFalse();
  }

  @Test
  void nothingReportedInTheFirstYearOfAFirstAgreementDoesNotMeetTheStandard() {
    // 425.512(a)(2): the first-year standard is met by reporting; an ACO that reported nothing has not.
    AppQualityScore s = AppQualityScoring.score(AppQualityInput.builder().performanceYear(2023).qualityStandardScore(70)
        .firstPerformanceYearOfFirstAgreement(true).build(), SET);
    assertThat(s.chosen()).isEmpty();
    assertThat(s.standard()).isEqualTo(org.acokit.quality.QualityStandard.NOT_MET);
  }

  @Test
  void aYearKnowsItsPerformanceYear() {
    assertThat(AppYear.of(2023).performanceYear()).isEqualTo(2023);
    assertThat(AppYear.of(2023)).hasToString("AppYear{PY2023}");
  }

  @Test
  void aScoreExactlyAtTheStandardMeetsIt() {
    // 425.512(a): MET if the score is at least the quality standard score; all four measures at decile 10: 100.
    AppQualityScore s = AppQualityScoring.score(input(5, 95, 95).qualityStandardScore(100).build(), SET);
    assertThat(s.score()).isEqualTo(100.0);
    assertThat(s.standard()).isEqualTo(org.acokit.quality.QualityStandard.MET);
  }

  @Test
  void yearRules() {
    assertThat(AppYear.of(2021).cahpsPoints().decileNineScoresTen()).isTrue();
    assertThat(AppYear.of(2022).cahpsPoints().decileNineScoresTen()).isFalse();
    assertThat(AppYear.of(2021).hasFirstYearStandard()).isFalse();
    assertThat(AppYear.of(2022).hasFirstYearStandard()).isTrue();
    assertThat(AppYear.of(2022).hasHealthEquityAdjustment()).isFalse();
    assertThat(AppYear.of(2023).hasHealthEquityAdjustment()).isTrue();
    assertThat(AppYear.of(2024).hasHealthEquityAdjustment()).isTrue();
    assertThat(AppYear.of(2025).hasHealthEquityAdjustment()).isFalse();
    // 425.512(b): the adjustment applies from an underserved multiplier of 20%.
    assertThat(HealthEquityAdjustment.builder().addPerformerValues(4, 4, 2).underservedMultiplier(0.2).build().bonus())
        .isCloseTo(2.0, org.assertj.core.api.Assertions.within(1e-12));
  }
}
