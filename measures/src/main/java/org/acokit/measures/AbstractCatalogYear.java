/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.acokit.io.Failure;
import org.acokit.io.FailureCode;
import org.acokit.io.FailureException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.acokit.internal.AcoStyle;
import org.acokit.quality.BenchmarkSet;
import org.acokit.quality.DecileBenchmark;
import org.immutables.value.Value;

/**
 * One program's measure set and benchmarks for one performance year: the project's own JSON
 * schema for catalog resources ({@code org/acokit/measures/<program>/<program>-<year>.json}).
 * <p>
 * {@link #priorYearBenchmarks()} holds, where they differ from {@code benchmarks()}, the
 * benchmarks CMS used when it re-scored this year as the prior year of improvement scoring
 * (PY2021 479: CMS's ten-value list read as its first nine values; see {@link TenValueDeciles}).
 * Immutable and thread-safe.
 */
@Value.Immutable
@AcoStyle
@JsonSerialize(as = CatalogYear.class)
@JsonDeserialize(as = CatalogYear.class)
abstract class AbstractCatalogYear {

  /**
   * The program ({@code APP}, {@code MSSP}, {@code PIONEER}).
   *
   * @return the program
   */
  public abstract CatalogProgram program();

  /**
   * The performance year.
   *
   * @return the year
   */
  public abstract int performanceYear();

  /**
   * Where the data came from.
   *
   * @return the source
   */
  public abstract String source();

  /**
   * The measures of the year's measure set.
   *
   * @return the measures
   */
  public abstract List<MeasureDefinition> measures();

  /**
   * The benchmarks of the year.
   *
   * @return the benchmarks
   */
  public abstract List<DecileBenchmark> benchmarks();

  /**
   * Benchmarks for re-scoring this year as a prior year, where they differ.
   *
   * @return the prior-year benchmarks
   */
  public abstract List<DecileBenchmark> priorYearBenchmarks();

  @Value.Check
  void check() {
    Map<String, Integer> ids = new HashMap<>();
    for (int i = 0; i < measures().size(); i++) {
      Integer first = ids.putIfAbsent(measures().get(i).measureId(), i);
      if (first != null) {
        throw new FailureException(Failure.of(FailureCode.DUPLICATE, "measures[" + i + "].measureId",
            measures().get(i).measureId(), program() + " PY" + performanceYear() + ": measures[" + first + "] and measures["
                + i + "] have the same measure id " + measures().get(i).measureId() + "; a measure set lists a measure once"));
      }
    }
    duplicates(benchmarks(), "benchmarks");
    duplicates(priorYearBenchmarks(), "priorYearBenchmarks");
    for (DecileBenchmark b : benchmarks()) {
      if (b.performanceYear() != performanceYear()) {
        throw new IllegalArgumentException("performance year of benchmark " + b.label() + " must be "
            + performanceYear() + ", but was " + b.performanceYear());
      }
    }
  }

  private void duplicates(List<DecileBenchmark> list, String field) {
    Map<String, Integer> keys = new HashMap<>();
    for (int i = 0; i < list.size(); i++) {
      Integer first = keys.putIfAbsent(list.get(i).measureId() + " " + list.get(i).collectionType().cmsName(), i);
      if (first != null) {
        throw new FailureException(Failure.of(FailureCode.DUPLICATE, field + "[" + i + "]", list.get(i).label(),
            program() + " PY" + performanceYear() + ": " + field + "[" + first + "] and " + field + "[" + i + "] are both"
                + " the benchmark of " + list.get(i).label() + "; a year holds one benchmark per measure and collection"
                + " type"));
      }
    }
  }

  /**
   * Finds a measure of the set.
   *
   * @param measureId the measure id
   * @return the measure
   * @throws IllegalArgumentException if the measure is not in the year's set
   */
  public MeasureDefinition measure(String measureId) {
    return measures().stream().filter(m -> m.measureId().equals(measureId)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("measure id must be one of the " + program() + " PY"
            + performanceYear() + " measures " + measures().stream().map(MeasureDefinition::measureId)
            .collect(Collectors.toList()) + ", but was '" + measureId + "'"));
  }

  /**
   * Finds a measure of the set, if present.
   *
   * @param measureId the measure id
   * @return the measure, empty if not in the set
   */
  public Optional<MeasureDefinition> findMeasure(String measureId) {
    return measures().stream().filter(m -> m.measureId().equals(measureId)).findFirst();
  }

  /**
   * The benchmarks as a lookup set.
   *
   * @return the benchmark set
   */
  public BenchmarkSet benchmarkSet() {
    return BenchmarkSet.of(performanceYear(), benchmarks());
  }

  /**
   * The benchmarks to re-score this year as a prior year: {@code benchmarks()} with
   * {@code priorYearBenchmarks()} replacing those of the same measure and collection type.
   *
   * @return the benchmark set
   */
  public BenchmarkSet priorYearBenchmarkSet() {
    Set<String> replaced = priorYearBenchmarks().stream().map(b -> b.measureId() + "/" + b.collectionType())
        .collect(Collectors.toSet());
    List<DecileBenchmark> all = benchmarks().stream()
        .filter(b -> !replaced.contains(b.measureId() + "/" + b.collectionType())).collect(Collectors.toList());
    all.addAll(priorYearBenchmarks());
    return BenchmarkSet.of(performanceYear(), all);
  }

  /**
   * The measure set as the Shared Savings Program domain scoring takes it (PY2012-2020 and
   * Pioneer years): each measure's domain, collection type, pay-for-performance flag and weight.
   *
   * @return the measures
   * @throws IllegalArgumentException if a measure's domain is not one of the four domains
   */
  public List<org.acokit.quality.mssp.MsspMeasure> msspMeasures() {
    return measures().stream().map(m -> org.acokit.quality.mssp.MsspMeasure.builder().measureId(m.measureId())
        .domain(org.acokit.quality.mssp.MsspDomain.valueOf(m.domain())).collectionType(m.collectionTypes().get(0))
        .payForPerformance(m.payForPerformance()).weight(m.weight()).build()).collect(Collectors.toList());
  }

  /**
   * The ids of the outcome measures of the set.
   *
   * @return the outcome measure ids
   */
  public Set<String> outcomeMeasureIds() {
    return measures().stream().filter(MeasureDefinition::outcome).map(MeasureDefinition::measureId)
        .collect(Collectors.toCollection(java.util.TreeSet::new));
  }
}
