/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.report;

import java.util.Optional;
import java.util.OptionalDouble;

import org.acokit.internal.AcoStyle;
import org.acokit.population.EnrollmentType;
import org.immutables.value.Value;

/**
 * One value of a table of CMS's financial reconciliation report: the row letter, the enrollment
 * type (empty for a row's total or single value), the column header and the value as published.
 * Immutable and thread-safe.
 */
@Value.Immutable
@AcoStyle
abstract class AbstractReportCell {

  /**
   * The row letter without brackets, such as {@code "G"} or {@code "AA"}.
   *
   * @return the row
   */
  public abstract String row();

  /**
   * The enrollment type of the line, empty for a single-value row or a row's total.
   *
   * @return the enrollment type
   */
  public abstract Optional<EnrollmentType> enrollmentType();

  /**
   * The column header, such as {@code "BY1"}, {@code "Benchmark"} or {@code "Performance Year"}.
   *
   * @return the column
   */
  public abstract String column();

  /**
   * The numeric value, unrounded as in the report's CSV export; empty for text.
   *
   * @return the value
   */
  public abstract OptionalDouble value();

  /**
   * The cell as published.
   *
   * @return the text
   */
  public abstract String text();
}
