/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.equity;

/**
 * Whether a stratum's counts are published or suppressed, and why.
 */
public enum Suppression {
  /** Published. */
  NONE,
  /** Suppressed: a count (numerator, denominator or their difference) is 1 to the threshold. */
  PRIMARY,
  /** Suppressed so that a primary-suppressed stratum cannot be derived from the totals. */
  COMPLEMENTARY
}
