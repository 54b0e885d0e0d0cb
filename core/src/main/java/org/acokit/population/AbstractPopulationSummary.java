/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.population;

import org.acokit.internal.AcoStyle;
import org.immutables.value.Value;

/**
 * The aggregate of an assigned population by enrollment type: what Table 1 [A1]-[C], [H] and
 * Table 3 [B]-[D] of CMS's report show for a benchmark or performance year.
 * <p>
 * Per capita expenditures are person-year weighted means of truncated annualized expenditures,
 * times the completion factor; risk scores are person-year weighted means; proportions are each
 * type's share of person-years. A type without person-years has 0 per capita, risk and proportion.
 * Immutable and thread-safe.
 */
@Value.Immutable
@AcoStyle
abstract class AbstractPopulationSummary {

  /**
   * Beneficiaries with eligible months in each type (a beneficiary may count in two types).
   *
   * @return counts
   */
  public abstract EnrollmentVector beneficiaries();

  /**
   * Person-years: eligible months / 12, summed.
   *
   * @return person-years
   */
  public abstract EnrollmentVector personYears();

  /**
   * Per capita expenditures, truncated and completed, dollars per person-year.
   *
   * @return dollars
   */
  public abstract EnrollmentVector perCapitaExpenditures();

  /**
   * Person-year weighted risk scores.
   *
   * @return risk scores
   */
  public abstract EnrollmentVector riskScores();

  /**
   * Shares of person-years, summing to 1 (all 0 for an empty population).
   *
   * @return proportions
   */
  public abstract EnrollmentVector proportions();

  /**
   * Rows aggregated.
   *
   * @return the count
   */
  public abstract long rows();

  /**
   * Total person-years.
   *
   * @return person-years
   */
  public double totalPersonYears() {
    return personYears().sum();
  }

  /**
   * Per capita expenditure over all types: per capita by type weighted by the proportions
   * (Table 3 [E]).
   *
   * @return dollars per person-year
   */
  public double perCapitaExpenditure() {
    return perCapitaExpenditures().dot(proportions());
  }
}
