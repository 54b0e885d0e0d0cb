/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.quality.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.acokit.quality.CollectionType;
import org.acokit.quality.BenchmarkSet;
import org.acokit.quality.DecileBenchmark;
import org.acokit.quality.Direction;
import org.acokit.quality.MeasureResult;
import org.acokit.quality.QualityStandard;
import org.junit.jupiter.api.Test;

/**
 * The APP aggregation: CAHPS as one measure, options, bonus, improvement, health equity
 * adjustment, disaster floor and standards.
 */
class AppQualityScoringTest {

  private static DecileBenchmark flat(String id, CollectionType collection, int year, Direction d) {
    List<Double> up = List.of(10.0, 20.0, 30.0, 40.0, 50.0, 60.0, 70.0, 80.0, 90.0);
    List<Double> down = List.of(90.0, 80.0, 70.0, 60.0, 50.0, 40.0, 30.0, 20.0, 10.0);
    return DecileBenchmark.builder().measureId(id).collectionType(collection).performanceYear(year).direction(d)
        .decileBounds(d == Direction.HIGHER_IS_BETTER ? up : down).build();
  }

  private static BenchmarkSet set(int year) {
    return BenchmarkSet.of(year, List.of(flat("001", CollectionType.REGISTRY, year, Direction.LOWER_IS_BETTER),
        flat("134", CollectionType.REGISTRY, year, Direction.HIGHER_IS_BETTER), flat("236", CollectionType.REGISTRY, year, Direction.HIGHER_IS_BETTER),
        flat("CAHPS_1", CollectionType.CERTIFIED_SURVEY_VENDOR, year, Direction.HIGHER_IS_BETTER),
        flat("CAHPS_2", CollectionType.CERTIFIED_SURVEY_VENDOR, year, Direction.HIGHER_IS_BETTER)));
  }

  private static AppQualityInput.Builder input(int year, double r001, double r134, double r236) {
    return AppQualityInput.builder().performanceYear(year).qualityStandardScore(70).addOutcomeMeasures("001", "236")
        .putReportingOptions("CQM", List.of(MeasureResult.of("001", CollectionType.REGISTRY, r001),
            MeasureResult.of("134", CollectionType.REGISTRY, r134), MeasureResult.of("236", CollectionType.REGISTRY, r236)))
        .addCahps(MeasureResult.of("CAHPS_1", CollectionType.CERTIFIED_SURVEY_VENDOR, 95),
            MeasureResult.of("CAHPS_2", CollectionType.CERTIFIED_SURVEY_VENDOR, 55),
            MeasureResult.of("CAHPS_7", CollectionType.CERTIFIED_SURVEY_VENDOR, 75));
  }

  @Test
  void cahpsIsOneMeasureAndSurveyMeasuresWithoutBenchmarkAreLeftOut() {
    AppQualityScore s = AppQualityScoring.score(input(2023, 5, 95, 95).build(), set(2023));
    // 001 at 5 (decile 10) 10, 134 10, 236 10, CAHPS mean(10, 6.5) = 8.25: 38.25 of 40
    assertThat(s.chosen().get().pointsAvailable()).isEqualTo(40);
    assertThat(s.chosen().get().pointsEarned()).isCloseTo(38.25, within(1e-12));
    assertThat(s.score()).isCloseTo(95.625, within(1e-12));
    assertThat(s.standard()).isEqualTo(QualityStandard.MET);
    assertThat(s.explanation().toTextTable()).contains("CAHPS_7").contains("no benchmark");
    // prints as a table in JShell, short enough for JShell's 1,000-character display
    assertThat(s.toString()).startsWith("APM Performance Pathway quality score, PY2023\n")
        .containsPattern("Quality score \\(%\\) +95\\.6250\n").containsPattern("Quality standard +MET\n")
        .doesNotContain("AppQualityScore{").hasSizeLessThan(1000);
  }

  @Test
  void improvementAndHealthEquityAdjustment() {
    AppQualityScore s = AppQualityScoring.score(input(2023, 45, 55, 55).priorAchievementPercent(50)
        .healthEquityAdjustment(HealthEquityAdjustment.builder().addPerformerValues(4, 4, 2).underservedMultiplier(0.5)
            .build()).build(), set(2023));
    double ach = s.chosen().get().achievementPercent();
    assertThat(s.improvementPercent()).isCloseTo(Math.min(10, 10 * (ach - 50) / 50), within(1e-12));
    assertThat(s.healthEquityBonus()).isEqualTo(5.0);
    assertThat(s.score()).isCloseTo(Math.min(100, ach + s.improvementPercent() + 5), within(1e-12));
    HealthEquityAdjustment low = HealthEquityAdjustment.builder().addPerformerValues(4, 4, 4).underservedMultiplier(0.19).build();
    assertThat(low.bonus()).isZero();
    assertThat(HealthEquityAdjustment.builder().addPerformerValues(4, 4, 4, 4, 4, 4).underservedMultiplier(0.5).build()
        .bonus()).isEqualTo(10.0);
  }

  @Test
  void improvementAppliesFromTheFirstAppYearOnAchievementWithoutBonus() {
    // PY2021: 001, 134, 236 at decile 6 (6.5 each), CAHPS mean(10, 6.5) = 8.25: 27.75 of 40 = 69.375%.
    AppQualityScore s = AppQualityScoring.score(input(2021, 45, 55, 55).putBonusPoints("CQM", 4.0)
        .priorAchievementPercent(50).build(), set(2021));
    assertThat(s.chosen().get().achievementPercent()).isCloseTo(69.375, within(1e-12));
    // 10 x (69.375 - 50) / 50 = 3.875, on top of 100 x (27.75 + 4) / 40 = 79.375
    assertThat(s.improvementPercent()).isCloseTo(3.875, within(1e-12));
    assertThat(s.score()).isCloseTo(83.25, within(1e-12));
    AppQualityScore worse = AppQualityScoring.score(input(2021, 45, 55, 55).priorAchievementPercent(80).build(), set(2021));
    assertThat(worse.improvementPercent()).isZero();
    // A prior below 30 is measured from 30 and the improvement is capped at 10: 10 x 39.375 / 30 > 10.
    AppQualityScore low = AppQualityScoring.score(input(2021, 45, 55, 55).priorAchievementPercent(20).build(), set(2021));
    assertThat(low.improvementPercent()).isEqualTo(10.0);
  }

  @Test
  void disasterFloorAlternativeAndNotMet() {
    AppQualityScore low = AppQualityScoring.score(input(2023, 85, 15, 15).build(), set(2023));
    assertThat(low.score()).isLessThan(70);
    assertThat(low.standard()).isEqualTo(QualityStandard.ALTERNATIVE_MET); // 001 at 85 reaches decile 2
    AppQualityScore none = AppQualityScoring.score(input(2023, 95, 15, 5).build(), set(2023));
    assertThat(none.standard()).isEqualTo(QualityStandard.NOT_MET);
    AppQualityScore in2022 = AppQualityScoring.score(input(2022, 85, 15, 15).build(), set(2022));
    assertThat(in2022.standard()).isEqualTo(QualityStandard.NOT_MET); // no alternative standard before 2023
    AppQualityScore floored = AppQualityScoring.score(input(2023, 95, 15, 5).extremeAndUncontrollableCircumstance(true)
        .build(), set(2023));
    assertThat(floored.score()).isEqualTo(70);
    assertThat(floored.floorApplied()).isTrue();
    assertThat(floored.toQualityOutcome().score()).isEqualTo(0.70);
    assertThat(floored.standard()).isEqualTo(QualityStandard.MET);
    AppQualityScore first = AppQualityScoring.score(input(2023, 95, 15, 5).firstPerformanceYearOfFirstAgreement(true)
        .build(), set(2023));
    assertThat(first.standard()).isEqualTo(QualityStandard.MET);
  }

  @Test
  void higherOptionCountsAndBonusIsPerOption() {
    AppQualityInput in = input(2021, 45, 55, 55)
        .putReportingOptions("Other", List.of(MeasureResult.of("134", CollectionType.REGISTRY, 95)))
        .putBonusPoints("CQM", 30.0).build();
    AppQualityScore s = AppQualityScoring.score(in, set(2021));
    assertThat(s.chosen().get().label()).isEqualTo("CQM");
    assertThat(s.bonusPoints()).isEqualTo(30.0);
    assertThat(s.improvementPercent()).isZero();
  }

  @Test
  void badInput() {
    assertThatThrownBy(() -> input(2020, 5, 5, 5).build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2021 or later").hasMessageContaining("2020");
    assertThatThrownBy(() -> input(2022, 5, 5, 5).healthEquityAdjustment(HealthEquityAdjustment.builder()
        .underservedMultiplier(0.5).build()).build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2023-2024");
    assertThatThrownBy(() -> input(2021, 5, 5, 5).putBonusPoints("Web Interface", 12.0).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'Web Interface'");
    assertThatThrownBy(() -> input(2023, 5, 5, 5).qualityStandardScore(130).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("quality standard score");
    assertThatThrownBy(() -> HealthEquityAdjustment.builder().addPerformerValues(3).underservedMultiplier(0.5).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("4, 2 or 0");
    assertThatThrownBy(() -> AppQualityScoring.score(input(2023, 5, 5, 5).build(), set(2022)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be 2023, but was 2022");
  }
}
