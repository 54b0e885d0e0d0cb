/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.equity;

/**
 * The settings of the Monte Carlo intervals of the summary measures that have no analytic
 * standard error (bgsd, covar, mdmu, mdmw, mdbu, mdbw, mdru, mdrw, idisu, idisw): in each of
 * {@code replicates} replicates every subgroup estimate is drawn from Normal(estimate, se),
 * redrawn until it lies in [0, 100] for a percentage (scale 100) or is above 0 otherwise; the
 * measure is recomputed; the interval is the 2.5% and 97.5% quantiles (linear interpolation
 * between order statistics, Hyndman-Fan type 7) of the replicates. Draws come from
 * {@link java.util.SplittableRandom} seeded with {@code seed}, so results are reproducible in
 * acokit (not equal to R's, whose generator differs). Immutable and thread-safe.
 *
 * @param replicates the number of replicates, at least 2
 * @param seed the random seed
 */
public record Simulation(int replicates, long seed) {

  /** 100 replicates, seed 123456: the number and seed of WHO's healthequal 1.0.0. */
  public static final Simulation DEFAULT = new Simulation(100, 123456L);

  /**
   * Checks the settings.
   *
   * @throws IllegalArgumentException if there are fewer than 2 replicates
   */
  public Simulation {
    if (replicates < 2) {
      throw new IllegalArgumentException("simulation replicates must be at least 2, but was " + replicates);
    }
  }
}
