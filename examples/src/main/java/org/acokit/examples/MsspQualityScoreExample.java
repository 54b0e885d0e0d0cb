/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.examples;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.acokit.measures.CatalogProgram;
import org.acokit.measures.CatalogYear;
import org.acokit.measures.MeasureCatalogs;
import org.acokit.quality.BenchmarkSet;
import org.acokit.quality.DecileBenchmark;
import org.acokit.quality.MeasureResult;
import org.acokit.quality.mssp.MsspStepPoints;
import org.acokit.quality.mssp.MsspMeasure;
import org.acokit.quality.mssp.MsspQualityInput;
import org.acokit.quality.mssp.MsspQualityScore;
import org.acokit.quality.mssp.MsspQualityScoring;

/**
 * Scores one ACO under the Shared Savings Program rules of PY2019 (four domains, step points)
 * with the catalog's PY2019 measure set and benchmarks, and prints the explanation.
 * <p>
 * The catalog holds CMS's PY2019 Web Interface and CAHPS for ACOs benchmarks; the claims-based
 * measures and the Web Interface measures without a published table need CMS's tables, which
 * this example stands in for with illustrative flat 30-90% tables (the flat-percentage form of
 * 42 CFR 425.502(b)(2)(ii)) and marks as such. The band points are the caller's parameter
 * (see {@link MsspStepPoints}); the example passes the values commonly cited from CMS's 2012
 * scoring guide. The measure rates are illustrative.
 */
public final class MsspQualityScoreExample {

  /** Band points commonly cited from CMS's 2012 guide (not verified; a caller's parameter). */
  static final List<Double> BAND_POINTS = List.of(1.10, 1.25, 1.40, 1.55, 1.70, 1.85, 2.00);

  private MsspQualityScoreExample() {
  }

  /**
   * Scores the example ACO.
   *
   * @param out where to print
   * @return the score
   */
  public static MsspQualityScore run(PrintStream out) {
    CatalogYear catalog = MeasureCatalogs.load().year(CatalogProgram.MSSP, 2019);
    List<MsspMeasure> measures = catalog.msspMeasures();
    Map<String, Double> rates = Map.ofEntries(Map.entry("ACO-1", 86.9), Map.entry("ACO-2", 94.3),
        Map.entry("ACO-3", 93.1), Map.entry("ACO-4", 79.7), Map.entry("ACO-5", 66.1), Map.entry("ACO-6", 66.2),
        Map.entry("ACO-7", 73.1), Map.entry("ACO-34", 27.9), Map.entry("ACO-45", 89.8), Map.entry("ACO-46", 86.2),
        Map.entry("ACO-8", 15.3), Map.entry("ACO-38", 48.4), Map.entry("ACO-43", 1.62), Map.entry("ACO-13", 93.4),
        Map.entry("ACO-14", 90.8), Map.entry("ACO-17", 91.3), Map.entry("ACO-18", 86.9), Map.entry("ACO-19", 85.2),
        Map.entry("ACO-20", 87.8), Map.entry("ACO-42", 91.5), Map.entry("ACO-40", 25.0), Map.entry("ACO-27", 5.6),
        Map.entry("ACO-28", 90.2));
    List<MeasureResult> results = new ArrayList<>();
    List<DecileBenchmark> benchmarks = new ArrayList<>(catalog.benchmarks());
    BenchmarkSet published = catalog.benchmarkSet();
    for (MsspMeasure m : measures) {
      var def = catalog.measure(m.measureId());
      results.add(MeasureResult.of(m.measureId(), m.collectionType(), def.unit(), rates.get(m.measureId())));
      if (m.payForPerformance() && published.find(m.measureId(), m.collectionType()).isEmpty()) {
        out.println("illustrative flat benchmark for " + m.measureId() + " (CMS's table is not in the data)");
        benchmarks.add(DecileBenchmark.builder().measureId(m.measureId()).collectionType(m.collectionType())
            .performanceYear(2019).direction(def.direction()).unit(def.unit())
            .decileBounds(def.direction() == org.acokit.quality.Direction.HIGHER_IS_BETTER
                ? List.of(0.0, 0.0, 30.0, 40.0, 50.0, 60.0, 70.0, 80.0, 90.0)
                : List.of(100.0, 100.0, 70.0, 60.0, 50.0, 40.0, 30.0, 20.0, 10.0))
            .build());
      }
    }
    MsspQualityInput input = MsspQualityInput.builder().performanceYear(2019).measures(measures).results(results)
        .putNetImprovement(org.acokit.quality.mssp.MsspDomain.PREVENTIVE_HEALTH, 1).build();
    MsspQualityScore score = MsspQualityScoring.score(input, BenchmarkSet.of(2019, benchmarks),
        MsspStepPoints.of(BAND_POINTS));
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
