/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.program.mssp;

import java.util.OptionalDouble;

import org.acokit.contract.ContractResult;
import org.acokit.contract.Outcome;
import org.acokit.explain.Explanation;
import org.acokit.explain.Formats;
import org.acokit.explain.TextTable;

/**
 * The result of a Medicare Shared Savings Program settlement seen as CMS's Table 3 ("Shared
 * Savings/Losses Calculation", rows [A]-[GG]): a view of the one engine's {@link ContractResult}
 * in CMS's rows, signs and labels, unrounded.
 * <p>
 * Signs follow CMS's report: savings rows are positive; the minimum loss rate [M], shared losses
 * [Z], the loss cap [BB], capped losses [CC], the EUC adjustment [FF] and the payment due to CMS
 * [GG] are zero or negative. Rows that apply only to two-sided tracks are empty for one-sided
 * tracks. {@link #earnedSavingsLosses()} is the single number CMS publishes as
 * {@code EarnSaveLoss}. Produced by {@link MsspSettlement#settle(MsspInput)}; immutable and
 * thread-safe.
 */
public final class MsspResult {

  private final MsspInput input;
  private final ContractResult result;

  private MsspResult(MsspInput input, ContractResult result) {
    this.input = input;
    this.result = result;
  }

  /**
   * The Table 3 view of a settlement of an ACO-year's contract
   * ({@link MsspSettlement#resolve(MsspInput)}).
   *
   * @param input the ACO-year
   * @param result the engine's settlement of it
   * @return the view
   */
  public static MsspResult of(MsspInput input, ContractResult result) {
    return new MsspResult(input, result);
  }

  /** CMS prints losses negative; 0 - x keeps a zero positive. */
  private static double negative(double amount) {
    return 0.0 - amount;
  }

  private boolean twoSided() {
    return input.track().isTwoSided();
  }

  /**
   * The inputs that were settled; when the guardrail replaced the benchmark, with the
   * recalculated benchmark as {@link MsspInput#perCapitaBenchmark()}.
   *
   * @return the inputs
   */
  public MsspInput input() {
    return result.recalculatedBenchmarkUsed()
        ? input.withPerCapitaBenchmark(input.recalculatedPerCapitaBenchmark().getAsDouble()) : input;
  }

  /**
   * The engine's settlement that this view shows.
   *
   * @return the contract result
   */
  public ContractResult contractResult() {
    return result;
  }

  /**
   * [I] Total benchmark expenditures minus total expenditures, dollars: [H] - [G].
   *
   * @return generated savings (positive) or losses (negative)
   */
  public double generatedSavingsLosses() {
    return result.grossSavings();
  }

  /**
   * [L] The minimum savings rate, a fraction.
   *
   * @return the MSR
   */
  public double minimumSavingsRate() {
    return result.minimumSavingsRate();
  }

  /**
   * [M] The minimum loss rate, a fraction, zero or negative; empty for one-sided tracks.
   *
   * @return the MLR
   */
  public OptionalDouble minimumLossRate() {
    return twoSided() ? OptionalDouble.of(negative(result.minimumLossRate())) : OptionalDouble.empty();
  }

  /**
   * [P] Whether savings or losses were realized.
   *
   * @return the outcome
   */
  public Outcome outcome() {
    return result.outcome();
  }

  /**
   * [T] The final sharing rate, a fraction.
   *
   * @return the rate
   */
  public double finalSharingRate() {
    return result.finalSharingRate().getAsDouble();
  }

  /**
   * Whether the 2024+ reduced sharing rate for low-revenue ACOs below the MSR applied
   * (42 CFR 425.605(h)).
   *
   * @return true if [T] is the halved rate
   */
  public boolean reducedSharingRate() {
    return result.belowMinimumShared();
  }

  /**
   * [U] The shared loss rate, a fraction; empty for one-sided tracks.
   *
   * @return the rate
   */
  public OptionalDouble sharedLossRate() {
    return twoSided() ? result.lossRate() : OptionalDouble.empty();
  }

  /**
   * [V] Shared savings before sequestration and cap, dollars.
   *
   * @return shared savings
   */
  public double sharedSavings() {
    return result.sharedSavings();
  }

  /**
   * [W] The shared savings cap (performance payment limit), dollars.
   *
   * @return the cap
   */
  public double sharedSavingsCap() {
    return result.savingsCap().getAsDouble();
  }

  /**
   * The sequestration rate applied to this performance year's payment, a fraction.
   *
   * @return the rate
   */
  public double sequestrationRate() {
    return result.terms().sequestrationRate();
  }

  /**
   * [X] The sequestration adjustment, dollars: rate x [V].
   *
   * @return the adjustment
   */
  public double sequestrationAdjustment() {
    return result.sequestration();
  }

  /**
   * [Y] The earned performance payment, dollars: min([V] - [X], [W]).
   *
   * @return the payment
   */
  public double earnedPerformancePayment() {
    return result.savingsPayment();
  }

  /**
   * [Z] Shared losses before the cap, dollars, zero or negative; empty for one-sided tracks.
   *
   * @return shared losses
   */
  public OptionalDouble sharedLosses() {
    return twoSided() ? OptionalDouble.of(negative(result.sharedLosses())) : OptionalDouble.empty();
  }

  /**
   * [BB] The shared losses cap (loss sharing limit), dollars, negative; empty for one-sided tracks
   * and when no losses are shared.
   *
   * @return the cap
   */
  public OptionalDouble sharedLossesCap() {
    return result.lossCap().isPresent() ? OptionalDouble.of(negative(result.lossCap().getAsDouble()))
        : OptionalDouble.empty();
  }

  /**
   * [CC] Shared losses after the cap (and pro-rated for a mid-year termination), dollars.
   *
   * @return capped losses, empty for one-sided tracks
   */
  public OptionalDouble sharedLossesAfterCap() {
    return twoSided() ? OptionalDouble.of(negative(result.lossesAfterCap())) : OptionalDouble.empty();
  }

  /**
   * [FF] The EUC adjustment, dollars, zero or negative: [CC] x [DD] x [EE].
   *
   * @return the adjustment, empty for one-sided tracks
   */
  public OptionalDouble eucAdjustment() {
    return twoSided() ? OptionalDouble.of(negative(result.lossReductionAmount())) : OptionalDouble.empty();
  }

  /**
   * [GG] The payment due to CMS, dollars, zero or negative: [CC] - [FF].
   *
   * @return the payment due, empty for one-sided tracks
   */
  public OptionalDouble paymentDueToCms() {
    return twoSided() ? OptionalDouble.of(negative(result.lossesOwed())) : OptionalDouble.empty();
  }

  /**
   * The three-way blend per capita benchmark that the recalculated two-way benchmark replaced
   * (42 CFR 425.652(b)(5)); when present, {@link #input()} carries the recalculated benchmark as its
   * per capita benchmark.
   *
   * @return the replaced benchmark, dollars per capita; empty when the benchmark was not replaced
   */
  public OptionalDouble replacedPerCapitaBenchmark() {
    return result.recalculatedBenchmarkUsed() ? OptionalDouble.of(input.perCapitaBenchmark()) : OptionalDouble.empty();
  }

  /**
   * [H] Total updated benchmark expenditures, dollars.
   *
   * @return dollars
   */
  public double totalBenchmarkExpenditures() {
    return result.settlementBenchmark();
  }

  /**
   * [G] Total performance-year expenditures, dollars.
   *
   * @return dollars
   */
  public double totalExpenditures() {
    return result.settledExpenditure();
  }

  /**
   * The net result CMS publishes as {@code EarnSaveLoss}: the earned performance payment [Y] when
   * positive, otherwise the payment due to CMS [GG] (zero or negative).
   *
   * @return dollars; positive paid to the ACO, negative owed by it
   */
  public double earnedSavingsLosses() {
    if (earnedPerformancePayment() > 0) {
      return earnedPerformancePayment();
    }
    return paymentDueToCms().orElse(0.0);
  }

  /**
   * Explains the settlement in the order, lettering and labels of CMS's Table 3, [A] to [GG]: a
   * view of the engine's steps ({@link org.acokit.contract.ContractSteps}).
   *
   * @return the explanation
   */
  public Explanation explain() {
    return Table3.explain(input(), result);
  }

  @Override
  public String toString() {
    TextTable t = TextTable.of("Table 3 (summary): PY" + input.performanceYear() + ", " + input.track().label()
        + ", " + outcome(), "Step", "Value")
        .row("[H] Total Benchmark Expenditures ($)", Formats.dollars(totalBenchmarkExpenditures()))
        .row("[G] Total Expenditures ($)", Formats.dollars(totalExpenditures()))
        .row("[I] Savings (+) or Losses (-) ($)", Formats.dollars(generatedSavingsLosses()))
        .row("[L] Minimum Savings Rate (%)", Formats.percent(minimumSavingsRate(), 4))
        .row("[T] Final Sharing Rate (%)", Formats.percent(finalSharingRate(), 4))
        .row("[V] Shared Savings ($)", Formats.dollars(sharedSavings()))
        .row("[Y] Earned Performance Payment ($)", Formats.dollars(earnedPerformancePayment()))
        .row("[GG] Payment Due to CMS ($)", paymentDueToCms().isPresent() ? Formats.dollars(paymentDueToCms().getAsDouble()) : null)
        .row("Earned savings (+) or losses owed (-) ($)", Formats.dollars(earnedSavingsLosses()));
    return t.render() + "every row [A]-[GG]: explain()";
  }
}
