/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.contract;

import org.acokit.explain.RowLetters;
import org.acokit.explain.ValueKind;

/**
 * The steps of a settlement under contract terms, in the order the engine computes them.
 * <p>
 * Every settlement ({@link ResolvedContract#settle(PerformanceInputs)}) computes these steps;
 * {@link ContractResult#explain()} prints them lettered in this order ([A] beneficiaries to
 * [AN] the net payment), and program views such as the MSSP's Table 3 print the same steps under
 * their own letters and labels ({@link ContractSteps}). Dollar amounts are totals for the year;
 * shared losses and their caps are positive amounts here (CMS's Table 3 prints them negative).
 */
public enum ContractStep {
  /** Number of assigned beneficiaries (input). */
  BENEFICIARIES("Beneficiaries", ValueKind.COUNT),
  /** The benchmark before any discount (input, or the recalculated benchmark of the guardrail). */
  BENCHMARK("Benchmark", ValueKind.DOLLARS),
  /** The benchmark discount. */
  BENCHMARK_DISCOUNT("Benchmark discount", ValueKind.DOLLARS),
  /** The quality withhold. */
  WITHHOLD("Quality withhold", ValueKind.DOLLARS),
  /** The quality score (input). */
  QUALITY_SCORE("Quality score", ValueKind.RATE),
  /** The quality standard met (input). */
  QUALITY_STANDARD("Quality standard met", ValueKind.TEXT),
  /** The share of the withhold earned back. */
  WITHHOLD_EARNED_SHARE("Share of withhold earned back", ValueKind.RATE),
  /** The withhold earned back. */
  WITHHOLD_EARNED_BACK("Withhold earned back", ValueKind.DOLLARS),
  /** A dollar adjustment to the benchmark (input). */
  BENCHMARK_ADJUSTMENT("Benchmark adjustment", ValueKind.DOLLARS),
  /** The benchmark settled against. */
  SETTLEMENT_BENCHMARK("Settlement benchmark", ValueKind.DOLLARS),
  /** The expenditure (input). */
  EXPENDITURE("Expenditure", ValueKind.DOLLARS),
  /** Expenditure removed by stop-loss. */
  STOP_LOSS_REMOVED("Removed by stop-loss", ValueKind.DOLLARS),
  /** The expenditure settled against. */
  SETTLED_EXPENDITURE("Expenditure settled", ValueKind.DOLLARS),
  /** Gross savings (positive) or losses (negative). */
  GROSS_SAVINGS("Gross savings (losses)", ValueKind.DOLLARS),
  /** Gross savings as a share of the settlement benchmark. */
  SAVINGS_RATE("Savings rate", ValueKind.RATE),
  /** Gross savings if positive, else 0. */
  TOTAL_SAVINGS("Total savings", ValueKind.DOLLARS),
  /** Gross losses as a positive amount, else 0. */
  TOTAL_LOSSES("Total losses", ValueKind.DOLLARS),
  /** The minimum savings rate. */
  MINIMUM_SAVINGS_RATE("Minimum savings rate", ValueKind.RATE),
  /** The minimum savings rate in dollars. */
  MINIMUM_SAVINGS_AMOUNT("Minimum savings amount", ValueKind.DOLLARS),
  /** The minimum loss rate. */
  MINIMUM_LOSS_RATE("Minimum loss rate", ValueKind.RATE),
  /** The minimum loss rate in dollars. */
  MINIMUM_LOSS_AMOUNT("Minimum loss amount", ValueKind.DOLLARS),
  /** Savings, losses or neither. */
  OUTCOME("Outcome", ValueKind.TEXT),
  /** The savings or losses subject to sharing. */
  AMOUNT_SHARED("Amount subject to sharing", ValueKind.DOLLARS),
  /** The savings band's sharing rate before quality. */
  SHARING_RATE("Sharing rate", ValueKind.RATE),
  /** The quality factor on savings. */
  QUALITY_FACTOR("Quality factor on savings", ValueKind.RATE),
  /** The final sharing rate: sharing rate x quality factor (x a reduced-rate factor). */
  FINAL_SHARING_RATE("Final sharing rate", ValueKind.RATE),
  /** Shared savings before cap and sequestration. */
  SHARED_SAVINGS("Shared savings", ValueKind.DOLLARS),
  /** The savings cap. */
  SAVINGS_CAP("Savings cap", ValueKind.DOLLARS),
  /** The sequestration reduction. */
  SEQUESTRATION("Sequestration", ValueKind.DOLLARS),
  /** The savings payment after cap and sequestration. */
  SAVINGS_PAYMENT("Savings payment", ValueKind.DOLLARS),
  /** The shared loss rate. */
  LOSS_RATE("Shared loss rate", ValueKind.RATE),
  /** The quality factor on losses (1 - mitigation). */
  LOSS_QUALITY_FACTOR("Quality factor on losses", ValueKind.RATE),
  /** Shared losses before the cap. */
  SHARED_LOSSES("Shared losses", ValueKind.DOLLARS),
  /** ACO participants' revenue (input). */
  PARTICIPANT_REVENUE("Participant revenue", ValueKind.DOLLARS),
  /** The loss cap. */
  LOSS_CAP("Loss cap", ValueKind.DOLLARS),
  /** Shared losses after the cap (and a partial year's pro-ration). */
  LOSSES_AFTER_CAP("Shared losses after cap", ValueKind.DOLLARS),
  /** The share of losses forgiven (input). */
  LOSS_REDUCTION_SHARE("Share of losses forgiven", ValueKind.RATE),
  /** Losses forgiven. */
  LOSS_REDUCTION("Loss reduction", ValueKind.DOLLARS),
  /** Losses owed after cap and reduction. */
  LOSSES_OWED("Losses owed", ValueKind.DOLLARS),
  /** The net payment: savings payment minus losses owed. */
  NET_PAYMENT("Net payment to the ACO", ValueKind.DOLLARS);

  private final String label;
  private final ValueKind kind;

  ContractStep(String label, ValueKind kind) {
    this.label = label;
    this.kind = kind;
  }

  /**
   * The label in {@link ContractResult#explain()}.
   *
   * @return the label
   */
  public String label() {
    return label;
  }

  /**
   * What the step's value measures.
   *
   * @return the kind
   */
  public ValueKind kind() {
    return kind;
  }

  /**
   * The row letter in {@link ContractResult#explain()}: A for the first step, AN for the last.
   *
   * @return the letter
   */
  public String row() {
    return RowLetters.of(ordinal());
  }
}
