/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.risk;

import java.util.Objects;

import org.acokit.benchmark.RiskRatioCap;
import org.acokit.benchmark.RiskRenormalization;
import org.acokit.internal.Checks;
import org.acokit.io.Failure;
import org.acokit.population.BeneficiaryYearColumns;
import org.acokit.population.EnrollmentType;
import org.acokit.population.EnrollmentVector;
import org.acokit.population.ExpenditureThresholds;
import org.acokit.population.PopulationAggregate;
import org.acokit.population.PopulationAggregation;

/**
 * A beneficiary bootstrap of the performance year from the ACO's own beneficiary-year columns:
 * each trial resamples the rows with replacement within strata of enrollment type and
 * re-aggregates them the way CMS does, through the library's own population aggregation
 * ({@link org.acokit.population.PopulationAccumulator}: annualization, truncation at the year's
 * thresholds, completion factor) and risk renormalization ({@link RiskRenormalization}).
 * <p>
 * Strata: a row belongs to the enrollment type with most eligible months (ties to the first in
 * CMS's order; rows without months form a fifth stratum). A stratum of k rows is resampled as k
 * rows drawn uniformly with replacement, so each trial has the same number of rows per stratum as
 * the data. Per trial, with the resample's summary (per-capita expenditure E_t, person-year
 * proportions p_t and raw risk scores r_t by type t):
 * <pre>{@code
 * expenditure per capita  = sum_t E_t x p_t                                   (Table 3 [E])
 * benchmark per capita    = sum_t B_t x ratio_t x p_t                         (Table 3 [F])
 * ratio_t                 = (r_t / national mean_t) / reference_t   with risk adjustment, else 1
 * }</pre>
 * where B_t is the updated benchmark by type at the reference (BY3, renormalized) risk scores.
 * With {@link #withRiskRatioCap(RiskRatioCap)} each trial's ratios go through the cap on risk
 * score growth the way the updated benchmark applies it (Table 2 [C] = cap([B] PY / [B] BY3),
 * {@code org.acokit.benchmark.UpdatedBenchmark.riskRatio()}): the agreement periods
 * starting 7/1/2019 and later cap each type's ratio at 1.03 (42 CFR 425.605(a)(1)(i),
 * 425.610(a)(2)(i)), from 1/1/2024 at the aggregate demographic growth plus 3 points
 * (425.605(a)(1)(ii), 425.610(a)(2)(ii)); earlier agreement periods have no such cap (give none).
 * The cap's own inputs (the demographic scores and weights of the 2024+ rule) are the ACO's, held
 * fixed across trials. A trial whose ratios the cap lowers counts in
 * {@link SimulationResult#probabilityRiskRatioCapBinds()}. The cost of a trial is linear in the
 * number of rows. Immutable and thread-safe; the columns must not change while a simulation runs.
 */
public final class BootstrapSpending {

  private final BeneficiaryYearColumns columns;
  private final ExpenditureThresholds thresholds;
  private final double completionFactor;
  private final EnrollmentVector benchmarkByType;
  private final RiskRenormalization renormalization;
  private final EnrollmentVector referenceRiskScores;
  private final RiskRatioCap riskRatioCap;
  private final int[][] strata;

  private BootstrapSpending(BeneficiaryYearColumns columns, ExpenditureThresholds thresholds, double completionFactor,
      EnrollmentVector benchmarkByType, RiskRenormalization renormalization, EnrollmentVector referenceRiskScores,
      RiskRatioCap riskRatioCap, int[][] strata) {
    this.columns = columns;
    this.thresholds = thresholds;
    this.completionFactor = completionFactor;
    this.benchmarkByType = benchmarkByType;
    this.renormalization = renormalization;
    this.referenceRiskScores = referenceRiskScores;
    this.riskRatioCap = riskRatioCap;
    this.strata = strata;
  }

  /**
   * A bootstrap without risk adjustment of the benchmark.
   *
   * @param columns the ACO's beneficiary-year rows of the reference year
   * @param thresholds the year's truncation thresholds
   * @param completionFactor the claims completion factor (1 for none)
   * @param benchmarkByType the per-capita updated benchmark by enrollment type, dollars
   * @return the model
   * @throws IllegalArgumentException if the population is empty or has a bad row (naming the
   *     first), or the completion factor or a benchmark is out of range
   */
  public static BootstrapSpending of(BeneficiaryYearColumns columns, ExpenditureThresholds thresholds,
      double completionFactor, EnrollmentVector benchmarkByType) {
    Objects.requireNonNull(columns, "columns");
    Objects.requireNonNull(thresholds, "thresholds");
    Objects.requireNonNull(benchmarkByType, "benchmarkByType");
    if (columns.size() == 0) {
      throw new IllegalArgumentException("columns must hold at least one beneficiary-year row to bootstrap, but "
          + "held 0 rows");
    }
    Checks.inRange("completionFactor", completionFactor, 1, 2);
    for (EnrollmentType t : EnrollmentType.values()) {
      Checks.nonNegative("benchmarkByType " + t.label(), benchmarkByType.get(t));
    }
    PopulationAggregate whole = PopulationAggregation.aggregate(columns, thresholds, completionFactor);
    if (!whole.failures().isEmpty()) {
      Failure first = whole.failures().get(0);
      throw new IllegalArgumentException("columns must have no bad rows to bootstrap, but had "
          + whole.failures().size() + "; the first: " + first.message());
    }
    if (!(whole.summary().totalPersonYears() > 0)) {
      throw new IllegalArgumentException("columns must have eligible months to bootstrap, but had 0 person-years in "
          + columns.size() + " rows");
    }
    if (!(benchmarkByType.dot(whole.summary().proportions()) > 0)) {
      throw new IllegalArgumentException("benchmarkByType must be greater than 0 for the enrollment types the "
          + "population has, but was " + benchmarkByType);
    }
    return new BootstrapSpending(columns, thresholds, completionFactor, benchmarkByType, null, null, null,
        strata(columns));
  }

  /**
   * The same bootstrap with the benchmark risk-adjusted per trial: the resample's renormalized
   * risk scores over the reference scores the benchmark is at.
   *
   * @param renormalization the performance year's national mean risk scores (Table A2)
   * @param referenceRiskScores the renormalized risk scores the benchmark by type is at (BY3)
   * @return the model
   * @throws IllegalArgumentException if a reference score is not greater than 0
   */
  public BootstrapSpending withRiskAdjustment(RiskRenormalization renormalization,
      EnrollmentVector referenceRiskScores) {
    Objects.requireNonNull(renormalization, "renormalization");
    for (EnrollmentType t : EnrollmentType.values()) {
      Checks.positive("referenceRiskScores " + t.label(), referenceRiskScores.get(t));
    }
    return new BootstrapSpending(columns, thresholds, completionFactor, benchmarkByType, renormalization,
        referenceRiskScores, riskRatioCap, strata);
  }

  /**
   * The same bootstrap with each trial's risk ratios capped as the updated benchmark caps them:
   * {@code RiskRatioCap.fixed(1.03)} for agreement periods starting 7/1/2019-2023,
   * {@link RiskRatioCap#demographicGrowthPlus} from 1/1/2024.
   *
   * @param cap the cap on risk score growth
   * @return the model
   * @throws IllegalStateException if the model has no risk adjustment
   *     ({@link #withRiskAdjustment} first: without it there is no ratio to cap)
   */
  public BootstrapSpending withRiskRatioCap(RiskRatioCap cap) {
    Objects.requireNonNull(cap, "cap");
    if (renormalization == null) {
      throw new IllegalStateException("riskRatioCap needs a risk-adjusted bootstrap (withRiskAdjustment first), but "
          + "this bootstrap has no risk adjustment");
    }
    return new BootstrapSpending(columns, thresholds, completionFactor, benchmarkByType, renormalization,
        referenceRiskScores, cap, strata);
  }

  private static int[][] strata(BeneficiaryYearColumns columns) {
    int n = columns.size();
    int[] of = new int[n];
    int[] counts = new int[5];
    EnrollmentType[] types = EnrollmentType.values();
    for (int i = 0; i < n; i++) {
      int best = 4;
      int most = 0;
      for (int t = 0; t < 4; t++) {
        int m = columns.months(types[t], i);
        if (m > most) {
          most = m;
          best = t;
        }
      }
      of[i] = best;
      counts[best]++;
    }
    int[][] strata = new int[5][];
    for (int s = 0; s < 5; s++) {
      strata[s] = new int[counts[s]];
    }
    int[] fill = new int[5];
    for (int i = 0; i < n; i++) {
      strata[of[i]][fill[of[i]]++] = i;
    }
    return strata;
  }

  /**
   * The number of beneficiary-year rows resampled per trial.
   *
   * @return the row count
   */
  public int rows() {
    return columns.size();
  }

  /**
   * The number of rows in a stratum.
   *
   * @param type the enrollment type (most months)
   * @return the count
   */
  public int stratumSize(EnrollmentType type) {
    return strata[type.ordinal()].length;
  }

  BeneficiaryYearColumns columns() {
    return columns;
  }

  ExpenditureThresholds thresholds() {
    return thresholds;
  }

  double completionFactor() {
    return completionFactor;
  }

  EnrollmentVector benchmarkByType() {
    return benchmarkByType;
  }

  RiskRenormalization renormalization() {
    return renormalization;
  }

  EnrollmentVector referenceRiskScores() {
    return referenceRiskScores;
  }

  RiskRatioCap riskRatioCap() {
    return riskRatioCap;
  }

  int[][] strata() {
    return strata;
  }

  @Override
  public String toString() {
    return "BootstrapSpending{rows=" + columns.size() + ", riskAdjusted=" + (renormalization != null)
        + (riskRatioCap != null ? ", " + riskRatioCap : "") + "}";
  }
}
