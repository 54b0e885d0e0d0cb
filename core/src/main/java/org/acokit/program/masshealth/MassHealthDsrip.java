/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.program.masshealth;

import org.acokit.internal.Checks;

/**
 * The Delivery System Reform Incentive Payment (DSRIP) accountability of the 2017-2022 MassHealth
 * section 1115 demonstration: the share of DSRIP funding at risk in each budget period, and the
 * funding kept for an accountability score.
 * <p>
 * At risk by budget period: 0% in the Preparation Budget Period and Budget Period 1 (July 2017 -
 * December 2018), 5% in Budget Period 2 (2019), 10% in 3 (2020), 15% in 4 (2021), 20% in 5
 * (2022); "the portion of the State's DSRIP expenditure authority that is at-risk will follow the
 * same at-risk Budget Period structure as for the ACOs", and funding is reduced "in proportion"
 * to an accountability score below 100% (Massachusetts DSRIP Protocol, Attachment M, clause
 * "At-Risk DSRIP Funding", lawinsider.com/clause/at-risk-dsrip-funding). Example: $10M of
 * Budget Period 3 funding with an accountability score of 0.8 keeps 10M x (1 - 0.10 x 0.2) =
 * $9.8M. Pure functions; thread-safe.
 */
public final class MassHealthDsrip {

  /** The first budget period (1; the preparation period is counted with it). */
  public static final int FIRST_BUDGET_PERIOD = 1;
  /** The last budget period of the 2017-2022 demonstration. */
  public static final int LAST_BUDGET_PERIOD = 5;

  private static final double[] AT_RISK = {0, 0.05, 0.10, 0.15, 0.20};

  private MassHealthDsrip() {
  }

  /**
   * The share of DSRIP funding at risk in a budget period.
   *
   * @param budgetPeriod the budget period, 1-5
   * @return the share, a fraction
   * @throws IllegalArgumentException if the budget period is not 1-5
   */
  public static double atRiskShare(int budgetPeriod) {
    if (budgetPeriod < FIRST_BUDGET_PERIOD || budgetPeriod > LAST_BUDGET_PERIOD) {
      throw new IllegalArgumentException("budgetPeriod must be between 1 and 5 inclusive (the 2017-2022 DSRIP "
          + "demonstration), but was " + budgetPeriod);
    }
    return AT_RISK[budgetPeriod - 1];
  }

  /**
   * The budget period of a calendar year: 2017-2018 are Budget Period 1 (with the preparation
   * period), 2019-2022 are 2-5.
   *
   * @param calendarYear the year, 2017-2022
   * @return the budget period
   * @throws IllegalArgumentException if the year is outside 2017-2022
   */
  public static int budgetPeriod(int calendarYear) {
    if (calendarYear < 2017 || calendarYear > 2022) {
      throw new IllegalArgumentException("calendarYear must be between 2017 and 2022 inclusive (the DSRIP budget "
          + "periods), but was " + calendarYear);
    }
    return calendarYear <= 2018 ? 1 : calendarYear - 2017;
  }

  /**
   * The DSRIP funding kept: funding x (1 - at-risk share x (1 - accountability score)).
   *
   * @param funding the budget period's DSRIP funding, dollars
   * @param budgetPeriod the budget period, 1-5
   * @param accountabilityScore the accountability score, a fraction
   * @return the funding kept, dollars
   * @throws IllegalArgumentException if the funding is negative, the period not 1-5 or the score
   *     not a fraction
   */
  public static double fundingKept(double funding, int budgetPeriod, double accountabilityScore) {
    Checks.nonNegative("funding", funding);
    Checks.fraction("accountabilityScore", accountabilityScore);
    return funding * (1 - atRiskShare(budgetPeriod) * (1 - accountabilityScore));
  }
}
