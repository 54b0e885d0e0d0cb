/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.acokit.population.EnrollmentType;
import org.acokit.report.ReplayedCell;
import org.acokit.report.SettlementReport;
import org.acokit.report.SettlementReportReplay;
import org.acokit.report.SettlementReportReader;

/**
 * Replays a CMS financial reconciliation report: reads its inputs, recomputes every derived value
 * of Tables 1, 2, 3 and Appendix A3 with the library, and writes one CSV row per computed value.
 * <p>
 * Usage: {@code SettlementReportReplayExample REPORT OUT_CSV}, where REPORT is either the folder of the
 * report's per-sheet CSV export (as {@code ../shared/data/mssp-settlement-report-a1540-py2022})
 * or the workbook itself (as {@code .../mssp-settlement-report-a1540-py2022/report.xlsx}, read
 * with Apache POI). The path says which source is read: a folder is always read as the CSV
 * export, even when it also holds a workbook, so that the same command gives the same source
 * whatever else lies in the folder; both give the same report. The CSV header is
 * {@code table,row,enrollment_type,column,value}, values unrounded. Prints every cell that it
 * could not reproduce to a relative error of 1e-9.
 */
public final class SettlementReportReplayExample {

  /** The relative error a reproduced cell may have. */
  public static final double TOLERANCE = 1e-9;

  private SettlementReportReplayExample() {
  }

  /**
   * Replays a report.
   *
   * @param report the folder of the report's CSV export, or the report's workbook (.xlsx)
   * @param outCsv the CSV file to write
   * @param out where to print the summary
   * @return the replayed cells
   */
  public static List<ReplayedCell> run(Path report, Path outCsv, PrintStream out) {
    SettlementReport read = Files.isDirectory(report) ? SettlementReportReader.read(report)
        : SettlementReportReader.readWorkbook(report);
    out.println("Read " + (Files.isDirectory(report) ? "the CSV export in " : "the workbook ") + report);
    List<ReplayedCell> cells = SettlementReportReplay.replay(read);
    write(cells, outCsv);
    int compared = 0;
    int reproduced = 0;
    for (ReplayedCell c : cells) {
      if (c.published().isEmpty()) {
        continue;
      }
      compared++;
      if (c.isReproduced(TOLERANCE)) {
        reproduced++;
      } else {
        out.printf(Locale.ROOT, "not reproduced: Table %s [%s] %s %s: computed %s, published %s%n", c.table(), c.row(),
            c.enrollmentType().map(EnrollmentType::label).orElse(""), c.column(), c.computed(),
            c.published().getAsDouble());
      }
    }
    out.printf(Locale.ROOT, "%d values computed, %d published in the report, %d reproduced to relative error %s%n",
        cells.size(), compared, reproduced, TOLERANCE);
    out.println("Wrote " + cells.size() + " rows to " + outCsv);
    return cells;
  }

  private static void write(List<ReplayedCell> cells, Path outCsv) {
    CsvSchema schema = CsvSchema.builder().addColumn("table").addColumn("row").addColumn("enrollment_type")
        .addColumn("column").addColumn("value").build().withHeader();
    try {
      Files.createDirectories(outCsv.toAbsolutePath().getParent());
      try (Writer writer = Files.newBufferedWriter(outCsv, StandardCharsets.UTF_8);
           SequenceWriter rows = new CsvMapper().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).writer(schema).writeValues(writer)) {
        for (ReplayedCell c : cells) {
          Map<String, String> row = new LinkedHashMap<>();
          row.put("table", c.table());
          row.put("row", c.row());
          row.put("enrollment_type", c.enrollmentType().map(EnrollmentType::label).orElse(""));
          row.put("column", c.column());
          row.put("value", BigDecimal.valueOf(c.computed()).toPlainString());
          rows.write(row);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + outCsv, e);
    }
  }

  /**
   * Runs the replay.
   *
   * @param args REPORT (the folder of the CSV export, or report.xlsx) and OUT_CSV
   */
  public static void main(String[] args) {
    if (args.length != 2) {
      System.err.println("usage: SettlementReportReplayExample REPORT OUT_CSV  (REPORT: the folder of the CSV export, or report.xlsx)");
      System.exit(2);
    }
    run(Paths.get(args[0]), Paths.get(args[1]), System.out);
  }
}
