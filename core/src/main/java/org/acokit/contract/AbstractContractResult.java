/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.contract;

import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

import com.google.common.collect.ImmutableList;
import org.acokit.explain.Explanation;
import org.acokit.explain.ExplanationStep;
import org.acokit.explain.ValueKind;
import org.acokit.internal.AcoStyle;
import org.immutables.value.Value;

/**
 * The settlement of one performance year under contract terms, with every intermediate amount.
 * <p>
 * {@link #payment()} is the net amount: positive is paid to the ACO, negative is owed by it.
 * {@link #explain()} shows the lettered steps [A] to [Y] with their formulas. Dollars are totals
 * for the year. Immutable and thread-safe.
 */
@Value.Immutable
@AcoStyle
abstract class AbstractContractResult {

  /**
   * The terms settled under.
   *
   * @return the terms
   */
  public abstract ContractTerms terms();

  /**
   * The performance inputs.
   *
   * @return the inputs
   */
  public abstract PerformanceInputs inputs();

  /**
   * [B] The benchmark discount, dollars.
   *
   * @return the discount
   */
  public abstract double discount();

  /**
   * [C] The quality withhold, dollars.
   *
   * @return the withhold
   */
  public abstract double withhold();

  /**
   * [D] The share of the withhold earned back, a fraction.
   *
   * @return the share
   */
  public abstract double withholdEarnedShare();

  /**
   * [E] The withhold earned back, dollars.
   *
   * @return the amount
   */
  public abstract double withholdEarnedBack();

  /**
   * [G] The settlement benchmark after discount, withhold, earn-back and adjustment, dollars.
   *
   * @return the benchmark
   */
  public abstract double settlementBenchmark();

  /**
   * [I] The expenditure removed by stop-loss or truncation, dollars.
   *
   * @return the amount
   */
  public abstract double stopLossRemoved();

  /**
   * [J] The expenditure settled against, after stop-loss, dollars.
   *
   * @return the expenditure
   */
  public abstract double settledExpenditure();

  /**
   * [K] Gross savings (positive) or losses (negative) = [G] - [J], dollars.
   *
   * @return the gross savings or losses
   */
  public abstract double grossSavings();

  /**
   * [M] The minimum savings rate in dollars.
   *
   * @return the threshold
   */
  public abstract double minimumSavingsAmount();

  /**
   * [N] The minimum loss rate in dollars.
   *
   * @return the threshold
   */
  public abstract double minimumLossAmount();

  /**
   * [O] Which side of the corridor the year fell on.
   *
   * @return the outcome
   */
  public abstract Outcome outcome();

  /**
   * [P] The savings or losses subject to sharing (first dollar or beyond the minimum rate),
   * dollars, positive.
   *
   * @return the amount
   */
  public abstract double amountShared();

  /**
   * [Q] The amount shared in each band, before quality, dollars, in band order (savings bands
   * for savings, loss bands for losses).
   *
   * @return the amounts
   */
  public abstract List<Double> bandAmounts();

  /**
   * The rate applied in each band (loss bands after any complement rule), fractions.
   *
   * @return the rates
   */
  public abstract List<Double> bandRates();

  /**
   * [R] The quality factor on shared savings (or 1 - mitigation on losses), a fraction.
   *
   * @return the factor
   */
  public abstract double qualityFactor();

  /**
   * [S] Shared savings before the cap and sequestration, dollars.
   *
   * @return the amount
   */
  public abstract double sharedSavings();

  /**
   * [T] The savings cap, dollars; empty without a cap.
   *
   * @return the cap
   */
  public abstract OptionalDouble savingsCap();

  /**
   * [U] The sequestration reduction of shared savings, dollars.
   *
   * @return the reduction
   */
  public abstract double sequestration();

  /**
   * [V] The savings payment after cap and sequestration, dollars.
   *
   * @return the payment
   */
  public abstract double savingsPayment();

  /**
   * [W] Shared losses before the cap, dollars, positive.
   *
   * @return the shared losses
   */
  public abstract double sharedLosses();

  /**
   * [X] The loss cap, dollars; empty without a cap.
   *
   * @return the cap
   */
  public abstract OptionalDouble lossCap();

  /**
   * [Y] The loss reduction (forgiveness) after the cap, dollars.
   *
   * @return the reduction
   */
  public abstract double lossReductionAmount();

  /**
   * [Z] Shared losses owed after cap and reduction, dollars, positive.
   *
   * @return the amount owed
   */
  public abstract double lossesOwed();

  /**
   * [AA] The net payment: the savings payment, or minus the losses owed. Positive is paid to
   * the ACO.
   *
   * @return the payment, dollars
   */
  public double payment() {
    return savingsPayment() - lossesOwed();
  }

  /**
   * [L] Gross savings as a share of the settlement benchmark.
   *
   * @return the savings rate, a fraction (negative for losses)
   */
  public double savingsRate() {
    return grossSavings() / settlementBenchmark();
  }

  /**
   * Explains the settlement in lettered steps.
   *
   * @return the explanation
   */
  public Explanation explain() {
    ContractTerms t = terms();
    PerformanceInputs in = inputs();
    ImmutableList.Builder<ExplanationStep> s = ImmutableList.builder();
    s.add(ExplanationStep.of("A", "Benchmark", ValueKind.DOLLARS, in.benchmark(), "input"));
    s.add(ExplanationStep.of("B", "Benchmark discount", ValueKind.DOLLARS, discount(),
        pct(t.benchmarkDiscount()) + " x [A]"));
    s.add(ExplanationStep.of("C", "Quality withhold", ValueKind.DOLLARS, withhold(),
        pct(t.quality().withholdRate()) + " x ([A] - [B])"));
    s.add(ExplanationStep.of("D", "Share of withhold earned back", ValueKind.RATE, withholdEarnedShare(),
        "by " + t.quality().withholdEarnBack()));
    s.add(ExplanationStep.of("E", "Withhold earned back", ValueKind.DOLLARS, withholdEarnedBack(), "[C] x [D]"));
    s.add(ExplanationStep.of("F", "Benchmark adjustment", ValueKind.DOLLARS, in.benchmarkAdjustment(), "input"));
    s.add(ExplanationStep.of("G", "Settlement benchmark", ValueKind.DOLLARS, settlementBenchmark(),
        "[A] - [B] - [C] + [E] + [F]"));
    s.add(ExplanationStep.of("H", "Expenditure", ValueKind.DOLLARS, in.expenditure(), "input"));
    s.add(t.stopLoss().isPresent()
        ? ExplanationStep.of("I", "Removed by stop-loss", ValueKind.DOLLARS, stopLossRemoved(),
            pct(t.stopLoss().get().excessShareRemoved()) + " of spending above $"
                + String.format(Locale.ROOT, "%,.0f", t.stopLoss().get().attachmentPoint()) + " per beneficiary")
        : ExplanationStep.notApplicable("I", "Removed by stop-loss", ValueKind.DOLLARS, "no stop-loss"));
    s.add(ExplanationStep.of("J", "Expenditure settled", ValueKind.DOLLARS, settledExpenditure(), "[H] - [I]"));
    s.add(ExplanationStep.of("K", "Gross savings (losses)", ValueKind.DOLLARS, grossSavings(), "[G] - [J]"));
    s.add(ExplanationStep.of("L", "Savings rate", ValueKind.RATE, savingsRate(), "[K] / [G]"));
    s.add(ExplanationStep.of("M", "Minimum savings amount", ValueKind.DOLLARS, minimumSavingsAmount(),
        "MSR " + pct(t.minimumSavingsRate()) + " x [G]"));
    s.add(t.lossBands().isEmpty()
        ? ExplanationStep.notApplicable("N", "Minimum loss amount", ValueKind.DOLLARS, "one-sided: losses are not shared")
        : ExplanationStep.of("N", "Minimum loss amount", ValueKind.DOLLARS, minimumLossAmount(),
            "MLR " + pct(t.minimumLossRate()) + " x [G]"));
    s.add(ExplanationStep.ofText("O", "Outcome", outcome().toString(),
        "SAVINGS if [K] > 0 and [K] >= [M]; LOSSES if two-sided, [K] < 0 and -[K] >= [N]"));
    s.add(ExplanationStep.of("P", "Amount subject to sharing", ValueKind.DOLLARS, amountShared(),
        t.shareBasis() == ShareBasis.FIRST_DOLLAR ? "|[K]| from the first dollar" : "|[K]| beyond [M] (or [N])"));
    s.add(ExplanationStep.of("Q", "Shared by the bands", ValueKind.DOLLARS, sum(bandAmounts()), bandFormula()));
    boolean losses = outcome() == Outcome.LOSSES;
    s.add(ExplanationStep.of("R", losses ? "Quality factor on losses" : "Quality factor on savings", ValueKind.RATE,
        qualityFactor(), losses ? "1 - mitigation (" + t.quality().losses() + ")"
            : t.quality().savings() + (t.quality().gateRequired() ? ", gate required" : "")));
    s.add(ExplanationStep.of("S", "Shared savings", ValueKind.DOLLARS, sharedSavings(), losses ? "0" : "[Q] x [R]"));
    s.add(savingsCap().isPresent()
        ? ExplanationStep.of("T", "Savings cap", ValueKind.DOLLARS, savingsCap().getAsDouble(), capFormula(t.savingsCap().get()))
        : ExplanationStep.notApplicable("T", "Savings cap", ValueKind.DOLLARS,
            t.savingsCap().isPresent() ? "no savings shared" : "no savings cap"));
    s.add(ExplanationStep.of("U", "Sequestration", ValueKind.DOLLARS, sequestration(),
        pct(t.sequestrationRate()) + (t.sequestrationOrder() == SequestrationOrder.BEFORE_CAP ? " x [S]" : " x min([S], [T])")));
    s.add(ExplanationStep.of("V", "Savings payment", ValueKind.DOLLARS, savingsPayment(),
        t.sequestrationOrder() == SequestrationOrder.BEFORE_CAP ? "min([S] - [U], [T])" : "min([S], [T]) - [U]"));
    s.add(ExplanationStep.of("W", "Shared losses", ValueKind.DOLLARS, sharedLosses(), losses ? "[Q] x [R]" : "0"));
    s.add(lossCap().isPresent()
        ? ExplanationStep.of("X", "Loss cap", ValueKind.DOLLARS, lossCap().getAsDouble(), capFormula(t.lossCap().get()))
        : ExplanationStep.notApplicable("X", "Loss cap", ValueKind.DOLLARS,
            t.lossCap().isPresent() ? "no losses shared" : "no loss cap"));
    s.add(ExplanationStep.of("Y", "Loss reduction", ValueKind.DOLLARS, lossReductionAmount(),
        pct(in.lossReduction()) + " x min([W], [X])"));
    s.add(ExplanationStep.of("Z", "Losses owed", ValueKind.DOLLARS, lossesOwed(), "min([W], [X]) - [Y]"));
    s.add(ExplanationStep.of("AA", "Net payment to the ACO", ValueKind.DOLLARS, payment(), "[V] - [Z]"));
    return Explanation.builder().title("Settlement under " + t.name()).steps(s.build()).build();
  }

  private String bandFormula() {
    List<Band> bands = outcome() == Outcome.LOSSES ? terms().lossBands() : terms().savingsBands();
    if (outcome() == Outcome.NEITHER || bandAmounts().isEmpty()) {
      return "nothing shared";
    }
    StringBuilder f = new StringBuilder();
    for (int i = 0; i < bands.size() && i < bandAmounts().size(); i++) {
      Band b = bands.get(i);
      if (f.length() > 0) {
        f.append(" + ");
      }
      f.append(pct(bandRates().get(i))).append(" of [P] in ").append(pct(b.lower())).append('-')
          .append(b.upper().isPresent() ? pct(b.upper().getAsDouble()) : "up").append(" of [G]");
    }
    return f.toString();
  }

  private static String capFormula(Cap cap) {
    StringBuilder f = new StringBuilder();
    cap.revenueRate().ifPresent(r -> f.append(pct(r)).append(" of participant revenue"));
    cap.benchmarkRate().ifPresent(r -> {
      if (f.length() > 0) {
        f.append(cap.combination() == CapCombination.LESSER ? ", at most " : ", at least ");
      }
      f.append(pct(r)).append(" of [G]");
    });
    return f.toString();
  }

  private static double sum(List<Double> values) {
    double total = 0;
    for (double v : values) {
      total += v;
    }
    return total;
  }

  static String pct(double rate) {
    return java.math.BigDecimal.valueOf(rate * 100).setScale(6, java.math.RoundingMode.HALF_UP).stripTrailingZeros()
        .toPlainString() + "%";
  }
}
