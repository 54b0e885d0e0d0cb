/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.acokit.io.FailureException;

/**
 * Fuzzes {@link SettlementReportReader} with Jazzer, on its CSV export and on its workbook: the
 * reader must either return a report whose every value is finite, or fail with the library's
 * {@link FailureException} naming the file. Any other exception is a finding.
 * <p>
 * {@link #csvExport(byte[])}: the first byte of an input picks which of the five files of an
 * otherwise valid export the rest of the input replaces. {@link #workbook(byte[])}: the input is
 * the {@code .xlsx} file. {@link #workbookCells(FuzzedDataProvider)}: a workbook built from the
 * input, cell by cell. In the normal build the inputs under
 * {@code SettlementReportReaderFuzzTestInputs/<method>} run as regression tests;
 * {@code JAZZER_FUZZ=1} fuzzes (see the README's contributor section).
 */
class SettlementReportReaderFuzzTest {

  private static final Map<String, String> VALID = Map.of(
      "Table_1_Historical_Benchmark.csv", "Table 1 - Historical Benchmark\nLabel,BY1,BY2,BY3\n[A] Expenditures,1,2,3\n",
      "Table_2_Updated_Benchmark.csv", "Table 2 - Updated Benchmark\nLabel,Benchmark\n[A] Benchmark,\"10,147\"\nESRD,5\n",
      "Table_3_Shared_Savings_Losses.csv", "Table 3 - Shared Savings\nLabel,PY\n[A] Savings,5\n[B] Losses,$6\n",
      "Table_A3_Trend_Update.csv", "Table A3 - Trend\nLabel,PY\n[A] Trend,1.02\nNote: x\n",
      "Parameters.csv", "ACO Track,BASIC E\nPerformance Year,2022\nAged/dual\nESRD,1\n");
  private static final List<String> NAMES = VALID.keySet().stream().sorted().collect(java.util.stream.Collectors.toList());

  private static Path dir;

  private static synchronized Path dir() {
    try {
      if (dir == null) {
        dir = Files.createTempDirectory("report-fuzz");
        dir.toFile().deleteOnExit();
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @FuzzTest(maxDuration = "5m")
  void csvExport(byte[] data) throws IOException {
    Path folder = dir().resolve("csv");
    Files.createDirectories(folder);
    String replaced = data.length == 0 ? NAMES.get(0) : NAMES.get((data[0] & 0xFF) % NAMES.size());
    for (String name : NAMES) {
      byte[] bytes = name.equals(replaced) ? Arrays.copyOfRange(data, Math.min(1, data.length), data.length)
          : VALID.get(name).getBytes(StandardCharsets.UTF_8);
      Files.write(folder.resolve(name), bytes);
      folder.resolve(name).toFile().deleteOnExit();
    }
    check(() -> SettlementReportReader.read(folder), folder.resolve(replaced).toString());
  }

  @FuzzTest(maxDuration = "5m")
  void workbook(byte[] data) throws IOException {
    Path file = Files.write(dir().resolve("report.xlsx"), data);
    file.toFile().deleteOnExit();
    check(() -> SettlementReportReader.readWorkbook(file), file.toString());
  }

  /**
   * Workbooks built with POI from the input: the five sheets the reader needs, each with rows of
   * text, number (any double), boolean, date and blank cells, so that the fuzzer reaches the
   * reader's handling of cells rather than POI's handling of a damaged zip.
   */
  @FuzzTest(maxDuration = "5m")
  void workbookCells(FuzzedDataProvider data) throws IOException {
    Path file = dir().resolve("cells.xlsx");
    file.toFile().deleteOnExit();
    try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
      CellStyle dates = book.createCellStyle();
      dates.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("mm/dd/yyyy"));
      for (String name : List.of("Table 1 - a", "Table 2 - b", "Table 3 - c", "Table A3 - d", "Parameters")) {
        Sheet sheet = book.createSheet(name);
        int rows = data.consumeInt(0, 6);
        for (int r = 0; r < rows; r++) {
          Row row = sheet.createRow(data.consumeInt(0, 20));
          int cells = data.consumeInt(0, 4);
          for (int c = 0; c < cells; c++) {
            Cell cell = row.createCell(c);
            switch (data.consumeInt(0, 4)) {
              case 0:
                cell.setCellValue(data.pickValue(List.of("[A] Savings", "BY1", "PY", "Benchmark", "ESRD", "Note",
                    "ACO Track", "Total", "[B", "\u2013", "-", "3-Year Average Benchmark")));
                break;
              case 1:
                cell.setCellValue(data.consumeString(12));
                break;
              case 2:
                cell.setCellValue(data.consumeDouble());
                break;
              case 3:
                cell.setCellValue(data.consumeBoolean());
                break;
              default:
                cell.setCellValue(data.consumeDouble());
                cell.setCellStyle(dates);
                break;
            }
          }
        }
      }
      book.write(out);
    }
    check(() -> SettlementReportReader.readWorkbook(file), file.toString());
  }

  private static void check(java.util.function.Supplier<SettlementReport> read, String source) {
    SettlementReport report;
    try {
      report = read.get();
    } catch (FailureException e) {
      assertThat(e.failure().source()).hasValue(source);
      assertThat(e.failure().message()).isNotBlank();
      return;
    }
    report.tables().values().stream().flatMap(t -> t.cells().stream()).forEach(cell -> cell.value()
        .ifPresent(v -> assertThat(Double.isFinite(v)).as("finite value in %s", cell).isTrue()));
  }
}
