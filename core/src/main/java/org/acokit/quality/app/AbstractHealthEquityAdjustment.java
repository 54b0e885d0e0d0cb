/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.quality.app;

import java.util.List;

import org.acokit.internal.AcoStyle;
import org.acokit.internal.Checks;
import org.immutables.value.Value;

/**
 * The health equity adjustment bonus of 42 CFR 425.512(b) (PY2023-2024).
 * <p>
 * Each measure's performer value is 4, 2 or 0 for the top, middle or bottom third of ACO
 * performers by reporting mechanism (0 if unscored); the measure performance scaler is their
 * sum. The underserved multiplier is the higher of the shares of assigned beneficiaries in
 * census block groups with an area deprivation index rank of 85 or more and of those enrolled in
 * the Part D low-income subsidy or dually eligible. {@code bonus = 0} if the multiplier is below
 * 0.20, else {@code min(10, scaler x multiplier)}. Example: six top-third measures (scaler 24)
 * with multiplier 0.35 earn 8.4 points; with 0.50 they earn 10 (capped). Immutable and
 * thread-safe.
 */
@Value.Immutable
@AcoStyle
abstract class AbstractHealthEquityAdjustment {

  /** Below this underserved multiplier no bonus is earned (425.512(b)(3)). */
  public static final double MINIMUM_MULTIPLIER = 0.20;
  /** The most bonus points (425.512(b)(4)). */
  public static final double MAXIMUM_BONUS = 10;

  /**
   * The performer values, one per measure: 4 (top third), 2 (middle), 0 (bottom or unscored).
   *
   * @return the values
   */
  public abstract List<Integer> performerValues();

  /**
   * The underserved multiplier, a fraction 0-1.
   *
   * @return the multiplier
   */
  public abstract double underservedMultiplier();

  @Value.Check
  void check() {
    Checks.fraction("underserved multiplier", underservedMultiplier());
    for (int v : performerValues()) {
      if (v != 0 && v != 2 && v != 4) {
        throw new IllegalArgumentException("performer value must be 4, 2 or 0 (top, middle, bottom third), but was " + v);
      }
    }
  }

  /**
   * The measure performance scaler: the sum of the performer values.
   *
   * @return the scaler
   */
  public int scaler() {
    return performerValues().stream().mapToInt(Integer::intValue).sum();
  }

  /**
   * The bonus points.
   *
   * @return 0 to 10
   */
  public double bonus() {
    return underservedMultiplier() < MINIMUM_MULTIPLIER ? 0
        : Math.min(MAXIMUM_BONUS, scaler() * underservedMultiplier());
  }
}
