/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.program.mssp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.acokit.contract.ContractResult;
import org.acokit.contract.ResolvedContract;
import org.acokit.io.FailureCode;
import org.acokit.io.FailureException;
import org.acokit.program.Program;
import org.acokit.quality.QualityOutcome;
import org.acokit.quality.QualityStandard;
import org.junit.jupiter.api.Test;

class MsspYearTest {

  private static final MsspInput ENHANCED_2025 = MsspInput.builder().performanceYear(2025).track(MsspTrack.ENHANCED)
      .agreementStart(LocalDate.of(2024, 1, 1)).assignedBeneficiaries(12_000).personYears(11_500)
      .perCapitaBenchmark(12_000).perCapitaExpenditure(11_400).quality(QualityOutcome.of(0.82, QualityStandard.MET))
      .msrElection(MsrElection.zero()).build();

  @Test
  void isTheMsspPresetOfTheAcoYear() {
    MsspYear year = MsspYear.of(ENHANCED_2025);
    assertThat(year.program()).isEqualTo(Program.MSSP);
    assertThat(year.performanceYear()).isEqualTo(2025);
    assertThat(year.terms()).isEqualTo(MsspRules.of(ENHANCED_2025).terms(ENHANCED_2025));
    assertThat(year.terms().recalculatedBenchmarkGuardrail()).isTrue();
    assertThat(year.terms().name()).isEqualTo("MSSP ENHANCED PY2025");
  }

  @Test
  void oneCompiledContractSettlesEveryOutcomeOfTheYear() {
    // Resolve once; settle a thousand spending levels; each equals settling that outcome from scratch.
    ResolvedContract contract = MsspSettlement.resolve(ENHANCED_2025);
    for (int i = 0; i < 1000; i++) {
      double spending = 10_000 + 4 * i;
      MsspInput outcome = ENHANCED_2025.withPerCapitaExpenditure(spending);
      ContractResult r = contract.settle(MsspRules.performance(outcome));
      assertThat(r.payment()).isEqualTo(MsspSettlement.settle(outcome).earnedSavingsLosses());
    }
  }

  @Test
  void settlingDrawnAmountsEqualsSettlingNewInputs() {
    // The simulation's fast path: the same computation, bit for bit, without building inputs.
    ResolvedContract contract = MsspSettlement.resolve(ENHANCED_2025);
    org.acokit.contract.PerformanceInputs base = MsspRules.performance(ENHANCED_2025);
    java.util.SplittableRandom random = new java.util.SplittableRandom(7);
    for (int i = 0; i < 2000; i++) {
      double benchmark = base.benchmark() * (0.9 + 0.2 * random.nextDouble());
      double spending = base.benchmark() * (0.8 + 0.4 * random.nextDouble());
      ContractResult fast = contract.settle(base, benchmark, spending);
      ContractResult built = contract.settle(base.withBenchmark(benchmark).withExpenditure(spending));
      assertThat(fast.payment()).isEqualTo(built.payment());
      assertThat(fast.outcome()).isEqualTo(built.outcome());
      assertThat(fast.inputs()).isEqualTo(built.inputs());
      assertThat(fast.explain()).isEqualTo(built.explain());
    }
    assertThatThrownBy(() -> contract.settle(base, Double.NaN, 1)).hasMessageContaining("benchmark must be");
    assertThatThrownBy(() -> contract.settle(base, 1, -1)).hasMessageContaining("expenditure must be");
  }

  @Test
  void aTwoSidedYearWithoutElectionIsAMissingInput() {
    MsspInput noElection = MsspInput.builder().from(ENHANCED_2025).msrElection(java.util.Optional.empty()).build();
    assertThatThrownBy(() -> MsspYear.of(noElection).terms()).isInstanceOf(FailureException.class)
        .satisfies(e -> assertThat(((FailureException) e).failure().code()).isEqualTo(FailureCode.MISSING_INPUT))
        .satisfies(e -> assertThat(((FailureException) e).failure().path()).isEqualTo("msrElection"));
    assertThat(MsspSettlement.trySettle(noElection).failure()).hasValueSatisfying(f ->
        assertThat(f.path()).isEqualTo("msrElection"));
  }
}
