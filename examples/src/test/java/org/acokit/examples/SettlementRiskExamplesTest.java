/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.acokit.program.mssp.MsrElection;
import org.acokit.program.mssp.MsspTrack;
import org.acokit.risk.GridCell;
import org.acokit.risk.SensitivityGrid;
import org.acokit.risk.SharedSavingsBacktest;
import org.acokit.risk.SimulationResult;
import org.acokit.testing.SharedData;
import org.junit.jupiter.api.Test;

/** Runs every settlement-risk example. */
class SettlementRiskExamplesTest {

  @Test
  void parametricSimulationPrintsTheTableAndTheHistogram() {
    StandardOutput.Printed<SimulationResult> p = StandardOutput.capture(SettlementRiskExample::run);
    SimulationResult r = p.value();
    assertThat(r.trials()).isEqualTo(100_000);
    // BASIC Level B is one-sided: no losses, the MSR of 7,207 beneficiaries is 3.36%.
    assertThat(r.probabilitySharedLosses()).isZero();
    assertThat(r.probabilitySavingsAtLeastMsr()).isBetween(0.2, 0.6);
    assertThat(r.expectedPayment()).isPositive();
    assertThat(p.text()).contains("MSSP BASIC Level B PY2022").contains("P(savings >= MSR)")
        .contains("Payment distribution").contains("#");
  }

  @Test
  void bootstrapResamplesTheAcosOwnRows() {
    StandardOutput.Printed<SimulationResult> p = StandardOutput.capture(BootstrapRiskExample::run);
    SimulationResult r = p.value();
    assertThat(r.trials()).isEqualTo(2_000);
    assertThat(r.meanPersonYears()).isBetween(18_000.0, 20_000.0);
    assertThat(r.probabilitySavings()).isBetween(0.01, 0.99);
    assertThat(p.text()).contains("beneficiary bootstrap of 20000 rows");
    // Risk scores resampled around the reference: the 3-point cap binds in few trials, if any.
    assertThat(r.probabilityRiskRatioCapBinds()).isBetween(0.0, 0.2);
  }

  @Test
  void perturbationsWidenTheDistributionAndTheQualityGateCutsEarnedSavings() {
    List<SimulationResult> r = StandardOutput.capture(PerturbationRiskExample::run).value();
    assertThat(r.get(1).paymentStandardDeviation()).isGreaterThan(r.get(0).paymentStandardDeviation());
    assertThat(r.get(2).probabilityEarnedSavings()).isCloseTo(0.9 * r.get(1).probabilityEarnedSavings(),
        within(0.02));
  }

  @Test
  void gridComparesElectionsAndTracksByExpectedPaymentAndUtility() {
    StandardOutput.Printed<List<GridCell>> p = StandardOutput.capture(ElectionChoiceExample::run);
    List<GridCell> cells = p.value();
    // 3 rates x 3 sizes x (BASIC A: 1 + BASIC E: 4 + ENHANCED: 4 elections).
    assertThat(cells).hasSize(3 * 3 * 9);
    List<GridCell> ranked = SensitivityGrid.rankByUtility(cells, 0.01, 10_000, 2.2);
    assertThat(ranked).hasSize(9);
    assertThat(ranked.get(0).certaintyEquivalent()).isGreaterThanOrEqualTo(ranked.get(8).certaintyEquivalent());
    // The one-sided track never owes; ENHANCED at 0% MSR has the largest expected payment at 1% savings.
    GridCell basicA = ranked.stream().filter(c -> c.track() == MsspTrack.BASIC_A).findFirst().get();
    assertThat(basicA.probabilitySharedLosses()).isZero();
    GridCell enhancedZero = ranked.stream().filter(c -> c.track() == MsspTrack.ENHANCED
        && c.election().equals(MsrElection.zero())).findFirst().get();
    assertThat(enhancedZero.expectedPayment()).isGreaterThan(basicA.expectedPayment());
    assertThat(enhancedZero.certaintyEquivalent()).isLessThan(enhancedZero.expectedPayment());
    assertThat(p.text()).contains("Best by expected payment").contains("best by expected utility");
  }

  @Test
  void publishedStudiesAreReproducedWithinTheirRounding() {
    StandardOutput.Printed<SimulationResult> p = StandardOutput.capture(PublishedStudiesExample::run);
    assertThat(p.value().probabilitySharedLosses()).isCloseTo(0.26, within(0.01));
    assertThat(p.text()).contains("DeLia").contains("Friedberg").contains("500 patients");
  }

  @Test
  void backtestScoresEveryAcoYear() {
    StandardOutput.Printed<SharedSavingsBacktest> p = StandardOutput.capture(
        o -> BacktestExample.run(SharedData.dir(), o));
    assertThat(p.value().forecasts().size()).isGreaterThan(3_000);
    assertThat(p.value().skillScore()).isPositive();
    assertThat(p.text()).contains("Brier score").contains("observed rate");
  }
}
