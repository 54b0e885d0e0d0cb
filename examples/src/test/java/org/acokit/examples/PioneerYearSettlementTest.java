/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.acokit.contract.ContractResult;
import org.acokit.contract.Outcome;
import org.acokit.testkit.SettlementAssert;
import org.junit.jupiter.api.Test;

/**
 * Runs the Pioneer example against the published outcomes: Partners HealthCare PY2016 (no shared
 * savings at 0.5% below the benchmark), Genesys PHO PY2012 (owed $2.55 million).
 */
class PioneerYearSettlementTest {

  @Test
  void reproducesThePublishedOutcomes() {
    StandardOutput.Printed<ContractResult[]> printed = StandardOutput.capture(PioneerYearSettlement::run);
    ContractResult[] r = printed.value();
    SettlementAssert.assertThat(r[0]).hasOutcome(Outcome.NEITHER).paysWithin(0, 0);
    SettlementAssert.assertThat(r[1]).hasOutcome(Outcome.LOSSES).paysWithin(-2_550_000, 0.01);
    assertThat(printed.text())
        .contains("Settlement under Pioneer ACO CORE PY2016").contains("[V] Outcome")
        .contains("Genesys PHO PY2012: payment $-2,550,000.00 (published: owed $2.55 million)");
  }

  /** Partners' year-5 rate is not public; the result does not depend on it. */
  @Test
  void partnersResultDoesNotDependOnTheUnpublishedRate() {
    for (double rate : new double[] {0.5, 0.6, 0.75}) {
      SettlementAssert.assertSettlement(PioneerYearSettlement.partners2016(rate),
          PioneerYearSettlement.partners2016Inputs()).paysWithin(0, 0);
    }
  }

  @Test
  void mainRuns() throws Exception {
    assertThat(StandardOutput.of(PioneerYearSettlement::main)).contains("Partners HealthCare PY2016");
  }
}
