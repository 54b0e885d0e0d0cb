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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
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
import org.acokit.io.ValueWithFailures;

/**
 * One public use file as text: its header and its data rows, every cell a string; the cells are
 * converted by {@link PufCells}. Package-private helper of {@link PufReader}.
 */
final class PufFile {

  private static final ObjectReader CSV = new CsvMapper()
      .enable(CsvParser.Feature.WRAP_AS_ARRAY)
      .readerFor(String[].class)
      .with(CsvSchema.emptySchema());

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
  /** Reports the CSV error that ended reading early, if any, as a failure of the row it was in. */
  void addParseError(ValueWithFailures.Builder<PufRecord> result) {
    parseError.ifPresent(error -> result.addFailures(
        Failure.ofRow(FailureCode.UNPARSEABLE, fileName, parseErrorRow, "", null, error)));
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
}
