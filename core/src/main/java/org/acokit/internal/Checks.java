/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.internal;

/**
 * Argument checks whose messages name the field, the value and what is allowed.
 * <p>
 * Every public method of the library validates through these, so a NaN or infinity never
 * enters a calculation and every error reads the same way.
 */
public final class Checks {

  private Checks() {
  }

  /**
   * Checks that a value is finite.
   *
   * @param field the field name, as the user knows it
   * @param value the value
   * @return the value
   * @throws IllegalArgumentException if the value is NaN or infinite
   */
  public static double finite(String field, double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(field + " must be a finite number, but was " + value);
    }
    return value;
  }

  /**
   * Checks that a value is finite and strictly positive.
   *
   * @param field the field name
   * @param value the value
   * @return the value
   * @throws IllegalArgumentException if the value is not finite or not greater than zero
   */
  public static double positive(String field, double value) {
    finite(field, value);
    if (value <= 0) {
      throw new IllegalArgumentException(field + " must be greater than 0, but was " + value);
    }
    return value;
  }

  /**
   * Checks that a value is finite and not negative.
   *
   * @param field the field name
   * @param value the value
   * @return the value
   * @throws IllegalArgumentException if the value is not finite or is negative
   */
  public static double nonNegative(String field, double value) {
    finite(field, value);
    if (value < 0) {
      throw new IllegalArgumentException(field + " must be 0 or more, but was " + value);
    }
    return value;
  }

  /**
   * Checks that a value lies in a closed interval.
   *
   * @param field the field name
   * @param value the value
   * @param min the smallest allowed value
   * @param max the largest allowed value
   * @return the value
   * @throws IllegalArgumentException if the value is not finite or outside [min, max]
   */
  public static double inRange(String field, double value, double min, double max) {
    finite(field, value);
    if (value < min || value > max) {
      throw new IllegalArgumentException(
          field + " must be between " + min + " and " + max + " inclusive, but was " + value);
    }
    return value;
  }

  /**
   * Checks that a fraction lies in [0, 1]; the message hints at percent-for-fraction mistakes.
   *
   * @param field the field name
   * @param value the value, a fraction (0.05 = 5%)
   * @return the value
   * @throws IllegalArgumentException if the value is not finite or outside [0, 1]
   */
  public static double fraction(String field, double value) {
    finite(field, value);
    if (value < 0 || value > 1) {
      String hint = value > 1 && value <= 100 ? " (rates are fractions: write 0.05 for 5%)" : "";
      throw new IllegalArgumentException(
          field + " must be a fraction between 0 and 1 inclusive, but was " + value + hint);
    }
    return value;
  }
}
