/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.io;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A CSV file as text cells under its header row, split by {@link CsvRecords} so that one bad row
 * never loses the rest: the reader for files whose first line names the columns (hospital
 * program files, HR data, equity inputs).
 * <p>
 * Data rows are numbered from 1 after the header; blank rows are skipped but keep their number.
 * Each of these is one row-level {@link Failure} and the other rows are kept: a record
 * {@link CsvRecords} cannot read (a byte that is not UTF-8, an unclosed quote, text that is not
 * CSV, and the record saying reading stopped after {@value CsvRecords#MAX_UNREADABLE} of them;
 * {@link FailureCode#UNPARSEABLE}), a row with more cells than the header
 * ({@link FailureCode#UNKNOWN_LAYOUT}), and, for text given as characters, a cell holding the
 * replacement character U+FFFD that a decoder writes for a byte that is not UTF-8
 * ({@link FailureCode#UNPARSEABLE}, naming the column). Immutable and thread-safe.
 */
public final class CsvRows {

  /**
   * One data row. Immutable.
   *
   * @param number the 1-based data row (the header not counted)
   * @param cells the cells, padded with empty strings to the header's width, unmodifiable
   */
  public record Row(int number, List<String> cells) {

    /**
     * A row.
     *
     * @param number the 1-based data row
     * @param cells the cells
     */
    public Row {
      cells = List.copyOf(cells);
    }

    /**
     * A trimmed cell.
     *
     * @param index the 0-based column
     * @return the cell, the empty string when the row is shorter
     */
    public String cell(int index) {
      return index >= 0 && index < cells.size() ? cells.get(index).trim() : "";
    }
  }

  private final String source;
  private final List<String> header;
  private final List<Row> rows;
  private final List<Failure> failures;

  private CsvRows(String source, List<String> header, List<Row> rows, List<Failure> failures) {
    this.source = source;
    this.header = List.copyOf(header);
    this.rows = List.copyOf(rows);
    this.failures = List.copyOf(failures);
  }

  /**
   * Reads a UTF-8 file (a line holding a byte that is not UTF-8 fails its row).
   *
   * @param file the file
   * @param source the source name for failures (such as the file name)
   * @return the rows
   * @throws FailureException ({@link FailureCode#MISSING_INPUT}) if the file does not exist,
   *     ({@link FailureCode#UNPARSEABLE}) if it is UTF-16 or UTF-32 text,
   *     ({@link FailureCode#UNKNOWN_LAYOUT}) if it has no header
   * @throws UncheckedIOException if the file cannot be read
   */
  public static CsvRows read(Path file, String source) {
    return of(CsvRecords.read(file, "CSV file"), source);
  }

  /**
   * Reads CSV text.
   *
   * @param reader the text
   * @param source the source name for failures
   * @return the rows
   * @throws FailureException ({@link FailureCode#UNKNOWN_LAYOUT}) if there is no header
   * @throws UncheckedIOException if the text cannot be read
   */
  public static CsvRows read(Reader reader, String source) {
    StringBuilder s = new StringBuilder();
    char[] buffer = new char[8192];
    try {
      for (int n; (n = reader.read(buffer)) >= 0;) {
        s.append(buffer, 0, n);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source, e);
    }
    return of(CsvRecords.parse(s.toString().getBytes(StandardCharsets.UTF_8)), source);
  }

  private static CsvRows of(List<CsvRecords.Record> records, String source) {
    if (records.isEmpty() || records.get(0).error().isEmpty()
        && records.get(0).cells().stream().allMatch(String::isBlank)) {
      throw new FailureException(Failure.ofSource(FailureCode.UNKNOWN_LAYOUT, source, "", null, source
          + " is empty: it has no header row"));
    }
    if (records.get(0).error().isPresent()) {
      throw new FailureException(Failure.ofSource(FailureCode.UNKNOWN_LAYOUT, source, "", null, source
          + ": the header row cannot be read as CSV: " + records.get(0).error().get()));
    }
    List<String> header = new ArrayList<>();
    for (String cell : records.get(0).cells()) {
      header.add(cell.replace("\uFEFF", "").trim());
    }
    List<Row> rows = new ArrayList<>();
    List<Failure> failures = new ArrayList<>();
    for (CsvRecords.Record record : records.subList(1, records.size())) {
      int number = record.number() - 1;
      if (record.error().isPresent()) {
        // The record's error starts "line N: "; the row number goes before it.
        String error = record.error().get().replaceFirst("^line (\\d+): ", "(line $1): ");
        failures.add(Failure.ofRow(FailureCode.UNPARSEABLE, source, number, "", null, source + " row " + number
            + " " + error));
        continue;
      }
      Row row = row(number, record, header, source, failures);
      if (row != null) {
        rows.add(row);
      }
    }
    return new CsvRows(source, header, rows, failures);
  }

  /** A data row, or null (and a failure) when it is blank or broken. */
  private static Row row(int number, CsvRecords.Record record, List<String> header, String source,
      List<Failure> failures) {
    List<String> cells = record.cells();
    if (cells.stream().allMatch(String::isBlank)) {
      return null;
    }
    if (cells.size() > header.size()) {
      failures.add(Failure.ofRow(FailureCode.UNKNOWN_LAYOUT, source, number, "", Integer.toString(cells.size()),
          source + " row " + number + " (line " + record.line() + ") has " + cells.size()
              + " cells but the header has " + header.size() + " columns; a stray comma or quote breaks the row"));
      return null;
    }
    for (int i = 0; i < cells.size(); i++) {
      if (cells.get(i).indexOf('\uFFFD') >= 0) {
        failures.add(Failure.ofRow(FailureCode.UNPARSEABLE, source, number, header.get(i), cells.get(i),
            source + " row " + number + " (line " + record.line() + ") column " + header.get(i)
                + " holds a byte that is not UTF-8 text (read as U+FFFD)"));
        return null;
      }
    }
    List<String> padded = new ArrayList<>(cells);
    padded.addAll(Collections.nCopies(header.size() - cells.size(), ""));
    return new Row(number, padded);
  }

  /**
   * The source name.
   *
   * @return the source
   */
  public String source() {
    return source;
  }

  /**
   * The header cells, trimmed, without a byte-order mark.
   *
   * @return the header, unmodifiable
   */
  public List<String> header() {
    return header;
  }

  /**
   * The readable, non-blank data rows in file order.
   *
   * @return the rows, unmodifiable
   */
  public List<Row> rows() {
    return rows;
  }

  /**
   * The rows that could not be read, one failure per row.
   *
   * @return the failures, unmodifiable
   */
  public List<Failure> failures() {
    return failures;
  }

  /**
   * The position of a column.
   *
   * @param name the header cell
   * @return the 0-based position
   * @throws FailureException ({@link FailureCode#UNKNOWN_LAYOUT}) naming the source, the column
   *     and the header if it is absent
   */
  public int column(String name) {
    int i = header.indexOf(name);
    if (i < 0) {
      throw new FailureException(Failure.of(FailureCode.UNKNOWN_LAYOUT, name, null, source + " has no column '" + name
          + "'; its header is " + header));
    }
    return i;
  }
}
