/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.risk;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.acokit.testing.Finite;

/**
 * Same answer on every thread count (issue 17): a settlement simulation run on one thread and on
 * N threads gives the same trials, bit for bit, for the parametric and the bootstrap spending
 * models; no statistic holds NaN or infinity.
 */
class ThreadCountPropertiesTest {

  private static final BootstrapSpending BOOTSTRAP = SettlementSimulationTest.bootstrap(2_000);

  @Property(tries = 12)
  void parametricRunIsTheSameOnEveryThreadCount(@ForAll @IntRange(min = 2, max = 20_000) int trials,
      @ForAll @IntRange(min = 2, max = 8) int threads, @ForAll long seed,
      @ForAll @DoubleRange(min = -0.05, max = 0.05) double savingsRate, @ForAll @IntRange(min = 500, max = 50_000) int size) {
    SettlementSimulation sim = SettlementSimulation.parametric(SettlementSimulationTest.enhanced(size),
        ParametricSpending.lognormal(savingsRate, 2.5));
    SimulationResult one = sim.run(trials, seed, 1);
    SimulationResult many = sim.run(trials, seed, threads);
    assertThat(many.payments()).isEqualTo(one.payments());
    assertThat(many.savingsRates()).isEqualTo(one.savingsRates());
    assertThat(many.meanPersonYears()).isEqualTo(one.meanPersonYears());
    assertThat(many.probabilitySavingsCapBinds()).isEqualTo(one.probabilitySavingsCapBinds());
    assertThat(many.summary()).isEqualTo(one.summary());
    Finite.assertFinite(many);
  }

  @Property(tries = 6)
  void bootstrapRunIsTheSameOnEveryThreadCount(@ForAll @IntRange(min = 2, max = 9_000) int trials,
      @ForAll @IntRange(min = 2, max = 8) int threads, @ForAll long seed) {
    SettlementSimulation sim = SettlementSimulation.bootstrap(SettlementSimulationTest.enhanced(2_000), BOOTSTRAP,
        Perturbations.builder().trendStandardDeviation(0.01).riskScoreStandardDeviation(0.01).build());
    SimulationResult one = sim.run(trials, seed, 1);
    SimulationResult many = sim.run(trials, seed, threads);
    assertThat(many.payments()).isEqualTo(one.payments());
    assertThat(many.savingsRates()).isEqualTo(one.savingsRates());
    assertThat(many.summary()).isEqualTo(one.summary());
    Finite.assertFinite(many);
  }
}
