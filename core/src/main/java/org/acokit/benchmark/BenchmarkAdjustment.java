/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.benchmark;

import java.time.LocalDate;
import java.util.OptionalDouble;

import org.acokit.internal.Checks;

/**
 * The adjustment added to the historical benchmark: the regional adjustment or, for agreement
 * periods starting 1/1/2024 and later, the prior savings adjustment (42 CFR 425.652(a)(8),
 * 425.658), each expressed as a single per capita dollar value.
 * <p>
 * Selection for 2024+ agreements (425.658(e)): an ACO eligible for the prior savings adjustment
 * gets the higher of it and a positive regional adjustment, or it alone when the regional
 * adjustment is zero or negative; an ACO not eligible gets a positive regional adjustment or no
 * adjustment (a negative regional adjustment is not applied, 425.652(a)(8)(ii) as amended at
 * 88 FR 79548). Agreements that started before 2024 keep the regional adjustment, negative or not.
 * Checked against CMS's PY2024 public use file: this selection gives the published
 * {@code FinalAdjCat} of all 476 ACOs from their {@code RegAdj} and {@code PriorSavAdj}.
 * <p>
 * The prior savings adjustment (425.658(b)-(d)): the simple average of the ACO's per capita
 * savings (losses negative, zero where it was not reconciled or not eligible) in the three
 * performance years before the agreement; if positive, prorated for growth of the assigned
 * population, then {@code min(50% x prorated average, 5% x national per capita FFS expenditure
 * of BY3)}. Pure functions; thread-safe.
 */
public final class BenchmarkAdjustment {

  /** The kind of adjustment applied, named as CMS's {@code FinalAdjCat}. */
  public enum Category {
    /** The regional adjustment. */
    REGIONAL_ADJUSTMENT("Regional Adjustment"),
    /** The prior savings adjustment (2024+ agreements). */
    PRIOR_SAVINGS_ADJUSTMENT("Prior Savings Adjustment"),
    /** No adjustment. */
    NO_ADJUSTMENT("No Adjustment");

    private final String label;

    Category(String label) {
      this.label = label;
    }

    /**
     * The label CMS publishes in {@code FinalAdjCat}.
     *
     * @return the label
     */
    public String label() {
      return label;
    }
  }

  private static final LocalDate JANUARY_2024 = LocalDate.of(2024, 1, 1);

  private BenchmarkAdjustment() {
  }

  /**
   * Chooses the adjustment.
   *
   * @param agreementStart the start of the agreement period
   * @param regionalAdjustment the regional adjustment as a single per capita value, dollars
   * @param priorSavingsAdjustment the prior savings adjustment, dollars; empty when the ACO is not
   *     eligible (for example, no average savings)
   * @return the category applied
   * @throws IllegalArgumentException if a value is not finite, or a prior savings adjustment is
   *     given for an agreement that started before 2024
   */
  public static Category choose(LocalDate agreementStart, double regionalAdjustment,
      OptionalDouble priorSavingsAdjustment) {
    Checks.finite("regionalAdjustment", regionalAdjustment);
    if (agreementStart.isBefore(JANUARY_2024)) {
      if (priorSavingsAdjustment.isPresent()) {
        throw new IllegalArgumentException("priorSavingsAdjustment applies to agreement periods starting 2024-01-01 "
            + "or later, but the agreement started " + agreementStart);
      }
      return Category.REGIONAL_ADJUSTMENT;
    }
    if (priorSavingsAdjustment.isPresent()) {
      double psa = Checks.finite("priorSavingsAdjustment", priorSavingsAdjustment.getAsDouble());
      if (psa > 0 && (regionalAdjustment <= 0 || psa > regionalAdjustment)) {
        return Category.PRIOR_SAVINGS_ADJUSTMENT;
      }
    }
    return regionalAdjustment > 0 ? Category.REGIONAL_ADJUSTMENT : Category.NO_ADJUSTMENT;
  }

  /**
   * The prior savings adjustment.
   *
   * @param priorPerCapitaSavings per capita savings (losses negative) of the three performance
   *     years before the agreement, zero for a year not reconciled, dollars
   * @param proration the proration factor for assigned-population growth (425.658(c)(2)), at most 1
   * @param nationalPerCapitaBy3 national per capita FFS expenditure of BY3 as a single value, dollars
   * @return the adjustment, dollars; empty when the average is zero or negative (not eligible)
   * @throws IllegalArgumentException if there are not three years, a value is not finite, or the
   *     proration is outside [0, 1]
   */
  public static OptionalDouble priorSavingsAdjustment(double[] priorPerCapitaSavings, double proration,
      double nationalPerCapitaBy3) {
    if (priorPerCapitaSavings.length != 3) {
      throw new IllegalArgumentException("priorPerCapitaSavings must hold the three performance years before the "
          + "agreement, but held " + priorPerCapitaSavings.length);
    }
    double sum = 0;
    for (int i = 0; i < 3; i++) {
      sum = Checks.checkedSum("sum of priorPerCapitaSavings", sum,
          Checks.finite("priorPerCapitaSavings[" + i + "]", priorPerCapitaSavings[i]));
    }
    Checks.fraction("proration", proration);
    Checks.positive("nationalPerCapitaBy3", nationalPerCapitaBy3);
    double average = sum / 3;
    if (average <= 0) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(Math.min(0.5 * average * proration, 0.05 * nationalPerCapitaBy3));
  }
}
