/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.equity;

import java.util.Locale;

/**
 * The summary measures of health inequality of the WHO Health Equity Assessment Toolkit (HEAT),
 * as WHO's R package healthequal 1.0.0 defines them (Antiporta DA, Menendez P, Kirkby K,
 * Hosseinpoor AR, healthequal: Compute Summary Measures of Health Inequality, 2024; WHO, Annex 11
 * "Overview of summary measures of health inequality",
 * https://whoequity.github.io/book_2024/5_annexes/Annex11.html). Formulas in
 * {@link SummaryMeasures}. The {@link #code() code} is the package's function name.
 */
public enum SummaryMeasure {
  /** Difference between two subgroups (absolute, pairwise). */
  D(Applies.ALL),
  /** Ratio of two subgroups (relative, pairwise; se of its logarithm). */
  R(Applies.ALL),
  /** Absolute concentration index (ordered dimensions). */
  ACI(Applies.ORDERED),
  /** Relative concentration index (ordered dimensions). */
  RCI(Applies.ORDERED),
  /** Slope index of inequality (ordered dimensions; logistic regression on ridits). */
  SII(Applies.ORDERED),
  /** Relative index of inequality (ordered dimensions; se of its logarithm). */
  RII(Applies.ORDERED),
  /** Between-group variance (non-ordered). */
  BGV(Applies.NON_ORDERED),
  /** Between-group standard deviation (non-ordered; simulated interval). */
  BGSD(Applies.NON_ORDERED),
  /** Coefficient of variation, percent (non-ordered; simulated interval). */
  COVAR(Applies.NON_ORDERED),
  /** Mean difference from the mean, unweighted (non-ordered; simulated interval). */
  MDMU(Applies.NON_ORDERED),
  /** Mean difference from the mean, weighted (non-ordered; simulated interval). */
  MDMW(Applies.NON_ORDERED),
  /** Mean difference from the best subgroup, unweighted (non-ordered; simulated interval). */
  MDBU(Applies.NON_ORDERED),
  /** Mean difference from the best subgroup, weighted (non-ordered; simulated interval). */
  MDBW(Applies.NON_ORDERED),
  /** Mean difference from the reference subgroup, unweighted (non-ordered with a reference). */
  MDRU(Applies.NON_ORDERED_WITH_REFERENCE),
  /** Mean difference from the reference subgroup, weighted (non-ordered with a reference). */
  MDRW(Applies.NON_ORDERED_WITH_REFERENCE),
  /** Index of disparity, unweighted, percent (non-ordered; simulated interval). */
  IDISU(Applies.NON_ORDERED),
  /** Index of disparity, weighted, percent (non-ordered; simulated interval). */
  IDISW(Applies.NON_ORDERED),
  /** Theil index x 1000 (non-ordered). */
  TI(Applies.NON_ORDERED),
  /** Mean log deviation x 1000 (non-ordered). */
  MLD(Applies.NON_ORDERED),
  /** Population attributable risk, on the indicator scale. */
  PARISK(Applies.ALL),
  /** Population attributable fraction, percent. */
  PAF(Applies.ALL);

  private enum Applies { ALL, ORDERED, NON_ORDERED, NON_ORDERED_WITH_REFERENCE }

  private final Applies applies;

  SummaryMeasure(Applies applies) {
    this.applies = applies;
  }

  /**
   * healthequal's function name: {@code d}, {@code r}, {@code aci} ... ({@code covar} for the
   * coefficient of variation).
   *
   * @return the code
   */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Whether the measure applies to a dataset: ordered or not, with a reference subgroup or not.
   *
   * @param data the dataset
   * @return true if the measure is defined for it
   */
  public boolean appliesTo(InequalityData data) {
    switch (applies) {
      case ALL:
        return true;
      case ORDERED:
        return data.ordered();
      case NON_ORDERED:
        return !data.ordered();
      default:
        return !data.ordered() && data.reference().isPresent();
    }
  }

  /**
   * The measure of a code.
   *
   * @param code the code, such as {@code sii}
   * @return the measure
   * @throws IllegalArgumentException if the code is not one of the measures
   */
  public static SummaryMeasure ofCode(String code) {
    for (SummaryMeasure m : values()) {
      if (m.code().equals(code)) {
        return m;
      }
    }
    throw new IllegalArgumentException("summary measure must be one of d, r, aci, rci, sii, rii, bgv, bgsd, covar,"
        + " mdmu, mdmw, mdbu, mdbw, mdru, mdrw, idisu, idisw, ti, mld, parisk, paf, but was '" + code + "'");
  }
}
