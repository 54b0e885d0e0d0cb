/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.report;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import org.acokit.io.CsvRecords;
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
 * the header and cells printed as an en dash are left out; reading stops at the notes. A number
 * is a plain decimal ({@code 10,147}, {@code $1.5}, {@code -2.3E-4}); other texts are kept as
 * text. Every failure is a {@link FailureException} naming the file (the failure's
 * {@link Failure#source() source}), the sheet, line and column, the value and what was expected:
 * a report is one document whose figures are checked against each other, so a bad line fails the
 * read rather than giving a report without it. Pure functions; thread-safe.
 */
public final class SettlementReportReader {

  /** The lettered tables and their file names. */
  private static final Map<String, String> TABLE_FILES = ImmutableMap.of(
      "1", "Table_1_Historical_Benchmark.csv",
      "2", "Table_2_Updated_Benchmark.csv",
      "3", "Table_3_Shared_Savings_Losses.csv",
      "A3", "Table_A3_Trend_Update.csv");

  /** A decimal number, the report's only form of number. */
  private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

  private SettlementReportReader() {
  }

  /**
   * Reads a report from the folder of its CSV export.
   *
   * @param folder the folder holding the per-sheet CSV files
   * @return the report
   * @throws FailureException if a sheet's file is missing ({@link FailureCode#MISSING_INPUT}),
   *     has no header line ({@link FailureCode#UNKNOWN_LAYOUT}), has a line that is not UTF-8 or
   *     not CSV or a row label without its {@code ]} ({@link FailureCode#UNPARSEABLE}), or a
   *     number beyond a double's range ({@link FailureCode#NOT_FINITE}); the failure's source is
   *     the file and its path the line (and column)
   * @throws UncheckedIOException if a file exists but cannot be read
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
   * @throws FailureException if the file does not exist ({@link FailureCode#MISSING_INPUT}), is
   *     not a workbook or is damaged ({@link FailureCode#UNPARSEABLE}), lacks a sheet
   *     ({@link FailureCode#UNKNOWN_LAYOUT} at the sheet's name) or a sheet has a bad line as in
   *     {@link #read(Path)}; the failure's source is the file
   * @throws IllegalStateException if Apache POI is not on the class path
   * @throws UncheckedIOException if the file cannot be read
   */
  public static SettlementReport readWorkbook(Path workbook) {
    require(workbook);
    requirePoi();
    Map<String, List<SheetLine>> sheets = WorkbookSheets.read(workbook);
    SettlementReport.Builder report = SettlementReport.builder();
    TABLE_FILES.keySet().forEach(id -> {
      Map.Entry<String, List<SheetLine>> sheet = sheet(sheets, workbook, "Table " + id + " ");
      report.putTables(id, parseTable(id, workbook.toString(), "sheet " + sheet.getKey() + " ", sheet.getValue()));
    });
    report.parameters(parseParameters(sheet(sheets, workbook, "Parameters").getValue()));
    return report.build();
  }

  /** The sheet whose name is the given name or starts with it. */
  private static Map.Entry<String, List<SheetLine>> sheet(Map<String, List<SheetLine>> sheets, Path workbook,
      String name) {
    for (Map.Entry<String, List<SheetLine>> e : sheets.entrySet()) {
      if (e.getKey().trim().equals(name.trim()) || e.getKey().startsWith(name)) {
        return e;
      }
    }
    throw new FailureException(Failure.ofSource(FailureCode.UNKNOWN_LAYOUT, workbook.toString(), name.trim(), null,
        "the workbook " + workbook + " must have a sheet named '" + name.trim() + "...', but has " + sheets.keySet()));
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
   * @throws FailureException if the file is missing or the sheet has no header line of column
   *     names or a bad line, as in {@link #read(Path)}
   * @throws UncheckedIOException if the file exists but cannot be read
   */
  public static ReportTable readTable(String id, Path file) {
    return parseTable(id, require(file).toString(), "", lines(file));
  }

  /**
   * Parses the lines of a lettered table's sheet; the source names the file, the sheet prefix
   * ({@code "sheet Table 1 - ... "} or empty for a CSV file) the sheet in errors.
   */
  private static ReportTable parseTable(String id, String source, String sheet, List<SheetLine> lines) {
    ReportTable.Builder table = ReportTable.builder().id(id)
        .title(lines.isEmpty() ? "" : lines.get(0).cells.get(0).trim());
    List<String> header = null;
    String row = null;
    for (SheetLine sheetLine : lines) {
      List<String> line = sheetLine.cells;
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
        if (close < 0) {
          throw new FailureException(Failure.ofSource(FailureCode.UNPARSEABLE, source, sheet + "line " + sheetLine.number,
              first, source + ": " + sheet + "line " + sheetLine.number + ": the row label '" + first
              + "' opens a '[' it does not close (expected a label such as [G] Total)"));
        }
        row = first.substring(1, close);
        addCells(table, row, Optional.empty(), header, sheetLine, source, sheet);
      } else if (type.isPresent() && row != null) {
        addCells(table, row, type, header, sheetLine, source, sheet);
      } else if (row != null && !first.isEmpty()) {
        addCells(table, row, Optional.empty(), header, sheetLine, source, sheet);
      }
    }
    if (header == null) {
      throw new FailureException(Failure.ofSource(FailureCode.UNKNOWN_LAYOUT, source, sheet.trim(), null,
          source + ": " + sheet + "has no header line of column names (expected a line naming BY1-BY3, PY, "
              + "Benchmark, Benchmark Period or Performance Year after its first cell)"));
    }
    return table.build();
  }

  private static void addCells(ReportTable.Builder table, String row, Optional<EnrollmentType> type,
      List<String> header, SheetLine sheetLine, String source, String sheet) {
    List<String> line = sheetLine.cells;
    for (int i = 1; i < line.size() && i < header.size(); i++) {
      String column = header.get(i);
      String text = line.get(i).trim();
      if (column.isEmpty() || text.isEmpty() || text.equals("\u2013") || text.equals("-")) {
        continue;
      }
      OptionalDouble value = number(text);
      if (value.isPresent() && !Double.isFinite(value.getAsDouble())) {
        String where = sheet + "line " + sheetLine.number + " column " + column;
        throw new FailureException(Failure.ofSource(FailureCode.NOT_FINITE, source, where, text, source + ": "
            + where + ": '" + text + "' is beyond the range of a double (expected a finite number)"));
      }
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

  /**
   * A decimal number as the report prints it ({@code 10,147}, {@code $1.5}, {@code -2.3E-4}); not
   * Java's other forms ({@code NaN}, {@code Infinity}, {@code 0x1p3}, {@code 5d}). May be
   * infinite when the digits are beyond a double's range (the caller refuses it).
   */
  private static OptionalDouble number(String text) {
    String plain = text.replace(",", "").replace("$", "");
    if (!DECIMAL.matcher(plain).matches()) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(Double.parseDouble(plain));
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
   * @throws FailureException if the file is missing or has a line that is not UTF-8 or not CSV
   * @throws UncheckedIOException if the file exists but cannot be read
   */
  public static ImmutableMap<String, String> readParameters(Path file) {
    return parseParameters(lines(require(file)));
  }

  private static ImmutableMap<String, String> parseParameters(List<SheetLine> lines) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (SheetLine line : lines) {
      counts.merge(line.cells.get(0).trim(), 1, Integer::sum);
    }
    Map<String, String> parameters = new LinkedHashMap<>();
    String heading = "";
    for (SheetLine sheetLine : lines) {
      List<String> line = sheetLine.cells;
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
      throw new FailureException(Failure.ofSource(FailureCode.MISSING_INPUT, file.toString(), "", null,
          "the report file " + file + " does not exist"));
    }
    return file;
  }

  /**
   * The lines of a sheet's CSV export. A report is one document whose figures the replay checks
   * against each other, so a line that cannot be read (not UTF-8, not CSV, a quote never closed)
   * fails the whole read, naming the file and the line, rather than giving a report with a line
   * left out.
   */
  private static List<SheetLine> lines(Path file) {
    ImmutableList.Builder<SheetLine> lines = ImmutableList.builder();
    for (CsvRecords.Record record : CsvRecords.read(file, "the report file")) {
      if (record.error().isPresent()) {
        throw new FailureException(Failure.ofSource(FailureCode.UNPARSEABLE, file.toString(),
            "line " + record.line(), null, file + ": " + record.error().get()));
      }
      if (!record.cells().isEmpty()) {
        lines.add(new SheetLine(record.line(), record.cells()));
      }
    }
    return lines.build();
  }
}
