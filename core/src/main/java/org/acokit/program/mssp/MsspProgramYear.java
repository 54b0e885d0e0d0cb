/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.program.mssp;

import java.util.Locale;

import org.acokit.contract.SavingsQuality;

/**
 * Medicare Shared Savings Program parameters that depend on the performance year alone: the one
 * place that knows which rules each year has. Adding a performance year means adding it here
 * ({@link #LAST_YEAR} and, if its rules change, a row of {@link #of(int)}).
 * <p>
 * Sequestration: the Budget Control Act of 2011 reduces Medicare payments by 2%; CMS reduces
 * shared savings payments by 2% before the performance payment limit (methodology specification
 * v11, section 4.3 step 8). The reduction was suspended from 1 May 2020 to 31 March 2022 and was
 * 1% from 1 April to 30 June 2022 (CRS Report R45106). CMS pays a performance year's savings in
 * the following autumn, so the rate follows the payment date, not the year:
 * <ul>
 *   <li>PY2012-2018: 2%;</li>
 *   <li>PY2019 and PY2020: 0%, paid during the suspension;</li>
 *   <li>PY2021 on: 2% (PY2021 was paid in the autumn of 2022, after the suspension ended; the PY2022
 *       report of ACO A1540 shows [X] = 2% of [V]).</li>
 * </ul>
 * The rates were confirmed on CMS's public use files: earned savings divided by final sharing
 * rate x generated savings is 0.98 for every paid ACO of PY2014-2018 and PY2021-2024, and 1.0
 * (within the rounding of the published rates) for PY2019-2020.
 * <p>
 * Quality and sharing, by era (42 CFR 425.512, 425.604(d), 425.605(d), 425.606(d), 425.610(d)):
 * <ul>
 *   <li>through PY2020: final sharing rate = maximum rate x quality score when the minimum
 *       attainment standard is met ({@link SavingsQuality#MULTIPLY});</li>
 *   <li>PY2021-2022: the maximum rate when the quality performance standard is met
 *       ({@link SavingsQuality#NONE} behind the gate);</li>
 *   <li>from PY2023: the maximum rate when the standard is met, maximum rate x quality score when
 *       only the alternative standard is met ({@link SavingsQuality#MULTIPLY_UNDER_ALTERNATIVE});</li>
 *   <li>from PY2024: savings below the MSR of eligible low-revenue ACOs are shared at half the
 *       rate (425.605(h)).</li>
 * </ul>
 * Performance periods that start on or after 7/1/2019 (PY2020 on, and the July-December 2019
 * period) replace an elected fixed MSR/MLR by the sliding scale below 5,000 beneficiaries
 * (425.110(b)(3)); that depends on the agreement start as well and is decided by
 * {@link MsspRules}. Immutable and thread-safe.
 */
public final class MsspProgramYear {

  /** The first performance year of the program. */
  public static final int FIRST_YEAR = 2012;
  /** The last performance year with published rules. */
  public static final int LAST_YEAR = 2026;

  private final int performanceYear;
  private final double sequestrationRate;
  private final SavingsQuality savingsQuality;
  private final boolean belowMinimumSharing;

  private MsspProgramYear(int performanceYear, double sequestrationRate, SavingsQuality savingsQuality,
      boolean belowMinimumSharing) {
    this.performanceYear = performanceYear;
    this.sequestrationRate = sequestrationRate;
    this.savingsQuality = savingsQuality;
    this.belowMinimumSharing = belowMinimumSharing;
  }

  /**
   * The parameters of a performance year.
   *
   * @param performanceYear the performance year, 2012-2026
   * @return the parameters
   * @throws IllegalArgumentException if the year is outside 2012-2026
   */
  public static MsspProgramYear of(int performanceYear) {
    if (performanceYear < FIRST_YEAR || performanceYear > LAST_YEAR) {
      throw new IllegalArgumentException("performanceYear must be between " + FIRST_YEAR + " and " + LAST_YEAR
          + " inclusive, but was " + performanceYear);
    }
    double sequestration = performanceYear == 2019 || performanceYear == 2020 ? 0.0 : 0.02;
    SavingsQuality quality = performanceYear <= 2020 ? SavingsQuality.MULTIPLY
        : performanceYear <= 2022 ? SavingsQuality.NONE : SavingsQuality.MULTIPLY_UNDER_ALTERNATIVE;
    return new MsspProgramYear(performanceYear, sequestration, quality, performanceYear >= 2024);
  }

  /**
   * The performance year.
   *
   * @return the year
   */
  public int performanceYear() {
    return performanceYear;
  }

  /**
   * The sequestration reduction applied to this year's shared savings payment, a fraction.
   *
   * @return 0.02, or 0 for PY2019-2020
   */
  public double sequestrationRate() {
    return sequestrationRate;
  }

  /**
   * How the quality score scales the sharing rate once the quality standard (the gate) is met.
   *
   * @return {@link SavingsQuality#MULTIPLY} through 2020, {@link SavingsQuality#NONE} in
   *     2021-2022, {@link SavingsQuality#MULTIPLY_UNDER_ALTERNATIVE} from 2023
   */
  public SavingsQuality savingsQuality() {
    return savingsQuality;
  }

  /**
   * Whether the alternative quality performance standard exists (from PY2023, 425.512(a)(4)(ii)).
   *
   * @return true from 2023
   */
  public boolean hasAlternativeStandard() {
    return savingsQuality == SavingsQuality.MULTIPLY_UNDER_ALTERNATIVE;
  }

  /**
   * Whether savings below the MSR can be shared at a reduced rate by eligible low-revenue ACOs
   * (from PY2024, 425.605(h)).
   *
   * @return true from 2024
   */
  public boolean hasBelowMinimumSharing() {
    return belowMinimumSharing;
  }

  /**
   * Whether CMS treated every ACO as affected by an extreme and uncontrollable circumstance for
   * the whole year: the COVID-19 public health emergency, PY2020-2022, in which CMS set both EUC
   * shares to 100% for every ACO ({@code EucExposure.fullYear()}; 42 CFR 425.606(i), 425.610(i)).
   *
   * @return true for 2020-2022
   */
  public boolean everyAcoAffectedByEuc() {
    return performanceYear >= 2020 && performanceYear <= 2022;
  }

  /**
   * Whether the performance period starts on or after 7/1/2019: PY2020 on, and PY2019 for an
   * agreement that started on 7/1/2019 or later (its six-month July-December period).
   *
   * @param agreementStart the start of the agreement period
   * @return true if the period starts on or after 7/1/2019
   */
  public boolean startsAfterJune2019(java.time.LocalDate agreementStart) {
    return performanceYear >= 2020 || (performanceYear == 2019 && !agreementStart.isBefore(MsspRules.JULY_2019));
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "MsspProgramYear{PY%d, sequestration=%s, quality=%s}", performanceYear,
        sequestrationRate, savingsQuality);
  }
}
