/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.program.mssp;

/**
 * The size-based minimum savings rate (MSR) sliding scale of the Medicare Shared Savings Program,
 * interpolated exactly as CMS does.
 * <p>
 * The table is Appendix Table A4 of CMS's financial reconciliation report (PY2022 report of ACO
 * A1540) and 42 CFR 425.604(b) for 5,000 beneficiaries and more. Within a row
 * [lowN, highN] with rates [lowRate, highRate] the rate is the weighted average of the row's ends
 * that CMS's methodology specification (v11, section 4.2.1) gives:
 * <pre>{@code MSR(N) = lowRate x (highN - N) / (highN - lowN) + highRate x (N - lowN) / (highN - lowN)}</pre>
 * dividing by the row's width as printed (999 for 7,000-7,999). Worked examples: the
 * specification's 5,333 beneficiaries give 3.9% x 666/999 + 3.6% x 333/999 = 3.8%; the A1540
 * PY2022 report's 7,207 give 0.0335855855855856. From 60,000 on the rate is 2.0%.
 * <p>
 * Below 500 beneficiaries CMS prints only "&ge;12.2%" and publishes no formula, so the scale is
 * not defined there and this class refuses such sizes (a documented gap).
 */
public final class MinimumSavingsRate {

  /** Low ends of the rows of Table A4, in beneficiaries. */
  private static final int[] LOW_N = {500, 1000, 3000, 5000, 6000, 7000, 8000, 9000, 10000, 15000, 20000, 50000};
  /** High ends of the rows of Table A4, in beneficiaries. */
  private static final int[] HIGH_N = {999, 2999, 4999, 5999, 6999, 7999, 8999, 9999, 14999, 19999, 49999, 59999};
  /** Rates at the low ends, fractions. */
  private static final double[] LOW_RATE =
      {0.122, 0.087, 0.05, 0.039, 0.036, 0.034, 0.032, 0.031, 0.03, 0.027, 0.025, 0.022};
  /** Rates at the high ends, fractions. */
  private static final double[] HIGH_RATE =
      {0.087, 0.05, 0.039, 0.036, 0.034, 0.032, 0.031, 0.03, 0.027, 0.025, 0.022, 0.02};
  /** The rate from 60,000 beneficiaries on. */
  private static final double FLOOR = 0.02;
  /** The smallest size with a published rate. */
  public static final int SMALLEST_PUBLISHED_SIZE = 500;

  private MinimumSavingsRate() {
  }

  /**
   * The sliding-scale MSR for a number of assigned beneficiaries.
   *
   * @param assignedBeneficiaries the number of assigned beneficiaries (Table 3 [A])
   * @return the MSR as a fraction, between 0.02 and 0.122
   * @throws IllegalArgumentException if fewer than 500 beneficiaries (no published rate)
   */
  public static double slidingScale(int assignedBeneficiaries) {
    if (assignedBeneficiaries < SMALLEST_PUBLISHED_SIZE) {
      throw new IllegalArgumentException("assignedBeneficiaries must be at least 500 for the sliding-scale "
          + "MSR (CMS publishes only '>=12.2%' below 500), but was " + assignedBeneficiaries);
    }
    for (int i = 0; i < LOW_N.length; i++) {
      if (assignedBeneficiaries <= HIGH_N[i]) {
        double width = HIGH_N[i] - LOW_N[i];
        return LOW_RATE[i] * (HIGH_N[i] - assignedBeneficiaries) / width
            + HIGH_RATE[i] * (assignedBeneficiaries - LOW_N[i]) / width;
      }
    }
    return FLOOR;
  }
}
