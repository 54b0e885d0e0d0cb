/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.program.masshealth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.acokit.contract.Band;
import org.acokit.contract.ResolvedContract;
import org.acokit.contract.ContractTerms;
import org.acokit.contract.PerformanceInputs;
import org.junit.jupiter.api.Test;

/**
 * The MassHealth preset: quality multiplies savings and mitigates losses; the risk track's terms
 * are required parameters; DSRIP at-risk shares by budget period.
 */
class MassHealthYearTest {

  private static MassHealthYear.Builder track() {
    return MassHealthYear.builder().model(MassHealthModel.PRIMARY_CARE_ACO).performanceYear(2019)
        .addSavingsBands(Band.flat(0.5)).addLossBands(Band.flat(0.5)).minimumSavingsRate(0.0)
        .savingsCap(0.05).lossCap(0.05).maximumLossMitigation(0.4);
  }

  @Test
  void qualityMultipliesSavingsAndMitigatesLosses() {
    ContractTerms t = track().build().terms();
    PerformanceInputs savings = PerformanceInputs.builder().benchmark(100_000_000).expenditure(98_000_000)
        .qualityScore(0.8).build();
    assertThat(ResolvedContract.of(t).settle(savings).payment()).isEqualTo(0.5 * 2_000_000 * 0.8, within(1e-6));
    PerformanceInputs losses = savings.withExpenditure(102_000_000);
    assertThat(ResolvedContract.of(t).settle(losses).payment())
        .isEqualTo(-0.5 * 2_000_000 * (1 - 0.4 * 0.8), within(1e-6));
  }

  @Test
  void everyRiskTrackTermIsARequiredParameter() {
    MassHealthYear.Builder b = MassHealthYear.builder().model(MassHealthModel.ACCOUNTABLE_CARE_PARTNERSHIP_PLAN)
        .performanceYear(2018);
    assertThatThrownBy(() -> b.build().terms()).hasMessageStartingWith("savingsBands is required");
    b.addSavingsBands(Band.flat(0.5));
    assertThatThrownBy(() -> b.build().terms()).hasMessageStartingWith("lossBands is required");
    b.addLossBands(Band.flat(0.5));
    assertThatThrownBy(() -> b.build().terms()).hasMessageStartingWith("minimumSavingsRate is required");
    b.minimumSavingsRate(0.01);
    assertThatThrownBy(() -> b.build().terms()).hasMessageStartingWith("savingsCap is required");
    b.savingsCap(0.05);
    assertThatThrownBy(() -> b.build().terms()).hasMessageStartingWith("lossCap is required");
    b.lossCap(0.05);
    assertThatThrownBy(() -> b.build().terms()).hasMessageStartingWith("maximumLossMitigation is required");
    assertThat(b.maximumLossMitigation(0.3).build().payForReporting()).isTrue();
    assertThatThrownBy(() -> MassHealthYear.builder().model(MassHealthModel.PRIMARY_CARE_ACO).performanceYear(2017)
        .build()).hasMessageContaining("between 2018 and 2027");
  }

  /** DSRIP Protocol, "At-Risk DSRIP Funding": 0% (BP1), 5%, 10%, 15%, 20% (BP5). */
  @Test
  void dsripAtRiskByBudgetPeriod() {
    assertThat(MassHealthDsrip.atRiskShare(1)).isZero();
    assertThat(MassHealthDsrip.atRiskShare(2)).isEqualTo(0.05);
    assertThat(MassHealthDsrip.atRiskShare(5)).isEqualTo(0.20);
    assertThat(MassHealthDsrip.budgetPeriod(2018)).isEqualTo(1);
    assertThat(MassHealthDsrip.budgetPeriod(2020)).isEqualTo(3);
    assertThat(MassHealthDsrip.fundingKept(10_000_000, 3, 0.8)).isEqualTo(9_800_000, within(1e-6));
    // The State's own at-risk amounts in the same clause: BP2 $412.5M x 5% = $20.625M, BP5 $112.5M x 20% = $22.5M.
    assertThat(412_500_000 * MassHealthDsrip.atRiskShare(2)).isEqualTo(20_625_000, within(1e-6));
    assertThat(112_500_000 * MassHealthDsrip.atRiskShare(5)).isEqualTo(22_500_000, within(1e-6));
    assertThatThrownBy(() -> MassHealthDsrip.atRiskShare(6)).hasMessageContaining("between 1 and 5");
  }
}
