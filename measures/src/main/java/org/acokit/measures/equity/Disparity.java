/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.equity;

import java.util.OptionalDouble;

import org.acokit.explain.Formats;
import org.acokit.explain.TextTable;
import org.acokit.explain.ValueKind;

/**
 * One group compared with the reference group on one measure: rates in percent, the rate
 * difference (percentage points) with Newcombe's hybrid score 95% interval, the rate ratio with
 * its log-scale 95% interval (absent when a numerator is 0), the two-sided p-value of the pooled
 * z test, and AHRQ's rule for a meaningful disparity.
 * <p>
 * AHRQ National Healthcare Quality and Disparities Report: a difference is meaningful when
 * "the difference between the two groups [is] statistically significant with p&le;0.05 on a
 * two-tailed test" and "the relative difference between the comparison group and the reference
 * group [is] at least 10% when the measure is framed positively as a favorable outcome or
 * negatively as an adverse outcome" (AHRQ, National Healthcare Disparities Report 2010, Chapter
 * 1, http://www.ahrq.gov/research/findings/nhqrdr/nhdr10/Chap1a.html). The relative difference
 * here is taken on the adverse framing (the complement of a favourable rate):
 * (a_group - a_reference) / a_reference, a = 1 - rate if higher is better, else rate; absent
 * when a_reference is 0. {@link #worse()} when the group's adverse rate is the higher.
 * Immutable and thread-safe.
 *
 * @param stratum the group
 * @param reference the reference group
 * @param rate the group's rate, percent
 * @param referenceRate the reference group's rate, percent
 * @param difference rate - referenceRate, percentage points
 * @param differenceLower Newcombe lower limit, percentage points
 * @param differenceUpper Newcombe upper limit, percentage points
 * @param ratio rate / referenceRate (absent when the reference rate is 0)
 * @param ratioLower lower limit of the ratio (absent when a numerator is 0)
 * @param ratioUpper upper limit of the ratio
 * @param pValue the two-sided p-value
 * @param relativeDifference the relative difference on the adverse framing, a fraction
 * @param worse whether the group fares worse than the reference
 * @param meaningful whether AHRQ's rule calls the disparity meaningful (p &le; 0.05 and relative
 *     difference of at least 10%)
 */
public record Disparity(String stratum, String reference, double rate, double referenceRate, double difference,
    double differenceLower, double differenceUpper, OptionalDouble ratio, OptionalDouble ratioLower,
    OptionalDouble ratioUpper, double pValue, OptionalDouble relativeDifference, boolean worse, boolean meaningful) {

  /**
   * The comparison as a short table: rates and the difference in percent (points), the ratio,
   * the p-value and AHRQ's verdict.
   *
   * @return the table
   */
  @Override
  public String toString() {
    return TextTable.of(stratum + " vs " + reference, "Statistic", "Value")
        .row("Rate (%)", Formats.percent(rate / 100, 2))
        .row("Reference rate (%)", Formats.percent(referenceRate / 100, 2))
        .row("Difference (points)", points(difference) + " (95% CI " + points(differenceLower) + " to "
            + points(differenceUpper) + ")")
        .row("Ratio", ratio.isPresent() ? number(ratio.getAsDouble())
            + (ratioLower.isPresent() && ratioUpper.isPresent() ? " (95% CI " + number(ratioLower.getAsDouble())
                + " to " + number(ratioUpper.getAsDouble()) + ")" : "") : null)
        .row("p-value", number(pValue))
        .row("Relative difference (adverse, %)", relativeDifference.isPresent()
            ? Formats.percent(relativeDifference.getAsDouble(), 2) : null)
        .row("Worse than the reference", worse ? "yes" : "no")
        .row("Meaningful (AHRQ)", meaningful ? "yes" : "no")
        .render();
  }

  private static String points(double percentagePoints) {
    return Formats.percent(percentagePoints / 100, 2).replace("%", "");
  }

  private static String number(double v) {
    return Formats.value(ValueKind.POINTS, v);
  }
}
