/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.quality;

import org.acokit.internal.Checks;

/**
 * The unit in which a measure's performance rate and its benchmark are expressed.
 * <p>
 * Measure rates are kept in the unit CMS benchmarks them in, so a rate compares directly with the
 * published decile table and with the public use file column: proportions in percent (74.2 means
 * 74.2%), the hospital-wide readmission rate (479) as a fraction (0.1546), admission rates per 100
 * person-years (484, MCC1). This is the one place the library uses percent in its API; money-side
 * rates stay fractions.
 */
public enum RateUnit {
  /** A proportion in percent, between 0 and 100 inclusive. */
  PERCENT(0, 100),
  /** A proportion as a fraction, between 0 and 1 inclusive (479's readmission rate). */
  FRACTION(0, 1),
  /** A rate per 100 person-years or similar count ratio: 0 or more, no upper bound. */
  RATE(0, Double.MAX_VALUE);

  private final double min;
  private final double max;

  RateUnit(double min, double max) {
    this.min = min;
    this.max = max;
  }

  /**
   * Checks that a rate is valid in this unit.
   *
   * @param field the field name for the message, such as {@code "rate of measure 236"}
   * @param rate the rate
   * @return the rate
   * @throws IllegalArgumentException if the rate is not finite or outside the unit's range
   */
  public double check(String field, double rate) {
    if (this == RATE) {
      return Checks.nonNegative(field, rate);
    }
    Checks.finite(field, rate);
    if (rate < min || rate > max) {
      String hint = this == FRACTION && rate > 1 && rate <= 100
          ? " (this measure's rate is a fraction: write 0.15 for 15%)" : "";
      throw new IllegalArgumentException(field + " must be a " + name().toLowerCase(java.util.Locale.ROOT)
          + " between " + min + " and " + max + " inclusive, but was " + rate + hint);
    }
    return rate;
  }
}
