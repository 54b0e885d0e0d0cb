/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.explain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * The one way explanations print numbers in formulas: rates as percents, dollars to the cent,
 * counts with thousands separators. For reading only; values keep full precision.
 */
public final class Formats {

  private Formats() {
  }

  /**
   * A rate as a percent, rounded half up to six decimals of a percent, trailing zeros removed:
   * 0.02 gives {@code "2%"}, 0.0335855855855856 gives {@code "3.358559%"}.
   *
   * @param rate the rate, a fraction
   * @return the percent text
   */
  public static String percent(double rate) {
    if (!Double.isFinite(rate)) {
      return Double.toString(rate);
    }
    return BigDecimal.valueOf(rate * 100).setScale(6, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "%";
  }

  /**
   * A value as renderers print it for its kind: counts {@code 7,207}, person-years to four
   * decimals, dollars {@code 1,234.56}, rates as fractions to six decimals, points to four.
   *
   * @param kind the kind
   * @param value the value
   * @return the text
   */
  public static String value(ValueKind kind, double value) {
    switch (kind) {
      case COUNT:
        return String.format(Locale.ROOT, "%,.0f", value);
      case PERSON_YEARS:
        return String.format(Locale.ROOT, "%,.4f", value);
      case DOLLARS:
        return String.format(Locale.ROOT, "%,.2f", value);
      case RATE:
        return String.format(Locale.ROOT, "%.6f", value);
      case POINTS:
        return String.format(Locale.ROOT, "%.4f", value);
      default:
        return Double.toString(value);
    }
  }
}
