/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.hospital;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.acokit.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reconciliation reports every published figure it does not reproduce, naming the hospital: the
 * first rows of CMS's FY2024 HACRP and FY2027 HRRP files (data from {@code acokit.sharedData}),
 * with one published score, flag or factor changed in a temporary copy.
 */
class HospitalReconciliationDifferencesTest {

  private static Path dir() {
    return SharedData.subfolder("hospital-programs");
  }

  private static Path firstRows(Path from, Path to, int rows, String ccn, String oldCells, String newCells)
      throws IOException {
    List<String> lines = new ArrayList<>(Files.readAllLines(from).subList(0, rows + 1));
    boolean changed = false;
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i).contains("," + ccn + ",") || lines.get(i).startsWith(ccn + ",")) {
        assertThat(lines.get(i)).contains(oldCells);
        lines.set(i, lines.get(i).replace(oldCells, newCells));
        changed = true;
      }
    }
    assertThat(changed).as(ccn).isTrue();
    return Files.write(to, lines);
  }

  @Test
  void aHacrpScoreOrFlagThatDiffersIsReportedByHospital(@TempDir Path tmp) throws IOException {
    Path file = firstRows(dir().resolve("FY_2024_HAC_Reduction_Program_Hospital.csv"), tmp.resolve("score.csv"), 12,
        "010001", ",0.2040,,No,", ",0.2140,,No,");
    Path both = firstRows(file, tmp.resolve("hac.csv"), 12, "010005", ",0.4781,,Yes,", ",0.4781,,No,");
    HacrpReconciliation.Report r = HacrpReconciliation.reconcile(both, 2024, 0.3753);
    // two of the twelve hospitals have no published score (N/A)
    assertThat(r.rows()).hasSize(10);
    assertThat(r.within()).isEqualTo(9);
    assertThat(r.exact()).isLessThanOrEqualTo(9);
    assertThat(r.reductionMatches()).isEqualTo(9);
    assertThat(r.maxDifference()).isCloseTo(0.01, within(0.0001));
    assertThat(r.program().threshold()).isEqualTo(0.3753);
    assertThat(r.summary()).containsPattern("DIFF 010001: score 0\\.20[34]\\d+ vs published 0\\.2140")
        .contains("DIFF 010005: reduction YES vs published No (score 0.4781)")
        .contains("10 hospitals with a published Total HAC Score (2 without)")
        .contains("payment reduction agrees with CMS: 9 of 10");
    assertThat(r.summary().lines().filter(l -> l.contains("DIFF"))).hasSize(2);
    assertThat(r.toString()).containsPattern("Payment reduction agrees with CMS +9\n")
        .containsPattern("Total HAC Score within 0.0001 +9\n");
    Path csv = tmp.resolve("out.csv");
    r.writeCsv(csv);
    assertThat(Files.readAllLines(csv)).hasSize(11).contains("010005,0.4781,Yes");
  }

  @Test
  void anHrrpFactorOrPenaltyIndicatorThatDiffersIsReportedByHospital(@TempDir Path tmp) throws IOException {
    Path factor = firstRows(dir().resolve("hrrp-fy2027-components.csv"), tmp.resolve("f.csv"), 10, "010001",
        "010001,0.9996,", "010001,0.9950,");
    Path both = firstRows(factor, tmp.resolve("hrrp.csv"), 10, "010005", ",461,0.8939,0,", ",461,0.8939,1,");
    HrrpReconciliation.Report r = HrrpReconciliation.reconcile(both, dir().resolve("hrrp-fy2027-meta.json"));
    assertThat(r.rows()).hasSize(10);
    assertThat(r.within()).isEqualTo(9);
    assertThat(r.exact()).isLessThanOrEqualTo(9);
    assertThat(r.rows().get(0).within()).isFalse();
    assertThat(r.rows().get(0).withinInputPrecision()).isFalse();
    assertThat(r.rows().get(0).result().paymentAdjustmentFactor()).isCloseTo(0.9996, within(0.00011));
    String summary = r.summary();
    assertThat(summary).containsPattern("DIFF 010001: 0\\.999\\d vs published 0\\.9950")
        .contains("DIFF penalty indicator 010005 PN (ERR 0.8939").contains("published Y): not a 4-decimal tie");
    assertThat(summary.lines().filter(l -> l.contains("DIFF"))).hasSize(2);
    assertThat(r.toString()).containsPattern("Within 0.0001 +9\n");
    Path csv = tmp.resolve("out.csv");
    r.writeCsv(csv);
    assertThat(Files.readAllLines(csv)).hasSize(11).anyMatch(l -> l.startsWith("010001,0.999"));
  }
}
