/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.puf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.Function;

import org.acokit.io.Failure;
import org.acokit.io.FailureCode;

/**
 * Converts the cells of one row with {@link PufCells}, collecting what is wrong with them: one
 * row-level {@link Failure} per bad cell, with the column as its path, the cell as its value and
 * a message naming the column, the value and what was expected. A missing cell or column reads
 * as empty.
 */
final class PufRowCells {
  final String source;
  final PufFile.Row row;
  final List<Failure> failures = new ArrayList<>();

  PufRowCells(String source, PufFile.Row row) {
    this.source = source;
    this.row = row;
  }

  /** Keeps the row's record when the row had no failure; otherwise reports the row's failures. */
  void addTo(List<PufRecord> records, List<Failure> failures, Optional<PufRecord> record) {
    if (this.failures.isEmpty() && record.isPresent()) {
      records.add(record.get());
    } else {
      failures.addAll(this.failures);
    }
  }

  /** Records a failure of this row. */
  void fail(FailureCode code, String path, String value, String message) {
    failures.add(Failure.ofRow(code, source, row.number, path, value, message));
  }

  private <T> Optional<T> parse(Optional<PufFile.Column> column, Function<String, T> parser, String expected) {
    if (column.isEmpty()) {
      return Optional.empty();
    }
    String raw = row.cell(column.get().index);
    if (PufCells.isMissing(raw)) {
      return Optional.empty();
    }
    try {
      return Optional.of(parser.apply(raw));
    } catch (IllegalArgumentException e) {
      fail(FailureCode.UNPARSEABLE, column.get().name, raw,
          "column " + column.get().name + ": " + e.getMessage() + " (expected " + expected + ")");
      return Optional.empty();
    }
  }

  Optional<String> text(Optional<PufFile.Column> column) {
    return parse(column, String::trim, "text");
  }

  OptionalInt whole(Optional<PufFile.Column> column, String expected) {
    Optional<Integer> value = parse(column, PufCells::wholeNumber, expected);
    return value.isPresent() ? OptionalInt.of(value.get()) : OptionalInt.empty();
  }

  OptionalDouble number(Optional<PufFile.Column> column, String expected) {
    Optional<Double> value = parse(column, PufCells::number, expected);
    return value.isPresent() ? OptionalDouble.of(value.get()) : OptionalDouble.empty();
  }

  OptionalDouble money(Optional<PufFile.Column> column) {
    return number(column, "an amount in dollars such as 2883146, $1,234.50 or (1,234)");
  }

  /**
   * A rate as a fraction; a rate beyond -100%..100% once read on the column's scale is a
   * {@link FailureCode#RATE_OUT_OF_RANGE} failure, never clamped or rescaled.
   */
  OptionalDouble rate(Optional<PufFile.Column> column, boolean percent) {
    Optional<Double> value = parse(column, raw -> PufCells.rate(raw, percent),
        "a rate such as 0.0743, 7.43 or 7.43%");
    if (value.isPresent() && Math.abs(value.get()) > 1.0) {
      String raw = row.cell(column.get().index).trim();
      fail(FailureCode.RATE_OUT_OF_RANGE, column.get().name, raw, "column " + column.get().name + ": '" + raw
          + "' is " + (percent ? "beyond 100% in a column of percents" : "beyond 1 in a column of fractions")
          + " (the scale is decided from the column's values of the year: percents when at least half of its "
          + "non-zero values carry a % sign or exceed 1; expected a rate between -100% and 100%)");
      return OptionalDouble.empty();
    }
    return value.isPresent() ? OptionalDouble.of(value.get()) : OptionalDouble.empty();
  }

  Optional<Boolean> flag(Optional<PufFile.Column> column) {
    return parse(column, PufCells::flag, "1 or 0 (also Y/N, Yes/No, TRUE/FALSE)");
  }

  Optional<LocalDate> date(Optional<PufFile.Column> column) {
    return parse(column, PufCells::date, "a date such as 7/1/2019, 01/01/2016 12:00:00 AM or 2019-07-01");
  }
}
