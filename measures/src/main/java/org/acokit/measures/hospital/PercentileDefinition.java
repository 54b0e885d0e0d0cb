/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.hospital;

/**
 * How a percentile of a finite sample is taken.
 */
public enum PercentileDefinition {
  /**
   * SAS {@code PCTLDEF=5}, the default of {@code PROC UNIVARIATE} (empirical distribution with
   * averaging): with {@code n p = j + g}, the mean of the j-th and (j+1)-th order statistics when
   * {@code g = 0}, else the (j+1)-th.
   */
  SAS_5,
  /** Linear interpolation between order statistics at {@code (n - 1) p} (R type 7, Excel PERCENTILE.INC). */
  TYPE_7;

  /**
   * The percentile of sorted values.
   *
   * @param sorted the values in ascending order, at least one, all finite
   * @param p the probability, in [0, 1]
   * @return the percentile
   * @throws IllegalArgumentException if there are no values or p is outside [0, 1]
   */
  public double of(double[] sorted, double p) {
    if (sorted.length == 0) {
      throw new IllegalArgumentException("a percentile needs at least one value");
    }
    if (!(p >= 0 && p <= 1)) {
      throw new IllegalArgumentException("percentile probability must be in [0, 1], but was " + p);
    }
    int n = sorted.length;
    if (this == TYPE_7) {
      double h = (n - 1) * p;
      int lo = (int) Math.floor(h);
      int hi = Math.min(lo + 1, n - 1);
      return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
    double np = n * p;
    int j = (int) Math.floor(np);
    double g = np - j;
    if (j == 0) {
      return sorted[0];
    }
    if (j >= n) {
      return sorted[n - 1];
    }
    return g == 0 ? (sorted[j - 1] + sorted[j]) / 2 : sorted[j];
  }
}
