/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.report;

import java.util.Optional;
import java.util.OptionalDouble;

import com.google.common.collect.ImmutableList;
import org.acokit.io.FailureException;
import org.acokit.io.FailureCode;
import org.acokit.io.Failure;
import org.acokit.internal.AcoStyle;
import org.acokit.population.EnrollmentType;
import org.acokit.population.EnrollmentVector;
import org.immutables.value.Value;

/**
 * One lettered table of CMS's financial reconciliation report (Tables 1, 2, 3 and Appendix A3),
 * as the cells the report publishes. Immutable and thread-safe.
 */
@Value.Immutable
@AcoStyle
abstract class AbstractReportTable {

  /**
   * The table's name as used in file names, such as {@code "1"} or {@code "A3"}.
   *
   * @return the table id
   */
  public abstract String id();

  /**
   * The title line of the table.
   *
   * @return the title
   */
  public abstract String title();

  /**
   * The published cells, in report order; cells printed as an en dash (not applicable) are left
   * out.
   *
   * @return the cells
   */
  public abstract ImmutableList<ReportCell> cells();

  /**
   * Finds a cell.
   *
   * @param row the row letter
   * @param type the enrollment type, or null for a single-value row or total
   * @param column the column header
   * @return the cell, empty if the report does not publish it
   */
  public Optional<ReportCell> cell(String row, EnrollmentType type, String column) {
    Optional<EnrollmentType> wanted = Optional.ofNullable(type);
    return cells().stream()
        .filter(c -> c.row().equals(row) && c.enrollmentType().equals(wanted) && c.column().equals(column))
        .findFirst();
  }

  /**
   * A numeric value the report publishes.
   *
   * @param row the row letter
   * @param type the enrollment type, or null for a single-value row or total
   * @param column the column header
   * @return the value
   * @throws FailureException if the report has no numeric value there
   *     ({@link FailureCode#MISSING_INPUT}, its path such as {@code Table 1 [A] ESRD / BY1})
   */
  public double value(String row, EnrollmentType type, String column) {
    OptionalDouble value = cell(row, type, column).map(ReportCell::value).orElse(OptionalDouble.empty());
    if (value.isEmpty()) {
      String path = "Table " + id() + " [" + row + "]" + (type == null ? "" : " " + type.label()) + " / " + column;
      throw new FailureException(Failure.of(FailureCode.MISSING_INPUT, path,
          cell(row, type, column).map(ReportCell::text).orElse(null), "Table " + id() + " has no numeric value in row ["
          + row + "]" + (type == null ? "" : " " + type.label()) + ", column " + column));
    }
    return value.getAsDouble();
  }

  /**
   * The four enrollment-type values of a row in one column.
   *
   * @param row the row letter
   * @param column the column header
   * @return the values
   * @throws FailureException if one is not published (see {@code value})
   */
  public EnrollmentVector vector(String row, String column) {
    return EnrollmentVector.of(value(row, EnrollmentType.ESRD, column), value(row, EnrollmentType.DISABLED, column),
        value(row, EnrollmentType.AGED_DUAL, column), value(row, EnrollmentType.AGED_NON_DUAL, column));
  }
}
