/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.acokit.puf.PufReader;
import org.acokit.puf.PufRecord;
import org.acokit.puf.QualityReconciliation;
import org.acokit.puf.QualityReconciliationReport;
import org.acokit.puf.QualityReconciliationStatus;
import org.acokit.testing.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library's quality score reconciliation ({@code org.acokit.puf.QualityReconciliation}, in
 * core) against CMS's PY2021-2024 public use files, scored with this module's catalog. It lives in
 * the measures module because core's tests cannot see the catalog (core never depends on it).
 */
class QualityReconciliationTest {

  private static QualityReconciliationReport report;

  @BeforeAll
  static void reconcile() {
    report = QualityReconciliation.reconcile(SharedData.subfolder("mssp-puf"),
        CatalogQualityBenchmarks.of(MeasureCatalogs.load()));
  }

  @Test
  void reproducesThePublishedQualityScores() {
    assertThat(report.performanceYears()).containsExactly(2021, 2022, 2023, 2024);
    assertThat(List.of(report.acos(2021), report.acos(2022), report.acos(2023), report.acos(2024)))
        .containsExactly(475, 482, 453, 476);
    // Within 0.01 points of the published QualScore.
    assertThat(List.of(report.matched(2021), report.matched(2022), report.matched(2023), report.matched(2024)))
        .containsExactly(420, 425, 396, 225);
    // The standard met (QPS, alternative, not met) as CMS published it in Met_QPS / Met_AltQPS.
    assertThat(List.of(report.standardAsPublished(2021), report.standardAsPublished(2022),
        report.standardAsPublished(2023), report.standardAsPublished(2024))).containsExactly(475, 482, 453, 441);
    assertThat(report.priorYear2020Acos()).isEqualTo(505);
    assertThat(report.priorYear2020ReadFailures()).isEmpty();
    assertThat(report.readFailures()).isEmpty();
    assertThat(report.summary()).contains("PY2021-2023: 1241 of 1410 within 0.01 (88.0%)");
  }

  @Test
  void classifiesEveryResidual() {
    assertThat(nonZero(2021)).containsExactlyInAnyOrderEntriesOf(Map.of(
        QualityReconciliationStatus.MATCH, 420,
        QualityReconciliationStatus.PY2021_WEB_INTERFACE_BONUS, 43,
        QualityReconciliationStatus.PY2021_ECQM_CQM_BONUS, 1,
        QualityReconciliationStatus.PY2021_IMPROVEMENT_NOT_GIVEN, 3,
        QualityReconciliationStatus.ROUNDING, 8));
    assertThat(nonZero(2022)).containsExactlyInAnyOrderEntriesOf(Map.of(
        QualityReconciliationStatus.MATCH, 425,
        QualityReconciliationStatus.DUAL_REPORTER_VALUES_HIDDEN, 1,
        QualityReconciliationStatus.NO_PRIOR_YEAR_ROW, 40,
        QualityReconciliationStatus.ROUNDING, 14,
        QualityReconciliationStatus.UNEXPLAINED, 2));
    assertThat(nonZero(2023)).containsExactlyInAnyOrderEntriesOf(Map.of(
        QualityReconciliationStatus.MATCH, 396,
        QualityReconciliationStatus.DUAL_REPORTER_VALUES_HIDDEN, 1,
        QualityReconciliationStatus.HEALTH_EQUITY_ADJUSTMENT, 4,
        QualityReconciliationStatus.NO_PRIOR_YEAR_ROW, 9,
        QualityReconciliationStatus.NO_MEASURE_VALUES, 2,
        QualityReconciliationStatus.ROUNDING, 35,
        QualityReconciliationStatus.UNEXPLAINED, 6));
    assertThat(nonZero(2024)).containsExactlyInAnyOrderEntriesOf(Map.of(
        QualityReconciliationStatus.MATCH, 225,
        QualityReconciliationStatus.PY2024_PRIOR_DIFFERS, 132,
        QualityReconciliationStatus.DUAL_REPORTER_VALUES_HIDDEN, 41,
        QualityReconciliationStatus.HEALTH_EQUITY_ADJUSTMENT, 24,
        QualityReconciliationStatus.NO_PRIOR_YEAR_ROW, 30,
        QualityReconciliationStatus.ROUNDING, 24));
  }

  @Test
  void everyResultIsFiniteAndMatchesOnlyWithinTolerance() {
    assertThat(report.results()).allSatisfy(r -> {
      assertThat(r.computedScore()).isFinite().isBetween(0.0, 100.0);
      assertThat(r.isReproduced()).isEqualTo(
          Math.abs(Math.round(r.computedScore() * 100) / 100.0 - r.publishedScore().getAsDouble()) <= 0.01 + 1e-9);
    });
  }

  @Test
  void qualityStandardScoreIsTheOneScoreOfTheFlooredAcos() {
    List<PufRecord> py2023 = PufReader.read(SharedData.subfolder("mssp-puf").resolve("py2023.csv")).values();
    double standard = QualityReconciliation.qualityStandardScore(py2023);
    assertThat(standard).isBetween(0.0, 100.0);
    assertThat(py2023.stream().filter(r -> "1".equals(r.column("Recvd30p").orElse("")))
        .mapToDouble(r -> Math.round(r.qualityScore().getAsDouble() * 10000) / 100.0).distinct())
        .containsExactly(standard);
    assertThatThrownBy(() -> QualityReconciliation.qualityStandardScore(py2023.subList(0, 0)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one performance year");
  }

  @Test
  void writesOneRowPerAcoYear(@TempDir Path dir) throws Exception {
    Path csv = dir.resolve("quality.csv");
    report.writeCsv(csv);
    List<String> lines = Files.readAllLines(csv);
    assertThat(lines.get(0)).isEqualTo(String.join(",", QualityReconciliationReport.CSV_HEADER));
    assertThat(lines).hasSize(report.results().size() + 1);
    assertThat(lines.get(1)).matches("2021,A\\w+,\\d+\\.\\d{4}");
  }

  private static Map<QualityReconciliationStatus, Integer> nonZero(int year) {
    Map<QualityReconciliationStatus, Integer> counts = new java.util.EnumMap<>(report.statusCounts(year));
    counts.values().removeIf(n -> n == 0);
    return counts;
  }
}
