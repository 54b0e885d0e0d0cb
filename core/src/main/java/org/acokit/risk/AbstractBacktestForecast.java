/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.risk;

import org.acokit.internal.AcoStyle;
import org.immutables.value.Value;

/**
 * The forecast of one ACO-year of the back-test and its published outcome. Immutable and
 * thread-safe.
 */
@Value.Immutable
@AcoStyle
abstract class AbstractBacktestForecast {

  /**
   * The ACO's identifier (the crosswalked {@code ACO_ID} where known).
   *
   * @return the identifier
   */
  public abstract String acoId();

  /**
   * The performance year forecast.
   *
   * @return the year
   */
  public abstract int performanceYear();

  /**
   * The number of earlier years the forecast used.
   *
   * @return at least 1
   */
  public abstract int priorYears();

  /**
   * The forecast true savings rate: the mean of the earlier years' savings rates.
   *
   * @return a fraction
   */
  public abstract double forecastSavingsRate();

  /**
   * The forecast standard deviation of the savings rate.
   *
   * @return a fraction
   */
  public abstract double forecastDispersion();

  /**
   * The forecast P(earned shared savings), from the simulation under the year's rules.
   *
   * @return the probability
   */
  public abstract double probability();

  /**
   * The base-rate forecast: the share of all ACO-years of earlier performance years that earned
   * shared savings.
   *
   * @return the probability
   */
  public abstract double baseRate();

  /**
   * Whether the ACO earned shared savings that year (published {@code EarnSaveLoss} &gt; 0).
   *
   * @return the outcome
   */
  public abstract boolean earned();
}
