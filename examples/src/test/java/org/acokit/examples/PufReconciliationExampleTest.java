/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.acokit.puf.ReconciliationReport;
import org.acokit.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the public use file reconciliation example on CMS's data.
 */
class PufReconciliationExampleTest {

  @Test
  void reconcilesEveryPublishedAcoYear(@TempDir Path dir) throws Exception {
    Path csv = dir.resolve("reconciliation.csv");
    StandardOutput.Printed<ReconciliationReport> printed = StandardOutput.capture(
        o -> PufReconciliationExample.run(SharedData.dir(), csv, o));
    ReconciliationReport report = printed.value();
    String out = printed.text();
    List<String> lines = Files.readAllLines(csv);
    assertThat(lines.get(0)).isEqualTo("source_file,row,performance_year,aco_id,minimum_savings_rate,"
        + "generated_savings_losses,final_sharing_rate,final_loss_rate,earned_savings_losses");
    assertThat(lines).hasSize(5271 + 1);
    assertThat(out).contains("PY       rows   match  precision  mismatch  missing")
        .contains("2022      482").contains("reproduced " + report.reproduced() + " of 5271 ACO-years")
        .contains("Wrote 5271 rows to");
    assertThat((double) report.reproduced() / 5271).isGreaterThanOrEqualTo(0.995);
  }
}
