/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.examples;

import java.io.PrintStream;
import java.util.List;

import org.acokit.measures.CatalogProgram;
import org.acokit.quality.CollectionType;
import org.acokit.measures.CatalogYear;
import org.acokit.measures.MeasureCatalogs;
import org.acokit.quality.MeasureResult;
import org.acokit.quality.RateUnit;
import org.acokit.quality.app.AppQualityInput;
import org.acokit.quality.app.AppQualityScore;
import org.acokit.quality.app.AppQualityScoring;

/**
 * Scores one ACO under the APM Performance Pathway for PY2023 with the built-in catalog and
 * prints the explanation: every measure's rate, benchmark, decile and points, then the score and
 * the quality standard met.
 * <p>
 * The measure values are illustrative (not one published ACO); the quality standard score 65.76
 * is the PY2023 30th-percentile score CMS gave floored ACOs in the PY2023 public use file.
 */
public final class AppQualityScoreExample {

  private AppQualityScoreExample() {
  }

  /**
   * Scores the example ACO.
   *
   * @param out where to print
   * @return the score
   */
  public static AppQualityScore run(PrintStream out) {
    CatalogYear catalog = MeasureCatalogs.load().year(CatalogProgram.APP, 2023);
    CollectionType wi = CollectionType.CMS_WEB_INTERFACE;
    AppQualityInput input = AppQualityInput.builder().performanceYear(2023).qualityStandardScore(65.76)
        .outcomeMeasures(catalog.outcomeMeasureIds())
        .putReportingOptions("Web Interface", List.of(
            MeasureResult.of("001", wi, 8.55), MeasureResult.of("110", wi, 77.84), MeasureResult.of("112", wi, 80.28),
            MeasureResult.of("113", wi, 78.52), MeasureResult.of("134", wi, 80.21), MeasureResult.of("226", wi, 87.5),
            MeasureResult.of("236", wi, 78.12), MeasureResult.of("318", wi, 92.06), MeasureResult.of("370", wi, 15.38),
            MeasureResult.of("438", wi, 87.33)))
        .addCahps(MeasureResult.of("CAHPS_1", CollectionType.CERTIFIED_SURVEY_VENDOR, 84.23),
            MeasureResult.of("CAHPS_2", CollectionType.CERTIFIED_SURVEY_VENDOR, 93.93),
            MeasureResult.of("CAHPS_3", CollectionType.CERTIFIED_SURVEY_VENDOR, 92.47),
            MeasureResult.of("CAHPS_5", CollectionType.CERTIFIED_SURVEY_VENDOR, 63.65),
            MeasureResult.of("CAHPS_8", CollectionType.CERTIFIED_SURVEY_VENDOR, 85.04))
        .addClaimsMeasures(MeasureResult.of("479", CollectionType.ADMINISTRATIVE_CLAIMS, RateUnit.FRACTION, 0.1539),
            MeasureResult.of("484", CollectionType.ADMINISTRATIVE_CLAIMS, RateUnit.RATE, 33.45))
        .build();
    AppQualityScore score = AppQualityScoring.score(input, catalog.benchmarkSet());
    out.print(score.explanation().toTextTable());
    out.println("Settlement input: " + score.toQualityOutcome());
    return score;
  }

  /**
   * Runs the example.
   *
   * @param args none
   */
  public static void main(String[] args) {
    run(System.out);
  }
}
