/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;

import org.acokit.contract.ContractResult;
import org.acokit.testkit.ContractInvariants;
import org.acokit.testkit.SettlementAssert;
import org.junit.jupiter.api.Test;

/**
 * Runs the bespoke commercial contract example: the draft's problems, the load error's JSON path,
 * and the settlement of the corrected contract.
 */
class BespokeContractTest {

  @Test
  void draftProblemsAreNamed() {
    assertThat(BespokeContract.draftProblems().stream().map(p -> p.code() + "@" + p.path()).collect(Collectors.toList()))
        .containsExactly("RATE_WRITTEN_AS_PERCENT@minimumSavingsRate", "RATE_WRITTEN_AS_PERCENT@savingsBands[0].rate",
            "CORRIDOR_GAP@savingsBands[1].lower", "LOSS_RATE_OUTSIDE_BOUNDS@lossBands[0].rate",
            "MISSING_PARAMETER@quality.maximumLossMitigation", "NEGATIVE_CAP@savingsCap.benchmarkRate");
  }

  /**
   * Benchmark $80M, spending $74.5M less $1.2M truncated = $73.3M: gross $6.7M; beyond the 1.5% MSR
   * ($1.2M) $5.5M is shared: 50% of the first $4M (5% of the benchmark) + 30% of $1.5M = $2.45M;
   * quality 0.72 reaches the 0.8 step: $1.96M, under the $8M cap.
   */
  @Test
  void correctedContractSettles() {
    StandardOutput.Printed<ContractResult> printed = StandardOutput.capture(BespokeContract::run);
    ContractResult r = printed.value();
    String out = printed.text();
    SettlementAssert.assertThat(r).paysWithin(1_960_000, 0.01).respectsCaps();
    assertThat(out).contains("RATE_WRITTEN_AS_PERCENT at savingsBands[0].rate: savingsBands[0].rate is 50.0: rates "
        + "are fractions between 0 and 1, write 0.5 for 50.0%")
        .contains("contract terms JSON at $.lossBands[0].rate").contains("'forty percent' is not a number")
        .contains("3. The corrected contract has 0 problems")
        .contains("[L] Removed by stop-loss").contains("Payment to the ACO: $1,960,000.00");
    ContractInvariants.jsonRoundTripIsExact(BespokeContract.contract());
  }

  @Test
  void mainRuns() throws Exception {
    assertThat(StandardOutput.of(BespokeContract::main)).contains("Payment to the ACO");
  }
}
