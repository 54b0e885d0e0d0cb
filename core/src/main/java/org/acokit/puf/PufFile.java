/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.puf;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * One public use file as text: its header and its data rows, every cell a string, plus the
 * parsers that turn a published cell into a typed value. Package-private helper of
 * {@link PufReader}.
 */
final class PufFile {

  /** Cells that mean "not applicable", "suppressed" or "not available"; compared ignoring case. */
  private static final List<String> MISSING = List.of("", "-", "*", "NA", "N/A", ".", "#N/A");

  private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

  private static final ObjectReader CSV = new CsvMapper()
      .enable(CsvParser.Feature.WRAP_AS_ARRAY)
      .readerFor(String[].class)
      .with(CsvSchema.emptySchema());

  private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
      DateTimeFormatter.ofPattern("M/d/uuuu", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT),
      new DateTimeFormatterBuilder()
          .appendPattern("M/d/")
          .appendValueReduced(ChronoField.YEAR, 2, 2, 2000)
          .toFormatter(Locale.ROOT)
          .withResolverStyle(ResolverStyle.STRICT),
      DateTimeFormatter.ISO_LOCAL_DATE,
      DateTimeFormatter.BASIC_ISO_DATE,
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .appendPattern("ddMMMuuuu")
          .toFormatter(Locale.ENGLISH)
          .withResolverStyle(ResolverStyle.STRICT),
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .appendPattern("d-MMM-uuuu")
          .toFormatter(Locale.ENGLISH)
          .withResolverStyle(ResolverStyle.STRICT));

  /** One data row: its 1-based number among the data rows and its cells. */
  static final class Row {
    final int number;
    final List<String> cells;

    Row(int number, List<String> cells) {
      this.number = number;
      this.cells = cells;
    }

    /**
     * The cell at a position, or the empty string when the row is shorter.
     */
    String cell(int index) {
      return index < cells.size() && cells.get(index) != null ? cells.get(index) : "";
    }
  }

  /** A column found in the header: its name as published and its position. */
  static final class Column {
    final String name;
    final int index;

    Column(String name, int index) {
      this.name = name;
      this.index = index;
    }
  }

  final String fileName;
  final List<String> header;
  final List<Row> rows;
  /** A row the CSV parser could not read (the rest of the file was not read either). */
  final Optional<String> parseError;
  final int parseErrorRow;
  private final Map<String, Integer> index;

  private PufFile(String fileName, List<String> header, List<Row> rows, Optional<String> parseError,
      int parseErrorRow) {
    this.fileName = fileName;
    this.header = header;
    this.rows = rows;
    this.parseError = parseError;
    this.parseErrorRow = parseErrorRow;
    Map<String, Integer> positions = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      positions.putIfAbsent(header.get(i).trim().toLowerCase(Locale.ROOT), i);
    }
    this.index = positions;
  }

  /**
   * Reads a CSV file: UTF-8 with or without a byte-order mark, quoted fields with commas, CRLF or
   * LF line ends. Rows whose cells are all blank are dropped (they keep their number, so later
   * rows keep theirs).
   */
  static PufFile read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("public use file " + file + " does not exist or is not a regular file");
    }
    String fileName = file.getFileName().toString();
    List<String> header = null;
    List<Row> rows = new ArrayList<>();
    Optional<String> parseError = Optional.empty();
    int parseErrorRow = 0;
    int number = 0;
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        MappingIterator<String[]> records = CSV.readValues(reader)) {
      while (true) {
        String[] record;
        try {
          if (!records.hasNextValue()) {
            break;
          }
          record = records.nextValue();
        } catch (JacksonException e) {
          parseErrorRow = number + 1;
          parseError = Optional.of("the CSV cannot be read from here on: " + e.getOriginalMessage());
          break;
        }
        if (header == null) {
          header = new ArrayList<>();
          for (String cell : record) {
            header.add(cell == null ? "" : cell);
          }
          if (!header.isEmpty() && header.get(0).startsWith("\uFEFF")) {
            header.set(0, header.get(0).substring(1));
          }
          continue;
        }
        number++;
        List<String> cells = Collections.unmodifiableList(new ArrayList<>(Arrays.asList(record)));
        if (cells.stream().allMatch(cell -> cell == null || cell.isBlank())) {
          continue;
        }
        rows.add(new Row(number, cells));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read public use file " + file, e);
    }
    if (header == null || header.stream().allMatch(String::isBlank)) {
      throw new IllegalArgumentException("public use file " + file + " has no header row");
    }
    return new PufFile(fileName, Collections.unmodifiableList(header), Collections.unmodifiableList(rows),
        parseError, parseErrorRow);
  }

  /**
   * The first of the named columns the header has, matched ignoring case.
   */
  Optional<Column> column(String... names) {
    for (String name : names) {
      Integer i = index.get(name.toLowerCase(Locale.ROOT));
      if (i != null) {
        return Optional.of(new Column(header.get(i).trim(), i));
      }
    }
    return Optional.empty();
  }

  /**
   * Every cell of a row keyed by its header as published; the first of duplicate headers wins and
   * a blank header is named by its 1-based position.
   */
  Map<String, String> columns(Row row) {
    Map<String, String> columns = new LinkedHashMap<>();
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i).isBlank() ? "column " + (i + 1) : header.get(i);
      columns.putIfAbsent(name, row.cell(i));
    }
    return columns;
  }

  // ---------------------------------------------------------------------------------------------
  // Value parsers. Each throws IllegalArgumentException with a message that names the value and
  // what was expected; the caller adds the column.

  /** Whether a cell is blank or a not-applicable/suppressed marker. */
  static boolean isMissing(String raw) {
    String value = raw == null ? "" : raw.trim();
    for (String marker : MISSING) {
      if (marker.equalsIgnoreCase(value)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A number as published: {@code $}, thousands separators and spaces are dropped, parentheses or
   * a leading {@code -} (also after the {@code $}) mean negative; scientific notation is allowed.
   */
  static double number(String raw) {
    String text = raw.trim().replace("$", "").replace(",", "").replace(" ", "").replace("\u00A0", "");
    boolean negative = false;
    if (text.length() >= 2 && text.startsWith("(") && text.endsWith(")")) {
      negative = true;
      text = text.substring(1, text.length() - 1);
    }
    if (!NUMBER.matcher(text).matches()) {
      throw new IllegalArgumentException("'" + raw + "' is not a number");
    }
    double value = Double.parseDouble(text);
    return negative ? -value : value;
  }

  /** A whole number, such as a count of beneficiaries; {@code 7,207} and {@code 7207.0} are allowed. */
  static int wholeNumber(String raw) {
    double value;
    try {
      value = number(raw);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("'" + raw + "' is not a whole number");
    }
    if (value != Math.rint(value) || Math.abs(value) > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("'" + raw + "' is not a whole number");
    }
    return (int) value;
  }

  /** A rate with or without a {@code %} sign; divided by 100 when the column is in percent. */
  static double rate(String raw, boolean percent) {
    String text = raw.trim();
    if (text.endsWith("%")) {
      text = text.substring(0, text.length() - 1);
    }
    double value;
    try {
      value = number(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("'" + raw + "' is not a rate");
    }
    return percent ? value / 100.0 : value;
  }

  /** A yes/no flag: 1/0, 1.0/0.0, Y/N, Yes/No, T/F, TRUE/FALSE, ignoring case. */
  static boolean flag(String raw) {
    String text = raw.trim().toLowerCase(Locale.ROOT);
    switch (text) {
      case "1":
      case "1.0":
      case "y":
      case "yes":
      case "t":
      case "true":
        return true;
      case "0":
      case "0.0":
      case "n":
      case "no":
      case "f":
      case "false":
        return false;
      default:
        throw new IllegalArgumentException("'" + raw + "' is not a yes/no flag");
    }
  }

  /**
   * A date: {@code 1/1/2014}, {@code 01/01/2016 12:00:00 AM}, {@code 1/1/16 00:00} (two-digit
   * years are 20xx), {@code 2019-07-01}, {@code 20190701}, {@code 01JUL2019}, {@code 1-Jul-2019}.
   */
  static LocalDate date(String raw) {
    String text = raw.trim();
    int space = text.indexOf(' ');
    if (space > 0) {
      text = text.substring(0, space);
    }
    if (text.length() > 10 && text.charAt(4) == '-' && text.indexOf('T') == 10) {
      text = text.substring(0, 10);
    }
    for (DateTimeFormatter format : DATE_FORMATS) {
      try {
        return LocalDate.parse(text, format);
      } catch (DateTimeParseException e) {
        // try the next format
      }
    }
    throw new IllegalArgumentException("'" + raw + "' is not a date");
  }
}
