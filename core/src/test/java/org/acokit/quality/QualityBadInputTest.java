/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.quality;

import static org.acokit.testing.Probe.handled;
import static org.acokit.testing.Probe.refused;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.acokit.quality.app.AppQualityInput;
import org.acokit.quality.app.AppQualityScoring;
import org.acokit.quality.app.HealthEquityAdjustment;
import org.acokit.quality.mssp.MsspDomain;
import org.acokit.quality.mssp.MsspMeasure;
import org.acokit.quality.mssp.MsspQualityInput;
import org.acokit.quality.mssp.MsspQualityScoring;
import org.acokit.quality.mssp.MsspStepPoints;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Bad-input probes of quality scoring (packages quality, quality.mssp and quality.app; issue 17):
 * wrong scales, duplicates (named at both places, never counted twice or replaced), NaN and
 * infinity, missing fields.
 */
class QualityBadInputTest {

  private static final CollectionType REG = CollectionType.REGISTRY;
  private static final CollectionType WI = CollectionType.CMS_WEB_INTERFACE;
  private static final MsspStepPoints POINTS = MsspStepPoints.of(List.of(1.10, 1.25, 1.40, 1.55, 1.70, 1.85, 2.00));

  private static DecileBenchmark flat(String id, CollectionType collection, int year) {
    return DecileBenchmark.builder().measureId(id).collectionType(collection).performanceYear(year)
        .direction(Direction.HIGHER_IS_BETTER)
        .decileBounds(List.of(10.0, 20.0, 30.0, 40.0, 50.0, 60.0, 70.0, 80.0, 90.0)).build();
  }

  private static BenchmarkSet appSet() {
    return BenchmarkSet.of(2023, List.of(flat("001", REG, 2023), flat("134", REG, 2023), flat("236", REG, 2023)));
  }

  private static AppQualityInput.Builder app() {
    return AppQualityInput.builder().performanceYear(2023).qualityStandardScore(70)
        .putReportingOptions("CQM", List.of(MeasureResult.of("001", REG, 50), MeasureResult.of("134", REG, 60),
            MeasureResult.of("236", REG, 70)));
  }

  private static MsspMeasure m(String id, MsspDomain d) {
    return MsspMeasure.builder().measureId(id).domain(d).collectionType(WI).build();
  }

  private static final BenchmarkSet MSSP_SET = BenchmarkSet.of(2019, List.of(flat("A", WI, 2019), flat("B", WI, 2019),
      flat("C", WI, 2019), flat("D", WI, 2019)));

  private static MsspQualityInput.Builder mssp() {
    return MsspQualityInput.builder().performanceYear(2019)
        .addMeasures(m("A", MsspDomain.PATIENT_CAREGIVER_EXPERIENCE), m("B", MsspDomain.CARE_COORDINATION_PATIENT_SAFETY),
            m("C", MsspDomain.PREVENTIVE_HEALTH), m("D", MsspDomain.AT_RISK_POPULATION))
        .addResults(MeasureResult.of("A", WI, 55), MeasureResult.of("B", WI, 65), MeasureResult.of("C", WI, 75),
            MeasureResult.of("D", WI, 85));
  }

  @TestFactory
  Stream<DynamicTest> probes() {
    return Stream.of(
        refused("APP quality standard score as a fraction (0.4 for 40)", "quality standard score", "0.4",
            () -> app().qualityStandardScore(0.4).build()),
        refused("APP quality standard score NaN", "quality standard score", () -> app().qualityStandardScore(Double.NaN).build()),
        refused("APP quality standard score above 100", "quality standard score", "130",
            () -> app().qualityStandardScore(130).build()),
        refused("APP prior achievement percent NaN", "prior achievement percent",
            () -> app().priorAchievementPercent(Double.NaN).build()),
        refused("APP bonus points NaN", "bonus points", () -> app().putBonusPoints("CQM", Double.NaN).build()),
        refused("APP measure listed twice in an option", "001",
            () -> AppQualityScoring.score(app().reportingOptions(java.util.Map.of("CQM", List.of(MeasureResult.of("001", REG, 50),
                MeasureResult.of("134", REG, 60), MeasureResult.of("001", REG, 70)))).build(), appSet())),
        refused("APP measure listed twice: names both places", "positions 0 and 2",
            () -> AppQualityScoring.score(app().reportingOptions(java.util.Map.of("CQM", List.of(MeasureResult.of("001", REG, 50),
                MeasureResult.of("134", REG, 60), MeasureResult.of("001", REG, 70)))).build(), appSet())),
        refused("APP claims measure repeated", "claims",
            () -> app().addClaimsMeasures(MeasureResult.of("479", CollectionType.ADMINISTRATIVE_CLAIMS, RateUnit.RATE, 0.1),
                MeasureResult.of("479", CollectionType.ADMINISTRATIVE_CLAIMS, RateUnit.RATE, 0.2)).build()),
        refused("APP health equity multiplier as percent", "underserved multiplier", "50",
            () -> HealthEquityAdjustment.builder().addPerformerValues(4).underservedMultiplier(50).build()),
        refused("MSSP result given twice: names both places", "positions 0 and 4",
            () -> MsspQualityScoring.score(mssp().addResults(MeasureResult.of("A", WI, 95)).build(), MSSP_SET, POINTS)),
        refused("MSSP measure listed twice in the measure set", "measure set",
            () -> mssp().addMeasures(m("C", MsspDomain.AT_RISK_POPULATION)).build()),
        refused("MSSP mean quality score as percent", "mean quality score", "85",
            () -> mssp().performanceYear(2017).extremeAndUncontrollableCircumstance(true).meanQualityScore(85).build()),
        refused("benchmark set with a duplicate measure", "A",
            () -> BenchmarkSet.of(2019, List.of(flat("A", WI, 2019), flat("A", WI, 2019)))),
        refused("measure rate NaN", "rate of measure", () -> MeasureResult.of("001", REG, Double.NaN)),
        refused("measure rate percent above 100", "rate of measure 001", "150", () -> MeasureResult.of("001", REG, 150)),
        refused("fraction rate given as percent", "fraction", () -> MeasureResult.of("001", REG, RateUnit.FRACTION, 40)),
        refused("measure rate +Infinity on an unbounded scale", "rate of measure",
            () -> MeasureResult.of("479", CollectionType.ADMINISTRATIVE_CLAIMS, RateUnit.RATE, Double.POSITIVE_INFINITY)),
        refused("blank measure id", "measure id", () -> MeasureResult.of(" ", REG, 50)),
        refused("null measure id", "measureId", () -> MeasureResult.builder().measureId(null)),
        refused("decile bound NaN", "decile", () -> DecileBenchmark.builder().measureId("X").collectionType(REG)
            .performanceYear(2023).direction(Direction.HIGHER_IS_BETTER)
            .decileBounds(List.of(10.0, 20.0, Double.NaN, 40.0, 50.0, 60.0, 70.0, 80.0, 90.0)).build()),
        refused("quality outcome score as percent", "quality score", "40", () -> QualityOutcome.of(40, QualityStandard.MET)),
        refused("MIPS floor NaN", "floor", () -> MipsAchievementPoints.of(Double.NaN, false)),
        refused("reduction target as percent", "reduction target", "20", () -> ReductionFromBaselinePoints.of(20, 10)),
        refused("linear points NaN threshold", "attainment threshold",
            () -> LinearAttainmentPoints.of("X", Direction.HIGHER_IS_BETTER, Double.NaN, 90)),
        refused("step points NaN", "band points", () -> MsspStepPoints.of(List.of(1.1, 1.25, Double.NaN, 1.55, 1.7, 1.85, 2.0))),
        handled("APP score of a good submission", () -> AppQualityScoring.score(app().build(), appSet()),
            s -> assertThat(s.score()).isBetween(0.0, 100.0)),
        handled("MSSP score of a good submission", () -> MsspQualityScoring.score(mssp().build(), MSSP_SET, POINTS),
            s -> assertThat(s.score()).isBetween(0.0, 1.0)),
        handled("MIPS points for an unbounded rate near the largest double",
            () -> MipsAchievementPoints.forPerformanceYear(2023).score(
                MeasureResult.of("479", CollectionType.ADMINISTRATIVE_CLAIMS, RateUnit.RATE, 1.7e308), Optional.empty()),
            s -> assertThat(s.points()).isBetween(0.0, 10.0)));
  }
}
