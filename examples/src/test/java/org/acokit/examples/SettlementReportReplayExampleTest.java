/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.acokit.report.ReplayedCell;
import org.acokit.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the settlement report replay example on ACO A1540's PY2022 report, from its CSV export and
 * from its workbook.
 */
class SettlementReportReplayExampleTest {

  @Test
  void reproducesEveryDerivedValue(@TempDir Path dir) throws Exception {
    Path csv = dir.resolve("replay.csv");
    StandardOutput.Printed<List<ReplayedCell>> printed = StandardOutput.capture(
        o -> SettlementReportReplayExample.run(SharedData.subfolder("mssp-settlement-report-a1540-py2022"), csv, o));
    List<ReplayedCell> cells = printed.value();
    String out = printed.text();
    assertThat(out).doesNotContain("not reproduced").contains("185 reproduced to relative error 1.0E-9");
    assertThat(cells).allSatisfy(c -> assertThat(c.isReproduced(SettlementReportReplayExample.TOLERANCE)).isTrue());
    List<String> lines = Files.readAllLines(csv);
    assertThat(lines.get(0)).isEqualTo("table,row,enrollment_type,column,value");
    assertThat(lines).hasSize(cells.size() + 1)
        .anySatisfy(l -> assertThat(l).startsWith("3,Y,,Performance Year,2883145.526"))
        .anySatisfy(l -> assertThat(l).startsWith("1,G,ESRD,Benchmark,97295.80597971"))
        .anySatisfy(l -> assertThat(l).startsWith("2,C,Aged/non-dual,Performance Year,1.03"));
  }

  @Test
  void theWorkbookGivesTheSameReplay(@TempDir Path dir) throws Exception {
    Path folder = SharedData.subfolder("mssp-settlement-report-a1540-py2022");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    List<ReplayedCell> fromWorkbook = SettlementReportReplayExample.run(folder.resolve("report.xlsx"), dir.resolve("xlsx.csv"), out);
    List<ReplayedCell> fromCsv = SettlementReportReplayExample.run(folder, dir.resolve("csv.csv"), out);
    String printed = bytes.toString(StandardCharsets.UTF_8);
    assertThat(printed).contains("Read the workbook ").contains("Read the CSV export in ").doesNotContain("not reproduced");
    assertThat(fromWorkbook).isEqualTo(fromCsv);
    assertThat(Files.readAllLines(dir.resolve("xlsx.csv"))).isEqualTo(Files.readAllLines(dir.resolve("csv.csv")));
  }
}
