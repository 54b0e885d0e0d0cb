/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.program.mssp;

import org.acokit.contract.ResolvedContract;
import org.acokit.io.Failure;
import org.acokit.io.FailureException;
import org.acokit.io.Result;

/**
 * The Medicare Shared Savings Program settlement: from the updated benchmark, expenditures and
 * quality to earned shared savings or owed shared losses, for every track and performance year
 * 2012-2026, through the one settlement engine ({@link ResolvedContract}).
 * <p>
 * {@link MsspRules} turns the ACO-year's track, year, agreement and elections into contract
 * terms (never reading its expenditures), {@link ResolvedContract} settles them, and
 * {@link MsspResult} shows the result in the rows of CMS's Table 3. For many simulated outcomes
 * of one ACO-year, resolve once and settle many times:
 * <pre>{@code
 * ResolvedContract contract = MsspSettlement.resolve(input);
 * PerformanceInputs base = MsspRules.performance(input);
 * double payment = contract.settle(base.withExpenditure(simulated)).payment();
 * }</pre>
 * The rules, with [x] the rows of Table 3, are those of {@link MsspRules}: [L] the MSR from the
 * Table A4 scale or the election (the scale again below 5,000 beneficiaries from 7/1/2019), [T]
 * the final sharing rate by quality era, [V] = [T] x [J] from the first dollar once [J] &ge;
 * [N], [X] sequestration before the cap [W], [Y] = min([V] - [X], [W]); two-sided: [U] the loss
 * rate by track, [Z] = [K] x [U] once |[K]| &ge; |[O]|, [CC] the loss sharing limit [BB] and a
 * termination's months / 12, [FF] the EUC share, [GG] = [CC] - [FF]; the 2024+ reduced rate
 * below the MSR (425.605(h)) and guardrail (425.652(b)(5)). Pure functions; thread-safe.
 */
public final class MsspSettlement {

  private MsspSettlement() {
  }

  /**
   * Settles one ACO-year.
   *
   * @param input the settlement inputs
   * @return the settlement with every Table 3 row
   * @throws IllegalArgumentException if a rule needs an input that is missing (an MSR election of
   *     a two-sided ACO, participant revenue for a revenue-based loss limit, at least 500
   *     beneficiaries for the size-based MSR)
   */
  public static MsspResult settle(MsspInput input) {
    return MsspResult.of(input, resolve(input).settle(MsspRules.performance(input)));
  }

  /**
   * Settles one ACO-year, or says why it cannot: an input the rules need that is missing (an MSR
   * election, participant revenue, at least 500 beneficiaries for the size-based MSR) is a
   * {@link Failure} with code {@link org.acokit.io.FailureCode#MISSING_INPUT} and the input's path.
   *
   * @param input the settlement inputs
   * @return the settlement, or the failure
   */
  public static Result<MsspResult> trySettle(MsspInput input) {
    try {
      return Result.success(settle(input));
    } catch (FailureException e) {
      return Result.failure(e.failure());
    }
  }

  /**
   * The compiled contract of one ACO-year: its rules as terms, validated once, to settle any
   * number of performance inputs ({@link MsspRules#performance(MsspInput)} and variations).
   *
   * @param input the ACO-year (its expenditures and quality are not read)
   * @return the contract
   * @throws IllegalArgumentException if a two-sided ACO that must elect gave no MSR/MLR election
   */
  public static ResolvedContract resolve(MsspInput input) {
    return ResolvedContract.of(MsspRules.of(input).terms(input));
  }
}
