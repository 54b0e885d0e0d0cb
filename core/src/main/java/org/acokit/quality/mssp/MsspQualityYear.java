/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.quality.mssp;

import java.util.Locale;

/**
 * The Shared Savings Program's domain-scoring rules for one performance year, 2012-2020, resolved
 * once: the one place that knows which years had which quality rule (from 2021 the APM Performance
 * Pathway applies, {@code AppYear} of package {@code quality.app}).
 * <ul>
 *   <li>Domain scoring (42 CFR 425.502): performance years 2012-2020.</li>
 *   <li>The extreme and uncontrollable circumstances policy (the higher of the ACO's score and the
 *       mean score of all ACOs, 425.502(f)): from performance year 2017 (82 FR 60912).</li>
 * </ul>
 * Immutable and thread-safe.
 */
public final class MsspQualityYear {

  /** The first performance year of the program. */
  public static final int FIRST_YEAR = 2012;
  /** The last performance year scored by domains. */
  public static final int LAST_YEAR = 2020;

  private final int performanceYear;

  private MsspQualityYear(int performanceYear) {
    this.performanceYear = performanceYear;
  }

  /**
   * The rules of a performance year.
   *
   * @param performanceYear the performance year, 2012-2020
   * @return the rules
   * @throws IllegalArgumentException outside 2012-2020
   */
  public static MsspQualityYear of(int performanceYear) {
    if (performanceYear < FIRST_YEAR || performanceYear > LAST_YEAR) {
      throw new IllegalArgumentException("performance year of the Shared Savings Program domain scoring must be "
          + "2012-2020 (from 2021 the APM Performance Pathway applies), but was " + performanceYear);
    }
    return new MsspQualityYear(performanceYear);
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
   * Whether the extreme and uncontrollable circumstances policy applies.
   *
   * @return true from 2017
   */
  public boolean hasEucPolicy() {
    return performanceYear >= 2017;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "MsspQualityYear{PY%d}", performanceYear);
  }
}
