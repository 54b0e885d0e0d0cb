/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * {@link ContractResult#bandAmounts()} for savings, losses, neither and a one-sided contract with
 * losses, and {@link ContractResult#inputs()} with and without a settlement override. Kills the PIT
 * mutants of {@code bandAmounts} and {@code inputs} (issue 17).
 */
class ContractResultMutationTest {

  /** Two savings bands (60% to 5% of the benchmark, 30% above) and two loss bands (40%, then 60%); no minimums, no caps. */
  private static final ResolvedContract TWO_BANDS = ResolvedContract.of(ContractTerms.builder().name("two bands")
      .addSavingsBands(Band.of(0, 0.05, 0.6), Band.above(0.05, 0.3))
      .addLossBands(Band.of(0, 0.05, 0.4), Band.above(0.05, 0.6)).build());

  private static PerformanceInputs spent(double expenditure) {
    return PerformanceInputs.builder().benchmark(100_000_000).expenditure(expenditure).qualityScore(0.9).build();
  }

  @Test
  void savingsAreSharedBandByBand() {
    ContractResult r = TWO_BANDS.settle(spent(92_000_000));
    // 8M saved: 60% of the first 5M, 30% of the next 3M
    assertThat(r.bandAmounts()).hasSize(2);
    assertThat(r.bandAmounts().get(0)).isCloseTo(3_000_000, within(1e-6));
    assertThat(r.bandAmounts().get(1)).isCloseTo(900_000, within(1e-6));
    assertThat(r.sharedSavings()).isCloseTo(3_900_000, within(1e-6));
  }

  @Test
  void lossesAreSharedBandByBand() {
    ContractResult r = TWO_BANDS.settle(spent(108_000_000));
    assertThat(r.outcome()).isEqualTo(Outcome.LOSSES);
    // 8M lost: 40% of the first 5M, 60% of the next 3M
    assertThat(r.bandAmounts()).hasSize(2);
    assertThat(r.bandAmounts().get(0)).isCloseTo(2_000_000, within(1e-6));
    assertThat(r.bandAmounts().get(1)).isCloseTo(1_800_000, within(1e-6));
  }

  @Test
  void nothingSharedMeansNoBandAmounts() {
    assertThat(TWO_BANDS.settle(spent(100_000_000)).bandAmounts()).isEmpty();
    ResolvedContract oneSided = ResolvedContract.of(ContractTerms.builder().name("one-sided")
        .addSavingsBands(Band.flat(0.5)).build());
    ContractResult losses = oneSided.settle(spent(108_000_000));
    assertThat(losses.payment()).isZero();
    assertThat(losses.bandAmounts()).isEmpty();
  }

  @Test
  void inputsReflectASettlementOverride() {
    PerformanceInputs in = spent(92_000_000);
    assertThat(TWO_BANDS.settle(in).inputs()).isSameAs(in);
    ContractResult overridden = TWO_BANDS.settle(in, 90_000_000, 85_000_000);
    assertThat(overridden.inputs().benchmark()).isEqualTo(90_000_000);
    assertThat(overridden.inputs().expenditure()).isEqualTo(85_000_000);
    assertThat(overridden.inputs().qualityScore()).isEqualTo(in.qualityScore());
    ContractResult benchmarkOnly = TWO_BANDS.settle(in, 90_000_000, 92_000_000);
    assertThat(benchmarkOnly.inputs().benchmark()).isEqualTo(90_000_000);
    ContractResult expenditureOnly = TWO_BANDS.settle(in, 100_000_000, 85_000_000);
    assertThat(expenditureOnly.inputs().expenditure()).isEqualTo(85_000_000);
  }
}
