/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.contract;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.acokit.internal.AcoStyle;
import org.immutables.value.Value;

/**
 * One row of a size-based {@link MinimumRateScale}: from {@link #lowSize()} to
 * {@link #highSize()} beneficiaries the rate falls linearly from {@link #lowRate()} to
 * {@link #highRate()}.
 * <p>
 * Example, the MSSP row for 7,000-7,999 assigned beneficiaries (CMS Table A4):
 * {@code SizeRate.of(7000, 7999, 0.034, 0.032)}. Immutable and thread-safe.
 */
@Value.Immutable
@AcoStyle
@JsonSerialize(as = SizeRate.class)
@JsonDeserialize(as = SizeRate.class)
abstract class AbstractSizeRate {

  /**
   * The smallest number of beneficiaries in the row.
   *
   * @return beneficiaries
   */
  public abstract int lowSize();

  /**
   * The largest number of beneficiaries in the row, as printed (7,999, not 8,000).
   *
   * @return beneficiaries
   */
  public abstract int highSize();

  /**
   * The rate at {@link #lowSize()}, a fraction.
   *
   * @return the rate
   */
  public abstract double lowRate();

  /**
   * The rate at {@link #highSize()}, a fraction.
   *
   * @return the rate
   */
  public abstract double highRate();

  /**
   * Creates a row.
   *
   * @param lowSize the smallest size
   * @param highSize the largest size
   * @param lowRate the rate at the smallest size
   * @param highRate the rate at the largest size
   * @return the row
   */
  public static SizeRate of(int lowSize, int highSize, double lowRate, double highRate) {
    return SizeRate.builder().lowSize(lowSize).highSize(highSize).lowRate(lowRate).highRate(highRate).build();
  }
}
