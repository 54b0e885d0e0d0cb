/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.internal;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.acokit.io.Failure;
import org.acokit.io.FailureCode;
import org.acokit.io.FailureException;

/**
 * A CSV file as text cells under its header, read with Jackson CSV so that one bad row never
 * loses the rest: the measures module's one CSV reader (hospital program files, HR data, equity
 * inputs).
 * <p>
 * UTF-8 with or without a byte-order mark, LF or CRLF line endings, quoted cells. A record the
 * parser cannot read (an unclosed quote, ...) is one row-level {@link Failure} and reading
 * starts again on the line after the one where that record began; a row holding a byte that is
 * not UTF-8 (read as U+FFFD) or more cells than the header is a row-level failure naming the
 * column; the other rows are kept. Data rows are numbered from 1 after the header; blank rows are
 * skipped but keep their number. After 1,000 rows the parser cannot read, reading stops with a
 * failure saying so (each such row makes the parser read the rest of the text again, so a file that
 * is not CSV at all would take quadratic time). Immutable once read.
 */
public final class CsvRows {

  /** Rows that cannot be parsed after which reading stops: each one re-reads the rest of the text. */
  static final int MAX_UNREADABLE = 1000;

  private static final ObjectReader CSV = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY)
      .readerFor(String[].class).with(CsvSchema.emptySchema());

  /**
   * One data row.
   *
   * @param number the 1-based data row (the header not counted)
   * @param cells the cells, padded with empty strings to the header's width
   */
  public record Row(int number, String[] cells) {

    /**
     * A trimmed cell.
     *
     * @param index the column
     * @return the cell, the empty string when the row is shorter
     */
    public String cell(int index) {
      return index >= 0 && index < cells.length && cells[index] != null ? cells[index].trim() : "";
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
   * Reads a file as UTF-8 (bytes that are not UTF-8 fail their row).
   *
   * @param file the file
   * @param source the source name for failures (such as the file name)
   * @return the rows
   * @throws FailureException ({@link FailureCode#MISSING_INPUT}) if the file does not exist,
   *     ({@link FailureCode#UNKNOWN_LAYOUT}) if it has no header
   * @throws UncheckedIOException if the file cannot be read
   */
  public static CsvRows read(Path file, String source) {
    if (!Files.isRegularFile(file)) {
      throw new FailureException(Failure.of(FailureCode.MISSING_INPUT, "", file.toString(),
          "file " + file + " does not exist or is not a regular file"));
    }
    try {
      return parse(new String(Files.readAllBytes(file), StandardCharsets.UTF_8), source);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
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
    return parse(s.toString(), source);
  }

  private static CsvRows parse(String text, String source) {
    List<String> header = null;
    List<Row> rows = new ArrayList<>();
    List<Failure> failures = new ArrayList<>();
    int number = 0;
    int offset = 0;
    int unreadable = 0;
    while (offset < text.length()) {
      String rest = text.substring(offset);
      long end = 0;
      try (MappingIterator<String[]> records = CSV.readValues(rest)) {
        while (records.hasNextValue()) {
          String[] record = records.nextValue();
          end = records.getParser().currentLocation().getCharOffset();
          if (header == null) {
            header = new ArrayList<>();
            for (String cell : record) {
              header.add(cell == null ? "" : cell.replace("\uFEFF", "").trim());
            }
            continue;
          }
          number++;
          Row row = row(number, record, header, source, failures);
          if (row != null) {
            rows.add(row);
          }
        }
        offset = text.length();
      } catch (IOException | RuntimeException e) {
        if (header == null) {
          throw new FailureException(Failure.of(FailureCode.UNKNOWN_LAYOUT, "", null, source
              + ": the header row cannot be read as CSV: " + message(e)));
        }
        number++;
        if (++unreadable > MAX_UNREADABLE) {
          failures.add(Failure.ofRow(FailureCode.UNPARSEABLE, source, number, "", null, source + ": more than "
              + MAX_UNREADABLE + " rows cannot be read as CSV; reading stopped at row " + number
              + " (is the file CSV at all?)"));
          break;
        }
        int start = offset + (int) Math.max(0, Math.min(end, rest.length()));
        while (start < text.length() && (text.charAt(start) == '\r' || text.charAt(start) == '\n')) {
          start++;
        }
        int line = 1 + (int) text.substring(0, start).chars().filter(c -> c == '\n').count();
        failures.add(Failure.ofRow(FailureCode.UNPARSEABLE, source, number, "", null, source + " row " + number
            + " (line " + line + ") cannot be read as CSV: " + message(e) + "; reading goes on from the next line"));
        int next = text.indexOf('\n', start);
        offset = next < 0 ? text.length() : next + 1;
      }
    }
    if (header == null || header.stream().allMatch(String::isEmpty)) {
      throw new FailureException(Failure.of(FailureCode.UNKNOWN_LAYOUT, "", null, source
          + " is empty: it has no header row"));
    }
    return new CsvRows(source, header, rows, failures);
  }

  private static String message(Exception e) {
    String m = e instanceof com.fasterxml.jackson.core.JacksonException j ? j.getOriginalMessage() : e.getMessage();
    return m == null ? e.getClass().getSimpleName() : m;
  }

  /** A data row, or null (and a failure) when it is blank or broken. */
  private static Row row(int number, String[] record, List<String> header, String source, List<Failure> failures) {
    boolean blank = true;
    for (String c : record) {
      blank &= c == null || c.isBlank();
    }
    if (blank) {
      return null;
    }
    if (record.length > header.size()) {
      failures.add(Failure.ofRow(FailureCode.UNKNOWN_LAYOUT, source, number, "", Integer.toString(record.length),
          source + " row " + number + " has " + record.length + " cells but the header has " + header.size()
              + " columns; a stray comma or quote breaks the row"));
      return null;
    }
    String[] cells = new String[header.size()];
    for (int i = 0; i < cells.length; i++) {
      cells[i] = i < record.length && record[i] != null ? record[i] : "";
      if (cells[i].indexOf('\uFFFD') >= 0) {
        failures.add(Failure.ofRow(FailureCode.UNPARSEABLE, source, number, header.get(i), cells[i],
            source + " row " + number + " column " + header.get(i) + " holds a byte that is not UTF-8 text"));
        return null;
      }
    }
    return new Row(number, cells);
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
   * @return the header
   */
  public List<String> header() {
    return header;
  }

  /**
   * The readable, non-blank data rows in file order.
   *
   * @return the rows
   */
  public List<Row> rows() {
    return rows;
  }

  /**
   * The rows that could not be read, one failure per row.
   *
   * @return the failures
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
