/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.hospital;

import java.util.Locale;

import com.google.common.collect.ImmutableList;
import org.acokit.explain.TextTable;
import org.acokit.explain.Formats;
import org.acokit.explain.Explanation;
import org.acokit.explain.ExplanationStep;
import org.acokit.explain.ValueKind;

/**
 * A hospital's HRRP payment adjustment factor with each condition's contribution.
 * <p>
 * {@code PAF = max(floor, 1 - sum_c contribution_c)}, rounded half up to four decimals as CMS
 * publishes it. Example (CCN 010006, FY2027, peer group 1, NM 0.9628): contributions before NM
 * 0.000150 (AMI) + 0.003117 (COPD) + 0.003156 (HF) + 0.002702 (PN) + 0.005138 (CABG) = 0.014263;
 * x 0.9628 = 0.013732; PAF 0.9863. Immutable and thread-safe.
 */
public final class HrrpResult {

  private final String ccn;
  private final HrrpFiscalYear fiscalYear;
  private final double neutralityModifier;
  private final double unroundedFactor;
  private final ImmutableList<HrrpConditionResult> conditions;

  HrrpResult(String ccn, HrrpFiscalYear fiscalYear, double neutralityModifier, double unroundedFactor,
      ImmutableList<HrrpConditionResult> conditions) {
    this.ccn = ccn;
    this.fiscalYear = fiscalYear;
    this.neutralityModifier = neutralityModifier;
    this.unroundedFactor = unroundedFactor;
    this.conditions = conditions;
  }

  /**
   * The hospital's CCN.
   *
   * @return the CCN
   */
  public String ccn() {
    return ccn;
  }

  /**
   * The fiscal year.
   *
   * @return the year's rules
   */
  public HrrpFiscalYear fiscalYear() {
    return fiscalYear;
  }

  /**
   * The payment adjustment factor as CMS publishes it, rounded half up to four decimals.
   *
   * @return the factor, between the floor and 1
   */
  public double paymentAdjustmentFactor() {
    return Rounding.round4(unroundedFactor);
  }

  /**
   * The payment adjustment factor before rounding.
   *
   * @return the factor
   */
  public double unroundedFactor() {
    return unroundedFactor;
  }

  /**
   * The payment reduction, 1 - factor (unrounded), a fraction.
   *
   * @return the reduction
   */
  public double paymentReduction() {
    return 1 - unroundedFactor;
  }

  /**
   * Whether the floor capped the reduction.
   *
   * @return true if the factor is the floor
   */
  public boolean atFloor() {
    return unroundedFactor == fiscalYear.floor();
  }

  /**
   * Every condition the hospital has an ERR for, in {@link HrrpCondition} order.
   *
   * @return the conditions
   */
  public ImmutableList<HrrpConditionResult> conditions() {
    return conditions;
  }

  /**
   * Explains the factor condition by condition: each condition's ERR, threshold, ratio and
   * contribution to the penalty, the sum, the neutrality modifier, the floor and the factor.
   *
   * @return the explanation
   */
  public Explanation explain() {
    ImmutableList.Builder<ExplanationStep> steps = ImmutableList.builder();
    int row = 0;
    double sum = 0;
    for (HrrpConditionResult c : conditions) {
      String r = rowLetter(row++);
      String basis = !c.counted()
          ? String.format(Locale.ROOT, "not counted: %d eligible discharges (< %d) or not in %s",
              c.eligibleDischarges(), HrrpFiscalYear.MINIMUM_DISCHARGES, fiscalYear)
          : String.format(Locale.ROOT, "NM %.6f x ratio %.4f%s x max(0, ERR %.4f - threshold %.4f); penalty-free at"
              + " ERR <= %.4f", neutralityModifier, c.paymentRatio(), c.paymentRatioPublished() ? "" : " (not published)",
              c.excessReadmissionRatio(), c.threshold(), c.penaltyFreeErr());
      steps.add(ExplanationStep.of(r, c.condition() + " contribution to the reduction", ValueKind.RATE,
          c.contribution(), basis));
      sum += c.contribution();
    }
    steps.add(ExplanationStep.of(rowLetter(row++), "Total reduction before the floor", ValueKind.RATE, sum,
        "sum of the condition rows"));
    steps.add(ExplanationStep.of(rowLetter(row++), "Floor of the factor", ValueKind.RATE, fiscalYear.floor(),
        fiscalYear + ": 42 CFR 412.154(c)"));
    steps.add(ExplanationStep.of(rowLetter(row), "Payment adjustment factor", ValueKind.RATE,
        paymentAdjustmentFactor(), String.format(Locale.ROOT, "max(floor, 1 - total) = %.6f, half up to 4 decimals",
            unroundedFactor)));
    return Explanation.builder().title("HRRP payment adjustment factor, " + fiscalYear + ", hospital " + ccn)
        .steps(steps.build()).build();
  }

  private static String rowLetter(int i) {
    return i < 26 ? String.valueOf((char) ('A' + i)) : "A" + (char) ('A' + i - 26);
  }

  /**
   * The result as a text table (for JShell and logs): each condition's eligible discharges,
   * excess readmission ratio (four decimals; none below 25 discharges) and whether it adds to
   * the penalty, then the payment adjustment factor and the reduction in percent; every step:
   * {@link #explain()}.
   *
   * @return the table
   */
  @Override
  public String toString() {
    TextTable t = TextTable.of(fiscalYear + ": hospital " + ccn, "Condition", "Discharges", "ERR", "Penalized");
    for (HrrpConditionResult c : conditions) {
      t.row(c.condition().name(), Formats.value(ValueKind.COUNT, c.eligibleDischarges()),
          c.counted() ? Formats.value(ValueKind.POINTS, c.excessReadmissionRatio()) : null,
          c.counted() ? (c.penalized() ? "yes" : "no") : "not counted");
    }
    return t.render() + "Payment adjustment factor " + Formats.value(ValueKind.POINTS, paymentAdjustmentFactor())
        + " (reduction " + Formats.percent(paymentReduction(), 2) + (atFloor() ? ", at the floor" : "")
        + "); every step: explain()\n";
  }
}
