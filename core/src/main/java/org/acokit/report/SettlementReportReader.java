/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.report;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import org.acokit.io.FailureException;
import org.acokit.io.FailureCode;
import org.acokit.io.Failure;
import org.acokit.population.EnrollmentType;

/**
 * Reads CMS's Medicare Shared Savings Program financial reconciliation report from its per-sheet
 * CSV export (one file per sheet: {@code Table_1_Historical_Benchmark.csv},
 * {@code Table_2_Updated_Benchmark.csv}, {@code Table_3_Shared_Savings_Losses.csv},
 * {@code Table_A3_Trend_Update.csv}, {@code Parameters.csv}).
 * <p>
 * A lettered table is read as its header line of column names (the first line naming
 * {@code BY1}-{@code BY3}, {@code PY}, {@code Benchmark}, {@code Benchmark Period} or
 * {@code Performance Year}), then lines that open a row ({@code [G] Label,...}), lines of an enrollment type
 * ({@code ESRD,...}) that belong to the open row, and other labelled lines with values, which are
 * the open row's total. Values are read by the position of their column header; cells beyond
 * the header and cells printed as an en dash are left out; reading stops at the notes. Pure
 * functions; thread-safe.
 */
public final class SettlementReportReader {

  /** The lettered tables and their file names. */
  private static final Map<String, String> TABLE_FILES = ImmutableMap.of(
      "1", "Table_1_Historical_Benchmark.csv",
      "2", "Table_2_Updated_Benchmark.csv",
      "3", "Table_3_Shared_Savings_Losses.csv",
      "A3", "Table_A3_Trend_Update.csv");

  private SettlementReportReader() {
  }

  /**
   * Reads a report from the folder of its CSV export.
   *
   * @param folder the folder holding the per-sheet CSV files
   * @return the report
   * @throws FailureException if a sheet is missing ({@link FailureCode#UNKNOWN_LAYOUT} at the
   *     sheet's name)
   * @throws UncheckedIOException if a file cannot be read
   */
  public static SettlementReport read(Path folder) {
    SettlementReport.Builder report = SettlementReport.builder();
    TABLE_FILES.forEach((id, file) -> report.putTables(id, readTable(id, require(folder.resolve(file)))));
    report.parameters(readParameters(require(folder.resolve("Parameters.csv"))));
    return report.build();
  }

  /**
   * Reads a report from the workbook itself ({@code report.xlsx}), with Apache POI.
   * <p>
   * The sheets are found by name: {@code Table 1 - ...}, {@code Table 2 - ...},
   * {@code Table 3 - ...}, {@code Table A3 - ...} and {@code Parameters}; each is read as the lines
   * of its cells and then exactly as its CSV export is. The result equals the report read from
   * the CSV export of the same workbook: the same tables, cells, texts and values. Numbers are the
   * doubles the workbook stores, written as the shortest decimal that reads back as the same
   * double, so no precision is lost in between (CMS's workbook stores 15 significant digits, as
   * its CSV export prints them).
   * <p>
   * Apache POI ({@code org.apache.poi:poi-ooxml}, 5.5.1 tested) is an optional dependency of
   * acokit-core: add it to read workbooks; the CSV export needs nothing more.
   *
   * @param workbook the .xlsx file
   * @return the report
   * @throws IllegalArgumentException if the file does not exist or is not a workbook; a
   *     {@link FailureException} ({@link FailureCode#UNKNOWN_LAYOUT} at the sheet's name) if it
   *     lacks a sheet
   * @throws IllegalStateException if Apache POI is not on the class path
   * @throws UncheckedIOException if the file cannot be read
   */
  public static SettlementReport readWorkbook(Path workbook) {
    require(workbook);
    requirePoi();
    Map<String, List<List<String>>> sheets = WorkbookSheets.read(workbook);
    SettlementReport.Builder report = SettlementReport.builder();
    TABLE_FILES.keySet().forEach(id -> report.putTables(id, parseTable(id, workbook + " sheet Table " + id,
        sheet(sheets, workbook, "Table " + id + " "))));
    report.parameters(parseParameters(sheet(sheets, workbook, "Parameters")));
    return report.build();
  }

  /** The sheet whose name is the given name or starts with it. */
  private static List<List<String>> sheet(Map<String, List<List<String>>> sheets, Path workbook, String name) {
    for (Map.Entry<String, List<List<String>>> e : sheets.entrySet()) {
      if (e.getKey().trim().equals(name.trim()) || e.getKey().startsWith(name)) {
        return e.getValue();
      }
    }
    throw new FailureException(Failure.of(FailureCode.UNKNOWN_LAYOUT, name.trim(), null, "the workbook " + workbook
        + " must have a sheet named '" + name.trim() + "...', but has " + sheets.keySet()));
  }

  private static void requirePoi() {
    try {
      Class.forName("org.apache.poi.ss.usermodel.WorkbookFactory", false, SettlementReportReader.class.getClassLoader());
      Class.forName("org.apache.poi.xssf.usermodel.XSSFWorkbook", false, SettlementReportReader.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("reading the report workbook needs Apache POI on the class path "
          + "(add the dependency org.apache.poi:poi-ooxml, version 5.5.1 tested), or read the report's CSV export "
          + "with SettlementReportReader.read(folder)", e);
    }
  }

  /**
   * Reads one lettered table.
   *
   * @param id the table id, such as {@code "1"}
   * @param file the CSV file of the sheet
   * @return the table
   * @throws FailureException if the sheet has no header line of column names
   *     ({@link FailureCode#UNKNOWN_LAYOUT})
   * @throws UncheckedIOException if the file cannot be read
   */
  public static ReportTable readTable(String id, Path file) {
    return parseTable(id, file.toString(), lines(file));
  }

  /** Parses the lines of a lettered table's sheet; the source names the sheet in errors. */
  private static ReportTable parseTable(String id, String source, List<List<String>> lines) {
    ReportTable.Builder table = ReportTable.builder().id(id).title(lines.isEmpty() ? "" : lines.get(0).get(0).trim());
    List<String> header = null;
    String row = null;
    for (List<String> line : lines) {
      String first = line.get(0).trim();
      if (first.startsWith("Note") || first.startsWith("\"Note")) {
        break;
      }
      if (header == null) {
        if (isHeader(line)) {
          header = new ArrayList<>();
          for (String h : line) {
            header.add(h.trim());
          }
        }
        continue;
      }
      Optional<EnrollmentType> type = enrollmentType(first);
      if (first.startsWith("[")) {
        int close = first.indexOf(']');
        row = first.substring(1, close);
        addCells(table, row, Optional.empty(), header, line);
      } else if (type.isPresent() && row != null) {
        addCells(table, row, type, header, line);
      } else if (row != null && !first.isEmpty()) {
        addCells(table, row, Optional.empty(), header, line);
      }
    }
    if (header == null) {
      throw new FailureException(Failure.of(FailureCode.UNKNOWN_LAYOUT, source, null,
          source + " has no header line of column names"));
    }
    return table.build();
  }

  private static void addCells(ReportTable.Builder table, String row, Optional<EnrollmentType> type,
      List<String> header, List<String> line) {
    for (int i = 1; i < line.size() && i < header.size(); i++) {
      String column = header.get(i);
      String text = line.get(i).trim();
      if (column.isEmpty() || text.isEmpty() || text.equals("\u2013") || text.equals("-")) {
        continue;
      }
      OptionalDouble value = number(text);
      if (value.isEmpty() && !text.matches("[A-Za-z /]+")) {
        continue;
      }
      if (value.isEmpty() && isColumnLabel(text)) {
        continue;
      }
      table.addCells(ReportCell.builder().row(row).enrollmentType(type).column(column).value(value).text(text).build());
    }
  }

  /** A header line names at least one of the report's columns after its first cell. */
  private static boolean isHeader(List<String> line) {
    for (int i = 1; i < line.size(); i++) {
      if (line.get(i).trim().matches("BY[123]|PY|Benchmark|Benchmark Period|Performance Year")) {
        return true;
      }
    }
    return false;
  }

  /** Sub-headers such as "BY3" or "3-Year Average Benchmark" that stand where values would. */
  private static boolean isColumnLabel(String text) {
    return text.matches("BY[123]|PY|3-Year Average Benchmark");
  }

  private static OptionalDouble number(String text) {
    try {
      return OptionalDouble.of(Double.parseDouble(text.replace(",", "").replace("$", "")));
    } catch (NumberFormatException e) {
      return OptionalDouble.empty();
    }
  }

  private static Optional<EnrollmentType> enrollmentType(String label) {
    String l = label.trim().toLowerCase(Locale.ROOT);
    for (EnrollmentType t : EnrollmentType.values()) {
      if (t.label().toLowerCase(Locale.ROOT).equals(l)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /**
   * Reads the parameters sheet: label to value, with repeated labels prefixed by their heading.
   *
   * @param file the CSV file of the parameters sheet
   * @return the parameters
   * @throws UncheckedIOException if the file cannot be read
   */
  public static ImmutableMap<String, String> readParameters(Path file) {
    return parseParameters(lines(file));
  }

  private static ImmutableMap<String, String> parseParameters(List<List<String>> lines) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (List<String> line : lines) {
      counts.merge(line.get(0).trim(), 1, Integer::sum);
    }
    Map<String, String> parameters = new LinkedHashMap<>();
    String heading = "";
    for (List<String> line : lines) {
      String label = line.get(0).trim();
      String value = line.size() > 1 ? line.get(1).trim() : "";
      if (label.isEmpty()) {
        continue;
      }
      if (value.isEmpty()) {
        heading = label;
        continue;
      }
      boolean qualify = counts.get(label) > 1 || enrollmentType(label).isPresent();
      parameters.putIfAbsent(qualify ? heading + " / " + label : label, value);
    }
    return ImmutableMap.copyOf(parameters);
  }

  private static Path require(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("the report file " + file + " does not exist");
    }
    return file;
  }

  private static List<List<String>> lines(Path file) {
    CsvMapper mapper = new CsvMapper();
    mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
         MappingIterator<List<String>> it = mapper.readerForListOf(String.class)
             .with(CsvSchema.emptySchema()).readValues(reader)) {
      ImmutableList.Builder<List<String>> lines = ImmutableList.builder();
      while (it.hasNext()) {
        List<String> line = it.next();
        if (!line.isEmpty()) {
          lines.add(line);
        }
      }
      return lines.build();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
