/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.program.mssp;

import org.acokit.internal.AcoStyle;
import org.acokit.internal.Checks;
import org.immutables.value.Value;

/**
 * How far an extreme and uncontrollable circumstance (EUC) affected an ACO in its performance
 * year: the share of assigned beneficiaries living in affected counties (Table 3 [DD]) and the
 * beneficiary-weighted share of the year those counties were affected ([EE]).
 * <p>
 * Shared losses are reduced by losses x [DD] x [EE] (42 CFR 425.605(f), 425.610(i)). For the
 * COVID-19 public health emergency CMS set both shares to 100% for every ACO in performance
 * years 2020-2022 (see {@code fullYear()}). Immutable and thread-safe.
 */
@Value.Immutable
@AcoStyle
abstract class AbstractEucExposure {

  /**
   * The share of assigned beneficiaries residing in affected counties, a fraction.
   *
   * @return the share in [0, 1]
   */
  @Value.Parameter
  public abstract double shareOfBeneficiaries();

  /**
   * The share of the performance year affected, a fraction.
   *
   * @return the share in [0, 1]
   */
  @Value.Parameter
  public abstract double shareOfYear();

  @Value.Check
  void check() {
    Checks.fraction("EUC share of beneficiaries", shareOfBeneficiaries());
    Checks.fraction("EUC share of year", shareOfYear());
  }

  /**
   * The share of shared losses forgiven: [DD] x [EE].
   *
   * @return the fraction of losses forgiven
   */
  public double reductionFactor() {
    return shareOfBeneficiaries() * shareOfYear();
  }

  /**
   * Creates an exposure.
   *
   * @param shareOfBeneficiaries the share of beneficiaries in affected counties, a fraction
   * @param shareOfYear the share of the year affected, a fraction
   * @return the exposure
   * @throws IllegalArgumentException if a share is outside [0, 1]
   */
  public static EucExposure of(double shareOfBeneficiaries, double shareOfYear) {
    return EucExposure.builder().shareOfBeneficiaries(shareOfBeneficiaries).shareOfYear(shareOfYear).build();
  }

  /**
   * Every beneficiary affected for the whole year (the COVID-19 PHE in 2020-2022).
   *
   * @return the exposure 100% x 100%
   */
  public static EucExposure fullYear() {
    return of(1.0, 1.0);
  }
}
