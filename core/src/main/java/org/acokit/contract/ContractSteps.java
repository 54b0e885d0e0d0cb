/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.contract;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.common.collect.ImmutableList;
import org.acokit.explain.Explanation;
import org.acokit.explain.ExplanationStep;
import org.acokit.explain.Formats;
import org.acokit.explain.ValueKind;

/**
 * Every {@link ContractStep} of one settlement with its value (or text, or the reason it does not
 * apply) and its formula: what explanations and program views are rendered from.
 * <p>
 * Formulas name other steps as references, such as {@code "{FINAL_SHARING_RATE} x {AMOUNT_SHARED}"};
 * {@link #formula(ContractStep, Function)} renders them in a view's lettering. A reference to a
 * step the view does not show is replaced by that step's own formula in parentheses, or by its
 * value when its formula names no other step. So the MSSP's Table 3, which shows no "amount
 * subject to sharing" row, prints shared savings as {@code [T] x [J]}, and the contract
 * explanation prints {@code [Z] x [W]}: one set of formulas, several letterings. The formulas
 * are derived from the terms and the result only when asked for, never on the settlement's fast
 * path. Immutable and thread-safe.
 */
public final class ContractSteps {

  private static final Pattern REFERENCE = Pattern.compile("\\{([A-Z_]+)\\}");
  private static final String ONE_SIDED = "one-sided: losses are not shared";

  private final ContractResult result;
  private final Map<ContractStep, Double> values;
  private final Map<ContractStep, String> texts;
  private final Map<ContractStep, String> formulas;
  private final Map<ContractStep, String> notApplicable;

  private ContractSteps(ContractResult result) {
    this.result = result;
    this.values = new EnumMap<>(ContractStep.class);
    this.texts = new EnumMap<>(ContractStep.class);
    this.formulas = new EnumMap<>(ContractStep.class);
    this.notApplicable = new EnumMap<>(ContractStep.class);
    build();
  }

  static ContractSteps of(ContractResult result) {
    return new ContractSteps(result);
  }

  /**
   * The settlement explained.
   *
   * @return the result
   */
  public ContractResult result() {
    return result;
  }

  /**
   * Whether a step applies to this settlement.
   *
   * @param step the step
   * @return true if it has a value or a text
   */
  public boolean applies(ContractStep step) {
    return values.containsKey(step) || texts.containsKey(step);
  }

  /**
   * The value of a step.
   *
   * @param step the step
   * @return the value, empty for a text step or a step that does not apply
   */
  public OptionalDouble value(ContractStep step) {
    Double v = values.get(step);
    return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
  }

  /**
   * The text of a text step ({@link ContractStep#OUTCOME}, {@link ContractStep#QUALITY_STANDARD}).
   *
   * @param step the step
   * @return the text, empty otherwise
   */
  public Optional<String> text(ContractStep step) {
    return Optional.ofNullable(texts.get(step));
  }

  /**
   * Why a step does not apply.
   *
   * @param step the step
   * @return the reason, empty if it applies
   */
  public Optional<String> whyNotApplicable(ContractStep step) {
    return applies(step) ? Optional.empty() : Optional.of(notApplicable.getOrDefault(step, "does not apply"));
  }

  /**
   * The formula of a step rendered in a view's lettering.
   *
   * @param step the step
   * @param rowOf how the view refers to each step, such as {@code "[T]"}; empty for steps the
   *     view does not show
   * @return the formula with the view's references
   */
  public String formula(ContractStep step, Function<ContractStep, Optional<String>> rowOf) {
    String template = formulas.getOrDefault(step, "");
    return render(template, rowOf, 0);
  }

  private String render(String template, Function<ContractStep, Optional<String>> rowOf, int depth) {
    Matcher m = REFERENCE.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      ContractStep ref = ContractStep.valueOf(m.group(1));
      Optional<String> row = rowOf.apply(ref);
      String replacement;
      if (row.isPresent()) {
        replacement = row.get();
      } else {
        String inner = formulas.getOrDefault(ref, "");
        if (depth < 4 && REFERENCE.matcher(inner).find()) {
          String rendered = render(inner, rowOf, depth + 1);
          replacement = REFERENCE.matcher(inner).matches() ? rendered : "(" + rendered + ")";
        } else if (values.containsKey(ref)) {
          replacement = ref.kind() == ValueKind.RATE ? Formats.percent(values.get(ref))
              : Formats.value(ref.kind(), values.get(ref));
        } else {
          replacement = ref.label().toLowerCase(Locale.ROOT);
        }
      }
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }

  /**
   * Explains the settlement in the lettering of {@link ContractStep#row()}.
   *
   * @param title the title
   * @return the explanation
   */
  public Explanation explain(String title) {
    ImmutableList.Builder<ExplanationStep> steps = ImmutableList.builder();
    Function<ContractStep, Optional<String>> rowOf = s -> Optional.of("[" + s.row() + "]");
    for (ContractStep step : ContractStep.values()) {
      steps.add(step(step, step.row(), step.label(), false, rowOf));
    }
    return Explanation.builder().title(title).steps(steps.build()).build();
  }

  /**
   * One explanation step of a view: the step's value under a view's row letter and label.
   *
   * @param step the step
   * @param row the view's row letter
   * @param label the view's label
   * @param negate whether the view prints the value negated (CMS prints losses negative)
   * @param rowOf how the view refers to each step, empty for steps it does not show
   * @return the explanation step
   */
  public ExplanationStep step(ContractStep step, String row, String label, boolean negate,
      Function<ContractStep, Optional<String>> rowOf) {
    if (texts.containsKey(step)) {
      return ExplanationStep.ofText(row, label, texts.get(step), formula(step, rowOf));
    }
    if (values.containsKey(step)) {
      double v = values.get(step);
      return ExplanationStep.of(row, label, step.kind(), negate ? 0.0 - v : v, formula(step, rowOf));
    }
    return ExplanationStep.notApplicable(row, label, step.kind(), notApplicable.getOrDefault(step, "does not apply"));
  }

  // ------------------------------------------------------------------------------------------

  private void value(ContractStep step, double value, String formula) {
    values.put(step, value);
    formulas.put(step, formula);
  }

  private void text(ContractStep step, String text, String formula) {
    texts.put(step, text);
    formulas.put(step, formula);
  }

  private void absent(ContractStep step, String why) {
    notApplicable.put(step, why);
  }

  private static String pct(double rate) {
    return Formats.percent(rate);
  }

  private void build() {
    ContractResult r = result;
    ContractTerms t = r.terms();
    QualityTerms q = t.quality();
    PerformanceInputs in = r.inputs();
    boolean twoSided = !t.lossBands().isEmpty();
    Outcome outcome = r.outcome();

    if (in.beneficiaries().isPresent()) {
      value(ContractStep.BENEFICIARIES, in.beneficiaries().getAsInt(), "input");
    } else {
      absent(ContractStep.BENEFICIARIES, "not given");
    }
    value(ContractStep.BENCHMARK, r.benchmark(), r.recalculatedBenchmarkUsed()
        ? "recalculated benchmark, replacing " + Formats.value(ValueKind.DOLLARS, in.benchmark())
            + ": losses against a higher recalculated benchmark (guardrail)"
        : "input");
    value(ContractStep.BENCHMARK_DISCOUNT, r.discount(), pct(t.benchmarkDiscount()) + " x {BENCHMARK}");
    value(ContractStep.WITHHOLD, r.withhold(), pct(q.withholdRate()) + " x ({BENCHMARK} - {BENCHMARK_DISCOUNT})");
    if (in.qualityScore().isPresent()) {
      value(ContractStep.QUALITY_SCORE, in.qualityScore().getAsDouble(), "input");
    } else {
      absent(ContractStep.QUALITY_SCORE, "not given");
    }
    if (in.qualityStandard().isPresent()) {
      text(ContractStep.QUALITY_STANDARD, in.qualityStandard().get().label(), "input");
    } else {
      absent(ContractStep.QUALITY_STANDARD, "not given");
    }
    value(ContractStep.WITHHOLD_EARNED_SHARE, r.withholdEarnedShare(), r.withhold() > 0 ? earnBackFormula(q) : "no withhold");
    value(ContractStep.WITHHOLD_EARNED_BACK, r.withholdEarnedBack(), "{WITHHOLD} x {WITHHOLD_EARNED_SHARE}");
    value(ContractStep.BENCHMARK_ADJUSTMENT, in.benchmarkAdjustment(), "input");
    StringBuilder settlementBenchmark = new StringBuilder("{BENCHMARK}");
    if (t.benchmarkDiscount() != 0) {
      settlementBenchmark.append(" - {BENCHMARK_DISCOUNT}");
    }
    if (q.withholdRate() != 0) {
      settlementBenchmark.append(" - {WITHHOLD} + {WITHHOLD_EARNED_BACK}");
    }
    if (in.benchmarkAdjustment() != 0) {
      settlementBenchmark.append(" + {BENCHMARK_ADJUSTMENT}");
    }
    value(ContractStep.SETTLEMENT_BENCHMARK, r.settlementBenchmark(), settlementBenchmark.toString());
    value(ContractStep.EXPENDITURE, in.expenditure(), "input");
    if (t.stopLoss().isPresent()) {
      value(ContractStep.STOP_LOSS_REMOVED, r.stopLossRemoved(), pct(t.stopLoss().get().excessShareRemoved())
          + " of spending above $" + String.format(Locale.ROOT, "%,.0f", t.stopLoss().get().attachmentPoint())
          + " per beneficiary");
    } else {
      absent(ContractStep.STOP_LOSS_REMOVED, "no stop-loss");
    }
    value(ContractStep.SETTLED_EXPENDITURE, r.settledExpenditure(),
        t.stopLoss().isPresent() ? "{EXPENDITURE} - {STOP_LOSS_REMOVED}" : "{EXPENDITURE}");
    value(ContractStep.GROSS_SAVINGS, r.grossSavings(), "{SETTLEMENT_BENCHMARK} - {SETTLED_EXPENDITURE}");
    value(ContractStep.SAVINGS_RATE, r.savingsRate(), "{GROSS_SAVINGS} / {SETTLEMENT_BENCHMARK}");
    value(ContractStep.TOTAL_SAVINGS, Math.max(r.grossSavings(), 0), "{GROSS_SAVINGS} if greater than 0, else 0");
    value(ContractStep.TOTAL_LOSSES, Math.max(-r.grossSavings(), 0), "the part of {GROSS_SAVINGS} below 0, else 0");
    value(ContractStep.MINIMUM_SAVINGS_RATE, r.minimumSavingsRate(), minimumRateFormula(r, t, in));
    value(ContractStep.MINIMUM_SAVINGS_AMOUNT, r.minimumSavingsAmount(), "{MINIMUM_SAVINGS_RATE} x {SETTLEMENT_BENCHMARK}");
    value(ContractStep.MINIMUM_LOSS_RATE, r.minimumLossRate(), r.minimumRateFromScale() ? "{MINIMUM_SAVINGS_RATE}"
        : pct(t.minimumLossRate()) + " (terms)");
    value(ContractStep.MINIMUM_LOSS_AMOUNT, r.minimumLossAmount(), "{MINIMUM_LOSS_RATE} x {SETTLEMENT_BENCHMARK}");
    text(ContractStep.OUTCOME, outcome.label(), r.recalculatedBenchmarkUsed() && r.grossSavings() >= 0
        ? "Neither: expenditure is not above the recalculated benchmark, which earns no savings (guardrail)"
        : "Savings if {GROSS_SAVINGS} is positive and reaches {MINIMUM_SAVINGS_AMOUNT}; Losses if {TOTAL_LOSSES} reaches "
            + "{MINIMUM_LOSS_AMOUNT}; else Neither");
    value(ContractStep.AMOUNT_SHARED, r.amountShared(), amountSharedFormula(r, t));
    if (t.savingsBands().size() == 1) {
      value(ContractStep.SHARING_RATE, t.savingsBands().get(0).rate(), "savings band rate (terms)");
    } else {
      absent(ContractStep.SHARING_RATE, "by savings band");
    }
    if (r.qualityFactor().isPresent()) {
      value(ContractStep.QUALITY_FACTOR, r.qualityFactor().getAsDouble(), qualityFactorFormula(q));
    } else {
      absent(ContractStep.QUALITY_FACTOR, "quality inputs not given");
    }
    if (r.finalSharingRate().isPresent()) {
      value(ContractStep.FINAL_SHARING_RATE, r.finalSharingRate().getAsDouble(), "{SHARING_RATE} x {QUALITY_FACTOR}"
          + (r.belowMinimumShared() ? " x " + pct(t.belowMinimumSharingFactor().getAsDouble())
              + ": savings below the minimum, reduced rate" : ""));
    } else {
      absent(ContractStep.FINAL_SHARING_RATE, t.savingsBands().size() == 1 ? "quality inputs not given" : "by savings band");
    }
    value(ContractStep.SHARED_SAVINGS, r.sharedSavings(), sharedSavingsFormula(r, t));
    if (r.savingsCap().isPresent()) {
      value(ContractStep.SAVINGS_CAP, r.savingsCap().getAsDouble(), capFormula(t.savingsCap().get()));
    } else {
      absent(ContractStep.SAVINGS_CAP, t.savingsCap().isPresent() ? "participant revenue not given" : "no savings cap");
    }
    String capRef = t.savingsCap().isPresent() ? "{SAVINGS_CAP}" : null;
    if (t.sequestrationOrder() == SequestrationOrder.BEFORE_CAP) {
      value(ContractStep.SEQUESTRATION, r.sequestration(), pct(t.sequestrationRate()) + " x {SHARED_SAVINGS}");
      value(ContractStep.SAVINGS_PAYMENT, r.savingsPayment(), capRef == null ? "{SHARED_SAVINGS} - {SEQUESTRATION}"
          : "min({SHARED_SAVINGS} - {SEQUESTRATION}, " + capRef + ")");
    } else {
      value(ContractStep.SEQUESTRATION, r.sequestration(), pct(t.sequestrationRate())
          + (capRef == null ? " x {SHARED_SAVINGS}" : " x min({SHARED_SAVINGS}, " + capRef + ")"));
      value(ContractStep.SAVINGS_PAYMENT, r.savingsPayment(), capRef == null ? "{SHARED_SAVINGS} - {SEQUESTRATION}"
          : "min({SHARED_SAVINGS}, " + capRef + ") - {SEQUESTRATION}");
    }
    if (!twoSided) {
      for (ContractStep s : new ContractStep[] {ContractStep.LOSS_RATE, ContractStep.LOSS_QUALITY_FACTOR,
          ContractStep.SHARED_LOSSES, ContractStep.LOSS_CAP, ContractStep.LOSSES_AFTER_CAP, ContractStep.LOSS_REDUCTION_SHARE,
          ContractStep.LOSS_REDUCTION, ContractStep.LOSSES_OWED}) {
        absent(s, ONE_SIDED);
      }
    } else {
      if (r.lossRate().isPresent()) {
        value(ContractStep.LOSS_RATE, r.lossRate().getAsDouble(), lossRateFormula(q));
      } else {
        absent(ContractStep.LOSS_RATE, t.lossBands().size() > 1 ? "by loss band" : "quality inputs not given");
      }
      if (r.lossQualityFactor().isPresent()) {
        value(ContractStep.LOSS_QUALITY_FACTOR, r.lossQualityFactor().getAsDouble(), q.losses() == LossQuality.MITIGATE
            ? "1 - " + pct(q.maximumLossMitigation().getAsDouble()) + " x {QUALITY_SCORE}" : "1: no mitigation");
      } else {
        absent(ContractStep.LOSS_QUALITY_FACTOR, "no losses shared");
      }
      value(ContractStep.SHARED_LOSSES, r.sharedLosses(), sharedLossesFormula(r, t));
      if (r.lossCap().isPresent()) {
        value(ContractStep.LOSS_CAP, r.lossCap().getAsDouble(), capFormula(t.lossCap().get()));
      } else {
        absent(ContractStep.LOSS_CAP, t.lossCap().isPresent() ? "no losses shared" : "no loss cap");
      }
      String capped = r.lossCap().isPresent() ? "{SHARED_LOSSES} limited to {LOSS_CAP}" : "{SHARED_LOSSES}";
      value(ContractStep.LOSSES_AFTER_CAP, r.lossesAfterCap(), t.partialYear() == PartialYearRule.FORFEIT_SAVINGS_PRORATE_LOSSES
          && in.monthsParticipated().isPresent()
          ? capped + " x " + in.monthsParticipated().getAsInt() + "/12 months of participation" : capped);
      value(ContractStep.LOSS_REDUCTION_SHARE, in.lossReduction(), "input");
      value(ContractStep.LOSS_REDUCTION, r.lossReductionAmount(), "{LOSSES_AFTER_CAP} x {LOSS_REDUCTION_SHARE}");
      value(ContractStep.LOSSES_OWED, r.lossesOwed(), "{LOSSES_AFTER_CAP} - {LOSS_REDUCTION}");
    }
    if (in.participantRevenue().isPresent()) {
      value(ContractStep.PARTICIPANT_REVENUE, in.participantRevenue().getAsDouble(), "input");
    } else {
      absent(ContractStep.PARTICIPANT_REVENUE, "not given");
    }
    value(ContractStep.NET_PAYMENT, r.payment(), twoSided ? "{SAVINGS_PAYMENT} - {LOSSES_OWED}" : "{SAVINGS_PAYMENT}");
  }

  private static String earnBackFormula(QualityTerms q) {
    switch (q.withholdEarnBack()) {
      case GATE:
        return "1 if the quality gate ({QUALITY_STANDARD}) is met, else 0";
      case SLIDING_SCALE:
        return "sliding-scale factor of {QUALITY_SCORE}";
      default:
        return "{QUALITY_SCORE}";
    }
  }

  private static String minimumRateFormula(ContractResult r, ContractTerms t, PerformanceInputs in) {
    if (r.minimumRateFromScale()) {
      MinimumRateScale scale = t.minimumRateScale().get();
      String base = "sliding scale (" + scale.name() + ") for " + String.format(Locale.ROOT, "%,d",
          in.beneficiaries().getAsInt()) + " beneficiaries";
      return scale.replacesFixedRateBelow().isPresent()
          ? base + ": below " + String.format(Locale.ROOT, "%,d", scale.replacesFixedRateBelow().getAsInt())
              + ", replacing the fixed " + pct(t.minimumSavingsRate())
          : base;
    }
    return pct(t.minimumSavingsRate()) + " (terms)";
  }

  private static String amountSharedFormula(ContractResult r, ContractTerms t) {
    if (r.amountShared() == 0) {
      return r.savingsForfeited() ? "0: savings forfeited (partial year)" : "0: nothing shared";
    }
    boolean excess = t.shareBasis() == ShareBasis.EXCESS_ONLY;
    if (r.outcome() == Outcome.LOSSES) {
      return excess ? "{TOTAL_LOSSES} - {MINIMUM_LOSS_AMOUNT}" : "{TOTAL_LOSSES}";
    }
    if (r.belowMinimumShared()) {
      return "{TOTAL_SAVINGS}";
    }
    return excess ? "{TOTAL_SAVINGS} - {MINIMUM_SAVINGS_AMOUNT}" : "{TOTAL_SAVINGS}";
  }

  private static String qualityFactorFormula(QualityTerms q) {
    String gate = q.gateRequired() ? " if the quality gate is met ({QUALITY_STANDARD}), else 0" : "";
    String min = q.minimumScore().isPresent() ? "; 0 below a score of " + pct(q.minimumScore().getAsDouble()) : "";
    switch (q.savings()) {
      case MULTIPLY:
        return "{QUALITY_SCORE}" + gate + min;
      case SLIDING_SCALE:
        return "sliding-scale factor of {QUALITY_SCORE}" + gate + min;
      case MULTIPLY_UNDER_ALTERNATIVE:
        return "1 if the quality standard is met, {QUALITY_SCORE} if only the alternative standard is met, else 0"
            + " ({QUALITY_STANDARD})" + min;
      default:
        return q.gateRequired() ? "1" + gate + min : "1: quality does not change savings" + min;
    }
  }

  private String sharedSavingsFormula(ContractResult r, ContractTerms t) {
    if (r.savingsForfeited()) {
      return "0: the ACO left before the end of the year and forfeits savings";
    }
    if (r.sharedSavings() == 0 && r.outcome() != Outcome.SAVINGS) {
      return t.savingsBands().size() == 1
          ? "{FINAL_SHARING_RATE} x {TOTAL_SAVINGS} if {TOTAL_SAVINGS} >= {MINIMUM_SAVINGS_AMOUNT}, else 0"
          : "0: savings below {MINIMUM_SAVINGS_AMOUNT}";
    }
    if (t.savingsBands().size() == 1) {
      return "{FINAL_SHARING_RATE} x {AMOUNT_SHARED}";
    }
    return bandFormula(t.savingsBands(), "{QUALITY_FACTOR}");
  }

  private static String sharedLossesFormula(ContractResult r, ContractTerms t) {
    if (r.outcome() != Outcome.LOSSES) {
      return "0: losses below {MINIMUM_LOSS_AMOUNT}";
    }
    String factor = t.quality().losses() == LossQuality.MITIGATE ? " x {LOSS_QUALITY_FACTOR}" : "";
    if (t.lossBands().size() == 1) {
      return "{LOSS_RATE}" + factor + " x {AMOUNT_SHARED}";
    }
    return bandFormula(t.lossBands(), factor.isEmpty() ? null : "{LOSS_QUALITY_FACTOR}");
  }

  private static String bandFormula(java.util.List<Band> bands, String factor) {
    StringBuilder f = new StringBuilder();
    for (Band b : bands) {
      if (f.length() > 0) {
        f.append(" + ");
      }
      f.append(pct(b.rate())).append(" of {AMOUNT_SHARED} in ").append(pct(b.lower())).append('-')
          .append(b.upper().isPresent() ? pct(b.upper().getAsDouble()) : "up").append(" of {SETTLEMENT_BENCHMARK}");
    }
    return factor == null ? f.toString() : "(" + f + ") x " + factor;
  }

  private static String lossRateFormula(QualityTerms q) {
    String bounds = (q.lossRateFloor().isPresent() ? "at least " + pct(q.lossRateFloor().getAsDouble()) : "")
        + (q.lossRateFloor().isPresent() && q.lossRateCeiling().isPresent() ? ", " : "")
        + (q.lossRateCeiling().isPresent() ? "at most " + pct(q.lossRateCeiling().getAsDouble()) : "");
    switch (q.losses()) {
      case COMPLEMENT_OF_SHARING_RATE:
        return "1 - " + pct(q.complementSharingRate().getAsDouble()) + " x {QUALITY_SCORE}"
            + (q.gateRequired() ? " if the quality gate is met, else 1" : "") + (bounds.isEmpty() ? "" : "; " + bounds);
      case COMPLEMENT_OF_FINAL_SHARING_RATE:
        return "1 - {FINAL_SHARING_RATE}" + (bounds.isEmpty() ? "" : "; " + bounds);
      default:
        return "terms";
    }
  }

  private static String capFormula(Cap cap) {
    StringBuilder f = new StringBuilder();
    cap.revenueRate().ifPresent(r -> f.append(pct(r)).append(" x {PARTICIPANT_REVENUE}"));
    cap.benchmarkRate().ifPresent(r -> {
      if (f.length() > 0) {
        f.append(cap.combination() == CapCombination.LESSER ? ", at most " : ", at least ");
      }
      f.append(pct(r)).append(" x {SETTLEMENT_BENCHMARK}");
    });
    return f.toString();
  }
}
