/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.population;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

import org.acokit.internal.Checks;

/**
 * Four numbers, one per {@link EnrollmentType}: per-capita expenditures, proportions, risk scores
 * or person-years by enrollment type.
 * <p>
 * Example: {@code EnrollmentVector.of(71529.04, 11770.89, 20193.13, 12314.51).dot(proportions)}
 * is the per-capita expenditure weighted by the enrollment mix (Table 3 [E] = sum of [C] x [D]).
 * Values are finite; immutable and thread-safe.
 */
public final class EnrollmentVector {

  private final double[] values;

  private EnrollmentVector(double[] values) {
    this.values = values;
  }

  /**
   * Creates a vector in CMS's order: ESRD, disabled, aged/dual, aged/non-dual.
   *
   * @param esrd the ESRD value
   * @param disabled the disabled value
   * @param agedDual the aged/dual value
   * @param agedNonDual the aged/non-dual value
   * @return the vector
   * @throws IllegalArgumentException if a value is NaN or infinite
   */
  public static EnrollmentVector of(double esrd, double disabled, double agedDual, double agedNonDual) {
    Checks.finite("ESRD value", esrd);
    Checks.finite("disabled value", disabled);
    Checks.finite("aged/dual value", agedDual);
    Checks.finite("aged/non-dual value", agedNonDual);
    return new EnrollmentVector(new double[] {esrd, disabled, agedDual, agedNonDual});
  }

  /**
   * The value for one enrollment type.
   *
   * @param type the enrollment type
   * @return the value
   */
  public double get(EnrollmentType type) {
    return values[type.ordinal()];
  }

  /**
   * The sum over the four enrollment types, added in CMS's order.
   *
   * @return the sum
   */
  public double sum() {
    return values[0] + values[1] + values[2] + values[3];
  }

  /**
   * The dot product with another vector, added in CMS's order: sum of this[t] x other[t].
   *
   * @param other the other vector, typically proportions
   * @return the weighted sum
   */
  public double dot(EnrollmentVector other) {
    return values[0] * other.values[0] + values[1] * other.values[1]
        + values[2] * other.values[2] + values[3] * other.values[3];
  }

  /**
   * Applies a function to each of the four values.
   *
   * @param f the function
   * @return the new vector
   * @throws IllegalArgumentException if a result is NaN or infinite
   */
  public EnrollmentVector map(DoubleUnaryOperator f) {
    return of(f.applyAsDouble(values[0]), f.applyAsDouble(values[1]), f.applyAsDouble(values[2]),
        f.applyAsDouble(values[3]));
  }

  /**
   * Combines this vector with another, type by type: {@code result[t] = f(this[t], other[t])}.
   *
   * @param other the other vector
   * @param f the function
   * @return the new vector
   * @throws IllegalArgumentException if a result is NaN or infinite
   */
  public EnrollmentVector combine(EnrollmentVector other, DoubleBinaryOperator f) {
    return of(f.applyAsDouble(values[0], other.values[0]), f.applyAsDouble(values[1], other.values[1]),
        f.applyAsDouble(values[2], other.values[2]), f.applyAsDouble(values[3], other.values[3]));
  }

  /**
   * Type-by-type product: {@code this[t] x other[t]}.
   *
   * @param other the other vector
   * @return the product
   */
  public EnrollmentVector times(EnrollmentVector other) {
    return combine(other, (a, b) -> a * b);
  }

  /**
   * Type-by-type quotient: {@code this[t] / other[t]}.
   *
   * @param other the divisor
   * @return the quotient
   * @throws IllegalArgumentException if a divisor is zero (the result would not be finite)
   */
  public EnrollmentVector dividedBy(EnrollmentVector other) {
    return combine(other, (a, b) -> a / b);
  }

  /**
   * Type-by-type sum: {@code this[t] + other[t]}.
   *
   * @param other the other vector
   * @return the sum
   */
  public EnrollmentVector plus(EnrollmentVector other) {
    return combine(other, Double::sum);
  }

  /**
   * Type-by-type difference: {@code this[t] - other[t]}.
   *
   * @param other the other vector
   * @return the difference
   */
  public EnrollmentVector minus(EnrollmentVector other) {
    return combine(other, (a, b) -> a - b);
  }

  /**
   * Every value multiplied by a factor.
   *
   * @param factor the factor
   * @return the scaled vector
   */
  public EnrollmentVector times(double factor) {
    return map(v -> v * factor);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof EnrollmentVector && Arrays.equals(values, ((EnrollmentVector) obj).values);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "EnrollmentVector{ESRD=%s, Disabled=%s, Aged/dual=%s, Aged/non-dual=%s}",
        values[0], values[1], values[2], values[3]);
  }
}
