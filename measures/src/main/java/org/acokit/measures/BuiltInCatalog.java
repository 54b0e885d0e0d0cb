/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.acokit.io.AcoJson;

/**
 * The library's own measure catalog: the APM Performance Pathway measure sets and benchmarks of
 * PY2021-2026, produced by {@link CatalogImporter} from CMS's qpp-measures-data (v11.1.0) and
 * shipped as JSON resources {@code org/acokit/measures/app/app-<year>.json}.
 * <p>
 * Shared Savings Program 2012-2020 and Pioneer measure sets are not in the catalog yet (their
 * decile tables are mostly not in qpp-measures-data); callers supply them as a
 * {@link CatalogYear} of their own. Thread-safe; resources are read once, on first use.
 */
public final class BuiltInCatalog implements MeasureCatalog {

  /** The program name of the APM Performance Pathway. */
  public static final String APP = "APP";
  /** The APP years held. */
  public static final SortedSet<Integer> APP_YEARS =
      Collections.unmodifiableSortedSet(new TreeSet<>(java.util.List.of(2021, 2022, 2023, 2024, 2025, 2026)));

  private final Map<Integer, CatalogYear> cache = new ConcurrentHashMap<>();

  /** Creates the catalog (the {@link java.util.ServiceLoader} constructor). */
  public BuiltInCatalog() {
  }

  @Override
  public String name() {
    return "acokit built-in catalog";
  }

  @Override
  public SortedSet<Integer> performanceYears(String program) {
    return APP.equals(program) ? APP_YEARS : Collections.emptySortedSet();
  }

  @Override
  public Optional<CatalogYear> year(String program, int performanceYear) {
    if (!APP.equals(program) || !APP_YEARS.contains(performanceYear)) {
      return Optional.empty();
    }
    return Optional.of(cache.computeIfAbsent(performanceYear, BuiltInCatalog::read));
  }

  /**
   * The resource path of an APP year.
   *
   * @param performanceYear the year
   * @return the class path resource name
   */
  public static String resource(int performanceYear) {
    return "org/acokit/measures/app/app-" + performanceYear + ".json";
  }

  private static CatalogYear read(int year) {
    String name = resource(year);
    try (InputStream in = BuiltInCatalog.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("catalog resource " + name + " is missing from the class path");
      }
      return AcoJson.mapper().readValue(in, CatalogYear.class);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read catalog resource " + name, e);
    }
  }
}
