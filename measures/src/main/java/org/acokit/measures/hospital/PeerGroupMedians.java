/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.hospital;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The median excess readmission ratio of each peer group (1 to 5) and condition: the threshold
 * each hospital's ERR is compared with from FY2019 (42 CFR 412.152, "peer group median ERR").
 * <p>
 * {@link #compute(List)} takes the median over <b>every</b> hospital of the peer group that has an
 * ERR for the condition, including hospitals with fewer than 25 eligible discharges: this
 * reproduces all 30 published FY2027 medians within the 4-decimal rounding of the ERRs (max
 * difference 0.000046), while a median over hospitals with 25 or more discharges misses by up to
 * 0.017. The median of an even count is the mean of the two middle values. Immutable and
 * thread-safe.
 */
public final class PeerGroupMedians {

  private final double[][] medians;

  private PeerGroupMedians(double[][] medians) {
    this.medians = medians;
  }

  /**
   * Published (or otherwise given) medians.
   *
   * @param medians the median ERR by peer group (1-5) and condition
   * @return the medians
   * @throws IllegalArgumentException if a peer group is outside 1-5 or a median is not a finite
   *     number 0 or more
   */
  public static PeerGroupMedians of(Map<Integer, Map<HrrpCondition, Double>> medians) {
    double[][] m = empty();
    for (Map.Entry<Integer, Map<HrrpCondition, Double>> g : medians.entrySet()) {
      int group = g.getKey();
      if (group < 1 || group > 5) {
        throw new IllegalArgumentException("peer group must be 1 to 5, but was " + group);
      }
      for (Map.Entry<HrrpCondition, Double> c : g.getValue().entrySet()) {
        double v = c.getValue();
        if (!Double.isFinite(v) || v < 0) {
          throw new IllegalArgumentException("median ERR of peer group " + group + " and " + c.getKey()
              + " must be a finite number 0 or more, but was " + v);
        }
        m[group - 1][c.getKey().ordinal()] = v;
      }
    }
    return new PeerGroupMedians(m);
  }

  /**
   * Computes the medians from every hospital's ERRs.
   *
   * @param hospitals the hospitals of the fiscal year, each with its peer group
   * @return the medians; a group and condition without any ERR has no median
   * @throws IllegalArgumentException naming the hospital if one with an ERR has no peer group
   */
  public static PeerGroupMedians compute(List<HrrpHospital> hospitals) {
    List<List<List<Double>>> values = new ArrayList<>();
    for (int g = 0; g < 5; g++) {
      List<List<Double>> byCondition = new ArrayList<>();
      for (int c = 0; c < HrrpCondition.values().length; c++) {
        byCondition.add(new ArrayList<>());
      }
      values.add(byCondition);
    }
    for (HrrpHospital h : hospitals) {
      if (h.conditions().isEmpty()) {
        continue;
      }
      if (h.peerGroup().isEmpty()) {
        throw new IllegalArgumentException("hospital " + h.ccn() + " has ERRs but no peer group");
      }
      int g = h.peerGroup().getAsInt() - 1;
      for (HrrpConditionInput c : h.conditions().values()) {
        values.get(g).get(c.condition().ordinal()).add(c.excessReadmissionRatio());
      }
    }
    double[][] m = empty();
    for (int g = 0; g < 5; g++) {
      for (int c = 0; c < HrrpCondition.values().length; c++) {
        m[g][c] = median(values.get(g).get(c));
      }
    }
    return new PeerGroupMedians(m);
  }

  private static double[][] empty() {
    double[][] m = new double[5][HrrpCondition.values().length];
    for (double[] row : m) {
      Arrays.fill(row, Double.NaN);
    }
    return m;
  }

  private static double median(List<Double> v) {
    if (v.isEmpty()) {
      return Double.NaN;
    }
    double[] a = v.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    int n = a.length;
    return n % 2 == 1 ? a[n / 2] : (a[n / 2 - 1] + a[n / 2]) / 2;
  }

  /**
   * The median of a peer group and condition.
   *
   * @param peerGroup the group, 1 to 5
   * @param condition the condition
   * @return the median ERR, empty if there is none
   * @throws IllegalArgumentException if the group is outside 1-5
   */
  public OptionalDouble median(int peerGroup, HrrpCondition condition) {
    if (peerGroup < 1 || peerGroup > 5) {
      throw new IllegalArgumentException("peer group must be 1 to 5, but was " + peerGroup);
    }
    double v = medians[peerGroup - 1][condition.ordinal()];
    return Double.isNaN(v) ? OptionalDouble.empty() : OptionalDouble.of(v);
  }

  /**
   * The medians as a map.
   *
   * @return the medians by peer group and condition (only those present)
   */
  public Map<Integer, Map<HrrpCondition, Double>> toMap() {
    Map<Integer, Map<HrrpCondition, Double>> out = new java.util.TreeMap<>();
    for (int g = 1; g <= 5; g++) {
      Map<HrrpCondition, Double> byCondition = new EnumMap<>(HrrpCondition.class);
      for (HrrpCondition c : HrrpCondition.values()) {
        median(g, c).ifPresent(v -> byCondition.put(c, v));
      }
      out.put(g, byCondition);
    }
    return out;
  }
}
