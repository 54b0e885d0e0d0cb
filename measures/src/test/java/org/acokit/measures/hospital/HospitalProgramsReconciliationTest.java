/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.hospital;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.acokit.io.FailureCode;
import org.acokit.io.ValueWithFailures;
import org.acokit.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CMS's FY2024 HACRP and FY2027 HRRP files reproduced (data from {@code acokit.sharedData}).
 */
class HospitalProgramsReconciliationTest {

  private static Path dir() {
    return SharedData.subfolder("hospital-programs");
  }

  @Test
  void hacrpFy2024EveryScoreWithinAndEveryFlagAsPublished() {
    HacrpReconciliation.Report r = HacrpReconciliation.reconcile(
        dir().resolve("FY_2024_HAC_Reduction_Program_Hospital.csv"), 2024, 0.3753);
    assertThat(r.rows()).hasSize(2972);
    assertThat(r.within()).isEqualTo(2972);
    assertThat(r.exact()).isGreaterThan(2600);
    assertThat(r.maxDifference()).isLessThan(0.0001);
    assertThat(r.reductionMatches()).isEqualTo(2972);
    assertThat(r.failures()).isEmpty();
    assertThat(r.summary()).contains("[190316, 450690]");
    HospitalPrintingTest.printsCleanly(r.toString());
    assertThat(r.toString()).startsWith("HACRP FY2024 reconciliation\n")
        .containsPattern("Hospitals with a published Total HAC Score +2,972\n")
        .containsPattern("Payment reduction agrees with CMS +2,972\n")
        .endsWith("every difference with its cause: summary()\n");
  }

  @Test
  void hrrpFy2027FactorsFromComponents() {
    HrrpReconciliation.Report r = HrrpReconciliation.reconcile(dir().resolve("hrrp-fy2027-components.csv"),
        dir().resolve("hrrp-fy2027-meta.json"));
    assertThat(r.rows()).hasSize(2912);
    assertThat(r.within()).isEqualTo(2912);
    assertThat(r.exact()).isGreaterThanOrEqualTo(2835);
    assertThat(r.rows().stream().filter(x -> !x.exact()).allMatch(HrrpReconciliation.Row::withinInputPrecision))
        .isTrue();
    assertThat(r.exactWithMorePreciseProgramValues()).isGreaterThanOrEqualTo(2854);
    assertThat(r.failures()).isEmpty();
    assertThat(r.summary()).doesNotContain("DIFF");
    HospitalPrintingTest.printsCleanly(r.toString());
    assertThat(r.toString()).startsWith("HRRP FY2027 reconciliation\n").contains("Hospitals").contains("2,912")
        .contains("Exact with the 6-decimal NM and medians").endsWith("every difference with its cause: summary()\n");
  }

  @Test
  void hrrpFy2024ErrsArePredictedOverExpected() {
    HrrpReconciliation.ErrReport r = HrrpReconciliation.reconcileErrs(
        dir().resolve("FY_2024_Hospital_Readmissions_Reduction_Program_Hospital.csv"));
    assertThat(r.withErr()).isEqualTo(12077);
    assertThat(r.within()).isEqualTo(12077);
    assertThat(r.exact()).isGreaterThanOrEqualTo(11749);
    assertThat(r.failures()).isEmpty();
    HospitalPrintingTest.printsCleanly(r.toString());
    assertThat(r.toString()).startsWith("HRRP ERR = predicted / expected\n").contains("12,077")
        .endsWith("every difference with its cause: summary()\n");
  }

  @Test
  void badRowsAreReportedAndTheOthersKept(@TempDir Path tmp) throws Exception {
    Path csv = tmp.resolve("components.csv");
    String header = Files.readAllLines(dir().resolve("hrrp-fy2027-components.csv")).get(0);
    Files.writeString(csv, header + "\n"
        + "010001,0.9996,0.1824,2,398,0.9899,0,0.0254,232,1.0277,1,0.0079,1110,0.9362,0,0.0407,1012,0.8961,0,0.0536,"
        + "173,0.913,0,0.0278,35,1.1047,1,0.0017,49279091\n"
        + "010002,0.9990,0.1824,7,398,0.9899,0,0.0254,,,,,,,,,,,,,,,,,,,,,\n"
        + "010003,0.9990,0.1824,2,398,-0.5,0,0.0254,,,,,,,,,,,,,,,,,,,,,\n"
        + "010004,0.9990,0.1824,2,398,NaN,0,0.0254,,,,,,,,,,,,,,,,,,,,,\n");
    ValueWithFailures<HrrpReconciliation.PublishedHospital> read = HrrpReconciliation.readHospitals(csv);
    assertThat(read.values()).extracting(p -> p.hospital().ccn()).containsExactly("010001");
    assertThat(read.failures()).hasSize(3);
    assertThat(read.failures().get(0).path()).isEqualTo("peer_group");
    assertThat(read.failures().get(0).value()).contains("7");
    assertThat(read.failures().get(0).message()).contains("010002");
    assertThat(read.failures().get(1).message()).contains("010003").contains("-0.5");
    assertThat(read.failures().get(2).code()).isEqualTo(FailureCode.NOT_FINITE);
    assertThat(read.failures().get(2).message()).contains("010004").contains("ami_err");
  }
}
