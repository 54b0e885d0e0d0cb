/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.program.mssp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.acokit.contract.SavingsQuality;
import org.junit.jupiter.api.Test;

/**
 * Year rules of the Shared Savings Program and the minimum savings rate election that mutation
 * testing (PIT) found untested: the first and last years of each rule, and how an election is
 * compared and shown.
 */
class MsspProgramYearMutationTest {

  @Test
  void yearsCoveredAndTheirRules() {
    assertThat(MsspProgramYear.of(2012).performanceYear()).isEqualTo(2012);
    assertThat(MsspProgramYear.of(2026).performanceYear()).isEqualTo(2026);
    assertThatThrownBy(() -> MsspProgramYear.of(2011))
        .hasMessage("performanceYear must be between 2012 and 2026 inclusive, but was 2011");
    assertThatThrownBy(() -> MsspProgramYear.of(2027)).hasMessageContaining("but was 2027");
    // Sequestration was suspended for 2019-2020 payments.
    assertThat(MsspProgramYear.of(2018).sequestrationRate()).isEqualTo(0.02);
    assertThat(MsspProgramYear.of(2019).sequestrationRate()).isZero();
    assertThat(MsspProgramYear.of(2020).sequestrationRate()).isZero();
    assertThat(MsspProgramYear.of(2021).sequestrationRate()).isEqualTo(0.02);
    // Quality multiplies savings to 2020, not in 2021-2022, and under the alternative from 2023.
    assertThat(MsspProgramYear.of(2020).savingsQuality()).isEqualTo(SavingsQuality.MULTIPLY);
    assertThat(MsspProgramYear.of(2021).savingsQuality()).isEqualTo(SavingsQuality.NONE);
    assertThat(MsspProgramYear.of(2022).savingsQuality()).isEqualTo(SavingsQuality.NONE);
    assertThat(MsspProgramYear.of(2023).savingsQuality()).isEqualTo(SavingsQuality.MULTIPLY_UNDER_ALTERNATIVE);
    // Sharing below the minimum savings rate from 2024 (42 CFR 425.605(d)(1)(i)(B)).
    assertThat(MsspProgramYear.of(2023).hasBelowMinimumSharing()).isFalse();
    assertThat(MsspProgramYear.of(2024).hasBelowMinimumSharing()).isTrue();
    // The COVID-19 public health emergency affected every ACO in 2020-2022.
    assertThat(MsspProgramYear.of(2019).everyAcoAffectedByEuc()).isFalse();
    assertThat(MsspProgramYear.of(2020).everyAcoAffectedByEuc()).isTrue();
    assertThat(MsspProgramYear.of(2022).everyAcoAffectedByEuc()).isTrue();
    assertThat(MsspProgramYear.of(2023).everyAcoAffectedByEuc()).isFalse();
    // Agreements under the 2019 redesign start 7/1/2019.
    assertThat(MsspProgramYear.of(2019).startsAfterJune2019(LocalDate.of(2019, 7, 1))).isTrue();
    assertThat(MsspProgramYear.of(2019).startsAfterJune2019(LocalDate.of(2019, 1, 1))).isFalse();
    assertThat(MsspProgramYear.of(2018).startsAfterJune2019(LocalDate.of(2016, 1, 1))).isFalse();
    assertThat(MsspProgramYear.of(2020).startsAfterJune2019(LocalDate.of(2016, 1, 1))).isTrue();
  }

  @Test
  void electionsCompareByKindAndRate() {
    assertThat(MsrElection.fixed(0.01)).isEqualTo(MsrElection.fixed(0.01)).hasSameHashCodeAs(MsrElection.fixed(0.01))
        .isNotEqualTo(MsrElection.fixed(0.02)).isNotEqualTo(MsrElection.zero()).isNotEqualTo("fixed 1%");
    assertThat(MsrElection.variable()).isEqualTo(MsrElection.variable()).hasSameHashCodeAs(MsrElection.variable())
        .isNotEqualTo(MsrElection.zero());
    assertThat(MsrElection.fixed(0.015)).hasToString("1.5% MSR/MLR");
    assertThat(MsrElection.zero()).hasToString("0% MSR/MLR");
    assertThat(MsrElection.variable()).hasToString("variable MSR/MLR");
    assertThat(MsrElection.fixed(0.005)).hasToString("0.5% MSR/MLR");
    assertThat(MsrElection.fixed(0.02)).hasToString("2.0% MSR/MLR");
    assertThat(MsrElection.fixed(0.02 + 1e-13).rate()).isEqualTo(0.02);
    assertThatThrownBy(() -> MsrElection.fixed(0.0125)).isInstanceOf(IllegalArgumentException.class);
  }
}
