/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Argument checks whose messages name the field, the value and what is allowed.
 * <p>
 * Every public method of the library validates through these, so a NaN or infinity never
 * enters a calculation and every error reads the same way. The checked sums and products
 * ({@link #checkedSum}, {@link #checkedProduct}) refuse finite inputs whose result overflows, so
 * a result computed from validated inputs is finite too.
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

  /**
   * Adds two finite numbers and checks the sum is finite too.
   *
   * @param what what the sum is, naming the fields added (such as "benchmark + benchmarkAdjustment")
   * @param a the first term
   * @param b the second term
   * @return a + b
   * @throws IllegalArgumentException if a term is not finite or the sum overflows
   */
  public static double checkedSum(String what, double a, double b) {
    double sum = a + b;
    if (!Double.isFinite(sum)) {
      throw overflow(what, a + " + " + b, sum);
    }
    return sum;
  }

  /**
   * Multiplies two finite numbers and checks the product is finite too.
   *
   * @param what what the product is, naming the fields multiplied (such as "perCapitaBenchmark x
   *     personYears")
   * @param a the first factor
   * @param b the second factor
   * @return a x b
   * @throws IllegalArgumentException if a factor is not finite or the product overflows
   */
  public static double checkedProduct(String what, double a, double b) {
    double product = a * b;
    if (!Double.isFinite(product)) {
      throw overflow(what, a + " x " + b, product);
    }
    return product;
  }

  /**
   * Checks that a computed result is finite; the message says which inputs it came from.
   *
   * @param what what the result is and the fields it is computed from
   * @param value the result
   * @return the value
   * @throws IllegalArgumentException if the value is NaN or infinite
   */
  public static double finiteResult(String what, double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(what + " must be a finite number, but was " + value
          + ": the inputs are too large (a result must stay within +-" + Double.MAX_VALUE + ")");
    }
    return value;
  }

  private static IllegalArgumentException overflow(String what, String terms, double result) {
    if (terms.contains("NaN") || terms.contains("Infinity")) {
      return new IllegalArgumentException(what + " must be computed from finite numbers, but was " + terms);
    }
    return new IllegalArgumentException(what + " overflows: " + terms + " is " + result
        + ", beyond the largest finite number " + Double.MAX_VALUE + "; the inputs are too large");
  }

  /**
   * Checks that no two items of a list share a key, naming both places of the first repeat.
   *
   * @param what the list, as the user knows it (such as "results of reporting option CQM")
   * @param noun what a key is (such as "measure")
   * @param items the items
   * @param key the key of an item
   * @param <T> the item type
   * @throws IllegalArgumentException if a key is repeated: "measure 001 is listed twice in
   *     results of reporting option CQM, at positions 0 and 2 (0-based); each may appear once"
   */
  public static <T> void noDuplicates(String what, String noun, List<T> items, Function<? super T, ?> key) {
    Map<Object, Integer> first = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      Object k = key.apply(items.get(i));
      Integer before = first.putIfAbsent(k, i);
      if (before != null) {
        throw new IllegalArgumentException(noun + " " + k + " is listed twice in " + what + ", at positions " + before
            + " and " + i + " (0-based): each may appear once");
      }
    }
  }
}
