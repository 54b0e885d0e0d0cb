/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.acokit.program.mssp.MsspResult;
import org.junit.jupiter.api.Test;

/**
 * Runs the main example and checks it against CMS's published Table 3 for ACO A1540, PY2022.
 */
class A1540SettlementTest {

  @Test
  void printsTable3WithThePublishedPayment() {
    StandardOutput.Printed<MsspResult> printed = StandardOutput.capture(A1540Settlement::run);
    MsspResult s = printed.value();
    String out = printed.text();
    assertThat(s.earnedPerformancePayment()).isCloseTo(2883145.52638605, within(1e-4));
    assertThat(out).startsWith("Table 3: Shared Savings/Losses Calculation - PY2022, BASIC Level B");
    assertThat(out).contains("[L] Minimum Savings Rate (%)").contains("3.3586%").doesNotContain("0.033586")
        .contains("[X] Sequestration Adjustment ($)").contains("58,839.70")
        .contains("[Y] Earned Performance Payment ($)").contains("2,883,145.53")
        .contains("Earned performance payment: $2,883,145.53 (CMS published $2,883,145.53)");
  }

  @Test
  void mainRuns() throws Exception {
    assertThat(StandardOutput.of(A1540Settlement::main)).contains("[GG] Payment Due to CMS ($)");
  }
}
