/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.SortedSet;
import java.util.TreeSet;
import org.acokit.io.Failure;
import org.acokit.io.FailureCode;
import org.acokit.io.FailureException;

import com.google.common.collect.ImmutableList;

/**
 * The measure catalogs found on the class path with {@link ServiceLoader}, searched in order.
 * <p>
 * Example: {@code MeasureCatalogs.load().year(CatalogProgram.APP, 2023)}. Immutable and thread-safe once
 * loaded; there is no global registry: each {@link #load()} builds a new instance.
 */
public final class MeasureCatalogs {

  private final ImmutableList<MeasureCatalog> catalogs;

  private MeasureCatalogs(List<MeasureCatalog> catalogs) {
    this.catalogs = ImmutableList.copyOf(catalogs);
  }

  /**
   * Loads every catalog registered as a {@link MeasureCatalog} service, the built-in one first.
   *
   * @return the catalogs
   */
  public static MeasureCatalogs load() {
    List<MeasureCatalog> found = new ArrayList<>();
    for (MeasureCatalog c : ServiceLoader.load(MeasureCatalog.class, MeasureCatalogs.class.getClassLoader())) {
      if (c instanceof BuiltInCatalog) {
        found.add(0, c);
      } else {
        found.add(c);
      }
    }
    return new MeasureCatalogs(found);
  }

  /**
   * The catalogs, in search order.
   *
   * @return the catalogs
   */
  public ImmutableList<MeasureCatalog> catalogs() {
    return catalogs;
  }

  /**
   * The measure set and benchmarks of a program's performance year from the first catalog that
   * holds it.
   *
   * @param program the program, such as {@code APP}
   * @param performanceYear the performance year
   * @return the year
   * @throws FailureException ({@link FailureCode#INVALID_VALUE}) if no catalog holds the
   *     program at all (path {@code program}: an unknown program), or none holds the program's
   *     year (path {@code performanceYear}; the message lists the years the catalogs hold)
   */
  public CatalogYear year(CatalogProgram program, int performanceYear) {
    for (MeasureCatalog c : catalogs) {
      var y = c.year(program, performanceYear);
      if (y.isPresent()) {
        return y.get();
      }
    }
    SortedSet<Integer> known = new TreeSet<>();
    catalogs.forEach(c -> known.addAll(c.performanceYears(program)));
    if (known.isEmpty()) {
      throw new FailureException(Failure.of(FailureCode.INVALID_VALUE, "program", program.name(), "program "
          + program + " is unknown: no measure catalog holds it (the catalogs are "
          + catalogs.stream().map(MeasureCatalog::name).toList() + "; the built-in one holds APP, MSSP and PIONEER)"));
    }
    throw new FailureException(Failure.of(FailureCode.INVALID_VALUE, "performanceYear",
        Integer.toString(performanceYear), "performance year of program " + program + " must be one of " + known
            + " (the years the measure catalogs hold), but was " + performanceYear));
  }
}
