/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.acokit.puf.QualityBenchmarks;
import org.acokit.quality.BenchmarkSet;
import org.acokit.quality.CollectionType;
import org.acokit.quality.DecileBenchmark;

/**
 * The benchmarks of {@link org.acokit.puf.QualityReconciliation} from measure catalogs: the
 * {@link CatalogProgram#APP} years and the {@link CatalogProgram#MSSP} Web Interface benchmarks.
 * Example: {@code QualityReconciliation.reconcile(dir, CatalogQualityBenchmarks.of(MeasureCatalogs.load()))}.
 * Immutable and thread-safe.
 */
public final class CatalogQualityBenchmarks implements QualityBenchmarks {

  private final MeasureCatalogs catalogs;

  private CatalogQualityBenchmarks(MeasureCatalogs catalogs) {
    this.catalogs = catalogs;
  }

  /**
   * The benchmarks of the catalogs.
   *
   * @param catalogs the catalogs, such as {@link MeasureCatalogs#load()}
   * @return the benchmarks
   */
  public static CatalogQualityBenchmarks of(MeasureCatalogs catalogs) {
    return new CatalogQualityBenchmarks(catalogs);
  }

  @Override
  public BenchmarkSet appBenchmarks(int performanceYear) {
    return catalogs.year(CatalogProgram.APP, performanceYear).benchmarkSet();
  }

  @Override
  public BenchmarkSet appPriorYearBenchmarks(int performanceYear) {
    return catalogs.year(CatalogProgram.APP, performanceYear).priorYearBenchmarkSet();
  }

  @Override
  public Set<String> appOutcomeMeasures(int performanceYear) {
    return catalogs.year(CatalogProgram.APP, performanceYear).outcomeMeasureIds();
  }

  @Override
  public Map<String, DecileBenchmark> msspWebInterfaceBenchmarksByMipsId(int performanceYear) {
    CatalogYear year = catalogs.year(CatalogProgram.MSSP, performanceYear);
    BenchmarkSet bench = year.benchmarkSet();
    Map<String, DecileBenchmark> out = new LinkedHashMap<>();
    for (MeasureDefinition m : year.measures()) {
      Optional<DecileBenchmark> b = bench.find(m.measureId(), CollectionType.CMS_WEB_INTERFACE);
      if (m.mipsMeasureId().isPresent() && b.isPresent()) {
        out.put(m.mipsMeasureId().get(), b.get());
      }
    }
    return out;
  }
}
