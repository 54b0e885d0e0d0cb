/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.program.mssp;

import org.acokit.contract.MinimumRateScale;
import org.acokit.contract.SizeRate;

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

  /** The smallest size with a published rate. */
  public static final int SMALLEST_PUBLISHED_SIZE = 500;

  /**
   * Table A4 as a contract term: the scale that sets the MSR (and the MLR of two-sided ACOs that
   * chose the variable rate) of every MSSP ACO-year that uses it.
   */
  public static final MinimumRateScale TABLE_A4 = MinimumRateScale.builder()
      .name("MSSP Table A4")
      .addRows(SizeRate.of(500, 999, 0.122, 0.087))
      .addRows(SizeRate.of(1000, 2999, 0.087, 0.05))
      .addRows(SizeRate.of(3000, 4999, 0.05, 0.039))
      .addRows(SizeRate.of(5000, 5999, 0.039, 0.036))
      .addRows(SizeRate.of(6000, 6999, 0.036, 0.034))
      .addRows(SizeRate.of(7000, 7999, 0.034, 0.032))
      .addRows(SizeRate.of(8000, 8999, 0.032, 0.031))
      .addRows(SizeRate.of(9000, 9999, 0.031, 0.03))
      .addRows(SizeRate.of(10000, 14999, 0.03, 0.027))
      .addRows(SizeRate.of(15000, 19999, 0.027, 0.025))
      .addRows(SizeRate.of(20000, 49999, 0.025, 0.022))
      .addRows(SizeRate.of(50000, 59999, 0.022, 0.02))
      .rateAboveLargestSize(0.02)
      .build();

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
    return TABLE_A4.rate(assignedBeneficiaries);
  }
}
