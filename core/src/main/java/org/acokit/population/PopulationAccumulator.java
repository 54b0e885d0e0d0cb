/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.population;

import java.util.function.Consumer;

import org.acokit.io.RowFailure;

/**
 * A mergeable partial aggregate of beneficiary-year rows: per enrollment type the number of
 * beneficiaries, the person-years, the person-year weighted truncated annualized expenditures and
 * the person-year weighted risk scores.
 * <p>
 * Partials of disjoint row ranges combine with {@link #merge(PopulationAccumulator)}; merging is
 * associative and commutative up to floating-point rounding of the sums (relative differences of
 * the order of 1e-15 per addition), so the same code runs on one core, on all cores
 * ({@link PopulationAggregation#aggregateParallel}) and inside a distributed engine (a Spark
 * {@code Aggregator} or Beam {@code CombineFn} holding one accumulator per partition). Mutable and
 * not thread-safe: give each thread its own.
 */
public final class PopulationAccumulator {

  private final ExpenditureThresholds thresholds;
  private final long[] beneficiaries = new long[4];
  private final double[] personYears = new double[4];
  private final double[] expenditures = new double[4];
  private final double[] riskWeighted = new double[4];
  private long rows;
  private long badRows;

  /**
   * Creates an empty accumulator.
   *
   * @param thresholds the truncation thresholds
   */
  public PopulationAccumulator(ExpenditureThresholds thresholds) {
    this.thresholds = thresholds;
  }

  /**
   * Adds rows [from, to) of the columns; a row that fails validation is passed to the failure
   * sink and left out.
   * <p>
   * For each enrollment type with m eligible months, person-years w = m / 12, the annualized
   * amount a = expenditure / w is truncated to [-T, T], and w x truncated(a) and w x risk are
   * summed (methodology specification v11, sections 3.1-3.5).
   *
   * @param columns the columns
   * @param from the first row, inclusive
   * @param to the last row, exclusive
   * @param source the name used in failures, such as a file name
   * @param failures receives one failure per bad row, with its 1-based row number
   * @return this accumulator
   */
  public PopulationAccumulator add(BeneficiaryYearColumns columns, int from, int to, String source,
      Consumer<RowFailure> failures) {
    byte[] m0 = columns.monthsColumn(0);
    byte[] m1 = columns.monthsColumn(1);
    byte[] m2 = columns.monthsColumn(2);
    byte[] m3 = columns.monthsColumn(3);
    double[] e0 = columns.expenditureColumn(0);
    double[] e1 = columns.expenditureColumn(1);
    double[] e2 = columns.expenditureColumn(2);
    double[] e3 = columns.expenditureColumn(3);
    double[] risk = columns.riskColumn();
    double t0 = thresholds.threshold(EnrollmentType.ESRD);
    double t1 = thresholds.threshold(EnrollmentType.DISABLED);
    double t2 = thresholds.threshold(EnrollmentType.AGED_DUAL);
    double t3 = thresholds.threshold(EnrollmentType.AGED_NON_DUAL);
    for (int i = from; i < to; i++) {
      int a = m0[i];
      int b = m1[i];
      int c = m2[i];
      int d = m3[i];
      double r = risk[i];
      // Fast path: cheap range checks; any doubt goes to the slow path that names the problem.
      if ((a | b | c | d) < 0 || a + b + c + d > 12 || a + b + c + d == 0 || !(r > 0) || r == Double.POSITIVE_INFINITY
          || !valid(a, e0[i]) || !valid(b, e1[i]) || !valid(c, e2[i]) || !valid(d, e3[i])) {
        String problem = problem(columns, i);
        if (problem != null) {
          badRows++;
          failures.accept(RowFailure.of(source, i + 1, problem));
          continue;
        }
      }
      rows++;
      accumulate(0, a, e0[i], r, t0);
      accumulate(1, b, e1[i], r, t1);
      accumulate(2, c, e2[i], r, t2);
      accumulate(3, d, e3[i], r, t3);
    }
    return this;
  }

  private static boolean valid(int months, double expenditure) {
    return Double.isFinite(expenditure) && (months > 0 || expenditure == 0);
  }

  private void accumulate(int type, int months, double expenditure, double risk, double threshold) {
    if (months == 0) {
      return;
    }
    double w = months / 12.0;
    double annualized = expenditure / w;
    double truncated = annualized > threshold ? threshold : annualized < -threshold ? -threshold : annualized;
    beneficiaries[type]++;
    personYears[type] += w;
    expenditures[type] += w * truncated;
    riskWeighted[type] += w * risk;
  }

  /** Describes what is wrong with a row, or null if it is valid after all (e.g. no months at all). */
  private static String problem(BeneficiaryYearColumns columns, int row) {
    int total = 0;
    for (EnrollmentType t : EnrollmentType.values()) {
      int m = columns.months(t, row);
      if (m < 0 || m > 12) {
        return "months " + t.label() + " must be between 0 and 12, but was " + m;
      }
      total += m;
      double e = columns.expenditure(t, row);
      if (!Double.isFinite(e)) {
        return "expenditure " + t.label() + " must be a finite number, but was " + e;
      }
      if (m == 0 && e != 0) {
        return "expenditure " + t.label() + " must be 0 with 0 eligible months, but was " + e;
      }
    }
    if (total > 12) {
      return "months of the four enrollment types must add up to at most 12, but added up to " + total;
    }
    if (total == 0) {
      return null;
    }
    double r = columns.riskScore(row);
    if (!(r > 0) || Double.isInfinite(r)) {
      return "risk score must be a finite number greater than 0 for a row with eligible months, but was " + r;
    }
    return null;
  }

  /**
   * Adds another partial of the same thresholds into this one.
   *
   * @param other the other partial
   * @return this accumulator
   */
  public PopulationAccumulator merge(PopulationAccumulator other) {
    for (int t = 0; t < 4; t++) {
      beneficiaries[t] += other.beneficiaries[t];
      personYears[t] += other.personYears[t];
      expenditures[t] += other.expenditures[t];
      riskWeighted[t] += other.riskWeighted[t];
    }
    rows += other.rows;
    badRows += other.badRows;
    return this;
  }

  /**
   * The number of rows aggregated (rows with no eligible months count too).
   *
   * @return the count
   */
  public long rows() {
    return rows;
  }

  /**
   * The number of rows left out as bad.
   *
   * @return the count
   */
  public long badRows() {
    return badRows;
  }

  /**
   * The summary of what was added.
   *
   * @param completionFactor the claims completion factor applied to expenditures after truncation
   *     (spec v11 section 3.4; 1.013 for a 3-month run-out in the A1540 PY2022 report; 1 for none)
   * @return the summary
   * @throws IllegalArgumentException if the completion factor is not between 1 and 2
   */
  public PopulationSummary toSummary(double completionFactor) {
    org.acokit.internal.Checks.inRange("completionFactor", completionFactor, 1, 2);
    double[] perCapita = new double[4];
    double[] risk = new double[4];
    double total = 0;
    for (int t = 0; t < 4; t++) {
      total += personYears[t];
      perCapita[t] = personYears[t] > 0 ? expenditures[t] / personYears[t] * completionFactor : 0;
      risk[t] = personYears[t] > 0 ? riskWeighted[t] / personYears[t] : 0;
    }
    double sum = total;
    return PopulationSummary.builder()
        .beneficiaries(EnrollmentVector.of(beneficiaries[0], beneficiaries[1], beneficiaries[2], beneficiaries[3]))
        .personYears(EnrollmentVector.of(personYears[0], personYears[1], personYears[2], personYears[3]))
        .perCapitaExpenditures(EnrollmentVector.of(perCapita[0], perCapita[1], perCapita[2], perCapita[3]))
        .riskScores(EnrollmentVector.of(risk[0], risk[1], risk[2], risk[3]))
        .proportions(sum > 0 ? EnrollmentVector.of(personYears[0] / sum, personYears[1] / sum, personYears[2] / sum,
            personYears[3] / sum) : EnrollmentVector.of(0, 0, 0, 0))
        .rows(rows)
        .build();
  }
}
