/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.evaluation;

import java.util.ArrayList;
import java.util.List;

import com.google.common.collect.ImmutableList;
import org.acokit.measures.CatalogYear;
import org.acokit.quality.MeasureResult;
import org.acokit.quality.app.AppQualityInput;

/**
 * Patient-level measure results as an APM Performance Pathway submission: each evaluated
 * proportion measure becomes an {@link EcqmPerformance} and its {@link MeasureResult} in one
 * reporting option ({@value #OPTION}) of an {@link AppQualityInput}, ready for
 * {@code AppQualityScoring.score(input, catalog.benchmarkSet())}.
 * <p>
 * The input holds only what patient data give: no CAHPS survey and no administrative claims
 * measures (CMS computes those; add them with {@code AppQualityInput.builder().from(input)} when
 * known). Immutable and thread-safe.
 *
 * @param performances the submission data of every evaluated measure, in evaluation order
 * @param input the scoring input
 */
public record AppSubmission(ImmutableList<EcqmPerformance> performances, AppQualityInput input) {

  /** The reporting option label. */
  public static final String OPTION = "eCQM";

  /**
   * Builds the submission of every measure of the counts.
   *
   * @param counts the population counts (proportion measures with a catalog identity)
   * @param catalog the APP catalog year (its year and outcome measures)
   * @param qualityStandardScore the year's quality performance standard score (0-100)
   * @return the submission
   * @throws IllegalArgumentException if a measure is not a proportion measure, or the standard
   *     score is outside 0-100
   * @throws IllegalStateException if a measure has no performance denominator
   */
  public static AppSubmission of(PopulationCounts counts, CatalogYear catalog, double qualityStandardScore) {
    List<EcqmPerformance> ps = new ArrayList<>();
    List<MeasureResult> results = new ArrayList<>();
    for (String url : counts.measureUrls()) {
      EcqmPerformance p = EcqmPerformance.of(counts, url);
      ps.add(p);
      results.add(p.toMeasureResult());
    }
    AppQualityInput input = AppQualityInput.builder().performanceYear(catalog.performanceYear())
        .qualityStandardScore(qualityStandardScore).outcomeMeasures(catalog.outcomeMeasureIds())
        .putReportingOptions(OPTION, results).build();
    return new AppSubmission(ImmutableList.copyOf(ps), input);
  }
}
