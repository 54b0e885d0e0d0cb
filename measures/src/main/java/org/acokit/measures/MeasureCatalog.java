/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures;

import java.util.Optional;
import java.util.SortedSet;

/**
 * A source of measure sets and benchmarks by program and performance year; the service
 * interface third-party catalogs implement.
 * <p>
 * Register an implementation in {@code META-INF/services/org.acokit.measures.MeasureCatalog}
 * (or {@code provides} in a module descriptor); {@link MeasureCatalogs#load()} finds it with
 * {@link java.util.ServiceLoader}. The library's own catalog is {@link BuiltInCatalog}.
 * Implementations must be immutable and thread-safe.
 */
public interface MeasureCatalog {

  /**
   * The catalog's name, for messages.
   *
   * @return the name
   */
  String name();

  /**
   * The performance years the catalog holds for a program.
   *
   * @param program the program, such as {@code APP}
   * @return the years, empty if the catalog does not hold the program
   */
  SortedSet<Integer> performanceYears(CatalogProgram program);

  /**
   * The measure set and benchmarks of a program's performance year.
   *
   * @param program the program
   * @param performanceYear the performance year
   * @return the year, empty if the catalog does not hold it
   */
  Optional<CatalogYear> year(CatalogProgram program, int performanceYear);
}
