/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.equity;

import org.acokit.measures.internal.Stats;

/**
 * Interval estimates for proportions: Wilson's score interval for one, Newcombe's hybrid score
 * interval for a difference of two, the log-scale Wald interval for a ratio, and the two-sided
 * p-value of the pooled two-proportion z test. Proportions are fractions 0-1. Sources: Wilson EB,
 * J Am Stat Assoc 1927;22:209-212; Newcombe RG, "Interval estimation for the difference between
 * independent proportions: comparison of eleven methods", Stat Med 1998;17:873-890 (method 10);
 * Katz D et al., Biometrics 1978;34:469-474 (log ratio). Pure functions; thread-safe.
 */
public final class Proportions {

  private Proportions() {
  }

  /**
   * Wilson's score interval: (x + z^2/2) / (n + z^2) -/+ z / (n + z^2) sqrt(x (n - x) / n + z^2 / 4).
   *
   * @param x successes, 0 to n
   * @param n trials, positive
   * @return {lower, upper} as fractions
   * @throws IllegalArgumentException if n is not positive or x is outside 0..n
   */
  public static double[] wilson(long x, long n) {
    if (n <= 0 || x < 0 || x > n) {
      throw new IllegalArgumentException("Wilson interval needs 0 <= x <= n and n > 0, but was " + x + " of " + n);
    }
    double z = SummaryMeasures.Z;
    double z2 = z * z;
    double centre = (x + z2 / 2) / (n + z2);
    double half = z / (n + z2) * Math.sqrt((double) x * (n - x) / n + z2 / 4);
    return new double[] {Math.max(0, centre - half), Math.min(1, centre + half)};
  }

  /**
   * Newcombe's hybrid score interval for p1 - p2: D -/+ sqrt of the squared distances to the
   * Wilson limits (L = D - sqrt((p1 - l1)^2 + (u2 - p2)^2), U = D + sqrt((u1 - p1)^2 + (p2 - l2)^2)).
   *
   * @param x1 successes of group 1
   * @param n1 trials of group 1
   * @param x2 successes of group 2
   * @param n2 trials of group 2
   * @return {lower, upper} of the difference, fractions
   * @throws IllegalArgumentException if a count is invalid
   */
  public static double[] newcombe(long x1, long n1, long x2, long n2) {
    double p1 = (double) x1 / n1;
    double p2 = (double) x2 / n2;
    double[] w1 = wilson(x1, n1);
    double[] w2 = wilson(x2, n2);
    double d = p1 - p2;
    return new double[] {d - Math.sqrt(sq(p1 - w1[0]) + sq(w2[1] - p2)), d + Math.sqrt(sq(w1[1] - p1) + sq(p2 - w2[0]))};
  }

  /**
   * The standard error of ln(p1 / p2): sqrt(1/x1 - 1/n1 + 1/x2 - 1/n2); infinite when x1 or x2 is 0.
   *
   * @param x1 successes of group 1
   * @param n1 trials of group 1
   * @param x2 successes of group 2
   * @param n2 trials of group 2
   * @return the standard error
   */
  public static double logRatioSe(long x1, long n1, long x2, long n2) {
    if (x1 == 0 || x2 == 0) {
      return Double.POSITIVE_INFINITY;
    }
    return Math.sqrt(1.0 / x1 - 1.0 / n1 + 1.0 / x2 - 1.0 / n2);
  }

  /**
   * The two-sided p-value of the pooled two-proportion z test; 1 when both proportions are 0 or
   * both are 1.
   *
   * @param x1 successes of group 1
   * @param n1 trials of group 1
   * @param x2 successes of group 2
   * @param n2 trials of group 2
   * @return the p-value
   */
  public static double twoSidedP(long x1, long n1, long x2, long n2) {
    double pooled = (double) (x1 + x2) / (n1 + n2);
    double v = pooled * (1 - pooled) * (1.0 / n1 + 1.0 / n2);
    if (v == 0) {
      return 1;
    }
    double z = ((double) x1 / n1 - (double) x2 / n2) / Math.sqrt(v);
    return Math.min(1, 2 * upperTail(Math.abs(z)));
  }

  /**
   * The upper tail of the standard normal distribution, 1 - Phi(z), from the measures module's
   * one normal distribution ({@link Stats#normalUpperTail(double)}: relative error about 1e-14).
   *
   * @param z the quantile
   * @return the tail probability
   */
  public static double upperTail(double z) {
    return Stats.normalUpperTail(z);
  }

  private static double sq(double v) {
    return v * v;
  }
}
