/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.equity;

import java.util.OptionalDouble;

import org.acokit.explain.Formats;
import org.acokit.explain.TextTable;
import org.acokit.explain.ValueKind;

/**
 * One stratum's performance: counts, rate in percent with Wilson's 95% score interval, and
 * whether it is suppressed. A suppressed stratum's rate and interval are absent (its counts are
 * kept for the caller's own use, never for publication); so is the rate of an empty stratum
 * (denominator 0: no rate, which is not 0%). Immutable and thread-safe.
 *
 * @param stratum the stratum name
 * @param numerator the performance numerator
 * @param denominator the performance denominator
 * @param rate the rate, percent
 * @param lower Wilson lower limit, percent
 * @param upper Wilson upper limit, percent
 * @param suppression whether and why the stratum is suppressed
 */
public record StratumRate(String stratum, long numerator, long denominator, OptionalDouble rate, OptionalDouble lower,
    OptionalDouble upper, Suppression suppression) {

  /**
   * Whether the stratum may be published.
   *
   * @return true when not suppressed
   */
  public boolean published() {
    return suppression == Suppression.NONE;
  }

  /**
   * The stratum as a one-row table: counts, rate and Wilson interval in percent; a suppressed
   * stratum shows {@code *} for its counts.
   *
   * @return the table
   */
  @Override
  public String toString() {
    boolean shown = published();
    return TextTable.of("", "Stratum", "Numerator", "Denominator", "Rate (%)", "95% CI (%)", "Suppressed")
        .row(stratum, shown ? Formats.value(ValueKind.COUNT, numerator) : "*",
            shown ? Formats.value(ValueKind.COUNT, denominator) : "*", StratifiedRates.percent(rate),
            lower.isPresent() && upper.isPresent()
                ? StratifiedRates.percent(lower) + " to " + StratifiedRates.percent(upper) : null,
            StratifiedRates.suppressionWord(suppression))
        .render();
  }
}
