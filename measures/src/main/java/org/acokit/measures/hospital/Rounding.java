/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.hospital;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** CMS's presentation rounding: half up to four decimals. Package-private. */
final class Rounding {

  private Rounding() {
  }

  /** Rounds half up to four decimals (the shortest decimal form of the double is rounded). */
  static double round4(double x) {
    return BigDecimal.valueOf(x).setScale(4, RoundingMode.HALF_UP).doubleValue();
  }

  /** Whether two 4-decimal values are equal after rounding the first. */
  static boolean exact4(double computed, double published) {
    return Math.abs(round4(computed) - published) < 5e-9;
  }

  /** Whether an unrounded value is within 0.0001 of a published one (with a 1e-9 allowance for binary noise). */
  static boolean within(double computed, double published, double tolerance) {
    return Math.abs(computed - published) <= tolerance + 1e-9;
  }
}
