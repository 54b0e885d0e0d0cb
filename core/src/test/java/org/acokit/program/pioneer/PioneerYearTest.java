/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.program.pioneer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.acokit.contract.ContractResult;
import org.acokit.contract.ResolvedContract;
import org.acokit.contract.ContractTerms;
import org.acokit.contract.Outcome;
import org.acokit.contract.PerformanceInputs;
import org.junit.jupiter.api.Test;

/**
 * The Pioneer ACO preset against its published terms and published results.
 */
class PioneerYearTest {

  /** Core arrangement: up to 60% with a 10% limit in year 1, 70% and 15% in year 2 (CMMI, 17 May 2011). */
  @Test
  void coreArrangementRatesAndLimits() {
    PioneerYear y1 = PioneerYear.builder().performanceYear(2012).arrangement(PioneerArrangement.CORE)
        .minimumSavingsRate(0.01).sequestrationRate(0).build();
    ContractTerms t1 = y1.terms();
    assertThat(t1.savingsBands().get(0).rate()).isEqualTo(0.60);
    assertThat(t1.lossBands().get(0).rate()).isEqualTo(0.60);
    assertThat(t1.savingsCap().get().benchmarkRate().getAsDouble()).isEqualTo(0.10);
    assertThat(t1.lossCap().get().benchmarkRate().getAsDouble()).isEqualTo(0.10);
    ContractTerms t2 = y1.withPerformanceYear(2013).terms();
    assertThat(t2.savingsBands().get(0).rate()).isEqualTo(0.70);
    assertThat(t2.savingsCap().get().benchmarkRate().getAsDouble()).isEqualTo(0.15);
  }

  /**
   * Published result: Genesys PHO, PY2012, gross losses of $5.1 million (-2.9% of its benchmark),
   * owed shared losses of $2.55 million (AJMC, "Financial results from first 2 years of Pioneer
   * ACO program show mixed results"). The 50% rate is its arrangement's, an alternative one.
   */
  @Test
  void genesysPhoFirstYearLosses() {
    double benchmark = 5_100_000 / 0.029;
    ContractTerms terms = PioneerYear.builder().performanceYear(2012).arrangement(PioneerArrangement.ALTERNATIVE)
        .minimumSavingsRate(0.01).sharingRate(0.5).savingsLossLimit(0.10).sequestrationRate(0).build().terms();
    ContractResult r = ResolvedContract.of(terms).settle(PerformanceInputs.builder().benchmark(benchmark)
        .expenditure(benchmark + 5_100_000).qualityScore(1.0).build());
    assertThat(r.outcome()).isEqualTo(Outcome.LOSSES);
    assertThat(r.payment()).isEqualTo(-2_550_000, within(0.01));
  }

  @Test
  void requiredParametersAreNamed() {
    PioneerYear.Builder b = PioneerYear.builder().performanceYear(2014).arrangement(PioneerArrangement.CORE);
    assertThatThrownBy(() -> b.build().terms()).hasMessageStartingWith("minimumSavingsRate is required");
    assertThatThrownBy(() -> b.minimumSavingsRate(0.02).build().terms())
        .hasMessageStartingWith("sequestrationRate is required");
    assertThatThrownBy(() -> b.sequestrationRate(0.02).build().terms()).hasMessageStartingWith("sharingRate is required");
    assertThatThrownBy(() -> b.sharingRate(0.7).build().terms()).hasMessageStartingWith("savingsLossLimit is required");
    assertThat(b.savingsLossLimit(0.15).populationBasedPayment(true).build().terms().name())
        .isEqualTo("Pioneer ACO CORE PY2014 (population-based payment)");
  }

  @Test
  void invalidYearsAndPopulationBasedPaymentBefore2014AreRefused() {
    assertThatThrownBy(() -> PioneerYear.builder().performanceYear(2017).arrangement(PioneerArrangement.CORE).build())
        .hasMessageContaining("between 2012 and 2016");
    assertThatThrownBy(() -> PioneerYear.builder().performanceYear(2013).arrangement(PioneerArrangement.CORE)
        .populationBasedPayment(true).build()).hasMessageContaining("from performance year 2014");
    assertThatThrownBy(() -> PioneerYear.builder().performanceYear(2013).arrangement(PioneerArrangement.CORE)
        .sharingRate(60).build()).hasMessageContaining("write 0.05 for 5%");
  }

  @Test
  void benchmarkTrendIsAnEvenBlend() {
    assertThat(PioneerYear.blendedTrend(0.04, 0.03)).isEqualTo(0.035, within(1e-15));
  }
}
