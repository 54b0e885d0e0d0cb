/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.program.mssp;

import java.util.Locale;

/**
 * Medicare Shared Savings Program parameters that depend on the performance year alone.
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
 * (within the rounding of the published rates) for PY2019-2020. Immutable and thread-safe.
 */
public final class MsspProgramYear {

  /** The first performance year of the program. */
  public static final int FIRST_YEAR = 2012;
  /** The last performance year with published rules. */
  public static final int LAST_YEAR = 2026;

  private final int performanceYear;
  private final double sequestrationRate;

  private MsspProgramYear(int performanceYear, double sequestrationRate) {
    this.performanceYear = performanceYear;
    this.sequestrationRate = sequestrationRate;
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
    return new MsspProgramYear(performanceYear, sequestration);
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

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "MsspProgramYear{PY%d, sequestration=%s}", performanceYear, sequestrationRate);
  }
}
