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
 * The library's own measure catalog, produced by {@link CatalogImporter} and shipped as JSON
 * resources {@code org/acokit/measures/<program>/<program>-<year>.json}: the APM Performance
 * Pathway measure sets and benchmarks of PY2021-2026 (from CMS's qpp-measures-data v11.1.0), the
 * Shared Savings Program measure sets of PY2012-2020 with the benchmarks qpp-measures-data holds
 * (Web Interface and CAHPS for ACOs, PY2017-2020), and the Pioneer ACO Model measure sets of
 * PY2012-2014.
 * <p>
 * Documented gaps: CMS's decile tables of PY2012-2016 and of the claims-based measures are not
 * in the data, so those benchmarks are user-supplied (build a {@link org.acokit.quality.BenchmarkSet}
 * from CMS's "Quality Measure Benchmarks" tables); Pioneer PY2015-2016 measure sets are not
 * included. Thread-safe; resources are read once, on first use.
 */
public final class BuiltInCatalog implements MeasureCatalog {

  /** The Shared Savings Program years held. */
  public static final SortedSet<Integer> MSSP_YEARS = Collections.unmodifiableSortedSet(
      new TreeSet<>(java.util.List.of(2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020)));
  /** The Pioneer years held. */
  public static final SortedSet<Integer> PIONEER_YEARS =
      Collections.unmodifiableSortedSet(new TreeSet<>(java.util.List.of(2012, 2013, 2014)));
  /** The APP years held. */
  public static final SortedSet<Integer> APP_YEARS =
      Collections.unmodifiableSortedSet(new TreeSet<>(java.util.List.of(2021, 2022, 2023, 2024, 2025, 2026)));

  private final Map<String, CatalogYear> cache = new ConcurrentHashMap<>();

  /** Creates the catalog (the {@link java.util.ServiceLoader} constructor). */
  public BuiltInCatalog() {
  }

  @Override
  public String name() {
    return "acokit built-in catalog";
  }

  @Override
  public SortedSet<Integer> performanceYears(CatalogProgram program) {
    if (program.equals(CatalogProgram.APP)) {
      return APP_YEARS;
    }
    if (program.equals(CatalogProgram.MSSP)) {
      return MSSP_YEARS;
    }
    return program.equals(CatalogProgram.PIONEER) ? PIONEER_YEARS : Collections.emptySortedSet();
  }

  @Override
  public Optional<CatalogYear> year(CatalogProgram program, int performanceYear) {
    if (!performanceYears(program).contains(performanceYear)) {
      return Optional.empty();
    }
    return Optional.of(cache.computeIfAbsent(resource(program, performanceYear), BuiltInCatalog::read));
  }

  /**
   * The resource path of a program year, such as {@code org/acokit/measures/app/app-2023.json}.
   *
   * @param program the program ({@link CatalogProgram#APP}, {@link CatalogProgram#MSSP},
   *     {@link CatalogProgram#PIONEER})
   * @param performanceYear the year
   * @return the class path resource name
   */
  public static String resource(CatalogProgram program, int performanceYear) {
    String p = program.name().toLowerCase(java.util.Locale.ROOT);
    return "org/acokit/measures/" + p + "/" + p + "-" + performanceYear + ".json";
  }

  private static CatalogYear read(String name) {
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
