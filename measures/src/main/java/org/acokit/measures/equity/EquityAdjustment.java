/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.equity;

import java.util.List;

/**
 * CMS's equity adjustments as one configurable pattern: each measure's performance third earns
 * points ({@link #topPoints()}, {@link #middlePoints()}, {@link #bottomPoints()}); the points are
 * summed or averaged into a scaler; the population share of underserved people decides a
 * multiplier; {@code bonus = min(cap(share), max(0, scaler x multiplier(share)))}.
 * <ul>
 * <li>{@link #MSSP_HEA_PY2023_2024}: Shared Savings Program health equity adjustment, 42 CFR
 * 425.512(b) as amended by 87 FR 70234 (verified in the regulation text): 4/2/0 points for the
 * top/middle/bottom third of ACO performers by reporting mechanism (0 unscored), summed (the
 * measure performance scaler); the underserved multiplier is the share itself (the higher of the
 * ADI-85+ share and the LIS/dual share), no bonus below 0.20; cap 10. Equal to core's
 * {@code org.acokit.quality.app.HealthEquityAdjustment}. Removed from PY2025 by the CY2026 PFS
 * final rule (trade-press summaries; not read in the regulation).
 * <li>{@link #HOSPITAL_VBP_FY2026}: Hospital VBP health equity adjustment from FY2026 (FY2024
 * IPPS final rule; secondary sources: Medisolv, "What is the CMS Health Equity Adjustment
 * Bonus?"; Liu M et al., JAMA 2024;331:1387): 4/2/0 points for the top/middle/bottom third of
 * each of the four domains, summed (at most 16); multiplied by the underserved multiplier; cap
 * 10. Named gap: the rule derives the underserved multiplier from the proportion of
 * dual-eligible inpatient stays by a logistic exchange function not verified here, so the
 * caller passes the multiplier, not the proportion (no floor).
 * <li>{@link #MA_HEI_2027}: Medicare Advantage Star Ratings Health Equity Index reward, 2027
 * Star Ratings (secondary sources: CMS presentation "Part C and D Star Ratings Health Equity
 * Index Reward", Nov 2024, as summarised by MMIT, Baltimore Health Analytics, Lilac Software):
 * +1/0/-1 for the top/middle/bottom third of each measure computed for enrollees with social
 * risk factors (LIS/dual, disability), averaged (the HEI score, -1 to 1); reward up to 0.4 stars
 * if the contract's SRF share is at least the contract-level median, up to 0.2 if at least half
 * the median, else none. Named gap: CMS's conversion of the HEI score into the reward within
 * those maxima (42 CFR 422.166(f)(3)) was not verified; this preset uses score x maximum, none
 * for a score of 0 or below. Reported in 2025 as proposed for elimination.
 * </ul>
 * Immutable and thread-safe.
 *
 * @param name the name
 * @param topPoints points for the top third
 * @param middlePoints points for the middle third
 * @param bottomPoints points for the bottom third
 * @param mean whether the scaler is the mean of the scored measures' points (else their sum,
 *     unscored measures counting 0)
 * @param floor below this share no bonus (0 for none)
 * @param medianTiers whether the multiplier is the tiered maximum of the MA HEI (cap at or above
 *     the median share, half the cap at or above half the median, else 0)
 * @param cap the largest bonus
 */
public record EquityAdjustment(String name, double topPoints, double middlePoints, double bottomPoints, boolean mean,
    double floor, boolean medianTiers, double cap) {

  /** 42 CFR 425.512(b), PY2023-2024: 4/2/0 summed, x underserved share, none below 0.20, cap 10. */
  public static final EquityAdjustment MSSP_HEA_PY2023_2024 = new EquityAdjustment("MSSP health equity adjustment"
      + " PY2023-2024", 4, 2, 0, false, 0.20, false, 10);
  /** Hospital VBP health equity adjustment, FY2026+: 4/2/0 per domain summed, x underserved multiplier, cap 10. */
  public static final EquityAdjustment HOSPITAL_VBP_FY2026 = new EquityAdjustment("Hospital VBP health equity"
      + " adjustment FY2026", 4, 2, 0, false, 0, false, 10);
  /** MA Star Ratings Health Equity Index reward, 2027: +1/0/-1 averaged, tiers by SRF share vs median, up to 0.4. */
  public static final EquityAdjustment MA_HEI_2027 = new EquityAdjustment("MA Health Equity Index reward 2027", 1, 0,
      -1, true, 0, true, 0.4);

  /**
   * Checks the terms.
   *
   * @throws IllegalArgumentException if a value is not finite, the floor is outside [0, 1] or the
   *     cap is negative
   */
  public EquityAdjustment {
    for (double v : new double[] {topPoints, middlePoints, bottomPoints, floor, cap}) {
      if (!Double.isFinite(v)) {
        throw new IllegalArgumentException(name + ": terms must be finite, but one was " + v);
      }
    }
    if (floor < 0 || floor > 1) {
      throw new IllegalArgumentException(name + ": floor must be a share 0-1, but was " + floor);
    }
    if (cap < 0) {
      throw new IllegalArgumentException(name + ": cap must be 0 or more, but was " + cap);
    }
  }

  /**
   * The points of a third.
   *
   * @param third the third
   * @return the points (0 when not scored)
   */
  public double points(Third third) {
    switch (third) {
      case TOP:
        return topPoints;
      case MIDDLE:
        return middlePoints;
      case BOTTOM:
        return bottomPoints;
      default:
        return 0;
    }
  }

  /**
   * The scaler: the sum of the points, or their mean over scored measures (0 if none scored).
   *
   * @param thirds each measure's (or domain's) third
   * @return the scaler
   */
  public double scaler(List<Third> thirds) {
    double sum = 0;
    int scored = 0;
    for (Third t : thirds) {
      sum += points(t);
      scored += t == Third.NOT_SCORED ? 0 : 1;
    }
    return mean ? (scored == 0 ? 0 : sum / scored) : sum;
  }

  /**
   * The bonus for a share or multiplier.
   *
   * @param thirds each measure's (or domain's) third
   * @param share the underserved share 0-1 (MSSP: the higher of the ADI and LIS/dual shares;
   *     MA HEI: the contract's SRF share); for HVBP the underserved multiplier 0-1
   * @param median the contract-level median SRF share for the MA HEI tiers (ignored otherwise)
   * @return the bonus, 0 to the cap
   * @throws IllegalArgumentException if the share or median is outside [0, 1]
   */
  public double bonus(List<Third> thirds, double share, double median) {
    if (!(share >= 0 && share <= 1)) {
      throw new IllegalArgumentException(name + ": share must be a fraction 0-1, but was " + share);
    }
    if (medianTiers && !(median >= 0 && median <= 1)) {
      throw new IllegalArgumentException(name + ": median share must be a fraction 0-1, but was " + median);
    }
    if (share < floor) {
      return 0;
    }
    double scaler = scaler(thirds);
    if (medianTiers) {
      double max = share >= median ? cap : share >= median / 2 ? cap / 2 : 0;
      return Math.min(max, Math.max(0, scaler * max));
    }
    return Math.min(cap, Math.max(0, scaler * share));
  }
}
