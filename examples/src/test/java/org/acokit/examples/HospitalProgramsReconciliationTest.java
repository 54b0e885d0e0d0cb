/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.acokit.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the hospital programs reconciliation example on CMS's data.
 */
class HospitalProgramsReconciliationTest {

  @Test
  void reproducesHacrpAndHrrp(@TempDir Path dir) throws Exception {
    StandardOutput.Printed<HospitalProgramsReconciliation.Reports> printed = StandardOutput.capture(
        o -> HospitalProgramsReconciliation.run(SharedData.dir(), dir, o));
    HospitalProgramsReconciliation.Reports r = printed.value();
    List<String> hac = Files.readAllLines(dir.resolve("hacrp-fy2024.csv"));
    assertThat(hac.get(0)).isEqualTo("facility_id,total_hac_score,payment_reduction");
    assertThat(hac).hasSize(2972 + 1);
    assertThat(hac).contains("010005,0.4781,Yes", "010001,0.2040,No");
    List<String> hrrp = Files.readAllLines(dir.resolve("hrrp-fy2027.csv"));
    assertThat(hrrp.get(0)).isEqualTo("facility_id,payment_adjustment_factor");
    assertThat(hrrp).hasSize(2912 + 1).contains("010006,0.9863", "010001,0.9996");
    assertThat(r.hacrp().within()).isEqualTo(2972);
    assertThat(r.hacrp().reductionMatches()).isEqualTo(2972);
    assertThat(r.hrrp().within()).isEqualTo(2912);
    assertThat(r.hrrp().exact()).isGreaterThanOrEqualTo(2835);
    assertThat(r.errs().within()).isEqualTo(r.errs().withErr()).isEqualTo(12077);
    assertThat(printed.text()).contains("HACRP FY2024: 2972 hospitals").contains("HRRP FY2027: 2912 hospitals")
        .contains("Wrote ");
  }
}
