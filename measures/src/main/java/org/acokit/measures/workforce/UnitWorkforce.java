/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.workforce;

import java.util.Optional;

/**
 * A unit's workforce measures over an interval, for joining with the unit's care rates
 * ({@link WorkforceCare}).
 *
 * @param institution the institution
 * @param unit the unit
 * @param averageHeadcount (headcount at the start + at the end) / 2
 * @param separations separations in the interval (voluntary and involuntary)
 * @param hires hires in the interval
 * @param respondents engagement survey responses in the interval
 * @param engagementMean their mean score, empty with no more respondents than the
 *     suppression threshold
 */
public record UnitWorkforce(String institution, String unit, double averageHeadcount, long separations, long hires,
    long respondents, Optional<Double> engagementMean) {

  /**
   * Separations per average employee over the interval.
   *
   * @return the rate, empty when the unit had no headcount
   */
  public Optional<Double> separationRate() {
    return averageHeadcount > 0 ? Optional.of(separations / averageHeadcount) : Optional.empty();
  }

  /**
   * Hires per average employee over the interval.
   *
   * @return the rate, empty when the unit had no headcount
   */
  public Optional<Double> hireRate() {
    return averageHeadcount > 0 ? Optional.of(hires / averageHeadcount) : Optional.empty();
  }
}
