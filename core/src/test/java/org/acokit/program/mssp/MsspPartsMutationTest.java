/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.program.mssp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.acokit.explain.ExplanationStep;
import org.junit.jupiter.api.Test;

/**
 * Parts of the MSSP settlement PIT found unreached or untested at a boundary (issue 17): the
 * program's first and last years, one assigned beneficiary, the low-revenue default, the benchmark
 * the guardrail replaced as Table 3 names it, and the printed result's payment due.
 */
class MsspPartsMutationTest {

  @Test
  void theFirstAndLastProgramYearsAreAllowedAndNoOthers() {
    MsspInput base = MsspSettlementTest.a1540();
    assertThat(MsspInput.builder().from(base).track(MsspTrack.TRACK_1).agreementStart(LocalDate.of(2012, 4, 1))
        .performanceYear(MsspProgramYear.FIRST_YEAR).build().performanceYear()).isEqualTo(2012);
    assertThat(MsspInput.builder().from(base).performanceYear(MsspProgramYear.LAST_YEAR).build().performanceYear())
        .isEqualTo(2026);
    assertThatThrownBy(() -> MsspInput.builder().from(base).performanceYear(2011).build())
        .hasMessageContaining("performanceYear must be between 2012 and 2026 inclusive, but was 2011");
    assertThatThrownBy(() -> MsspInput.builder().from(base).performanceYear(2027).build())
        .hasMessageContaining("performanceYear must be between 2012 and 2026 inclusive, but was 2027");
  }

  @Test
  void aYearIsNotLowRevenueUnlessSetAndMayHaveOneBeneficiary() {
    MsspYear year = MsspYear.builder().performanceYear(2025).track(MsspTrack.ENHANCED)
        .agreementStart(LocalDate.of(2024, 1, 1)).msrElection(MsrElection.zero()).assignedBeneficiaries(1).build();
    assertThat(year.lowRevenue()).isFalse();
    assertThat(year.assignedBeneficiaries()).isEqualTo(1);
    assertThatThrownBy(() -> MsspYear.builder().from(year).assignedBeneficiaries(0).build())
        .hasMessage("assignedBeneficiaries must be at least 1, but was 0");
  }

  @Test
  void table3NamesThePerCapitaBenchmarkTheGuardrailReplaced() {
    // ENHANCED 2024, MLR 0: 10,300 spent against a three-way benchmark of 10,000, recalculated 10,100.
    MsspInput in = MsspSettlementTest.simple(MsspTrack.ENHANCED, 2024, 20000).withPerCapitaExpenditure(10300)
        .withMsrElection(MsrElection.zero()).withRecalculatedPerCapitaBenchmark(10100);
    ExplanationStep f = MsspSettlement.settle(in).explain().steps().stream().filter(s -> s.row().equals("F"))
        .findFirst().orElseThrow();
    assertThat(f.formula()).contains("replacing the three-way 10,000.00 (42 CFR 425.652(b)(5))");
  }

  @Test
  void thePrintedResultShowsThePaymentDueOnlyWithLosses() {
    MsspInput losses = MsspSettlementTest.simple(MsspTrack.ENHANCED, 2024, 20000).withPerCapitaExpenditure(10300)
        .withMsrElection(MsrElection.zero());
    MsspResult owed = MsspSettlement.settle(losses);
    String owedLine = owed.toString().lines().filter(l -> l.contains("[GG]")).findFirst().orElseThrow();
    assertThat(owedLine).contains(org.acokit.explain.Formats.dollars(owed.paymentDueToCms().getAsDouble()));
    // one-sided: nothing can be due
    MsspResult saved = MsspSettlement.settle(MsspSettlementTest.simple(MsspTrack.BASIC_A, 2024, 20000));
    assertThat(saved.paymentDueToCms()).isEmpty();
    assertThat(saved.toString()).contains("[GG] Payment Due to CMS ($)");
  }

  @Test
  void programYearsAndRulesPrintTheirYear() {
    assertThat(MsspProgramYear.of(2022).toString()).startsWith("MsspProgramYear{PY2022, ");
    assertThat(MsspRules.of(2022, MsspTrack.BASIC_B, LocalDate.of(2019, 7, 1)).toString())
        .isEqualTo("MsspRules{PY2022, " + MsspTrack.BASIC_B.label() + ", agreement 2019-07-01}");
  }
}
