/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.quality;

/**
 * Whether an ACO met the quality standard that gates shared savings in its performance year.
 * <ul>
 *   <li>Performance years through 2020: the minimum attainment standard of 42 CFR 425.502(d)
 *       (or complete reporting in a pay-for-reporting year) is {@link #MET} or {@link #NOT_MET}.</li>
 *   <li>2021 on: the quality performance standard of 425.512(a)(2)-(5) is {@link #MET}; from 2023
 *       an ACO that misses it but reaches the 10th percentile on an outcome measure meets the
 *       alternative standard (425.512(a)(4)(ii)), {@link #ALTERNATIVE_MET}.</li>
 * </ul>
 */
public enum QualityStandard {
  /** The quality standard of the year was met (the full maximum sharing rate is earned from 2021). */
  MET("Yes"),
  /** Only the alternative quality performance standard was met (2023 on): the rate is scaled by quality. */
  ALTERNATIVE_MET("Alternative"),
  /** No standard was met: no shared savings, and the maximum loss rate. */
  NOT_MET("No");

  private final String label;

  QualityStandard(String label) {
    this.label = label;
  }

  /**
   * The answer CMS's Table 3 [S] prints: "Yes", "Alternative" or "No".
   *
   * @return the label
   */
  public String label() {
    return label;
  }
}
