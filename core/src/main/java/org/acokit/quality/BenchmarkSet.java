/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.quality;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;

/**
 * The benchmarks of one performance year, looked up by measure and collection type.
 * <p>
 * Example: {@code BenchmarkSet.of(list).find("236", CollectionType.ELECTRONIC_HEALTH_RECORD)}. Immutable and
 * thread-safe.
 */
public final class BenchmarkSet {

  private final int performanceYear;
  private final ImmutableMap<String, DecileBenchmark> byKey;

  private BenchmarkSet(int performanceYear, ImmutableMap<String, DecileBenchmark> byKey) {
    this.performanceYear = performanceYear;
    this.byKey = byKey;
  }

  /**
   * Builds the set of one performance year.
   *
   * @param performanceYear the performance year every benchmark must score
   * @param benchmarks the benchmarks
   * @return the set
   * @throws IllegalArgumentException if a benchmark is for another year, or two benchmarks share
   *     a measure and collection type
   */
  public static BenchmarkSet of(int performanceYear, Collection<DecileBenchmark> benchmarks) {
    Map<String, DecileBenchmark> map = new TreeMap<>();
    for (DecileBenchmark b : benchmarks) {
      if (b.performanceYear() != performanceYear) {
        throw new IllegalArgumentException("performance year of benchmark " + b.label() + " must be "
            + performanceYear + ", but was " + b.performanceYear());
      }
      DecileBenchmark old = map.put(key(b.measureId(), b.collectionType()), b);
      if (old != null) {
        throw new IllegalArgumentException("benchmark of measure " + b.measureId() + " (" + b.collectionType()
            + ", PY" + performanceYear + ") is given twice");
      }
    }
    return new BenchmarkSet(performanceYear, ImmutableMap.copyOf(map));
  }

  /**
   * The performance year.
   *
   * @return the year
   */
  public int performanceYear() {
    return performanceYear;
  }

  /**
   * Finds the benchmark of a measure and collection type.
   *
   * @param measureId the measure
   * @param collectionType the collection type
   * @return the benchmark, empty if CMS published none (the measure is then excluded in the APP)
   */
  public Optional<DecileBenchmark> find(String measureId, CollectionType collectionType) {
    return Optional.ofNullable(byKey.get(key(measureId, collectionType)));
  }

  /**
   * Every benchmark, ordered by measure and collection type.
   *
   * @return the benchmarks
   */
  public ImmutableList<DecileBenchmark> all() {
    return byKey.values().asList();
  }

  private static String key(String measureId, CollectionType collectionType) {
    return measureId + '\u0000' + collectionType;
  }

  @Override
  public String toString() {
    return "BenchmarkSet[PY" + performanceYear + ", " + byKey.size() + " benchmarks]";
  }
}
