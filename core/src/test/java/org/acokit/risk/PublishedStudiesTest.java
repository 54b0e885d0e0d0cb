/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The simulation against the published studies of {@link PublishedStudies}: the figures they
 * state, within Monte Carlo error (4 standard errors) plus the rounding of the published figure
 * (0.005 for two decimals), except where noted.
 */
class PublishedStudiesTest {

  private static final int TRIALS = 200_000;

  private static SimulationResult delia(boolean twoSided, int enrollees, double trueSavings) {
    return SettlementSimulation.parametric(twoSided ? PublishedStudies.deliaTwoSided(enrollees)
        : PublishedStudies.deliaOneSided(enrollees), ParametricSpending.normal(trueSavings, PublishedStudies.DELIA_CV))
        .run(TRIALS, 2012);
  }

  private static double tolerance(SimulationResult r, double p) {
    return 4 * r.standardError(p) + 0.005;
  }

  @Test
  void deliaTwoSidedFlatSpendingAt50000() {
    SimulationResult r = delia(true, 50_000, 0.0);
    assertThat(r.probabilityEarnedSavings()).isCloseTo(0.02, within(tolerance(r, 0.02)));
    assertThat(r.probabilitySharedLosses()).isCloseTo(0.02, within(tolerance(r, 0.02)));
  }

  @Test
  void deliaTwoSidedFlatSpendingAt5000() {
    SimulationResult r = delia(true, 5_000, 0.0);
    assertThat(r.probabilitySharedLosses()).isCloseTo(0.26, within(tolerance(r, 0.26)));
    // Published 0.24 and 0.26: a symmetric model cannot give the asymmetry; ours gives 0.26 for
    // both, 0.02 above the published undeserved-savings figure (a documented difference).
    assertThat(r.probabilityEarnedSavings()).isCloseTo(0.24, within(0.025));
  }

  @Test
  void deliaDenialOfDeservedSavingsAt5000() {
    assertThat(1 - delia(true, 5_000, 0.05).probabilityEarnedSavings()).isGreaterThanOrEqualTo(0.15);
    assertThat(1 - delia(false, 5_000, 0.05).probabilityEarnedSavings()).isGreaterThanOrEqualTo(0.15);
    assertThat(1 - delia(false, 5_000, 0.06).probabilityEarnedSavings()).isGreaterThanOrEqualTo(0.15);
    // One-sided at 7%: 0.142, within 0.01 of the published bound (a documented difference).
    SimulationResult at7 = delia(false, 5_000, 0.07);
    double denial = 1 - at7.probabilityEarnedSavings();
    assertThat(denial).isCloseTo(0.15, within(0.01));
    // The whole difference is whether the true savings scale the dispersion: the simulation is
    // the closed form with sd = cv (1 - s) / sqrt(n) (0.142) within Monte Carlo error; the same
    // form with sd = cv / sqrt(n) (the dollar SD held) gives 0.159, above the bound.
    double scaled = Distributions.normalCdf((0.039 - 0.07) / (PublishedStudies.DELIA_CV * 0.93 / Math.sqrt(5_000)));
    double held = Distributions.normalCdf((0.039 - 0.07) / (PublishedStudies.DELIA_CV / Math.sqrt(5_000)));
    assertThat(scaled).isCloseTo(0.142, within(0.001));
    assertThat(denial).isCloseTo(scaled, within(4 * at7.standardError(scaled)));
    assertThat(held).isCloseTo(0.159, within(0.001)).isGreaterThanOrEqualTo(0.15);
  }

  @Test
  void friedbergOptionPricesAt500And60000Patients() {
    double small = PublishedStudies.friedbergOptionPrice(500, 0, TRIALS, 2013);
    double large = PublishedStudies.friedbergOptionPrice(60_000, 0, TRIALS, 2013);
    // Published to the dollar: $225 and $23 (0.5 rounding), Monte Carlo error about 0.6% of each.
    assertThat(small).isCloseTo(225, within(0.5 + 4 * 0.006 * 225));
    assertThat(large).isCloseTo(23, within(0.5 + 4 * 0.006 * 23));
    assertThat(small / PublishedStudies.FRIEDBERG_MEAN_COST).isCloseTo(0.031, within(0.0015));
    assertThat(large / PublishedStudies.FRIEDBERG_MEAN_COST).isCloseTo(0.003, within(0.0005));
  }

  @Test
  void friedbergTwoPercentReductionLeavesOnlyTheSmallestProvidersWithAPrice() {
    // A prediction, not a fit: with a 2% real reduction the price is 0 for all but the smallest.
    assertThat(PublishedStudies.friedbergOptionPrice(500, 0.02, TRIALS, 2013)).isGreaterThan(50);
    for (int size : new int[] {10_000, 20_000, 60_000}) {
      assertThat(PublishedStudies.friedbergOptionPrice(size, 0.02, TRIALS, 2013)).as("size %d", size).isZero();
    }
    // A 1% reduction lowers every price.
    assertThat(PublishedStudies.friedbergOptionPrice(500, 0.01, TRIALS, 2013))
        .isLessThan(PublishedStudies.friedbergOptionPrice(500, 0, TRIALS, 2013));
  }
}
