/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.acokit.population.EnrollmentType;
import org.acokit.testing.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reads ACO A1540's PY2022 report from the workbook ({@code report.xlsx}) with Apache POI and
 * from its per-sheet CSV export: the two reports are equal, cell by cell, and the replay
 * reproduces every derived value from the workbook as from the CSV.
 */
class SettlementReportWorkbookTest {

  private static Path folder;
  private static SettlementReport fromCsv;
  private static SettlementReport fromWorkbook;

  @BeforeAll
  static void read() {
    folder = SharedData.subfolder("mssp-settlement-report-a1540-py2022");
    fromCsv = SettlementReportReader.read(folder);
    fromWorkbook = SettlementReportReader.readWorkbook(folder.resolve("report.xlsx"));
  }

  @Test
  void theWorkbookGivesTheSameCellsAsTheCsvExport() {
    assertThat(fromWorkbook.tables().keySet()).containsExactlyElementsOf(fromCsv.tables().keySet());
    for (String id : fromCsv.tables().keySet()) {
      ReportTable csv = fromCsv.table(id);
      ReportTable xlsx = fromWorkbook.table(id);
      assertThat(xlsx.title()).as("Table %s title", id).isEqualTo(csv.title());
      assertThat(xlsx.cells()).as("Table %s", id).hasSameSizeAs(csv.cells());
      for (int i = 0; i < csv.cells().size(); i++) {
        ReportCell c = csv.cells().get(i);
        ReportCell x = xlsx.cells().get(i);
        assertThat(x).as("Table %s cell %d (%s)", id, i, c).isEqualTo(c);
        if (c.value().isPresent()) {
          // Bit for bit, not merely close.
          assertThat(Double.doubleToRawLongBits(x.value().getAsDouble()))
              .isEqualTo(Double.doubleToRawLongBits(c.value().getAsDouble()));
        }
      }
    }
    assertThat(fromWorkbook.parameters()).containsExactlyEntriesOf(fromCsv.parameters());
    assertThat(fromWorkbook).isEqualTo(fromCsv);
  }

  @Test
  void theWorkbookHoldsTheReportsData() {
    long numbers = fromWorkbook.tables().values().stream().flatMap(t -> t.cells().stream())
        .filter(c -> c.value().isPresent()).count();
    assertThat(numbers).isEqualTo(291);
    assertThat(fromWorkbook.table("1").value("A2", null, "BY1")).isEqualTo(9848.33333333321);
    assertThat(fromWorkbook.table("3").value("Y", null, "Performance Year")).isEqualTo(2883145.52638605);
    assertThat(fromWorkbook.table("A3").value("A", EnrollmentType.DISABLED, "PY")).isEqualTo(13352.9608);
    assertThat(fromWorkbook.parameter("ACO Track")).hasValue("BASIC Level B");
    assertThat(fromWorkbook.parameter("Benchmark Year Weights / Benchmark Year 2 (BY2)")).hasValue("1/3");
  }

  @Test
  void theReplayReproducesEveryDerivedValueFromTheWorkbook() {
    List<ReplayedCell> cells = SettlementReportReplay.replay(fromWorkbook);
    List<ReplayedCell> published = cells.stream().filter(c -> c.published().isPresent()).collect(Collectors.toList());
    assertThat(published).hasSize(185).allSatisfy(c -> assertThat(c.isReproduced(1e-9)).as("%s", c).isTrue());
    assertThat(cells).isEqualTo(SettlementReportReplay.replay(fromCsv));
  }
}
