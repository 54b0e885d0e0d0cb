/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.population;

import java.util.Arrays;

import org.acokit.internal.Checks;

/**
 * The truncation thresholds of annualized per-beneficiary expenditures, one per enrollment type
 * (42 CFR 425.601(a)(4), 425.605(a)(3); methodology specification v11, section 3.3).
 * <p>
 * CMS truncates annualized expenditures above the threshold to the threshold and annualized
 * negative expenditures below the negative threshold to it. The threshold is the national
 * un-weighted 99th percentile of annualized expenditures of assignable beneficiaries by enrollment
 * type, computed by CMS's actuaries; give it with {@link #of(EnrollmentVector)} (the report's
 * Parameters sheet prints it, e.g. aged/dual $219,966.13 for CY2022) or compute it from a
 * national reference population with {@link #ninetyNinthPercentile(BeneficiaryYearColumns)}.
 * Immutable and thread-safe.
 */
public final class ExpenditureThresholds {

  private final EnrollmentVector thresholds;

  private ExpenditureThresholds(EnrollmentVector thresholds) {
    this.thresholds = thresholds;
  }

  /**
   * Thresholds given as input.
   *
   * @param thresholds annualized dollars per enrollment type
   * @return the thresholds
   * @throws IllegalArgumentException if a threshold is not greater than 0
   */
  public static ExpenditureThresholds of(EnrollmentVector thresholds) {
    for (EnrollmentType t : EnrollmentType.values()) {
      Checks.positive("truncation threshold " + t.label(), thresholds.get(t));
    }
    return new ExpenditureThresholds(thresholds);
  }

  /**
   * No truncation (infinite thresholds), for populations that are already truncated.
   *
   * @return thresholds that never truncate
   */
  public static ExpenditureThresholds none() {
    return new ExpenditureThresholds(null);
  }

  /**
   * The un-weighted 99th percentile of annualized expenditures by enrollment type in a reference
   * population, over the rows with eligible months in the type.
   * <p>
   * CMS does not define the interpolation; this uses the nearest-rank method: the value at rank
   * ceil(0.99 x n) of the n annualized amounts sorted ascending. Rows that fail validation are
   * left out.
   *
   * @param reference the national reference population
   * @return the thresholds
   * @throws IllegalArgumentException if an enrollment type has no row with eligible months or its
   *     percentile is not greater than 0
   */
  public static ExpenditureThresholds ninetyNinthPercentile(BeneficiaryYearColumns reference) {
    double[] p99 = new double[4];
    for (int t = 0; t < 4; t++) {
      byte[] months = reference.monthsColumn(t);
      double[] spend = reference.expenditureColumn(t);
      double[] annualized = new double[months.length];
      int n = 0;
      for (int i = 0; i < months.length; i++) {
        int m = months[i];
        if (m > 0 && m <= 12 && Double.isFinite(spend[i])) {
          annualized[n++] = spend[i] * 12.0 / m;
        }
      }
      if (n == 0) {
        throw new IllegalArgumentException("the reference population has no row with eligible months as "
            + EnrollmentType.values()[t].label() + ", so it has no 99th percentile");
      }
      Arrays.sort(annualized, 0, n);
      p99[t] = annualized[(int) Math.ceil(0.99 * n) - 1];
    }
    return of(EnrollmentVector.of(p99[0], p99[1], p99[2], p99[3]));
  }

  /**
   * The threshold of an enrollment type.
   *
   * @param type the enrollment type
   * @return annualized dollars, or positive infinity for {@link #none()}
   */
  public double threshold(EnrollmentType type) {
    return thresholds == null ? Double.POSITIVE_INFINITY : thresholds.get(type);
  }

  /**
   * Truncates an annualized amount to [-threshold, threshold].
   *
   * @param type the enrollment type
   * @param annualized annualized dollars
   * @return the truncated amount, never further from zero than the input
   */
  public double truncate(EnrollmentType type, double annualized) {
    double limit = threshold(type);
    return Math.max(-limit, Math.min(limit, annualized));
  }

  @Override
  public String toString() {
    return thresholds == null ? "ExpenditureThresholds{none}" : "ExpenditureThresholds{" + thresholds + "}";
  }
}
