/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import org.acokit.explain.Explanation;
import org.acokit.explain.Formats;
import org.acokit.explain.TextTable;

/**
 * The settlement of one performance year under contract terms: every step's amount, unrounded.
 * <p>
 * Produced by {@link ResolvedContract#settle(PerformanceInputs)}, the engine's fast path, which
 * builds nothing but this object; {@link #explain()} renders the same numbers as lettered steps
 * with their formulas ({@link ContractStep}). Dollars are totals for the year; losses, loss caps
 * and losses owed are positive amounts. {@link #payment()} is the net amount: positive is paid to
 * the ACO, negative is owed by it. Values a settlement did not need and could not compute (a
 * quality factor without a quality score when no savings were shared) are empty, never NaN.
 * Immutable and thread-safe.
 */
public final class ContractResult {

  private final ResolvedContract contract;
  private final PerformanceInputs inputs;
  private final double inputBenchmark;
  private final double inputExpenditure;
  private final double benchmark;
  private final boolean recalculatedBenchmarkUsed;
  private final double discount;
  private final double withhold;
  private final double withholdEarnedShare;
  private final double withholdEarnedBack;
  private final double settlementBenchmark;
  private final double stopLossRemoved;
  private final double settledExpenditure;
  private final double grossSavings;
  private final double minimumSavingsRate;
  private final double minimumLossRate;
  private final boolean minimumRateFromScale;
  private final Outcome outcome;
  private final double amountShared;
  private final double qualityFactor;
  private final double finalSharingRate;
  private final boolean belowMinimumShared;
  private final boolean savingsForfeited;
  private final double sharedSavings;
  private final double savingsCap;
  private final double sequestration;
  private final double savingsPayment;
  private final double lossRate;
  private final double lossQualityFactor;
  private final double sharedLosses;
  private final double lossCap;
  private final double lossesAfterCap;
  private final double lossReductionAmount;
  private final double lossesOwed;

  // Built only by ResolvedContract; NaN marks a value that was not computed and is never returned.
  ContractResult(ResolvedContract contract, PerformanceInputs inputs, double inputBenchmark, double inputExpenditure,
      double benchmark,
      boolean recalculatedBenchmarkUsed, double discount, double withhold, double withholdEarnedShare,
      double withholdEarnedBack, double settlementBenchmark, double stopLossRemoved, double settledExpenditure,
      double grossSavings, double minimumSavingsRate, double minimumLossRate, boolean minimumRateFromScale,
      Outcome outcome, double amountShared, double qualityFactor, double finalSharingRate,
      boolean belowMinimumShared, boolean savingsForfeited, double sharedSavings, double savingsCap,
      double sequestration, double savingsPayment, double lossRate, double lossQualityFactor, double sharedLosses,
      double lossCap, double lossesAfterCap, double lossReductionAmount, double lossesOwed) {
    this.contract = contract;
    this.inputs = inputs;
    this.inputBenchmark = inputBenchmark;
    this.inputExpenditure = inputExpenditure;
    this.benchmark = benchmark;
    this.recalculatedBenchmarkUsed = recalculatedBenchmarkUsed;
    this.discount = discount;
    this.withhold = withhold;
    this.withholdEarnedShare = withholdEarnedShare;
    this.withholdEarnedBack = withholdEarnedBack;
    this.settlementBenchmark = settlementBenchmark;
    this.stopLossRemoved = stopLossRemoved;
    this.settledExpenditure = settledExpenditure;
    this.grossSavings = grossSavings;
    this.minimumSavingsRate = minimumSavingsRate;
    this.minimumLossRate = minimumLossRate;
    this.minimumRateFromScale = minimumRateFromScale;
    this.outcome = outcome;
    this.amountShared = amountShared;
    this.qualityFactor = qualityFactor;
    this.finalSharingRate = finalSharingRate;
    this.belowMinimumShared = belowMinimumShared;
    this.savingsForfeited = savingsForfeited;
    this.sharedSavings = sharedSavings;
    this.savingsCap = savingsCap;
    this.sequestration = sequestration;
    this.savingsPayment = savingsPayment;
    this.lossRate = lossRate;
    this.lossQualityFactor = lossQualityFactor;
    this.sharedLosses = sharedLosses;
    this.lossCap = lossCap;
    this.lossesAfterCap = lossesAfterCap;
    this.lossReductionAmount = lossReductionAmount;
    this.lossesOwed = lossesOwed;
  }

  private static OptionalDouble optional(double value) {
    return Double.isNaN(value) ? OptionalDouble.empty() : OptionalDouble.of(value);
  }

  /**
   * The resolved terms settled under.
   *
   * @return the contract
   */
  public ResolvedContract contract() {
    return contract;
  }

  /**
   * The terms settled under.
   *
   * @return the terms
   */
  public ContractTerms terms() {
    return contract.terms();
  }

  /**
   * The performance inputs settled (built when asked if the settlement replaced the benchmark and
   * expenditure, {@link ResolvedContract#settle(PerformanceInputs, double, double)}).
   *
   * @return the inputs
   */
  public PerformanceInputs inputs() {
    if (inputBenchmark == inputs.benchmark() && inputExpenditure == inputs.expenditure()) {
      return inputs;
    }
    return inputs.withBenchmark(inputBenchmark).withExpenditure(inputExpenditure);
  }

  /**
   * The benchmark before discount: the input's, or its recalculated benchmark when the guardrail
   * replaced it ({@link #recalculatedBenchmarkUsed()}), dollars.
   *
   * @return the benchmark
   */
  public double benchmark() {
    return benchmark;
  }

  /**
   * Whether the guardrail settled the year against the recalculated benchmark
   * ({@link ContractTerms#recalculatedBenchmarkGuardrail()}).
   *
   * @return true if the recalculated benchmark was used
   */
  public boolean recalculatedBenchmarkUsed() {
    return recalculatedBenchmarkUsed;
  }

  /**
   * The benchmark discount, dollars.
   *
   * @return the discount
   */
  public double discount() {
    return discount;
  }

  /**
   * The quality withhold, dollars.
   *
   * @return the withhold
   */
  public double withhold() {
    return withhold;
  }

  /**
   * The share of the withhold earned back, a fraction.
   *
   * @return the share
   */
  public double withholdEarnedShare() {
    return withholdEarnedShare;
  }

  /**
   * The withhold earned back, dollars.
   *
   * @return the amount
   */
  public double withholdEarnedBack() {
    return withholdEarnedBack;
  }

  /**
   * The settlement benchmark after discount, withhold, earn-back and adjustment, dollars.
   *
   * @return the benchmark
   */
  public double settlementBenchmark() {
    return settlementBenchmark;
  }

  /**
   * The expenditure removed by stop-loss or truncation, dollars.
   *
   * @return the amount
   */
  public double stopLossRemoved() {
    return stopLossRemoved;
  }

  /**
   * The expenditure settled against, after stop-loss, dollars.
   *
   * @return the expenditure
   */
  public double settledExpenditure() {
    return settledExpenditure;
  }

  /**
   * Gross savings (positive) or losses (negative): settlement benchmark - settled expenditure,
   * dollars.
   *
   * @return the gross savings or losses
   */
  public double grossSavings() {
    return grossSavings;
  }

  /**
   * Gross savings as a share of the settlement benchmark.
   *
   * @return the savings rate, a fraction (negative for losses)
   */
  public double savingsRate() {
    return grossSavings / settlementBenchmark;
  }

  /**
   * The minimum savings rate applied, a fraction: the terms' fixed rate or the size-based scale's.
   *
   * @return the MSR
   */
  public double minimumSavingsRate() {
    return minimumSavingsRate;
  }

  /**
   * The minimum loss rate applied, a fraction (the scale's rate when the scale applies).
   *
   * @return the MLR
   */
  public double minimumLossRate() {
    return minimumLossRate;
  }

  /**
   * Whether the minimum rates came from the terms' size-based scale.
   *
   * @return true if the scale set them
   */
  public boolean minimumRateFromScale() {
    return minimumRateFromScale;
  }

  /**
   * The minimum savings rate in dollars: MSR x settlement benchmark.
   *
   * @return the threshold
   */
  public double minimumSavingsAmount() {
    return minimumSavingsRate * settlementBenchmark;
  }

  /**
   * The minimum loss rate in dollars: MLR x settlement benchmark.
   *
   * @return the threshold
   */
  public double minimumLossAmount() {
    return minimumLossRate * settlementBenchmark;
  }

  /**
   * Which side of the corridor the year fell on.
   *
   * @return the outcome
   */
  public Outcome outcome() {
    return outcome;
  }

  /**
   * The savings or losses subject to sharing (first dollar or beyond the minimum), dollars,
   * positive; 0 when nothing is shared.
   *
   * @return the amount
   */
  public double amountShared() {
    return amountShared;
  }

  /**
   * The quality factor on savings (gate, minimum score, multiplier or sliding scale), a fraction;
   * empty when it was not needed and its inputs were not given.
   *
   * @return the factor
   */
  public OptionalDouble qualityFactor() {
    return optional(qualityFactor);
  }

  /**
   * The final sharing rate of a single-band contract: the band rate x the quality factor, halved
   * (or otherwise reduced) when savings below the minimum were shared; empty for several savings
   * bands or when the quality factor is empty.
   *
   * @return the rate
   */
  public OptionalDouble finalSharingRate() {
    return optional(finalSharingRate);
  }

  /**
   * Whether savings below the minimum were shared at the reduced rate
   * ({@link ContractTerms#belowMinimumSharingFactor()}).
   *
   * @return true if they were
   */
  public boolean belowMinimumShared() {
    return belowMinimumShared;
  }

  /**
   * Whether savings were forfeited because the ACO left before the end of the year
   * ({@link PartialYearRule#FORFEIT_SAVINGS_PRORATE_LOSSES}).
   *
   * @return true if forfeited
   */
  public boolean savingsForfeited() {
    return savingsForfeited;
  }

  /**
   * Shared savings before the cap and sequestration, dollars.
   *
   * @return the amount
   */
  public double sharedSavings() {
    return sharedSavings;
  }

  /**
   * The savings cap, dollars; empty without a cap, or when a revenue-based cap had no revenue and
   * no savings were shared.
   *
   * @return the cap
   */
  public OptionalDouble savingsCap() {
    return optional(savingsCap);
  }

  /**
   * The sequestration reduction of shared savings, dollars.
   *
   * @return the reduction
   */
  public double sequestration() {
    return sequestration;
  }

  /**
   * The savings payment after cap and sequestration, dollars.
   *
   * @return the payment
   */
  public double savingsPayment() {
    return savingsPayment;
  }

  /**
   * The shared loss rate of a single-loss-band contract, after any quality rule, a fraction;
   * empty for one-sided contracts, several loss bands, or when its quality inputs were not given
   * and no losses were shared.
   *
   * @return the rate
   */
  public OptionalDouble lossRate() {
    return optional(lossRate);
  }

  /**
   * The quality factor on losses (1 - mitigation x score; 1 without mitigation).
   *
   * @return the factor, empty when no losses were shared
   */
  public OptionalDouble lossQualityFactor() {
    return optional(lossQualityFactor);
  }

  /**
   * Shared losses before the cap, dollars, positive.
   *
   * @return the shared losses
   */
  public double sharedLosses() {
    return sharedLosses;
  }

  /**
   * The loss cap, dollars; empty without a cap or when no losses were shared.
   *
   * @return the cap
   */
  public OptionalDouble lossCap() {
    return optional(lossCap);
  }

  /**
   * Shared losses after the cap and a partial year's pro-ration, dollars, positive.
   *
   * @return the amount
   */
  public double lossesAfterCap() {
    return lossesAfterCap;
  }

  /**
   * The loss reduction (forgiveness) after the cap, dollars.
   *
   * @return the reduction
   */
  public double lossReductionAmount() {
    return lossReductionAmount;
  }

  /**
   * Shared losses owed after cap and reduction, dollars, positive.
   *
   * @return the amount owed
   */
  public double lossesOwed() {
    return lossesOwed;
  }

  /**
   * The net payment: the savings payment minus the losses owed. Positive is paid to the ACO.
   *
   * @return the payment, dollars
   */
  public double payment() {
    return savingsPayment - lossesOwed;
  }

  /**
   * The amount shared in each band before the quality factor: each band's rate x the part of
   * {@link #amountShared()} between its bounds (fractions of the settlement benchmark), dollars,
   * in band order — the savings bands when savings are shared, the loss bands when losses are,
   * empty otherwise. Computed when asked, by the engine's own band rule; for a quality-adjusted
   * single loss rate ({@link #lossRate()}) that rate is used.
   *
   * @return the amounts
   */
  public List<Double> bandAmounts() {
    ContractTerms t = terms();
    boolean losses = outcome == Outcome.LOSSES && !t.lossBands().isEmpty() && sharedLosses > 0;
    boolean savings = sharedSavings > 0;
    if (!losses && !savings) {
      return List.of();
    }
    List<Band> bands = losses ? t.lossBands() : t.savingsBands();
    List<Double> out = new ArrayList<>(bands.size());
    for (Band b : bands) {
      double rate = losses && bands.size() == 1 && !Double.isNaN(lossRate) ? lossRate : b.rate();
      out.add(rate * ResolvedContract.inBand(amountShared, b.lower(),
          b.upper().isPresent() ? b.upper().getAsDouble() : Double.POSITIVE_INFINITY, settlementBenchmark));
    }
    return List.copyOf(out);
  }

  /**
   * Every step of this settlement with its value and formula, for explanations and program
   * views.
   *
   * @return the steps
   */
  public ContractSteps steps() {
    return ContractSteps.of(this);
  }

  /**
   * Explains the settlement in the lettered steps of {@link ContractStep}.
   *
   * @return the explanation
   */
  public Explanation explain() {
    return steps().explain("Settlement under " + terms().name());
  }

  @Override
  public String toString() {
    TextTable t = TextTable.of(terms().name() + ": " + outcome, "Step", "Value")
        .row("Benchmark ($)", Formats.dollars(benchmark()))
        .row("Settled expenditure ($)", Formats.dollars(settledExpenditure()))
        .row("Gross savings ($)", Formats.dollars(grossSavings()))
        .row("Savings rate (%)", Formats.percent(savingsRate(), 4))
        .row("Minimum savings rate (%)", Formats.percent(minimumSavingsRate(), 4))
        .row("Final sharing rate (%)", finalSharingRate().isPresent() ? Formats.percent(finalSharingRate().getAsDouble(), 4) : null)
        .row("Shared savings ($)", Formats.dollars(sharedSavings()))
        .row("Shared losses ($)", Formats.dollars(sharedLosses()))
        .row("Payment ($)", Formats.dollars(payment()));
    return t.render() + "every step: explain()";
  }
}
