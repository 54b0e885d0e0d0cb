/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.program.mssp;

import java.util.OptionalDouble;

import org.acokit.explain.Explanation;
import org.acokit.internal.AcoStyle;
import org.immutables.value.Value;

/**
 * The result of a Medicare Shared Savings Program settlement: every row of CMS's Table 3
 * ("Shared Savings/Losses Calculation", rows [A]-[GG]), unrounded.
 * <p>
 * Signs follow CMS's report: savings rows are positive; total losses [K], the minimum loss rate
 * [M], shared losses [Z], the loss cap [BB], capped losses [CC], the EUC adjustment [FF] and the
 * payment due to CMS [GG] are zero or negative. Rows that apply only to two-sided tracks are
 * empty for one-sided tracks. {@link #earnedSavingsLosses()} is the single number CMS publishes
 * as {@code EarnSaveLoss}. Produced by {@link MsspSettlement#settle(MsspInput)}; immutable
 * and thread-safe.
 */
@Value.Immutable
@AcoStyle
abstract class AbstractMsspResult {

  /**
   * The inputs that were settled.
   *
   * @return the inputs
   */
  public abstract MsspInput input();

  /**
   * [I] Total benchmark expenditures minus total expenditures, dollars: [H] - [G].
   *
   * @return generated savings (positive) or losses (negative)
   */
  public abstract double generatedSavingsLosses();

  /**
   * [L] The minimum savings rate, a fraction.
   *
   * @return the MSR
   */
  public abstract double minimumSavingsRate();

  /**
   * How the MSR was set, in words (for the explanation).
   *
   * @return the basis of the MSR
   */
  public abstract String minimumSavingsRateBasis();

  /**
   * [M] The minimum loss rate, a fraction, zero or negative (the negative of the MSR); empty for
   * one-sided tracks.
   *
   * @return the MLR
   */
  public abstract OptionalDouble minimumLossRate();

  /**
   * [P] Whether savings or losses were realized.
   *
   * @return the outcome
   */
  public abstract SavingsOrLosses outcome();

  /**
   * [T] The final sharing rate, a fraction.
   *
   * @return the rate
   */
  public abstract double finalSharingRate();

  /**
   * Whether the 2024+ reduced sharing rate for low-revenue ACOs below the MSR applied
   * (42 CFR 425.605(h)).
   *
   * @return true if [T] is the halved rate
   */
  public abstract boolean reducedSharingRate();

  /**
   * [U] The shared loss rate, a fraction; empty for one-sided tracks.
   *
   * @return the rate
   */
  public abstract OptionalDouble sharedLossRate();

  /**
   * [V] Shared savings before sequestration and cap, dollars.
   *
   * @return shared savings
   */
  public abstract double sharedSavings();

  /**
   * [W] The shared savings cap (performance payment limit), dollars.
   *
   * @return the cap
   */
  public abstract double sharedSavingsCap();

  /**
   * The sequestration rate applied to this performance year's payment, a fraction.
   *
   * @return the rate
   */
  public abstract double sequestrationRate();

  /**
   * [X] The sequestration adjustment, dollars: rate x [V].
   *
   * @return the adjustment
   */
  public abstract double sequestrationAdjustment();

  /**
   * [Y] The earned performance payment, dollars: min([V] - [X], [W]).
   *
   * @return the payment
   */
  public abstract double earnedPerformancePayment();

  /**
   * [Z] Shared losses before the cap, dollars, zero or negative; empty for one-sided tracks.
   *
   * @return shared losses
   */
  public abstract OptionalDouble sharedLosses();

  /**
   * [BB] The shared losses cap (loss sharing limit), dollars, negative; empty for one-sided tracks
   * and when no losses are shared.
   *
   * @return the cap
   */
  public abstract OptionalDouble sharedLossesCap();

  /**
   * How the loss cap was set, in words.
   *
   * @return the basis, empty when there is no cap
   */
  public abstract java.util.Optional<String> sharedLossesCapBasis();

  /**
   * [CC] Shared losses after the cap (and pro-rated for a mid-year termination), dollars.
   *
   * @return capped losses, empty for one-sided tracks
   */
  public abstract OptionalDouble sharedLossesAfterCap();

  /**
   * [FF] The EUC adjustment, dollars, zero or negative: [CC] x [DD] x [EE].
   *
   * @return the adjustment, empty for one-sided tracks
   */
  public abstract OptionalDouble eucAdjustment();

  /**
   * [GG] The payment due to CMS, dollars, zero or negative: [CC] - [FF].
   *
   * @return the payment due, empty for one-sided tracks
   */
  public abstract OptionalDouble paymentDueToCms();

  /**
   * The three-way blend per capita benchmark that the recalculated two-way benchmark replaced
   * (42 CFR 425.652(b)(5)); when present, {@link #input()} carries the recalculated benchmark as its
   * per capita benchmark.
   *
   * @return the replaced benchmark, dollars per capita; empty when the benchmark was not replaced
   */
  public abstract OptionalDouble replacedPerCapitaBenchmark();

  /**
   * [H] Total updated benchmark expenditures, dollars.
   *
   * @return dollars
   */
  public double totalBenchmarkExpenditures() {
    return input().totalBenchmarkExpenditures();
  }

  /**
   * [G] Total performance-year expenditures, dollars.
   *
   * @return dollars
   */
  public double totalExpenditures() {
    return input().totalExpenditures();
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
   * Explains the settlement in the order and lettering of CMS's Table 3, [A] to [GG].
   *
   * @return the explanation
   */
  public Explanation explain() {
    return Table3.explain((MsspResult) this);
  }
}
