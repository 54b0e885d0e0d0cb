/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.acokit.io.FailureCode;
import org.acokit.io.FailureException;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@link SettlementReportReader#readWorkbook} does with files that are not a complete
 * report, and how it writes numbers, on workbooks made here (no shared data needed).
 */
class SettlementReportWorkbookErrorsTest {

  @Test
  void aFileThatIsNotAWorkbookIsRejected(@TempDir Path dir) throws IOException {
    Path text = Files.writeString(dir.resolve("report.xlsx"), "Table 1,BY1\n");
    assertThatThrownBy(() -> SettlementReportReader.readWorkbook(text))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be an Excel workbook");
    assertThatThrownBy(() -> SettlementReportReader.readWorkbook(dir.resolve("missing.xlsx")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not exist");
  }

  @Test
  void withoutApachePoiTheErrorNamesTheDependency() throws Exception {
    // The class path of this test without POI and its dependencies, in a loader that does not
    // delegate to the application loader (which has POI).
    String path = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<URL> urls = new ArrayList<>();
    for (String entry : path.split(File.pathSeparator)) {
      if (!entry.matches(".*(poi|xmlbeans|commons-|curvesapi|SparseBitSet|log4j).*")) {
        urls.add(Paths.get(entry).toUri().toURL());
      }
    }
    try (URLClassLoader withoutPoi = new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader())) {
      Class<?> reader = withoutPoi.loadClass(SettlementReportReader.class.getName());
      assertThat(reader.getClassLoader()).isSameAs(withoutPoi);
      Method readWorkbook = reader.getMethod("readWorkbook", Path.class);
      Path workbook = Files.createTempFile("report", ".xlsx");
      try {
        assertThatThrownBy(() -> readWorkbook.invoke(null, workbook)).cause()
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("needs Apache POI").hasMessageContaining("org.apache.poi:poi-ooxml");
      } finally {
        Files.delete(workbook);
      }
    }
  }

  @Test
  void aWorkbookWithoutTheTablesIsRejectedNamingTheSheet(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("report.xlsx");
    try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
      book.createSheet("Cover").createRow(0).createCell(0).setCellValue("Financial reconciliation");
      book.write(out);
    }
    assertThatThrownBy(() -> SettlementReportReader.readWorkbook(file))
        .isInstanceOfSatisfying(FailureException.class, e -> {
          assertThat(e.failure().code()).isEqualTo(FailureCode.UNKNOWN_LAYOUT);
          assertThat(e.failure().path()).isEqualTo("Table 1");
        })
        .hasMessageContaining("must have a sheet named 'Table 1...'").hasMessageContaining("[Cover]");
  }

  @Test
  void numbersAreReadAtFullPrecisionWhateverTheirDisplayFormat(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("report.xlsx");
    try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
      short currency = book.createDataFormat().getFormat("$#,##0.00");
      short percent = book.createDataFormat().getFormat("0.0%");
      for (String id : new String[] {"1", "2", "3", "A3"}) {
        Sheet sheet = book.createSheet("Table " + id + " - test");
        sheet.createRow(0).createCell(0).setCellValue("Table " + id + ": test");
        Row header = sheet.createRow(2);
        header.createCell(0).setCellValue("Step");
        header.createCell(1).setCellValue("Performance Year");
        Row a = sheet.createRow(3);
        a.createCell(0).setCellValue("[A] Amount ($)");
        a.createCell(1).setCellValue(2883145.5263860505);
        a.getCell(1).setCellStyle(book.createCellStyle());
        a.getCell(1).getCellStyle().setDataFormat(currency);
        Row b = sheet.createRow(4);
        b.createCell(0).setCellValue("[B] Rate (%)");
        b.createCell(1).setCellValue(0.033586);
        b.getCell(1).setCellStyle(book.createCellStyle());
        b.getCell(1).getCellStyle().setDataFormat(percent);
        Row c = sheet.createRow(5);
        c.createCell(0).setCellValue("[C] Count");
        c.createCell(1).setCellValue(7207);
      }
      Sheet parameters = book.createSheet("Parameters");
      parameters.createRow(0).createCell(0).setCellValue("ACO Track");
      parameters.getRow(0).createCell(1).setCellValue("BASIC Level B");
      Row start = parameters.createRow(1);
      start.createCell(0).setCellValue("Agreement Start Date");
      start.createCell(1).setCellValue(LocalDate.of(2019, 7, 1));
      start.getCell(1).setCellStyle(book.createCellStyle());
      start.getCell(1).getCellStyle().setDataFormat(book.createDataFormat().getFormat("mm/dd/yyyy"));
      book.write(out);
    }
    SettlementReport report = SettlementReportReader.readWorkbook(file);
    ReportTable table = report.table("3");
    assertThat(table.value("A", null, "Performance Year")).isEqualTo(2883145.5263860505);
    assertThat(table.cell("A", null, "Performance Year").orElseThrow().text()).isEqualTo("2883145.5263860505");
    assertThat(table.value("B", null, "Performance Year")).isEqualTo(0.033586);
    assertThat(table.cell("C", null, "Performance Year").orElseThrow().text()).isEqualTo("7207");
    assertThat(report.parameter("ACO Track")).hasValue("BASIC Level B");
    assertThat(report.parameter("Agreement Start Date")).hasValue("07/01/2019");
  }
}
