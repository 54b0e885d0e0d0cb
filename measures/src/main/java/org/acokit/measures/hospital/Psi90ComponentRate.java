/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.hospital;

import java.util.Objects;

import org.acokit.internal.Checks;

/**
 * One hospital's result for one PSI 90 component: the population at risk (denominator
 * discharges), the risk-adjusted rate and the noise variance of that rate, as AHRQ's
 * {@code PSI_HOSP_RISKADJ} program produces them (rates are fractions). Immutable and thread-safe.
 *
 * @param component the component
 * @param population the number of discharges at risk, 0 or more
 * @param riskAdjustedRate the risk-adjusted rate, a fraction 0 or more
 * @param noiseVariance the noise (sampling) variance of the risk-adjusted rate, 0 or more
 */
public record Psi90ComponentRate(Psi90Component component, long population, double riskAdjustedRate,
    double noiseVariance) {

  /**
   * Validates the rate.
   *
   * @throws IllegalArgumentException naming the component and field if a value is invalid
   */
  public Psi90ComponentRate {
    Objects.requireNonNull(component, "component");
    if (population < 0) {
      throw new IllegalArgumentException(component + " population must be 0 or more, but was " + population);
    }
    Checks.nonNegative(component + " risk-adjusted rate", riskAdjustedRate);
    Checks.nonNegative(component + " noise variance", noiseVariance);
  }
}
