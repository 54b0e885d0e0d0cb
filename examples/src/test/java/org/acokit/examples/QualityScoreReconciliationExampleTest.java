/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.acokit.puf.QualityReconciliationReport;
import org.acokit.quality.QualityStandard;
import org.acokit.quality.app.AppQualityScore;
import org.acokit.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the quality score reconciliation driver on CMS's PY2021-2024 public use files, and the APP
 * example. The figures themselves are pinned by the library's test, {@code QualityReconciliationTest}
 * in the measures module.
 */
class QualityScoreReconciliationExampleTest {

  @Test
  void printsAndWritesTheReconciliation(@TempDir Path dir) throws Exception {
    Path csv = dir.resolve("out").resolve("quality.csv");
    StandardOutput.Printed<QualityReconciliationReport> printed = StandardOutput.capture(
        o -> QualityScoreReconciliationExample.run(SharedData.dir(), csv, o));
    QualityReconciliationReport r = printed.value();
    List<String> lines = Files.readAllLines(csv);
    assertThat(lines.get(0)).isEqualTo("performance_year,aco_id,quality_score");
    assertThat(lines).hasSize(475 + 482 + 453 + 476 + 1);
    assertThat(r.matched(2021)).isEqualTo(420);
    assertThat(printed.text()).contains("PY2021-2023: 1241 of 1410 within 0.01 (88.0%)")
        .contains("PY2020 Web Interface achievement (the PY2021 prior): 505 ACOs; 0 rows")
        .contains("2024   476    225   47.3%   quality standard as published: 441")
        .contains("Wrote " + csv);
  }

  @Test
  void appExampleExplainsItself() {
    StandardOutput.Printed<AppQualityScore> printed = StandardOutput.capture(AppQualityScoreExample::run);
    AppQualityScore s = printed.value();
    String out = printed.text();
    assertThat(out).contains("APM Performance Pathway quality score, PY2023").contains("236 (cmsWebInterface)")
        .contains("Quality standard");
    assertThat(s.score()).isBetween(0.0, 100.0);
    assertThat(s.standard()).isEqualTo(QualityStandard.MET);
    assertThat(s.toQualityOutcome().score()).isEqualTo(s.score() / 100);
  }
}
