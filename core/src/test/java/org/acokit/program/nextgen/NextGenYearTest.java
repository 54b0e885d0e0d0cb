/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.program.nextgen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.acokit.contract.ResolvedContract;
import org.acokit.contract.ContractTerms;
import org.acokit.contract.PerformanceInputs;
import org.junit.jupiter.api.Test;

/**
 * The Next Generation ACO preset against its published terms.
 */
class NextGenYearTest {

  private static NextGenYear.Builder year(int py, NextGenArrangement a) {
    return NextGenYear.builder().performanceYear(py).arrangement(a).discount(0.03).savingsLossCap(0.15)
        .sequestrationRate(0);
  }

  /** Arrangement A 80% (2016-2018), 85% (2019-2020); B 100% (CMMI, March 2015). */
  @Test
  void ratesByYearAndArrangement() {
    assertThat(year(2016, NextGenArrangement.A).build().effectiveSharingRate()).isEqualTo(0.80);
    assertThat(year(2018, NextGenArrangement.A).build().effectiveSharingRate()).isEqualTo(0.80);
    assertThat(year(2019, NextGenArrangement.A).build().effectiveSharingRate()).isEqualTo(0.85);
    assertThat(year(2020, NextGenArrangement.A).build().effectiveSharingRate()).isEqualTo(0.85);
    assertThat(year(2021, NextGenArrangement.B).build().effectiveSharingRate()).isEqualTo(1.0);
    assertThatThrownBy(() -> year(2021, NextGenArrangement.A).build().terms())
        .hasMessageStartingWith("sharingRate is required");
    ContractTerms t = year(2017, NextGenArrangement.A).build().terms();
    assertThat(t.savingsCap().get().benchmarkRate().getAsDouble()).isEqualTo(0.8 * 0.15, within(1e-15));
    assertThat(t.minimumSavingsRate()).isZero();
  }

  /** The discount raises the savings hurdle: 3% off a $100M benchmark, spending $90M, 80% shared. */
  @Test
  void discountThenSharingThenCap() {
    ContractTerms t = year(2017, NextGenArrangement.A).build().terms();
    assertThat(ResolvedContract.of(t).settle(PerformanceInputs.builder().benchmark(100_000_000)
        .expenditure(90_000_000).build()).payment()).isEqualTo(0.8 * 7_000_000, within(1e-6));
    assertThat(ResolvedContract.of(t).settle(PerformanceInputs.builder().benchmark(100_000_000)
        .expenditure(60_000_000).build()).payment()).isEqualTo(0.8 * 0.15 * 97_000_000, within(1e-6));
    assertThat(ResolvedContract.of(t).settle(PerformanceInputs.builder().benchmark(100_000_000)
        .expenditure(98_000_000).build()).payment()).isEqualTo(-0.8 * 1_000_000, within(1e-6));
  }

  /**
   * The participation agreement's examples: "a 5% Savings/Losses Cap and a 80% Risk Arrangement
   * ... up to 4% ... of its Performance Year Benchmark"; with 2% sequestration, 98% of the savings
   * after cap and arrangement, and 100% of the losses.
   */
  @Test
  void participationAgreementWorkedExamples() {
    ContractTerms t = year(2017, NextGenArrangement.A).savingsLossCap(0.05).sequestrationRate(0.02).build().terms();
    PerformanceInputs in = PerformanceInputs.builder().benchmark(100_000_000).expenditure(87_300_000).build();
    // 3% discount: settlement benchmark $97M, gross savings $9.7M = 10%, capped at 5% before the 80% arrangement.
    assertThat(ResolvedContract.of(t).settle(in).sharedSavings()).isEqualTo(0.8 * 9_700_000, within(1e-6));
    assertThat(ResolvedContract.of(t).settle(in).payment()).isEqualTo(0.98 * 0.04 * 97_000_000, within(1e-6));
    assertThat(ResolvedContract.of(t).settle(in.withExpenditure(106_700_000)).payment())
        .isEqualTo(-0.04 * 97_000_000, within(1e-6));
  }

  @Test
  void discountOutsideThePublishedRangeAndMissingParametersAreRefused() {
    assertThatThrownBy(() -> year(2017, NextGenArrangement.A).discount(0.05).build())
        .hasMessageContaining("discount must be between 0.005 and 0.045");
    assertThatThrownBy(() -> NextGenYear.builder().performanceYear(2017).arrangement(NextGenArrangement.B).build()
        .terms()).hasMessageStartingWith("discount is required");
    assertThatThrownBy(() -> year(2017, NextGenArrangement.A).savingsLossCap(0.2).build())
        .hasMessageContaining("savingsLossCap must be between 0.05 and 0.15");
    assertThatThrownBy(() -> NextGenYear.builder().performanceYear(2017).arrangement(NextGenArrangement.B)
        .discount(0.01).sequestrationRate(0).build().terms()).hasMessageStartingWith("savingsLossCap is required");
  }
}
