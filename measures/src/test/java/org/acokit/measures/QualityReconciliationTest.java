/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.acokit.io.FailureCode;
import org.acokit.io.FailureException;
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
        QualityReconciliationStatus.PY2024_PRIOR_ROW_WITHOUT_484, 130,
        QualityReconciliationStatus.PY2024_PRIOR_DIFFERS, 2,
        QualityReconciliationStatus.DUAL_REPORTER_VALUES_HIDDEN, 41,
        QualityReconciliationStatus.HEALTH_EQUITY_ADJUSTMENT, 24,
        QualityReconciliationStatus.NO_PRIOR_YEAR_ROW, 30,
        QualityReconciliationStatus.ROUNDING, 24));
  }

  @Test
  void thePy2024PriorRowWithout484IsDecidedFromThePy2023Row() {
    // Read the raw PY2023 column here, independently of the reconciliation.
    java.util.Set<String> without484 = new java.util.HashSet<>();
    for (PufRecord r : PufReader.read(SharedData.subfolder("mssp-puf").resolve("py2023.csv")).values()) {
      String v = r.column("Measure_484").orElse("").trim();
      if (v.isEmpty() || v.equals("-") || v.equals(".")) {
        without484.add(r.acoId());
      }
    }
    assertThat(without484).isNotEmpty();
    assertThat(report.results()).filteredOn(r -> r.record().performanceYear() == 2024).allSatisfy(r -> {
      if (r.status() == QualityReconciliationStatus.PY2024_PRIOR_ROW_WITHOUT_484) {
        assertThat(without484).contains(r.record().acoId());
      }
      if (r.status() == QualityReconciliationStatus.PY2024_PRIOR_DIFFERS) {
        assertThat(without484).doesNotContain(r.record().acoId());
      }
    });
    // Every other year keeps its classes: the status is PY2024's only.
    for (int y = 2021; y <= 2023; y++) {
      assertThat(report.statusCounts(y).get(QualityReconciliationStatus.PY2024_PRIOR_ROW_WITHOUT_484)).isZero();
    }
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
    List<PufRecord> unflagged = py2023.stream().filter(r -> !"1".equals(r.column("Recvd30p").orElse(""))).toList();
    assertThatThrownBy(() -> QualityReconciliation.qualityStandardScore(unflagged))
        .isInstanceOfSatisfying(FailureException.class, e -> {
          assertThat(e.failure().code()).isEqualTo(FailureCode.MISSING_INPUT);
          assertThat(e.failure().path()).isEqualTo("Recvd30p");
        });
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

  @Test
  void aMalformedMeasureCellIsARowFailureAndTheOtherRowsAreReconciled(@TempDir Path dir) throws Exception {
    Path puf = copyPuf(dir);
    // Row 5 of PY2022 publishes 'abc' as its CAHPS_1 value.
    edit(puf.resolve("py2022.csv"), (header, row) -> row == 5 ? Map.of(header.indexOf("CAHPS_1"), "abc") : Map.of());
    QualityReconciliationReport r = QualityReconciliation.reconcile(puf,
        CatalogQualityBenchmarks.of(MeasureCatalogs.load()));
    assertThat(r.readFailures()).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(FailureCode.UNPARSEABLE);
      assertThat(f.source()).hasValue("py2022.csv");
      assertThat(f.row()).hasValue(5);
      assertThat(f.path()).isEqualTo("CAHPS_1");
      assertThat(f.value()).hasValue("abc");
      assertThat(f.message()).contains("py2022.csv row 5").contains("column CAHPS_1").contains("'abc'");
    });
    assertThat(List.of(r.acos(2021), r.acos(2022), r.acos(2023), r.acos(2024)))
        .containsExactly(475, 481, 453, 476);
    assertThat(r.matched(2021)).isEqualTo(report.matched(2021));
  }

  @Test
  void aYearWithoutAStandardScoreIsReportedRowByRow(@TempDir Path dir) throws Exception {
    Path puf = copyPuf(dir);
    // No PY2023 ACO flagged Recvd30p: the year's quality standard score cannot be inferred.
    edit(puf.resolve("py2023.csv"), (header, row) -> Map.of(header.indexOf("Recvd30p"), "0"));
    QualityReconciliationReport r = QualityReconciliation.reconcile(puf,
        CatalogQualityBenchmarks.of(MeasureCatalogs.load()));
    assertThat(r.readFailures()).hasSize(453).allSatisfy(f -> {
      assertThat(f.code()).isEqualTo(FailureCode.MISSING_INPUT);
      assertThat(f.source()).hasValue("py2023.csv");
      assertThat(f.path()).isEqualTo("Recvd30p");
      assertThat(f.message()).contains("Recvd30p in PY2023 must share one quality score");
    });
    assertThat(r.performanceYears()).containsExactly(2021, 2022, 2024);
    assertThat(List.of(r.matched(2021), r.matched(2022))).containsExactly(report.matched(2021), report.matched(2022));
    assertThat(r.acos(2024)).isEqualTo(476);
  }

  /** The files the quality reconciliation reads, copied to a folder of the test. */
  private static Path copyPuf(Path dir) throws Exception {
    Path puf = dir.resolve("mssp-puf");
    Files.createDirectories(puf);
    for (String name : List.of("py2021.csv", "py2022.csv", "py2023.csv", "py2024.csv",
        QualityReconciliation.MEASURE_EXTRACT_FILE)) {
      Files.copy(SharedData.subfolder("mssp-puf").resolve(name), puf.resolve(name));
    }
    return puf;
  }

  /** Replaces cells of a CSV file: for each 1-based data row, the cells at the positions given. */
  private static void edit(Path file, BiFunction<List<String>, Integer, Map<Integer, String>> cells) throws Exception {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    String split = ",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)";
    List<String> header = List.of(lines.get(0).replace("\uFEFF", "").split(split, -1));
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      String[] row = lines.get(i).split(split, -1);
      cells.apply(header, i).forEach((k, v) -> row[k] = v);
      lines.set(i, String.join(",", row));
    }
    Files.write(file, lines, StandardCharsets.UTF_8);
  }

  private static Map<QualityReconciliationStatus, Integer> nonZero(int year) {
    Map<QualityReconciliationStatus, Integer> counts = new java.util.EnumMap<>(report.statusCounts(year));
    counts.values().removeIf(n -> n == 0);
    return counts;
  }
}
