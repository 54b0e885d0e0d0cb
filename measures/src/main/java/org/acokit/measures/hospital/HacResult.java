/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.hospital;

import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

import com.google.common.collect.ImmutableList;
import org.acokit.explain.TextTable;
import org.acokit.explain.Formats;
import com.google.common.collect.ImmutableMap;
import org.acokit.explain.Explanation;
import org.acokit.explain.ExplanationStep;
import org.acokit.explain.ValueKind;

/**
 * One hospital's HACRP score: its z-scores, the Total HAC Score (their mean), the payment
 * reduction and what would have avoided it.
 * <p>
 * Each measure contributes {@code z_m / k} to the Total HAC Score (k = number of scored measures).
 * A penalized hospital leaves the worst quartile when its Total HAC Score falls to the threshold,
 * i.e. when one measure's z-score falls by {@code k x (total - threshold)}; the result (SIR) that
 * gives that z-score is {@link #resultToLeaveWorstQuartile(HacMeasure)} (empty when the needed z is
 * below the measure's minimum, the z of its 5th percentile: that measure alone cannot do it).
 * Immutable and thread-safe.
 */
public final class HacResult {

  private final HacHospital hospital;
  private final HacReductionProgram program;
  private final ImmutableMap<HacMeasure, Double> zScores;
  private final double total;
  private final HacPaymentReduction reduction;

  HacResult(HacHospital hospital, HacReductionProgram program, ImmutableMap<HacMeasure, Double> zScores,
      double total, HacPaymentReduction reduction) {
    this.hospital = hospital;
    this.program = program;
    this.zScores = zScores;
    this.total = total;
    this.reduction = reduction;
  }

  /**
   * The facility id.
   *
   * @return the CCN
   */
  public String facilityId() {
    return hospital.facilityId();
  }

  /**
   * The z-scores used, by measure.
   *
   * @return the z-scores
   */
  public ImmutableMap<HacMeasure, Double> zScores() {
    return zScores;
  }

  /**
   * The Total HAC Score, unrounded.
   *
   * @return the mean of the z-scores
   */
  public double totalHacScore() {
    return total;
  }

  /**
   * The Total HAC Score as CMS prints it, half up to four decimals.
   *
   * @return the rounded score
   */
  public double totalHacScoreRounded() {
    return Rounding.round4(total);
  }

  /**
   * The payment reduction.
   *
   * @return yes, no or waived
   */
  public HacPaymentReduction paymentReduction() {
    return reduction;
  }

  /**
   * The fall of any one measure's z-score that would bring the Total HAC Score down to the
   * threshold: {@code k x (total - threshold)}; 0 when the score is already at or below it.
   *
   * @return the z-score reduction
   */
  public double zReductionToLeaveWorstQuartile() {
    return Math.max(0, zScores.size() * (total - program.threshold()));
  }

  /**
   * The result (SIR or PSI 90 value) of a measure at which the hospital would have left the worst
   * quartile, all else equal.
   *
   * @param measure a measure the hospital was scored on
   * @return the result, empty if the measure is not scored, its distribution is not known, or even
   *     the measure's best (5th percentile) result would not suffice
   */
  public OptionalDouble resultToLeaveWorstQuartile(HacMeasure measure) {
    Double z = zScores.get(measure);
    HacMeasureDistribution d = program.distribution(measure);
    if (z == null || d == null) {
      return OptionalDouble.empty();
    }
    double needed = z - zReductionToLeaveWorstQuartile();
    if (needed >= d.maxZ()) {
      return OptionalDouble.of(d.p95());
    }
    return needed < d.minZ() ? OptionalDouble.empty() : OptionalDouble.of(d.resultAt(needed));
  }

  /**
   * Explains the score measure by measure: z-score and contribution to the Total HAC Score (and, for
   * a penalized hospital, the result that would have avoided the reduction), the total, threshold
   * and reduction.
   *
   * @return the explanation
   */
  public Explanation explain() {
    ImmutableList.Builder<ExplanationStep> steps = ImmutableList.builder();
    int k = zScores.size();
    char row = 'A';
    for (Map.Entry<HacMeasure, Double> e : zScores.entrySet()) {
      HacMeasureInput in = hospital.measures().get(e.getKey());
      String basis = String.format(Locale.ROOT, "z %.4f / %d measures%s%s", e.getValue(), k,
          in.isNotSubmitted() ? "; not submitted: maximum z" : "",
          in.result().isPresent() ? String.format(Locale.ROOT, "; result %.4f", in.result().getAsDouble()) : "");
      if (reduction == HacPaymentReduction.YES) {
        OptionalDouble r = resultToLeaveWorstQuartile(e.getKey());
        basis += r.isPresent()
            ? String.format(Locale.ROOT, "; a result of %.4f alone would have left the worst quartile", r.getAsDouble())
            : String.format(Locale.ROOT, "; z would have to fall by %.4f, %s", zReductionToLeaveWorstQuartile(),
                program.distribution(e.getKey()) == null ? "distribution not given"
                    : "more than this measure alone can");
      }
      steps.add(ExplanationStep.of(String.valueOf(row++), e.getKey().label() + " contribution", ValueKind.POINTS,
          e.getValue() / k, basis));
    }
    steps.add(ExplanationStep.of(String.valueOf(row++), "Total HAC Score", ValueKind.POINTS, total,
        "mean of the measure z-scores (sum of the rows above)"));
    steps.add(ExplanationStep.of(String.valueOf(row++), "Threshold (75th percentile)", ValueKind.POINTS,
        program.threshold(), "FY" + program.fiscalYear() + " parameter"));
    steps.add(ExplanationStep.ofText(String.valueOf(row), "Payment reduction", reduction.name(),
        reduction == HacPaymentReduction.WAIVED ? "Maryland: waived"
            : "1% when the Total HAC Score is greater than the threshold"));
    return Explanation.builder().title("HACRP FY" + program.fiscalYear() + " Total HAC Score, hospital "
        + facilityId()).steps(steps.build()).build();
  }

  /**
   * The result as a text table (for JShell and logs): each measure's z-score, the Total HAC
   * Score, the threshold and the payment reduction, to four decimals; every step:
   * {@link #explain()}.
   *
   * @return the table
   */
  @Override
  public String toString() {
    TextTable t = TextTable.of("HACRP FY" + program.fiscalYear() + ": hospital " + facilityId(), "Figure", "Value");
    for (Map.Entry<HacMeasure, Double> z : zScores.entrySet()) {
      t.row(z.getKey().label() + " z-score", Formats.value(ValueKind.POINTS, z.getValue()));
    }
    t.row("Total HAC Score", Formats.value(ValueKind.POINTS, total));
    t.row("Threshold (worst quartile above)", Formats.value(ValueKind.POINTS, program.threshold()));
    t.row("Payment reduction (1%)", reduction == HacPaymentReduction.WAIVED ? "waived (Maryland)" : reduction.yesNo());
    return t.render() + "every step: explain()\n";
  }
}
