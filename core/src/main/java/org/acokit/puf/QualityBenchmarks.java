/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.puf;

import java.util.Map;
import java.util.Set;

import org.acokit.quality.BenchmarkSet;
import org.acokit.quality.DecileBenchmark;

/**
 * The benchmarks {@link QualityReconciliation} scores with: a measure catalog's APM Performance
 * Pathway years and the Shared Savings Program's last pre-APP Web Interface benchmarks. The
 * library's catalog (module {@code acokit-measures}) supplies them through
 * {@code org.acokit.measures.CatalogQualityBenchmarks}; core does not depend on it.
 * Implementations must be immutable and thread-safe.
 */
public interface QualityBenchmarks {

  /**
   * The APM Performance Pathway benchmarks of a performance year.
   *
   * @param performanceYear the year, 2021 or later
   * @return the benchmarks, of that year
   * @throws IllegalArgumentException if the year has none
   */
  BenchmarkSet appBenchmarks(int performanceYear);

  /**
   * The benchmarks a performance year's achievement percent was scored with when it is the prior
   * year of the next year's improvement scoring (CMS scores the prior year with that year's
   * benchmarks as first published).
   *
   * @param performanceYear the year, 2021 or later
   * @return the benchmarks, of that year
   * @throws IllegalArgumentException if the year has none
   */
  BenchmarkSet appPriorYearBenchmarks(int performanceYear);

  /**
   * The outcome measures of the alternative quality performance standard of an APP year.
   *
   * @param performanceYear the year, 2021 or later
   * @return the measure ids
   * @throws IllegalArgumentException if the year has none
   */
  Set<String> appOutcomeMeasures(int performanceYear);

  /**
   * The Shared Savings Program's Web Interface benchmarks of a pre-APP year (2020, the prior year
   * of PY2021), keyed by the MIPS measure id of the same specification ({@code "318"} for
   * ACO-13), in the catalog's measure order; measures without a MIPS id or a Web Interface
   * benchmark are left out.
   *
   * @param performanceYear the year, 2020 or earlier
   * @return the benchmarks by MIPS id
   * @throws IllegalArgumentException if the year has none
   */
  Map<String, DecileBenchmark> msspWebInterfaceBenchmarksByMipsId(int performanceYear);
}
