/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.quality;

import java.util.OptionalDouble;
import java.util.OptionalInt;

import org.acokit.internal.AcoStyle;
import org.acokit.internal.Checks;
import org.immutables.value.Value;

/**
 * One measure's points, with what produced them: the rate, the benchmark used, the decile and
 * the points earned out of the points available.
 * <p>
 * An {@link ScoreStatus#EXCLUDED} measure has 0 points of 0 available. Example: PY2024 eCQM 236
 * at 70.00% is decile 6 and earns 6.34 of 10 points. Immutable and thread-safe.
 */
@Value.Immutable
@AcoStyle
abstract class AbstractMeasureScore {

  /**
   * The measure identifier.
   *
   * @return the id
   */
  public abstract String measureId();

  /**
   * The collection type.
   *
   * @return the collection type
   */
  public abstract CollectionType collectionType();

  /**
   * The rate scored, empty if not reported.
   *
   * @return the rate
   */
  public abstract OptionalDouble rate();

  /**
   * The benchmark decile (1-10) of the rate, empty if not scored against a benchmark.
   *
   * @return the decile
   */
  public abstract OptionalInt decile();

  /**
   * The points earned.
   *
   * @return the points, 0 or more
   */
  public abstract double points();

  /**
   * The points available (the measure's maximum), 0 if excluded.
   *
   * @return the maximum points
   */
  public abstract double maxPoints();

  /**
   * How the measure entered the score.
   *
   * @return the status
   */
  public abstract ScoreStatus status();

  /**
   * The benchmark and rule used, in words, such as
   * {@code "236 electronicHealthRecord PY2024: decile 6 [68.98, 72.0): 6 + (70.0 - 68.98) / (72.0 - 68.98)"}.
   *
   * @return the basis
   */
  public abstract String basis();

  @Value.Check
  void check() {
    Checks.nonNegative("points of measure " + measureId(), points());
    Checks.nonNegative("maximum points of measure " + measureId(), maxPoints());
    if (points() > maxPoints() + 1e-9) {
      throw new IllegalArgumentException("points of measure " + measureId() + " must not exceed its maximum "
          + maxPoints() + ", but were " + points());
    }
  }
}
