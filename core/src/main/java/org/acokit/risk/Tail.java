/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.risk;

/**
 * The shape of the per-beneficiary spending distribution behind a {@link ParametricSpending}
 * model.
 */
public enum Tail {
  /**
   * Normal approximation of the per-capita mean (central limit theorem): symmetric, no tail beyond
   * the variance. Adequate from a few thousand person-years.
   */
  NORMAL,
  /**
   * Heavy right tail: per-beneficiary annual spending lognormal with the given coefficient of
   * variation, optionally truncated (capped) at the year's threshold as CMS truncates it; the
   * per-capita mean is drawn from a shifted gamma with its exact mean, variance and skewness
   * (skewness of the mean = skewness of one beneficiary / sqrt(person-years)).
   */
  LOGNORMAL
}
