/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.puf;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.acokit.io.CsvRecords;
import org.acokit.io.Failure;
import org.acokit.io.FailureCode;
import org.acokit.io.FailureException;
import org.acokit.io.ValueWithFailures;

/**
 * One public use file as text: its header and its data rows, every cell a string; the cells are
 * converted by {@link PufCells}. Package-private helper of {@link PufReader}.
 */
final class PufFile {
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
  /** Rows that are not CSV, not UTF-8 or cut short: each a failure of its row; the other rows are read. */
  final List<Failure> recordFailures;
  private final Map<String, Integer> index;

  private PufFile(String fileName, List<String> header, List<Row> rows, List<Failure> recordFailures) {
    this.fileName = fileName;
    this.header = header;
    this.rows = rows;
    this.recordFailures = recordFailures;
    Map<String, Integer> positions = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      positions.putIfAbsent(header.get(i).trim().toLowerCase(Locale.ROOT), i);
    }
    this.index = positions;
  }

  /**
   * The result of reading the file: the records, except those of an ACO identifier given twice
   * for one performance year (both rows become {@link FailureCode#INCONSISTENT} failures naming
   * each other, since neither can be told to be the right one), and every failure in row order.
   */
  ValueWithFailures<PufRecord> result(List<PufRecord> records, List<Failure> failures, String idColumn) {
    Map<String, List<PufRecord>> byId = records.stream().filter(r -> !r.acoId().isEmpty())
        .collect(Collectors.groupingBy(r -> r.performanceYear() + "\u0000" + r.acoId(), LinkedHashMap::new,
            Collectors.toList()));
    List<Failure> all = new ArrayList<>(failures);
    all.addAll(recordFailures);
    List<PufRecord> kept = new ArrayList<>();
    for (PufRecord r : records) {
      List<PufRecord> same = byId.getOrDefault(r.performanceYear() + "\u0000" + r.acoId(), List.of(r));
      if (same.size() == 1) {
        kept.add(r);
        continue;
      }
      String rowsText = same.stream().map(o -> Integer.toString(o.row())).collect(Collectors.joining(" and row "));
      all.add(Failure.ofRow(FailureCode.INCONSISTENT, fileName, r.row(), idColumn, r.acoId(), "column " + idColumn
          + ": ACO " + r.acoId() + " is given twice for performance year " + r.performanceYear() + ", in row "
          + rowsText + " (expected one row per ACO and year; neither row is read)"));
    }
    all.sort(Comparator.comparingInt(f -> f.row().orElse(Integer.MAX_VALUE)));
    return ValueWithFailures.<PufRecord>builder().addAllValues(kept).addAllFailures(all).build();
  }

  /**
   * Reads a CSV file: UTF-8 with or without a byte-order mark, quoted fields with commas, CRLF or
   * LF line ends. Rows whose cells are all blank are dropped (they keep their number, so later
   * rows keep theirs). A row that is not CSV, holds a byte that is not UTF-8, opens a quote it
   * never closes or has fewer cells than the header (a file cut short) is a failure of its row,
   * and the other rows are read.
   *
   * @throws FailureException if the file does not exist ({@link FailureCode#MISSING_INPUT}) or
   *     has no header row it can read ({@link FailureCode#UNKNOWN_LAYOUT})
   */
  static PufFile read(Path file) {
    String fileName = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    List<CsvRecords.Record> records = CsvRecords.read(file, "public use file");
    if (records.isEmpty() || records.get(0).error().isPresent()
        || records.get(0).cells().stream().allMatch(String::isBlank)) {
      throw new FailureException(Failure.ofSource(FailureCode.UNKNOWN_LAYOUT, fileName, "", null,
          "public use file " + file + (records.isEmpty() ? " is empty"
              : " has no header row it can read" + records.get(0).error().map(e -> " (" + e + ")").orElse(""))
          + " (expected a header row of column names such as ACO_ID,ACO_Name,...)"));
    }
    List<String> header = new ArrayList<>(records.get(0).cells());
    List<Row> rows = new ArrayList<>();
    List<Failure> failures = new ArrayList<>();
    for (CsvRecords.Record record : records.subList(1, records.size())) {
      int number = record.number() - 1;
      if (record.error().isPresent()) {
        failures.add(Failure.ofRow(FailureCode.UNPARSEABLE, fileName, number, "", null, record.error().get()));
        continue;
      }
      List<String> cells = record.cells();
      if (cells.stream().allMatch(String::isBlank)) {
        continue;
      }
      if (cells.size() < header.size()) {
        failures.add(Failure.ofRow(FailureCode.INCONSISTENT, fileName, number, "", null, "line " + record.line()
            + ": the row has " + cells.size() + " cells but the header has " + header.size()
            + " (expected a full row; is the file cut short?)"));
        continue;
      }
      rows.add(new Row(number, cells));
    }
    return new PufFile(fileName, Collections.unmodifiableList(header), Collections.unmodifiableList(rows),
        Collections.unmodifiableList(failures));
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
