/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.population;

import java.util.SplittableRandom;

/**
 * A seeded generator of synthetic beneficiary-year rows for tests, examples and benchmarks.
 * <p>
 * Shapes chosen to look like an ACO's assigned population (they are not calibrated to CMS data):
 * enrollment mix of about 1% ESRD, 15% disabled, 10% aged/dual and 74% aged/non-dual; 88% of rows
 * eligible all year, the others 1-11 months (new enrollees and deaths), 3% switching type during
 * the year; 15% with no spending; lognormal annual spending (sigma 1.3) with means of about
 * $85,000 (ESRD), $12,000 (disabled), $19,000 (aged/dual) and $11,500 (aged/non-dual), so a heavy
 * right tail; lognormal risk scores around 1 (about 1.05 mean). The same seed gives the same rows.
 */
public final class SyntheticPopulation {

  private static final double[] MIX = {0.01, 0.15, 0.10, 0.74};
  private static final double[] MEAN_SPEND = {85000, 12000, 19000, 11500};
  private static final double SIGMA = 1.3;

  private SyntheticPopulation() {
  }

  /**
   * Generates rows.
   *
   * @param seed the random seed
   * @param rows the number of rows
   * @return the columns, with county codes 1-3,000
   * @throws IllegalArgumentException if rows is negative
   */
  public static BeneficiaryYearColumns generate(long seed, int rows) {
    if (rows < 0) {
      throw new IllegalArgumentException("rows must be 0 or more, but was " + rows);
    }
    SplittableRandom random = new SplittableRandom(seed);
    byte[][] months = new byte[4][rows];
    double[][] spend = new double[4][rows];
    double[] risk = new double[rows];
    int[] counties = new int[rows];
    double mu = -SIGMA * SIGMA / 2;
    for (int i = 0; i < rows; i++) {
      int type = pick(random.nextDouble());
      int total = random.nextDouble() < 0.88 ? 12 : 1 + random.nextInt(11);
      if (random.nextDouble() < 0.03 && total > 1) {
        int other = pick(random.nextDouble());
        int first = 1 + random.nextInt(total - 1);
        if (other != type) {
          months[type][i] = (byte) first;
          months[other][i] = (byte) (total - first);
        } else {
          months[type][i] = (byte) total;
        }
      } else {
        months[type][i] = (byte) total;
      }
      boolean spends = random.nextDouble() >= 0.15;
      for (int t = 0; t < 4; t++) {
        int m = months[t][i];
        if (m > 0 && spends) {
          double annual = MEAN_SPEND[t] * Math.exp(mu + SIGMA * random.nextGaussian());
          spend[t][i] = Math.round(annual * m / 12.0 * 100) / 100.0;
        }
      }
      risk[i] = Math.exp(0.5 * random.nextGaussian()) * 0.93;
      counties[i] = 1 + random.nextInt(3000);
    }
    return BeneficiaryYearColumns.of(months, spend, risk, counties);
  }

  private static int pick(double u) {
    double cumulative = 0;
    for (int t = 0; t < 3; t++) {
      cumulative += MIX[t];
      if (u < cumulative) {
        return t;
      }
    }
    return 3;
  }
}
