/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.acokit.contract.ContractResult;
import org.acokit.testkit.SettlementAssert;
import org.junit.jupiter.api.Test;

/**
 * Runs the MassHealth example: quality multiplies savings and mitigates losses.
 */
class MassHealthSettlementTest {

  /**
   * $12.2M is 2.29% of the $533.6M budget, inside the first 5% band at 50%: $6.1M. Quality 0.6
   * pays 0.6 x $6.1M = $3.66M. Losses of $12.2M owe $6.1M x (1 - 0.4 x score): $3.66M at 1.0,
   * $4.636M at 0.6.
   */
  @Test
  void qualityModulatesSavingsAndLosses() {
    StandardOutput.Printed<ContractResult[]> printed = StandardOutput.capture(MassHealthSettlement::run);
    ContractResult[] r = printed.value();
    SettlementAssert.assertThat(r[0]).paysWithin(6_100_000, 0.01);
    SettlementAssert.assertThat(r[1]).paysWithin(3_660_000, 0.01);
    SettlementAssert.assertThat(r[2]).paysWithin(-3_660_000, 0.01);
    SettlementAssert.assertThat(r[3]).paysWithin(-4_636_000, 0.01);
    assertThat(printed.text()).contains("Settlement under MassHealth PRIMARY_CARE_ACO PY2019")
        .contains("[AF] Quality factor on losses").contains("10% at risk, accountability score 0.8 keeps $9,800,000.00");
  }

  @Test
  void mainRuns() throws Exception {
    assertThat(StandardOutput.of(MassHealthSettlement::main)).contains("DSRIP");
  }
}
