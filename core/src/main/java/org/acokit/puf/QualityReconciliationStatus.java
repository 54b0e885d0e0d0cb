/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.puf;

/**
 * How one ACO-year's recomputed APM Performance Pathway quality score compares with the published
 * {@code QualScore}: a match, or the named reason it does not match, checked in the order of the
 * constants (the first that applies). Each reason other than {@link #UNEXPLAINED} names an input
 * CMS does not publish or publishes rounded.
 */
public enum QualityReconciliationStatus {
  /** Within 0.01 points of the published score (the recomputed score rounded to 2 decimals). */
  MATCH("within 0.01 of the published QualScore"),
  /** The row publishes no {@code QualScore}, so there is nothing to compare. */
  NO_PUBLISHED_SCORE("QualScore not published"),
  /** Off by less than 0.03 points: the PUF publishes rates to 2 decimals. */
  ROUNDING("rounding: the PUF publishes rates to 2 decimals (|difference| < 0.03)"),
  /** The row publishes no measure value, so no reporting option can be scored. */
  NO_MEASURE_VALUES("no measure values published for the ACO"),
  /** PY2021: the difference is the improvement percent over the recomputed PY2020 score, which CMS did not give. */
  PY2021_IMPROVEMENT_NOT_GIVEN("PY2021 improvement over the recomputed PY2020 score that CMS did not give"),
  /** PY2021 Web Interface reporter: bonus points other than the modal 12 (the end-to-end bonus is not published). */
  PY2021_WEB_INTERFACE_BONUS("PY2021 bonus points other than the modal 12 (end-to-end bonus not published)"),
  /** PY2021 eCQM/CQM reporter: bonus points other than the modal 4 (not published). */
  PY2021_ECQM_CQM_BONUS("PY2021 eCQM/CQM bonus points other than the modal 4 (not published)"),
  /** Scored below CMS with no prior-year row: improvement points from a prior score CMS did not publish. */
  NO_PRIOR_YEAR_ROW("improvement points from a prior score CMS did not publish (no prior-year row)"),
  /** Chose Web Interface, but also reported eCQM/CQM, whose values the PUF does not show for such ACOs. */
  DUAL_REPORTER_VALUES_HIDDEN("dual Web Interface and eCQM/CQM reporter whose eCQM/CQM values the PUF hides"),
  /** PY2023 on, eCQM/CQM reporter scored below CMS: the health equity adjustment (underserved multiplier not published). */
  HEALTH_EQUITY_ADJUSTMENT("health equity adjustment (underserved multiplier not published)"),
  /**
   * PY2024 with a PY2023 row that publishes no measure 484 (almost all BASIC Level E or ENHANCED
   * ACOs): CMS's improvement prior is not the ACO's own recomputed PY2023 score. Decided from the
   * input (the missing prior-year measure), never from the published score; the prior CMS used
   * is not derivable from the public use files (see {@link QualityReconciliation}).
   */
  PY2024_PRIOR_ROW_WITHOUT_484("PY2024 improvement against a prior CMS did not take from the ACO's PY2023 row, "
      + "which has no measure 484 (prior not derivable from the PUF)"),
  /** PY2024 with a prior row: improvement against a prior score that differs from the recomputed PY2023 score. */
  PY2024_PRIOR_DIFFERS("PY2024 improvement against a prior score that differs from the recomputed PY2023 score"),
  /** None of the above. */
  UNEXPLAINED("unexplained");

  private final String description;

  QualityReconciliationStatus(String description) {
    this.description = description;
  }

  /**
   * What the status means, in words.
   *
   * @return the description
   */
  public String description() {
    return description;
  }
}
