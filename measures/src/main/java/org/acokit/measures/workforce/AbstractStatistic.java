/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.workforce;

import java.util.Optional;
import java.util.OptionalDouble;

import org.acokit.internal.AcoStyle;
import org.immutables.value.Value;

/**
 * One named statistic of an analysis, as a row: the group it is about (empty for a statistic of
 * the whole table), the measure name, the estimate and, where the definition gives them, its
 * standard error and 95% interval bounds.
 * <p>
 * An estimate the definition leaves undefined (a z test when nobody was selected, an odds ratio
 * when a group selected everybody) is empty, never NaN or infinite; {@link #note()} says why.
 * Immutable and thread-safe.
 */
@Value.Immutable
@AcoStyle
abstract class AbstractStatistic {

  /**
   * The group, empty for a table-level statistic.
   *
   * @return the group
   */
  public abstract Optional<String> group();

  /**
   * The measure name, such as {@code impact_ratio} (the names of the equity data README).
   *
   * @return the name
   */
  public abstract String measure();

  /**
   * The estimate; empty when undefined.
   *
   * @return the estimate
   */
  public abstract OptionalDouble estimate();

  /**
   * The standard error (for a ratio, of its natural log), when defined.
   *
   * @return the standard error
   */
  public abstract OptionalDouble se();

  /**
   * The lower bound of the interval, when defined.
   *
   * @return the bound
   */
  public abstract OptionalDouble lower();

  /**
   * The upper bound of the interval, when defined.
   *
   * @return the bound
   */
  public abstract OptionalDouble upper();

  /**
   * Why the estimate is undefined, when it is.
   *
   * @return the note
   */
  public abstract Optional<String> note();

  @Value.Check
  void check() {
    for (OptionalDouble v : new OptionalDouble[] {estimate(), se(), lower(), upper()}) {
      if (v.isPresent() && !Double.isFinite(v.getAsDouble())) {
        throw new IllegalArgumentException(measure() + " of " + group().orElse("the table") + " is " + v.getAsDouble()
            + ": statistics are finite or absent");
      }
    }
  }
}
