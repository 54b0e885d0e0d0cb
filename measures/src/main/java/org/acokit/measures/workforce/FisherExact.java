/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.workforce;

import org.acokit.measures.internal.Stats;
import java.util.OptionalDouble;

/**
 * Fisher's exact test of a k × 2 table (k groups × selected / not selected) with both margins
 * fixed.
 * <p>
 * The probability of a table with x_i selected of n_i in group i, X = Σ x_i selected of N = Σ n_i,
 * is Π C(n_i, x_i) / C(N, X). Two groups: R's {@code fisher.test} rule, the sum of the
 * probabilities of the tables whose probability is ≤ P_obs·(1 + 10⁻⁷). More groups: the sum over
 * the tables with ln P ≤ ln P_obs + 3.45254·10⁻⁷ (the tolerance of the FEXACT network algorithm of
 * Mehta and Patel, 1983, which R uses), found by a network search written from that paper's idea:
 * groups are visited in order, and a partial table whose best completion is already at or below
 * the observed probability contributes its whole subtree at once (by Vandermonde's identity the
 * completions sum to C(M, r) for the M people and r selections left), while one whose worst
 * completion is above it is dropped.
 * <p>
 * Limits: the bounds take about k·(X + 1)² steps, and the search visits at most
 * {@value #MAX_NODES} partial tables; beyond either the test is not computed ({@link #pValue}
 * returns empty) rather than run for minutes. Large workforce tables (thousands of selections
 * in five or more groups) exceed it; the chi-square test is the large-sample alternative.
 */
final class FisherExact {

  /** FEXACT's tolerance on ln P. */
  private static final double LOG_TOLERANCE = 3.45254e-7;
  private static final double MAX_WORK = 5e7;
  private static final long MAX_NODES = 2_000_000;

  private final long[] n;
  private final long[] suffixN;
  private final double threshold;
  private final double[][] maxRest;
  private final double[][] minRest;
  private final double logDenominator;
  private final double[][] logChoose;
  private double sum;
  private long nodes;

  private FisherExact(long[] n, long[] x) {
    this.n = n;
    int k = n.length;
    long selected = 0;
    long total = 0;
    double observed = 0;
    for (int i = 0; i < k; i++) {
      selected += x[i];
      total += n[i];
      observed += Stats.logChoose(n[i], x[i]);
    }
    this.threshold = observed + LOG_TOLERANCE;
    this.logDenominator = Stats.logChoose(total, selected);
    this.suffixN = new long[k + 1];
    for (int i = k - 1; i >= 0; i--) {
      suffixN[i] = suffixN[i + 1] + n[i];
    }
    int xs = (int) selected;
    logChoose = new double[k][];
    for (int i = 0; i < k; i++) {
      logChoose[i] = new double[(int) Math.min(n[i], xs) + 1];
      for (int j = 0; j < logChoose[i].length; j++) {
        logChoose[i][j] = Stats.logChoose(n[i], j);
      }
    }
    maxRest = new double[k + 1][xs + 1];
    minRest = new double[k + 1][xs + 1];
    for (int r = 1; r <= xs; r++) {
      maxRest[k][r] = Double.NEGATIVE_INFINITY;
      minRest[k][r] = Double.POSITIVE_INFINITY;
    }
    for (int i = k - 1; i >= 0; i--) {
      for (int r = 0; r <= xs; r++) {
        double mx = Double.NEGATIVE_INFINITY;
        double mn = Double.POSITIVE_INFINITY;
        long lo = Math.max(0, r - suffixN[i + 1]);
        long hi = Math.min(n[i], r);
        for (long xi = lo; xi <= hi; xi++) {
          double c = logChoose[i][(int) xi];
          mx = Math.max(mx, c + maxRest[i + 1][(int) (r - xi)]);
          mn = Math.min(mn, c + minRest[i + 1][(int) (r - xi)]);
        }
        maxRest[i][r] = mx;
        minRest[i][r] = mn;
      }
    }
  }

  /**
   * The two-sided p-value.
   *
   * @param applicants n_i per group, each ≥ 1
   * @param selected x_i per group, 0 ≤ x_i ≤ n_i
   * @return the p-value, or empty when the table is too large for the exact search
   */
  static OptionalDouble pValue(long[] applicants, long[] selected) {
    if (applicants.length == 2) {
      Stats.Hypergeometric h =
          Stats.hypergeometric(applicants[0], applicants[1], selected[0] + selected[1]);
      return OptionalDouble.of(Math.min(1, h.twoSided(selected[0])));
    }
    long x = 0;
    for (long s : selected) {
      x += s;
    }
    if ((double) applicants.length * (x + 1.0) * (x + 1.0) > MAX_WORK) {
      return OptionalDouble.empty();
    }
    FisherExact f = new FisherExact(applicants, selected);
    if (!f.visit(0, (int) x, 0)) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(Math.min(1, f.sum));
  }

  /** Adds the subtree's tables at or below the threshold; false when the node budget ran out. */
  private boolean visit(int i, int r, double current) {
    if (++nodes > MAX_NODES) {
      return false;
    }
    if (current + maxRest[i][r] <= threshold) {
      sum += Math.exp(current + Stats.logChoose(suffixN[i], r) - logDenominator);
      return true;
    }
    if (current + minRest[i][r] > threshold) {
      return true;
    }
    long lo = Math.max(0, r - suffixN[i + 1]);
    long hi = Math.min(n[i], r);
    for (long xi = lo; xi <= hi; xi++) {
      if (!visit(i + 1, (int) (r - xi), current + logChoose[i][(int) xi])) {
        return false;
      }
    }
    return true;
  }
}
