/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.workforce;

import java.util.Optional;

/**
 * One group's movements between levels over an interval, estimated from two consecutive
 * snapshots: counts n_ij of the employees at level i at the start who are at level j at the end
 * (j = exit when they are no longer in the workforce), and the recruits R_j at each level at the
 * end (in the end snapshot, not in the start one).
 * <p>
 * Estimates (maximum likelihood of a Markov chain, Bartholomew, <i>Stochastic Models for Social
 * Processes</i>, 1982, as in the reference's section D): P_ij = n_ij / n_i, exit probability
 * n_i,exit / n_i, promotion probability Σ_{j&gt;i} n_ij / n_i, recruit distribution r_j = R_j / Σ R;
 * a level with n_i = 0 has no estimate (empty). Levels are 1 … L, index 0 … L − 1.
 * Immutable (arrays are copied) and thread-safe.
 *
 * @param group the group
 * @param counts L rows × (L + 1) columns: column L is exit
 * @param recruits R_j per level
 */
public record TransitionMatrix(String group, long[][] counts, long[] recruits) {

  /**
   * Copies the arrays.
   *
   * @throws IllegalArgumentException if the shapes disagree or a count is negative
   */
  public TransitionMatrix {
    int levels = recruits.length;
    long[][] copy = new long[counts.length][];
    if (counts.length != levels) {
      throw new IllegalArgumentException("transition counts of " + group + " have " + counts.length + " rows for "
          + levels + " levels");
    }
    for (int i = 0; i < levels; i++) {
      if (counts[i].length != levels + 1) {
        throw new IllegalArgumentException("transition row " + (i + 1) + " of " + group + " needs " + (levels + 1) + " columns");
      }
      for (long c : counts[i]) {
        if (c < 0) {
          throw new IllegalArgumentException("transition counts of " + group + " must be 0 or more, but one is " + c);
        }
      }
      copy[i] = counts[i].clone();
    }
    counts = copy;
    recruits = recruits.clone();
  }

  /** @return the number of levels L */
  public int levels() {
    return recruits.length;
  }

  /**
   * The employees at a level at the start (n_i).
   *
   * @param level the level, 1 … L
   * @return the count
   */
  public long atStart(int level) {
    long s = 0;
    for (long c : counts[level - 1]) {
      s += c;
    }
    return s;
  }

  /**
   * P(level → toLevel) over the interval.
   *
   * @param level the start level, 1 … L
   * @param toLevel the end level, 1 … L
   * @return the probability, empty when nobody was at the level
   */
  public Optional<Double> probability(int level, int toLevel) {
    long n = atStart(level);
    return n == 0 ? Optional.empty() : Optional.of((double) counts[level - 1][toLevel - 1] / n);
  }

  /**
   * P(level → exit).
   *
   * @param level the start level
   * @return the probability, empty when nobody was at the level
   */
  public Optional<Double> exitProbability(int level) {
    long n = atStart(level);
    return n == 0 ? Optional.empty() : Optional.of((double) counts[level - 1][levels()] / n);
  }

  /**
   * The employees promoted from a level (at a higher level at the end).
   *
   * @param level the start level
   * @return the count
   */
  public long promoted(int level) {
    long s = 0;
    for (int j = level; j < levels(); j++) {
      s += counts[level - 1][j];
    }
    return s;
  }

  /**
   * P(at a higher level at the end | at this level at the start).
   *
   * @param level the start level
   * @return the probability, empty when nobody was at the level
   */
  public Optional<Double> promotionProbability(int level) {
    long n = atStart(level);
    return n == 0 ? Optional.empty() : Optional.of((double) promoted(level) / n);
  }

  /** @return Σ R_j */
  public long totalRecruits() {
    long s = 0;
    for (long r : recruits) {
      s += r;
    }
    return s;
  }

  /**
   * The level-to-level part Q of the estimated matrix (exit left out); a level nobody was at
   * keeps its people (Q_ii = 1), which is the neutral assumption for a projection.
   *
   * @return Q, L × L
   */
  double[][] levelMatrix() {
    int l = levels();
    double[][] q = new double[l][l];
    for (int i = 0; i < l; i++) {
      long n = atStart(i + 1);
      for (int j = 0; j < l; j++) {
        q[i][j] = n == 0 ? (i == j ? 1 : 0) : (double) counts[i][j] / n;
      }
    }
    return q;
  }
}
