/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.explain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * The one way explanations and result tables print numbers: rates as percents, dollars to the
 * cent, counts with thousands separators. For reading only; values keep full precision. No method
 * prints a negative zero ({@code -0.00}): a value that rounds to zero prints unsigned.
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
    return unsigned(BigDecimal.valueOf(rate * 100).setScale(6, RoundingMode.HALF_UP).stripTrailingZeros()
        .toPlainString()) + "%";
  }

  /**
   * A rate as a percent with a fixed number of decimals: {@code percent(0.0335855, 4)} gives
   * {@code "3.3586%"}, {@code percent(0.75, 2)} gives {@code "75.00%"}.
   *
   * @param rate the rate, a fraction
   * @param decimals the decimals of the percent, 0 to 10
   * @return the percent text
   * @throws IllegalArgumentException if decimals is outside 0-10
   */
  public static String percent(double rate, int decimals) {
    if (decimals < 0 || decimals > 10) {
      throw new IllegalArgumentException("decimals must be between 0 and 10, but was " + decimals);
    }
    if (!Double.isFinite(rate)) {
      return Double.toString(rate);
    }
    return unsigned(String.format(Locale.ROOT, "%." + decimals + "f", rate * 100)) + "%";
  }

  /**
   * Dollars to the cent with thousands separators: {@code 5071500} gives {@code "5,071,500.00"}.
   *
   * @param dollars the amount, US dollars
   * @return the text
   */
  public static String dollars(double dollars) {
    return value(ValueKind.DOLLARS, dollars);
  }

  /**
   * The value of an explanation step as the renderers print it: its text, an en dash if it does
   * not apply, a rate whose label says {@code (%)} as a percent to four decimals
   * ({@code 3.3586%}), otherwise {@link #value(ValueKind, double)}.
   *
   * @param step the step
   * @return the text
   */
  public static String stepValue(ExplanationStep step) {
    if (step.text().isPresent()) {
      return step.text().get();
    }
    if (step.value().isEmpty()) {
      return "\u2013";
    }
    double v = step.value().getAsDouble();
    if (step.kind() == ValueKind.RATE && step.label().contains("(%)")) {
      return percent(v, 4);
    }
    return value(step.kind(), v);
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
    return unsigned(format(kind, value));
  }

  private static String format(ValueKind kind, double value) {
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
        return Double.toString(value + 0.0);
    }
  }

  /** Drops the sign of a number that prints as zero ({@code -0.000000} becomes {@code 0.000000}). */
  private static String unsigned(String number) {
    if (number.startsWith("-") && number.chars().noneMatch(c -> c >= '1' && c <= '9')) {
      return number.substring(1);
    }
    return number;
  }
}
