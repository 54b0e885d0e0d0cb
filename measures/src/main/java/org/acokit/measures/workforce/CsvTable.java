/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.workforce;

import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.acokit.io.Failure;
import org.acokit.io.CsvRows;
import org.acokit.io.FailureCode;
import org.acokit.io.FailureException;

/**
 * A CSV file read with {@link CsvRows} into rows of cells keyed by lower-case header: UTF-8 with
 * or without a byte-order mark, quoted fields, blank rows skipped (they keep their number). A row
 * the parser cannot read, with a byte that is not UTF-8 or with more cells than the header is one
 * row-level {@link Failure}; the other rows are kept.
 */
final class CsvTable {

  /** One data row: its 1-based number (header not counted) and its cells by lower-case header. */
  record Row(int number, Map<String, String> cells) {

    /** The trimmed cell, or the empty string. */
    String get(String column) {
      String v = cells.get(column);
      return v == null ? "" : v.trim();
    }
  }

  final String source;
  final List<String> header;
  final List<Row> rows;
  final List<Failure> parseFailures;

  private CsvTable(String source, List<String> header, List<Row> rows, List<Failure> parseFailures) {
    this.source = source;
    this.header = header;
    this.rows = rows;
    this.parseFailures = parseFailures;
  }

  /**
   * Reads a table and checks that the required columns are present.
   *
   * @throws FailureException (UNKNOWN_LAYOUT) if the header is missing or lacks a required column
   */
  static CsvTable read(Reader reader, String source, List<String> required) {
    CsvRows csv = CsvRows.read(reader, source);
    List<String> header = new ArrayList<>();
    for (String h : csv.header()) {
      header.add(h.toLowerCase(Locale.ROOT));
    }
    List<Row> rows = new ArrayList<>();
    for (CsvRows.Row r : csv.rows()) {
      Map<String, String> cells = new LinkedHashMap<>();
      for (int i = 0; i < header.size(); i++) {
        cells.putIfAbsent(header.get(i), r.cells().get(i));
      }
      rows.add(new Row(r.number(), cells));
    }
    List<Failure> parseFailures = csv.failures();
    for (String column : required) {
      if (!header.contains(column)) {
        throw new FailureException(Failure.of(FailureCode.UNKNOWN_LAYOUT, column, null,
            source + " has no column '" + column + "'; its header is " + header + " and the required columns are "
                + required));
      }
    }
    return new CsvTable(source, List.copyOf(header), List.copyOf(rows), parseFailures);
  }

  /** A row-level failure at a column of a row. */
  Failure failure(FailureCode code, Row row, String column, String value, String message) {
    return Failure.ofRow(code, source, row.number(), column, value, message);
  }

  /**
   * Parses a whole non-negative count; adds a failure and returns -1 when it is not one.
   */
  long count(Row row, String column, List<Failure> failures) {
    String v = row.get(column);
    if (v.isEmpty()) {
      failures.add(failure(FailureCode.MISSING_VALUE, row, column, null, column + " is empty; a whole number ≥ 0 is required"));
      return -1;
    }
    try {
      long n = Long.parseLong(v);
      if (n < 0) {
        failures.add(failure(FailureCode.INVALID_VALUE, row, column, v, column + " is " + v + "; counts are 0 or more"));
        return -1;
      }
      return n;
    } catch (NumberFormatException e) {
      failures.add(failure(FailureCode.UNPARSEABLE, row, column, v, column + " is '" + v + "', not a whole number"));
      return -1;
    }
  }

  /** A required text cell; adds a failure and returns null when empty. */
  String text(Row row, String column, List<Failure> failures) {
    String v = row.get(column);
    if (v.isEmpty()) {
      failures.add(failure(FailureCode.MISSING_VALUE, row, column, null, column + " is empty"));
      return null;
    }
    return v;
  }
}
