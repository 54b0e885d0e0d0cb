/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.benchmark;

import org.acokit.internal.Checks;
import org.acokit.population.EnrollmentType;
import org.acokit.population.EnrollmentVector;

/**
 * Renormalization of CMS-HCC risk scores so that the mean national assignable FFS risk score of
 * each enrollment type is 1.0 in each year (Appendix Table A2 of CMS's financial reconciliation
 * report; methodology specification v11, section 3.6.1; 42 CFR 425.659(b)(3) from 2024).
 * <pre>{@code renormalized[t] = raw[t] / national mean[t]}</pre>
 * Example (A2 of ACO A1540's PY2022 report, aged/non-dual BY3): a raw score of 1.2173 over the
 * national mean 1.0604635 is 1.1479. Immutable and thread-safe.
 */
public final class RiskRenormalization {

  private final EnrollmentVector nationalMeans;

  private RiskRenormalization(EnrollmentVector nationalMeans) {
    this.nationalMeans = nationalMeans;
  }

  /**
   * Creates the renormalization of one year.
   *
   * @param nationalMeans the national assignable FFS mean risk score of each enrollment type (Table A2)
   * @return the renormalization
   * @throws IllegalArgumentException if a mean is not greater than 0
   */
  public static RiskRenormalization of(EnrollmentVector nationalMeans) {
    for (EnrollmentType t : EnrollmentType.values()) {
      Checks.positive("national mean risk score " + t.label(), nationalMeans.get(t));
    }
    return new RiskRenormalization(nationalMeans);
  }

  /**
   * The national mean risk scores.
   *
   * @return the means
   */
  public EnrollmentVector nationalMeans() {
    return nationalMeans;
  }

  /**
   * Renormalizes risk scores.
   *
   * @param raw raw CMS-HCC risk scores by enrollment type
   * @return raw / national mean, by enrollment type
   * @throws IllegalArgumentException if a raw score is not greater than 0
   */
  public EnrollmentVector renormalize(EnrollmentVector raw) {
    for (EnrollmentType t : EnrollmentType.values()) {
      Checks.positive("raw risk score " + t.label(), raw.get(t));
    }
    return raw.dividedBy(nationalMeans);
  }

  @Override
  public String toString() {
    return "RiskRenormalization{nationalMeans=" + nationalMeans + "}";
  }
}
