/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * Splits a CSV file into records so that one bad record never loses the rest of the file: each
 * record is either its cells or what is wrong with it. Cells are parsed by Jackson's CSV parser
 * (RFC 4180: commas, quoted cells with doubled quotes inside, CRLF or LF); this class only finds
 * where each record starts and ends, and decodes each line as UTF-8 on its own.
 * <p>
 * A record ends at the end of a line that is not inside a quoted cell. A quote opens a quoted
 * cell only as the first character of a cell; a quoted cell may run over at most
 * {@value #MAX_LINES} lines. What is wrong with a record, in words:
 * <ul>
 *   <li>a line holding a byte that is not UTF-8;</li>
 *   <li>a quote that opens a cell and is not closed by the end of the file or within
 *       {@value #MAX_LINES} lines: the record is its first line only, and reading goes on at the
 *       next line;</li>
 *   <li>text that is not CSV, such as characters after the closing quote of a cell: when the
 *       record runs over several lines, the record is its first line only, and reading goes on at
 *       the next line, so a stray quote never takes the rows after it;</li>
 *   <li>after {@value #MAX_UNREADABLE} records that are not CSV (lines that are not UTF-8 do not
 *       count), one last record saying that reading
 *       stopped there: a file that is not CSV at all (a binary or a spreadsheet file) gets a
 *       bounded report, not one failure per line.</li>
 * </ul>
 * A byte-order mark at the start is dropped; a file in UTF-16 or UTF-32 is refused as a whole
 * ({@link TextFiles#otherEncoding(byte[])}). The one place the library splits CSV files; pure
 * functions, thread-safe.
 */
public final class CsvRecords {

  /** The most lines a quoted cell may run over. */
  public static final int MAX_LINES = 10;

  /** The most records that are not CSV (an unclosed quote, text after a closing quote) before reading stops. */
  public static final int MAX_UNREADABLE = 1000;

  private static final ObjectReader CSV = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY)
      .readerFor(String[].class).with(CsvSchema.emptySchema());

  private CsvRecords() {
  }

  /** One record of a file: its cells, or what is wrong with it. Immutable. */
  public static final class Record {
    private final int number;
    private final int line;
    private final List<String> cells;
    private final Optional<String> error;

    private Record(int number, int line, List<String> cells, Optional<String> error) {
      this.number = number;
      this.line = line;
      this.cells = cells;
      this.error = error;
    }

    /**
     * The 1-based number of the record in the file, the first (a header) being 1.
     *
     * @return the number
     */
    public int number() {
      return number;
    }

    /**
     * The 1-based line the record starts on.
     *
     * @return the line
     */
    public int line() {
      return line;
    }

    /**
     * The cells, never null (a null cell reads as the empty string); empty if the record has an
     * error; one empty cell for a blank line.
     *
     * @return the cells
     */
    public List<String> cells() {
      return cells;
    }

    /**
     * What is wrong with the record, in words, naming the line; empty for a good record.
     *
     * @return the error
     */
    public Optional<String> error() {
      return error;
    }
  }

  /**
   * Reads a CSV file.
   *
   * @param file the file
   * @param what what the file holds, for messages, such as {@code "public use file"}
   * @return every record, in order
   * @throws FailureException if the file does not exist ({@link FailureCode#MISSING_INPUT}) or
   *     is UTF-16 or UTF-32 text ({@link FailureCode#UNPARSEABLE})
   * @throws java.io.UncheckedIOException if the file cannot be read
   */
  public static List<Record> read(Path file, String what) {
    byte[] bytes = TextFiles.readBytes(file, what);
    Optional<String> other = TextFiles.otherEncoding(bytes);
    if (other.isPresent()) {
      throw new FailureException(Failure.ofSource(FailureCode.UNPARSEABLE, file.toString(), "line 1", null,
          file + ": " + what + " " + other.get()));
    }
    return parse(bytes);
  }

  /**
   * Splits CSV bytes into records.
   *
   * @param bytes the bytes of the file
   * @return every record, in order
   */
  public static List<Record> parse(byte[] bytes) {
    List<int[]> lines = new ArrayList<>();
    int start = TextFiles.bomLength(bytes);
    for (int i = start; i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        lines.add(new int[] {start, i});
        start = i + 1;
      }
    }
    if (start < bytes.length) {
      lines.add(new int[] {start, bytes.length});
    }
    List<Record> records = new ArrayList<>();
    int unreadable = 0;
    int i = 0;
    while (i < lines.size()) {
      if (unreadable == MAX_UNREADABLE) {
        records.add(new Record(records.size() + 1, i + 1, List.of(), Optional.of("line " + (i + 1) + ": more than "
            + MAX_UNREADABLE + " records cannot be read as CSV, so reading stopped here (expected a CSV file; "
            + "is the file CSV at all?)")));
        break;
      }
      int number = records.size() + 1;
      int line = i + 1;
      StringBuilder text = new StringBuilder();
      Optional<String> error = Optional.empty();
      boolean notUtf8 = false;
      int next = i;
      while (true) {
        int[] range = lines.get(next);
        int to = range[1] > range[0] && bytes[range[1] - 1] == '\r' ? range[1] - 1 : range[1];
        Optional<String> bad = TextFiles.badByte(bytes, range[0], to);
        if (bad.isPresent()) {
          error = Optional.of("line " + (next + 1) + ": " + bad.get());
          notUtf8 = true;
          next++;
          break;
        }
        if (next > i) {
          text.append('\n');
        }
        text.append(new String(bytes, range[0], to - range[0], java.nio.charset.StandardCharsets.UTF_8));
        next++;
        if (!endsInQuotes(text)) {
          break;
        }
        if (next >= lines.size() || next - i >= MAX_LINES) {
          error = Optional.of("line " + line + ": a quote opens a cell and is not closed "
              + (next >= lines.size() ? "before the end of the file" : "within " + MAX_LINES + " lines")
              + " (expected a closing quote; a quote inside a quoted cell is written twice)");
          next = i + 1;
          break;
        }
      }
      Record record = error.isPresent() ? new Record(number, line, List.of(), error)
          : cells(number, line, text.toString());
      if (record.error.isPresent() && !notUtf8) {
        unreadable++;
      }
      if (error.isEmpty() && record.error.isPresent()) {
        // A record over several lines that is not CSV: its first line fails, the next is read anew.
        next = i + 1;
      }
      records.add(record);
      i = next;
    }
    return Collections.unmodifiableList(records);
  }

  private static Record cells(int number, int line, String text) {
    if (text.isEmpty()) {
      return new Record(number, line, List.of(""), Optional.empty());
    }
    try (MappingIterator<String[]> it = CSV.readValues(text)) {
      String[] cells = it.hasNextValue() ? it.nextValue() : new String[] {""};
      if (it.hasNextValue()) {
        return new Record(number, line, List.of(), Optional.of("line " + line
            + ": a carriage return outside a quoted cell splits the row (expected one row per line)"));
      }
      List<String> list = new ArrayList<>(Arrays.asList(cells));
      list.replaceAll(cell -> cell == null ? "" : cell);
      return new Record(number, line, Collections.unmodifiableList(list), Optional.empty());
    } catch (IOException | RuntimeException e) {
      return new Record(number, line, List.of(), Optional.of("line " + line + ": the row is not valid CSV "
          + "(expected cells separated by commas; a quoted cell is quoted from its first to its last character, "
          + "and a quote inside it is written twice)"));
    }
  }

  /** Whether the text ends inside a quoted cell. */
  static boolean endsInQuotes(CharSequence s) {
    boolean cellStart = true;
    boolean quoted = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < s.length() && s.charAt(i + 1) == '"') {
            i++;
          } else {
            quoted = false;
          }
        }
      } else if (c == '"' && cellStart) {
        quoted = true;
        cellStart = false;
      } else {
        cellStart = c == ',' || c == '\n';
      }
    }
    return quoted;
  }
}
