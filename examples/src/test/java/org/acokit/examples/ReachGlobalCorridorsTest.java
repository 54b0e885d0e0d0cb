/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.acokit.contract.ContractResult;
import org.junit.jupiter.api.Test;

/**
 * Runs the REACH Global corridor walk and checks each point against the published corridors.
 */
class ReachGlobalCorridorsTest {

  @Test
  void walksTheCorridors() {
    StandardOutput.Printed<List<ContractResult>> printed = StandardOutput.capture(ReachGlobalCorridors::run);
    List<ContractResult> r = printed.value();
    // $240M less 3% = $232.8M; withhold 2% = $4.656M, 90% earned back; +$10 PBPM x 12 x 20,000 = $2.4M.
    double sb = 232_800_000 - 4_656_000 + 0.9 * 4_656_000 + 2_400_000;
    assertThat(r.get(0).settlementBenchmark()).isEqualTo(sb, within(1e-4));
    double[] keeps = {0.10, 0.25, 0.275, 0.3125, 0.3475, -0.05, -0.275};
    for (int i = 0; i < keeps.length; i++) {
      assertThat(r.get(i).payment()).as("share %s", ReachGlobalCorridors.savingsShares()[i])
          .isEqualTo(keeps[i] * sb, within(1e-3));
    }
    assertThat(printed.text()).contains("ACO REACH Global PY2024")
        .contains("[25%-35% keeps  50%").contains("[50%-up keeps  10%").contains("[AA] Shared savings");
  }

  @Test
  void mainRuns() throws Exception {
    assertThat(StandardOutput.of(ReachGlobalCorridors::main)).contains("payment");
  }
}
