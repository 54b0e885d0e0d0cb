/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.puf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.acokit.program.mssp.MsspResult;
import org.acokit.io.FailureCode;
import org.acokit.testing.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reconciles the settlement engine against every ACO-year CMS published for PY2013-2024.
 */
class PufReconciliationTest {

  /**
   * The ACO-years that cannot be reproduced because an input is not published, as
   * "file:ACO id". Any change to this set is a change in behaviour to look at.
   */
  private static final Set<String> NOT_REPRODUCIBLE = Set.of(
      "py2017-datacms.csv:A05696", // 152 beneficiaries: no published MSR below 500
      "py2018.csv:A2392", "py2018.csv:A3764", "py2019-standardized.csv:A2392", // Track 1+ revenue
      "py2019-standardized.csv:A1498", "py2019-standardized.csv:A2021", // six-month 2019 period
      "py2023.csv:A1241", "py2023.csv:A2308", "py2023.csv:A2833", "py2023.csv:A4627", "py2023.csv:A4825",
      "py2023.csv:A4924", "py2023.csv:A5293", // BASIC C-E participant revenue
      "py2024.csv:A2246", "py2024.csv:A2308", "py2024.csv:A5279", // BASIC E participant revenue
      "py2024.csv:A5309", "py2024.csv:A5321"); // 2024 guardrail benchmark

  private static ReconciliationReport report;

  @BeforeAll
  static void reconcileEverything() {
    report = PufReconciliation.reconcile(PufReader.readPrimaryFiles(SharedData.pufDir()));
  }

  @Test
  void reproducesAtLeast99Point5PercentOfAllAcoYears() {
    assertThat(report.acoYears()).isEqualTo(5271);
    assertThat(report.readFailures()).isEmpty();
    assertThat((double) report.reproduced() / report.acoYears()).isGreaterThanOrEqualTo(0.995);
    assertThat(report.reproduced()).isEqualTo(5271 - NOT_REPRODUCIBLE.size());
  }

  @Test
  void everyRowNotReproducedNamesAnUnpublishedInput() {
    List<ReconciledAcoYear> missing = report.notReproduced();
    assertThat(missing).allSatisfy(r -> {
      assertThat(r.status()).isEqualTo(ReconciliationStatus.MISSING_INPUT);
      assertThat(r.reason()).hasValueSatisfying(reason ->
          assertThat(reason).containsAnyOf("participantRevenue is required", "at least 500", "Guardrail = 1",
              "six-month 2019 performance period"));
    });
    Set<String> keys = missing.stream().map(r -> r.record().sourceFile() + ":" + r.record().acoId())
        .collect(Collectors.toSet());
    assertThat(keys).isEqualTo(NOT_REPRODUCIBLE);
  }

  @Test
  void rowsThatCannotBeSettledAreClassifiedByFailureCodeAndPath() {
    // Settlement failures are classified by code and input path, not by message.
    assertThat(report.notReproduced()).allSatisfy(r -> {
      assertThat(r.failure()).isPresent();
      assertThat(r.failure().get().code()).isEqualTo(FailureCode.MISSING_INPUT);
      assertThat(r.failure().get().row()).isPresent();
    });
    assertThat(report.results()).filteredOn(r -> r.status() != ReconciliationStatus.MISSING_INPUT)
        .allSatisfy(r -> assertThat(r.failure()).isEmpty());
    Map<String, Long> byPath = report.notReproduced().stream().filter(r -> r.settlement().isEmpty())
        .collect(Collectors.groupingBy(r -> r.failure().get().path(), java.util.TreeMap::new, Collectors.counting()));
    // 1 ACO below 500 beneficiaries, 3 Track 1+ and 10 BASIC C-E ACO-years without participant revenue.
    assertThat(byPath).containsExactly(Map.entry("beneficiaries", 1L), Map.entry("participantRevenue", 13L));
    // The other four were settled; their published result rests on an input the file does not carry.
    Map<String, Long> settled = report.notReproduced().stream().filter(r -> r.settlement().isPresent())
        .collect(Collectors.groupingBy(r -> r.failure().get().path(), java.util.TreeMap::new, Collectors.counting()));
    assertThat(settled.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(4);
    assertThat(settled.keySet()).isSubsetOf("perCapitaBenchmark", "euc");
  }

  @Test
  void everyYearIsReproducedExactlyWhereNoInputWasRounded() {
    Map<Integer, Map<ReconciliationStatus, Integer>> counts = report.countsByYear();
    assertThat(counts.keySet()).containsExactly(2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023,
        2024);
    // Years whose sharing rate does not depend on a rounded quality score match to the dollar.
    assertThat(counts.get(2013).get(ReconciliationStatus.MATCH)).isEqualTo(220);
    assertThat(counts.get(2014).get(ReconciliationStatus.MATCH)).isEqualTo(333);
    assertThat(counts.get(2021).get(ReconciliationStatus.MATCH)).isEqualTo(475);
    assertThat(counts.values()).allSatisfy(c -> assertThat(c.get(ReconciliationStatus.MISMATCH)).isZero());
  }

  @Test
  void a1540Py2022MatchesItsSettlementReport() {
    ReconciledAcoYear a1540 = report.results().stream()
        .filter(r -> r.record().performanceYear() == 2022 && r.record().acoId().equals("A1540"))
        .findFirst().orElseThrow();
    assertThat(a1540.status()).isEqualTo(ReconciliationStatus.MATCH);
    MsspResult s = a1540.settlement().orElseThrow();
    // The report's [Y] is 2,883,145.53; the PUF's totals are rounded to whole dollars.
    assertThat(s.earnedSavingsLosses()).isCloseTo(2883145.53, within(1.0));
    assertThat(s.minimumSavingsRate()).isCloseTo(0.0335855855855856, within(1e-15));
  }

  @Test
  void writesOneCsvRowPerAcoYear(@TempDir Path dir) throws Exception {
    Path csv = dir.resolve("out.csv");
    report.writeCsv(csv);
    List<String> lines = Files.readAllLines(csv);
    assertThat(lines.get(0)).isEqualTo("source_file,row,performance_year,aco_id,minimum_savings_rate,"
        + "generated_savings_losses,final_sharing_rate,final_loss_rate,earned_savings_losses");
    assertThat(lines).hasSize(5272);
    assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("py2022.csv,50,2022,A1540,0.0335855855855"));
    assertThat(lines).noneSatisfy(line -> assertThat(line).contains("E7"));
  }

  @Test
  void summaryListsYearsAndEveryRowNotReproduced() {
    String summary = report.summary();
    assertThat(summary).contains("reproduced " + report.reproduced() + " of 5271 ACO-years");
    assertThat(summary).contains("MISSING_INPUT py2024.csv row 407 PY2024 A5309");
  }
}
