/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.equity;

import java.util.OptionalDouble;

import org.acokit.explain.Formats;
import org.acokit.explain.TextTable;
import org.acokit.explain.ValueKind;

/**
 * One summary measure of one dataset: its estimate, standard error and 95% interval, each absent
 * where the definition gives none (no standard error for a simulated interval; no se or interval
 * for the concentration indices of two subgroups). For r and rii the standard error is that of
 * the logarithm of the ratio and the interval is exp(ln estimate -/+ z se). Immutable and
 * thread-safe.
 *
 * @param dataset the dataset
 * @param measure the measure
 * @param estimate the estimate, finite
 * @param se its standard error (for r and rii: of its logarithm)
 * @param lower the lower 95% limit
 * @param upper the upper 95% limit
 * @param method how the se and interval were obtained
 */
public record SummaryEstimate(String dataset, SummaryMeasure measure, double estimate, OptionalDouble se,
    OptionalDouble lower, OptionalDouble upper, IntervalMethod method) {

  /**
   * Checks that every value present is finite.
   *
   * @throws IllegalArgumentException if a value is NaN or infinite
   */
  public SummaryEstimate {
    check(dataset, measure, "estimate", estimate);
    se.ifPresent(v -> check(dataset, measure, "se", v));
    lower.ifPresent(v -> check(dataset, measure, "lowerci", v));
    upper.ifPresent(v -> check(dataset, measure, "upperci", v));
  }

  private static void check(String dataset, SummaryMeasure measure, String field, double v) {
    if (!Double.isFinite(v)) {
      throw new IllegalArgumentException("dataset " + dataset + ", " + measure.code() + ": " + field + " must be finite,"
          + " but was " + v);
    }
  }

  /**
   * The estimate as a one-row table: the measure's code, the estimate, its standard error and 95%
   * interval, and how they were obtained.
   *
   * @return the table
   */
  @Override
  public String toString() {
    return TextTable.of(dataset, "Measure", "Estimate", "SE", "95% CI", "Method")
        .row(measure.code(), Formats.value(ValueKind.POINTS, estimate),
            se.isPresent() ? Formats.value(ValueKind.POINTS, se.getAsDouble()) : null,
            lower.isPresent() && upper.isPresent() ? Formats.value(ValueKind.POINTS, lower.getAsDouble()) + " to "
                + Formats.value(ValueKind.POINTS, upper.getAsDouble()) : null,
            method.toString().toLowerCase(java.util.Locale.ROOT).replace('_', ' '))
        .render();
  }
}
