/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.report;

import java.util.Optional;
import java.util.OptionalDouble;

import org.acokit.internal.AcoStyle;
import org.acokit.population.EnrollmentType;
import org.immutables.value.Value;

/**
 * One derived value of a settlement report recomputed by the library, next to the value the
 * report publishes. Immutable and thread-safe.
 */
@Value.Immutable
@AcoStyle
abstract class AbstractReplayedCell {

  /**
   * The table id: {@code "1"}, {@code "2"}, {@code "3"} or {@code "A3"}.
   *
   * @return the table
   */
  public abstract String table();

  /**
   * The row letter without brackets.
   *
   * @return the row
   */
  public abstract String row();

  /**
   * The enrollment type, empty for a single value or total.
   *
   * @return the enrollment type
   */
  public abstract Optional<EnrollmentType> enrollmentType();

  /**
   * The column header as the report prints it.
   *
   * @return the column
   */
  public abstract String column();

  /**
   * The recomputed value, unrounded.
   *
   * @return the value
   */
  public abstract double computed();

  /**
   * The published value, empty if the report does not print one in this cell.
   *
   * @return the published value
   */
  public abstract OptionalDouble published();

  /**
   * The relative error |computed - published| / max(1, |published|).
   *
   * @return the error, empty without a published value
   */
  public OptionalDouble relativeError() {
    if (published().isEmpty()) {
      return OptionalDouble.empty();
    }
    double p = published().getAsDouble();
    return OptionalDouble.of(Math.abs(computed() - p) / Math.max(1.0, Math.abs(p)));
  }

  /**
   * Whether the published value is reproduced within a relative error.
   *
   * @param tolerance the relative tolerance, such as 1e-9
   * @return true if published and within tolerance
   */
  public boolean isReproduced(double tolerance) {
    return relativeError().isPresent() && relativeError().getAsDouble() <= tolerance;
  }
}
