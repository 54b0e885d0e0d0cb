/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.workforce;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;

/**
 * The internal labour market of one interval as a Markov model by group: each group's
 * {@link TransitionMatrix}, projections of its headcount by level, its steady state, and the
 * ranked choke points.
 * <p>
 * Model (the reference's section D): n_g(t + 1) = n_g(t)·Q_g + R_g·r_g, where Q_g is the
 * level-to-level part of the group's transition matrix, R_g the group's recruits per interval and
 * r_g their distribution over levels, all estimated from the interval and held constant.
 * Projection k intervals ahead starts from the headcount at the interval's end. The steady state
 * solves n* = n*·Q_g + R_g r_g, i.e. n* = R_g r_g (I − Q_g)⁻¹, which exists when every level
 * loses people (to exit or promotion) with positive probability; representation at the steady
 * state is n*_g,l / Σ_h n*_h,l. Caveat: a projection assumes this interval's flows continue; it
 * shows where current flows lead, not a forecast.
 * <p>
 * Choke point: for each level i below the top and each group g other than the reference, the
 * promotion probabilities p_g(i) and p_ref(i) (share of the level's employees at a higher level at
 * the interval's end) are compared as an adverse-impact pair ({@link AdverseImpact}: impact ratio
 * p_g / p_ref, Fisher's one-sided p); choke points are ranked by impact ratio, lowest first, and a
 * level where the reference group had no promotions is left out. Immutable and thread-safe.
 *
 * @param matrices the transition matrix of each group
 * @param projections for each group, the projected headcount by level for 1 … k intervals ahead
 * @param steadyState for each group, the steady-state headcount by level, when it exists
 * @param chokePoints the choke points, most severe first
 * @param referenceGroup the reference group of the choke points
 */
public record TalentFlow(ImmutableMap<String, TransitionMatrix> matrices,
    ImmutableMap<String, ImmutableList<double[]>> projections, ImmutableMap<String, double[]> steadyState,
    ImmutableList<ChokePoint> chokePoints, String referenceGroup) {

  /**
   * A transition where a group's promotion probability falls below the reference group's.
   *
   * @param level the level promoted from
   * @param group the group
   * @param groupAtLevel the group's employees at the level at the start
   * @param groupPromoted of whom promoted
   * @param referenceAtLevel the reference group's employees at the level
   * @param referencePromoted of whom promoted
   * @param impactRatio p_g / p_ref
   * @param difference p_g − p_ref
   * @param fisherOneSidedP Fisher's one-sided p that g is promoted less
   */
  public record ChokePoint(int level, String group, long groupAtLevel, long groupPromoted, long referenceAtLevel,
      long referencePromoted, double impactRatio, double difference, double fisherOneSidedP) {
  }

  /**
   * Estimates the model.
   *
   * @param matrices the matrices by group (all with the same number of levels)
   * @param endHeadcount for each group, the headcount by level at the interval's end
   * @param referenceGroup the reference group, one of the matrices' groups
   * @param projectionIntervals how many intervals to project, 0 or more
   * @return the model
   * @throws IllegalArgumentException if the reference group has no matrix
   */
  static TalentFlow estimate(Map<String, TransitionMatrix> matrices, Map<String, long[]> endHeadcount,
      String referenceGroup, int projectionIntervals) {
    if (!matrices.containsKey(referenceGroup)) {
      throw new IllegalArgumentException("reference group '" + referenceGroup + "' has nobody in the interval's start "
          + "snapshot; groups are " + matrices.keySet());
    }
    Map<String, ImmutableList<double[]>> projections = new LinkedHashMap<>();
    Map<String, double[]> steady = new LinkedHashMap<>();
    for (Map.Entry<String, TransitionMatrix> e : matrices.entrySet()) {
      TransitionMatrix m = e.getValue();
      double[][] q = m.levelMatrix();
      double[] inflow = new double[m.levels()];
      for (int j = 0; j < m.levels(); j++) {
        inflow[j] = m.recruits()[j];
      }
      List<double[]> path = new ArrayList<>();
      long[] end = endHeadcount.getOrDefault(e.getKey(), new long[m.levels()]);
      double[] n = new double[m.levels()];
      for (int j = 0; j < n.length; j++) {
        n[j] = end[j];
      }
      for (int k = 0; k < projectionIntervals; k++) {
        n = step(n, q, inflow);
        path.add(n);
      }
      projections.put(e.getKey(), ImmutableList.copyOf(path));
      solveSteadyState(q, inflow).ifPresent(s -> steady.put(e.getKey(), s));
    }
    TransitionMatrix ref = matrices.get(referenceGroup);
    List<ChokePoint> chokes = new ArrayList<>();
    for (int level = 1; level < ref.levels(); level++) {
      if (ref.atStart(level) == 0 || ref.promoted(level) == 0) {
        continue;
      }
      for (TransitionMatrix g : matrices.values()) {
        if (g.group().equals(referenceGroup) || g.atStart(level) == 0) {
          continue;
        }
        SelectionCount gc = SelectionCount.of(g.group(), g.atStart(level), g.promoted(level));
        SelectionCount rc = SelectionCount.of(referenceGroup, ref.atStart(level), ref.promoted(level));
        GroupImpact pair = AdverseImpact.analyze(List.of(gc, rc), referenceGroup).groups().get(0);
        chokes.add(new ChokePoint(level, g.group(), gc.applicants(), gc.selected(), rc.applicants(), rc.selected(),
            pair.impactRatio().getAsDouble(), gc.selectionRate() - rc.selectionRate(),
            pair.fisherPOneSided().getAsDouble()));
      }
    }
    chokes.sort(Comparator.comparingDouble(ChokePoint::impactRatio).thenComparingDouble(ChokePoint::fisherOneSidedP));
    return new TalentFlow(ImmutableMap.copyOf(matrices), ImmutableMap.copyOf(projections), ImmutableMap.copyOf(steady),
        ImmutableList.copyOf(chokes), referenceGroup);
  }

  /**
   * Steady-state representation of a group at a level: n*_g,l / Σ_h n*_h,l over the groups with a
   * steady state.
   *
   * @param group the group
   * @param level the level, 1 … L
   * @return the share, empty when the group has no steady state or the level none at all
   */
  public Optional<Double> steadyStateShare(String group, int level) {
    double[] g = steadyState.get(group);
    if (g == null) {
      return Optional.empty();
    }
    double total = 0;
    for (double[] s : steadyState.values()) {
      total += s[level - 1];
    }
    return total > 0 ? Optional.of(g[level - 1] / total) : Optional.empty();
  }

  /** n·Q + inflow. */
  static double[] step(double[] n, double[][] q, double[] inflow) {
    double[] next = inflow.clone();
    for (int i = 0; i < n.length; i++) {
      for (int j = 0; j < n.length; j++) {
        next[j] += n[i] * q[i][j];
      }
    }
    return next;
  }

  /** Solves x (I − Q) = b by Gaussian elimination with partial pivoting on the transpose. */
  static Optional<double[]> solveSteadyState(double[][] q, double[] b) {
    int l = b.length;
    double[][] a = new double[l][l + 1];
    for (int i = 0; i < l; i++) {
      for (int j = 0; j < l; j++) {
        // row i of (I − Q)ᵀ: (δ_ji − Q_ji)
        a[i][j] = (i == j ? 1 : 0) - q[j][i];
      }
      a[i][l] = b[i];
    }
    for (int c = 0; c < l; c++) {
      int p = c;
      for (int r = c + 1; r < l; r++) {
        if (Math.abs(a[r][c]) > Math.abs(a[p][c])) {
          p = r;
        }
      }
      if (Math.abs(a[p][c]) < 1e-12) {
        return Optional.empty();
      }
      double[] t = a[c];
      a[c] = a[p];
      a[p] = t;
      for (int r = 0; r < l; r++) {
        if (r != c) {
          double f = a[r][c] / a[c][c];
          for (int k = c; k <= l; k++) {
            a[r][k] -= f * a[c][k];
          }
        }
      }
    }
    double[] x = new double[l];
    for (int i = 0; i < l; i++) {
      x[i] = a[i][l] / a[i][i];
      if (!Double.isFinite(x[i]) || x[i] < -1e-9) {
        return Optional.empty();
      }
      x[i] = Math.max(0, x[i]);
    }
    return Optional.of(x);
  }
}
