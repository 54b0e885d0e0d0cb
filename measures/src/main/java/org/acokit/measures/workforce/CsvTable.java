/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.workforce;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.acokit.io.Failure;
import org.acokit.io.FailureCode;
import org.acokit.io.FailureException;

/**
 * A CSV file read with Jackson CSV into rows of cells keyed by lower-case header: UTF-8 with or
 * without a byte-order mark, quoted fields, blank rows skipped (they keep their number). A row
 * the parser cannot read ends the file with one row-level {@link Failure}; the rows before it
 * are kept.
 */
final class CsvTable {

  private static final ObjectReader CSV = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY)
      .readerFor(String[].class).with(CsvSchema.emptySchema());

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
  final Optional<Failure> parseFailure;

  private CsvTable(String source, List<String> header, List<Row> rows, Optional<Failure> parseFailure) {
    this.source = source;
    this.header = header;
    this.rows = rows;
    this.parseFailure = parseFailure;
  }

  /**
   * Reads a table and checks that the required columns are present.
   *
   * @throws FailureException (UNKNOWN_LAYOUT) if the header is missing or lacks a required column
   */
  static CsvTable read(Reader reader, String source, List<String> required) {
    List<String> header = null;
    List<Row> rows = new ArrayList<>();
    Optional<Failure> parseFailure = Optional.empty();
    int number = 0;
    try (MappingIterator<String[]> records = CSV.readValues(reader)) {
      while (true) {
        String[] record;
        try {
          if (!records.hasNextValue()) {
            break;
          }
          record = records.nextValue();
        } catch (JacksonException e) {
          parseFailure = Optional.of(Failure.ofRow(FailureCode.UNPARSEABLE, source, number + 1, "", null,
              "the CSV cannot be read from row " + (number + 1) + " on: " + e.getOriginalMessage()));
          break;
        }
        if (header == null) {
          header = new ArrayList<>();
          for (String cell : record) {
            String h = cell == null ? "" : cell.trim().toLowerCase(Locale.ROOT);
            header.add(h.startsWith("\uFEFF") ? h.substring(1) : h);
          }
          continue;
        }
        number++;
        Map<String, String> cells = new LinkedHashMap<>();
        boolean blank = true;
        for (int i = 0; i < header.size(); i++) {
          String v = i < record.length && record[i] != null ? record[i] : "";
          blank &= v.isBlank();
          cells.putIfAbsent(header.get(i), v);
        }
        if (!blank) {
          rows.add(new Row(number, cells));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source, e);
    }
    if (header == null) {
      throw new FailureException(Failure.of(FailureCode.UNKNOWN_LAYOUT, source, null,
          source + " has no header row; expected the columns " + required));
    }
    for (String column : required) {
      if (!header.contains(column)) {
        throw new FailureException(Failure.of(FailureCode.UNKNOWN_LAYOUT, column, null,
            source + " has no column '" + column + "'; its header is " + header + " and the required columns are "
                + required));
      }
    }
    return new CsvTable(source, List.copyOf(header), List.copyOf(rows), parseFailure);
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
