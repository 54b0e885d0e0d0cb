/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.quality.app;

import java.util.Locale;

import org.acokit.quality.MipsAchievementPoints;

/**
 * The APM Performance Pathway's scoring rules for one performance year, resolved once: the one
 * place that knows which rule each APP year has. Adding a year means adding it here.
 * <ul>
 *   <li>Achievement points: floor 3 through PY2022, floor 1 with decile-1 interpolation from
 *       PY2023 ({@link MipsAchievementPoints#forPerformanceYear(int)}); in PY2021 CMS scored CAHPS
 *       summary survey measures in decile 9 at 10 points (reproduced from the PY2021 public use
 *       file; quality-score-reproduction.md rule 5).</li>
 *   <li>The first-year standard: from PY2022 an ACO in the first performance year of its first
 *       agreement meets the quality performance standard by reporting (42 CFR 425.512(a)(2)).</li>
 *   <li>The alternative standard: from PY2023, an ACO that misses the standard but reaches the
 *       10th percentile on an outcome measure meets the alternative (425.512(a)(4)(ii)).</li>
 *   <li>The health equity adjustment: PY2023-2024 (425.512(b)).</li>
 * </ul>
 * Immutable and thread-safe.
 */
public final class AppYear {

  /** The first performance year of the APM Performance Pathway for Shared Savings Program ACOs. */
  public static final int FIRST_YEAR = 2021;

  private final int performanceYear;

  private AppYear(int performanceYear) {
    this.performanceYear = performanceYear;
  }

  /**
   * The rules of a performance year.
   *
   * @param performanceYear the performance year, 2021 or later
   * @return the rules
   * @throws IllegalArgumentException before 2021
   */
  public static AppYear of(int performanceYear) {
    if (performanceYear < FIRST_YEAR) {
      throw new IllegalArgumentException("performance year of the APM Performance Pathway must be 2021 or later, but was "
          + performanceYear);
    }
    return new AppYear(performanceYear);
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
   * The achievement points of the year's measures.
   *
   * @return the points function
   */
  public MipsAchievementPoints points() {
    return MipsAchievementPoints.forPerformanceYear(performanceYear);
  }

  /**
   * The achievement points of CAHPS summary survey measures.
   *
   * @return the points function
   */
  public MipsAchievementPoints cahpsPoints() {
    return performanceYear == 2021 ? points().withDecileNineScoringTen() : points();
  }

  /**
   * Whether an ACO in the first performance year of its first agreement meets the standard.
   *
   * @return true from 2022
   */
  public boolean hasFirstYearStandard() {
    return performanceYear >= 2022;
  }

  /**
   * Whether the alternative quality performance standard exists.
   *
   * @return true from 2023
   */
  public boolean hasAlternativeStandard() {
    return performanceYear >= 2023;
  }

  /**
   * Whether the health equity adjustment applies.
   *
   * @return true for 2023-2024
   */
  public boolean hasHealthEquityAdjustment() {
    return performanceYear >= 2023 && performanceYear <= 2024;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "AppYear{PY%d}", performanceYear);
  }
}
