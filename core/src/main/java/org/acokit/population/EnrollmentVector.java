/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.population;

import java.util.Arrays;
import java.util.Locale;

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
