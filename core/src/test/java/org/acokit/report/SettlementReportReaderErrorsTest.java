/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.acokit.io.FailureCode;
import org.acokit.io.FailureException;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@link SettlementReportReader} does with a sheet it cannot read: a
 * {@link FailureException} naming the file, the line and the column, never a raw JDK, Jackson or
 * POI exception, and never NaN or an infinity in a cell.
 */
class SettlementReportReaderErrorsTest {

  private static Path table(Path dir, String text) throws IOException {
    return Files.write(dir.resolve("Table_3_Shared_Savings_Losses.csv"), text.getBytes(StandardCharsets.ISO_8859_1));
  }

  @Test
  void aRowLabelWithoutItsBracketNamesTheLine(@TempDir Path dir) throws IOException {
    Path file = table(dir, "Table 3\nLabel,PY\n[A] Savings,5\n[B Losses,6\n");
    assertThatThrownBy(() -> SettlementReportReader.readTable("3", file))
        .isInstanceOfSatisfying(FailureException.class, e -> {
          assertThat(e.failure().code()).isEqualTo(FailureCode.UNPARSEABLE);
          assertThat(e.failure().source()).hasValue(file.toString());
          assertThat(e.failure().path()).isEqualTo("line 4");
          assertThat(e.failure().value()).hasValue("[B Losses");
        });
  }

  @Test
  void aNumberBeyondADoubleIsNotFiniteAndJavaOnlyFormsAreText(@TempDir Path dir) throws IOException {
    Path file = table(dir, "Table 3\nLabel,PY\n[A] Savings,-1e999\n");
    assertThatThrownBy(() -> SettlementReportReader.readTable("3", file))
        .isInstanceOfSatisfying(FailureException.class, e -> {
          assertThat(e.failure().code()).isEqualTo(FailureCode.NOT_FINITE);
          assertThat(e.failure().path()).isEqualTo("line 3 column PY");
        });
    Path text = table(dir, "Table 3\nLabel,PY\n[A] Savings,NaN\n[B] Losses,0x1p3\n[C] Total,\"1,234.5\"\n");
    ReportTable read = SettlementReportReader.readTable("3", text);
    assertThat(read.cells()).extracting(ReportCell::row, c -> c.value().isPresent())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("A", false), org.assertj.core.groups.Tuple.tuple("C", true));
    assertThat(read.cells().get(1).value()).hasValue(1234.5);
  }

  @Test
  void aBadByteOrAnUnclosedQuoteNamesTheLine(@TempDir Path dir) throws IOException {
    Path bad = table(dir, "Table 3\nLabel,PY\n[A] Caf\u00e9,5\n");
    assertThatThrownBy(() -> SettlementReportReader.readTable("3", bad))
        .isInstanceOfSatisfying(FailureException.class, e -> {
          assertThat(e.failure().path()).isEqualTo("line 3");
          assertThat(e.failure().message()).contains("byte 0xE9");
        });
    Path quote = table(dir, "Table 3\nLabel,PY\n[A] Savings,\"5\n");
    assertThatThrownBy(() -> SettlementReportReader.readTable("3", quote))
        .isInstanceOfSatisfying(FailureException.class,
            e -> assertThat(e.failure().message()).contains("line 3: a quote opens a cell and is not closed"));
    assertThatThrownBy(() -> SettlementReportReader.readTable("3", dir.resolve("none.csv")))
        .isInstanceOfSatisfying(FailureException.class,
            e -> assertThat(e.failure().code()).isEqualTo(FailureCode.MISSING_INPUT));
  }

  @Test
  void aWorkbookNumberBeyondADoubleIsNotFiniteNamingTheCell(@TempDir Path dir) throws IOException {
    // POI writes an infinite value as an error cell, so the number is written as 1.5 and then
    // replaced by 1e400 in the sheet's XML, as a file from another tool could hold it.
    Path written = dir.resolve("written.xlsx");
    try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(written)) {
      org.apache.poi.ss.usermodel.Sheet sheet = book.createSheet("Table 1 - a");
      sheet.createRow(0).createCell(0).setCellValue("Table 1");
      sheet.createRow(1).createCell(1).setCellValue(1.5);
      book.write(out);
    }
    Path file = dir.resolve("report.xlsx");
    try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(Files.newInputStream(written));
        java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
      for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        byte[] bytes = in.readAllBytes();
        if (e.getName().equals("xl/worksheets/sheet1.xml")) {
          String xml = new String(bytes, StandardCharsets.UTF_8);
          assertThat(xml).contains("<v>1.5</v>");
          bytes = xml.replace("<v>1.5</v>", "<v>1e400</v>").getBytes(StandardCharsets.UTF_8);
        }
        out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
        out.write(bytes);
        out.closeEntry();
      }
    }
    assertThatThrownBy(() -> SettlementReportReader.readWorkbook(file))
        .isInstanceOfSatisfying(FailureException.class, e -> {
          assertThat(e.failure().code()).isEqualTo(FailureCode.NOT_FINITE);
          assertThat(e.failure().source()).hasValue(file.toString());
          assertThat(e.failure().path()).isEqualTo("sheet Table 1 - a row 2 column B");
        });
  }

  @Test
  void aDamagedWorkbookIsAFailureNamingTheFile(@TempDir Path dir) throws IOException {
    Path full = dir.resolve("full.xlsx");
    try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(full)) {
      book.createSheet("Parameters").createRow(0).createCell(0).setCellValue("ACO Track");
      book.write(out);
    }
    byte[] bytes = Files.readAllBytes(full);
    Path cut = Files.write(dir.resolve("cut.xlsx"), Arrays.copyOf(bytes, bytes.length / 2));
    assertThatThrownBy(() -> SettlementReportReader.readWorkbook(cut))
        .isInstanceOfSatisfying(FailureException.class, e -> {
          assertThat(e.failure().code()).isEqualTo(FailureCode.UNPARSEABLE);
          assertThat(e.failure().source()).hasValue(cut.toString());
          assertThat(e.failure().message()).contains("is damaged or is not an .xlsx or .xls workbook");
        });
  }
}
