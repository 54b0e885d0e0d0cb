/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.workforce;

/**
 * Small-cell suppression with complementary suppression, for every published workforce table.
 * <p>
 * Policy: a count from 1 to {@code threshold − 1} is suppressed (primary suppression); 0 is shown.
 * The default threshold 11 follows the CMS cell-size suppression policy (no cell of 1 to 10
 * people is displayed, nor a value from which one can be derived); the CMS policy text was not
 * retrieved verbatim in this work (the reference notes list it as an open item), so the threshold
 * is configurable. Complementary suppression: when a row publishes its total and exactly one cell
 * of the row is suppressed, the smallest other non-zero cell is suppressed too, so the suppressed
 * cell cannot be derived as the total minus the others. The same rule applies to group means
 * (a group with fewer than {@code threshold} respondents is hidden, and a second group when one
 * hidden group could be derived from the published overall mean).
 * <p>
 * This is the workforce package's own minimal implementation, written because the equity
 * package's suppression API (issue 12) was not yet available; unifying the two is a note for the
 * lead. Immutable and thread-safe.
 */
public final class CellSuppression {

  /** The CMS cell-size default: counts 1–10 suppressed. */
  public static final int CMS_THRESHOLD = 11;

  private final int threshold;

  private CellSuppression(int threshold) {
    this.threshold = threshold;
  }

  /**
   * A policy with a threshold.
   *
   * @param threshold the smallest count shown (besides 0), at least 1 (1 = nothing suppressed)
   * @return the policy
   * @throws IllegalArgumentException if the threshold is below 1
   */
  public static CellSuppression of(int threshold) {
    if (threshold < 1) {
      throw new IllegalArgumentException("suppression threshold is " + threshold + "; it must be 1 or more");
    }
    return new CellSuppression(threshold);
  }

  /**
   * The CMS default (threshold 11).
   *
   * @return the policy
   */
  public static CellSuppression cms() {
    return new CellSuppression(CMS_THRESHOLD);
  }

  /**
   * The smallest count shown besides 0.
   *
   * @return the threshold
   */
  public int threshold() {
    return threshold;
  }

  /**
   * Which cells of a row of counts to hide, when the row total is published.
   *
   * @param counts the counts, each 0 or more
   * @return a flag per cell, true to hide
   */
  public boolean[] suppressCounts(long[] counts) {
    boolean[] hide = new boolean[counts.length];
    int hidden = 0;
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] > 0 && counts[i] < threshold) {
        hide[i] = true;
        hidden++;
      }
    }
    if (hidden == 1) {
      complement(counts, hide, true);
    }
    return hide;
  }

  /**
   * Which group means to hide, given the respondents of each group, when the overall mean is
   * published: groups with fewer than the threshold (but more than 0) respondents, plus a
   * complementary group when only one would be hidden.
   *
   * @param respondents the respondents per group
   * @return a flag per group, true to hide
   */
  public boolean[] suppressGroups(long[] respondents) {
    boolean[] hide = new boolean[respondents.length];
    int hidden = 0;
    for (int i = 0; i < respondents.length; i++) {
      if (respondents[i] > 0 && respondents[i] < threshold) {
        hide[i] = true;
        hidden++;
      }
    }
    if (hidden == 1) {
      complement(respondents, hide, true);
    }
    return hide;
  }

  /** Whether a single count is below the threshold (and above 0). */
  boolean isSmall(long count) {
    return count > 0 && count < threshold;
  }

  private static void complement(long[] counts, boolean[] hide, boolean nonZero) {
    int best = -1;
    for (int i = 0; i < counts.length; i++) {
      if (!hide[i] && (!nonZero || counts[i] > 0) && (best < 0 || counts[i] < counts[best])) {
        best = i;
      }
    }
    if (best >= 0) {
      hide[best] = true;
    }
  }
}
