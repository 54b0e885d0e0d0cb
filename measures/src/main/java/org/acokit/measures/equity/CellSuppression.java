/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.equity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Small-cell suppression with complementary suppression.
 * <p>
 * Default: the CMS cell size suppression policy, which "stipulates that no cell (e.g.
 * admissions, discharges, patients, services, etc.) containing a value of 1 to 10 can be reported
 * directly", that a value of zero does not violate it, and that "no cell can be reported that
 * allows a value of 1 to 10 to be derived from other reported cells or information" (CMS, "CMS
 * Cell Size Suppression Policy", as published by ResDAC, https://resdac.org/node/1506, version of
 * 01/26/2024, and by HHS, https://www.hhs.gov/guidance/document/cms-cell-suppression-policy).
 * <p>
 * Rule for strata that partition published totals (every stratum of a stratifier adds up to the
 * measure's total; every line of an intersection, all components but one fixed, adds up to a
 * lower-order margin): a stratum is suppressed (primary) when its numerator, denominator or
 * denominator minus numerator is 1 to {@link #threshold()}. Then, in every partition that holds a
 * suppressed stratum, further strata are suppressed (complementary: the smallest non-empty
 * denominator first) until at least two non-empty strata are suppressed and the sums of the
 * suppressed strata's numerators, denominators and differences are each 0 or above the
 * threshold, so that neither a suppressed stratum nor the sum of the suppressed ones is a count
 * of 1 to the threshold derivable from the total; repeated over all partitions until nothing
 * changes. If a partition runs out of strata to suppress, its total itself must be suppressed
 * ({@link Result#totalSuppressed()}). Immutable and thread-safe.
 *
 * @param threshold the largest suppressed count (10 under the CMS policy); 0 suppresses nothing
 */
public record CellSuppression(int threshold) {

  /** The CMS cell size suppression policy: counts of 1 to 10 are not reported. */
  public static final CellSuppression CMS = new CellSuppression(10);

  /**
   * Checks the threshold.
   *
   * @throws IllegalArgumentException if the threshold is negative
   */
  public CellSuppression {
    if (threshold < 0) {
      throw new IllegalArgumentException("suppression threshold must be 0 or more, but was " + threshold);
    }
  }

  /**
   * The outcome of suppression.
   *
   * @param suppression each stratum's suppression, in input order
   * @param totalSuppressed whether a published total must itself be suppressed
   */
  public record Result(List<Suppression> suppression, boolean totalSuppressed) {
  }

  private boolean small(long v) {
    return v >= 1 && v <= threshold;
  }

  /**
   * Suppresses strata.
   *
   * @param numerators each stratum's numerator
   * @param denominators each stratum's denominator
   * @param partitions sets of stratum indices whose sums are published (for a simple stratifier
   *     one partition of all strata)
   * @return the suppression of each stratum
   * @throws IllegalArgumentException if the arrays differ in length
   */
  public Result apply(long[] numerators, long[] denominators, List<int[]> partitions) {
    int n = numerators.length;
    if (denominators.length != n) {
      throw new IllegalArgumentException("numerators and denominators must have the same length");
    }
    Suppression[] s = new Suppression[n];
    Arrays.fill(s, Suppression.NONE);
    for (int i = 0; i < n; i++) {
      if (small(numerators[i]) || small(denominators[i]) || small(denominators[i] - numerators[i])) {
        s[i] = Suppression.PRIMARY;
      }
    }
    boolean total = false;
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int[] part : partitions) {
        while (!safe(part, s, numerators, denominators)) {
          int pick = -1;
          for (int i : part) {
            if (s[i] == Suppression.NONE && denominators[i] > 0
                && (pick < 0 || denominators[i] < denominators[pick])) {
              pick = i;
            }
          }
          if (pick < 0) {
            total = true;
            break;
          }
          s[pick] = Suppression.COMPLEMENTARY;
          changed = true;
        }
      }
    }
    return new Result(List.of(s), total);
  }

  private boolean safe(int[] part, Suppression[] s, long[] num, long[] den) {
    int count = 0;
    long sn = 0;
    long sd = 0;
    for (int i : part) {
      if (s[i] != Suppression.NONE && den[i] > 0) {
        count++;
        sn += num[i];
        sd += den[i];
      }
    }
    if (count == 0) {
      return true;
    }
    return count >= 2 && !small(sn) && !small(sd) && !small(sd - sn);
  }

  /**
   * The partitions of a stratifier's strata: all strata; and for an intersection (strata named
   * {@code a|b|c}), every line with all components but one fixed.
   *
   * @param strata the strata names
   * @return the partitions
   */
  public static List<int[]> partitions(List<String> strata) {
    List<int[]> out = new ArrayList<>();
    int[] all = new int[strata.size()];
    for (int i = 0; i < all.length; i++) {
      all[i] = i;
    }
    out.add(all);
    if (strata.isEmpty() || !strata.get(0).contains("|")) {
      return out;
    }
    int k = strata.get(0).split("\\|", -1).length;
    for (int c = 0; c < k; c++) {
      java.util.Map<String, List<Integer>> lines = new java.util.LinkedHashMap<>();
      for (int i = 0; i < strata.size(); i++) {
        String[] parts = strata.get(i).split("\\|", -1);
        parts[c] = "*";
        lines.computeIfAbsent(String.join("|", parts), x -> new ArrayList<>()).add(i);
      }
      for (List<Integer> line : lines.values()) {
        out.add(line.stream().mapToInt(Integer::intValue).toArray());
      }
    }
    return out;
  }
}
