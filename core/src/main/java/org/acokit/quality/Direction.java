/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.quality;

/**
 * Which way a measure's performance rate improves.
 * <p>
 * CMS's qpp-measures-data marks lower-is-better measures with {@code isInverse: true} (for
 * example 001 HbA1c poor control, 479 hospital-wide readmission, 484 admissions for multiple
 * chronic conditions).
 */
public enum Direction {
  /** A higher rate is better performance (most process measures, CAHPS). */
  HIGHER_IS_BETTER,
  /** A lower rate is better performance (inverse measures). */
  LOWER_IS_BETTER;

  /**
   * Whether {@code a} is at least as good as {@code b} in this direction.
   *
   * @param a a rate
   * @param b another rate in the same unit
   * @return {@code a >= b} for higher-is-better, {@code a <= b} for lower-is-better
   */
  public boolean atLeastAsGood(double a, double b) {
    return this == HIGHER_IS_BETTER ? a >= b : a <= b;
  }
}
