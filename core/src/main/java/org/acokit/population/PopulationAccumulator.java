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
  /** Per type and month count m, the truncation limit of the summed amount: T x m / 12. */
  private final double[][] limits = new double[4][16];
  private final long[] beneficiaries = new long[4];
  /** Eligible months per type; person-years are months / 12. */
  private final long[] months = new long[4];
  /** Sum of w x truncated annualized expenditure per type, dollars. */
  private final double[] expenditures = new double[4];
  /** Sum of months x risk score per type. */
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
    for (EnrollmentType t : EnrollmentType.values()) {
      for (int m = 0; m <= 12; m++) {
        limits[t.ordinal()][m] = thresholds.threshold(t) * m / 12.0;
      }
      for (int m = 13; m < 16; m++) {
        limits[t.ordinal()][m] = Double.NaN;
      }
    }
  }

  /**
   * Adds rows [from, to) of the columns; a row that fails validation is passed to the failure
   * sink and left out.
   * <p>
   * For each enrollment type with m eligible months, person-years w = m / 12, the annualized
   * amount a = expenditure / w is truncated to [-T, T], and w x truncated(a) and w x risk are
   * summed (methodology specification v11, sections 3.1-3.5). The loop computes
   * w x truncated(a) as the expenditure limited to [-T x w, T x w], which needs no division, and
   * sums months as integers. It first runs without recording anything per row; only a range with
   * a suspect row is run again row by row to report the bad rows.
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
    for (int start = from; start < to; start += BLOCK) {
      int end = Math.min(to, start + BLOCK);
      if (!addFast(columns, start, end)) {
        addChecked(columns, start, end, source, failures);
      }
    }
    return this;
  }

  /** Rows per optimistic block: a block with a bad row is redone row by row. */
  private static final int BLOCK = 4096;
  /** 1 for a month count of 0, else 0 (indexed by months 0-15). */
  private static final double[] ZERO = {1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
  /** 0 for a month count of 0, else 1 (indexed by months 0-15). */
  private static final int[] NON_ZERO = {0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};

  /**
   * Adds a block without per-row reporting; returns false, adding nothing, if any row may be bad.
   */
  private boolean addFast(BeneficiaryYearColumns columns, int from, int to) {
    byte[] m0 = columns.monthsColumn(0);
    byte[] m1 = columns.monthsColumn(1);
    byte[] m2 = columns.monthsColumn(2);
    byte[] m3 = columns.monthsColumn(3);
    double[] risk = columns.riskColumn();
    int bits = 0;
    int nonPositiveRisk = 0;
    double riskCheck = 0;
    for (int i = from; i < to; i++) {
      int a = m0[i];
      int b = m1[i];
      int c = m2[i];
      int d = m3[i];
      int total = a + b + c + d;
      bits |= (a | b | c | d) & 0xF0 | (12 - total) & 0x80000000;
      double r = risk[i];
      riskCheck += r - r;
      nonPositiveRisk += total > 0 && !(r > 0) ? 1 : 0;
    }
    if (bits != 0 || nonPositiveRisk != 0 || riskCheck != 0) {
      return false;
    }
    long[] counts = new long[4];
    long[] monthSums = new long[4];
    double[] sums = new double[4];
    double[] riskSums = new double[4];
    for (int t = 0; t < 4; t++) {
      byte[] m = columns.monthsColumn(t);
      double[] e = columns.expenditureColumn(t);
      double[] l = limits[t];
      long n = 0;
      long ms = 0;
      double x = 0;
      double rs = 0;
      double suspect = 0;
      for (int i = from; i < to; i++) {
        int mm = m[i] & 15;
        double ee = e[i];
        double lim = l[mm];
        double cc = ee > lim ? lim : ee;
        x += cc < -lim ? -lim : cc;
        ms += mm;
        rs += mm * risk[i];
        n += NON_ZERO[mm];
        // Spending with no months (ZERO[m] is 1 for m = 0), or an infinite or NaN amount
        // (x - x is then NaN), makes the suspect sum non-zero.
        suspect += Math.abs(ee) * ZERO[mm] + (ee - ee);
      }
      if (suspect != 0 || !Double.isFinite(x + rs)) {
        return false;
      }
      counts[t] = n;
      monthSums[t] = ms;
      sums[t] = x;
      riskSums[t] = rs;
    }
    for (int t = 0; t < 4; t++) {
      add(t, counts[t], monthSums[t], sums[t], riskSums[t]);
    }
    rows += to - from;
    return true;
  }

  private void add(int type, long count, long monthSum, double expenditure, double riskMonths) {
    beneficiaries[type] += count;
    months[type] += monthSum;
    expenditures[type] += expenditure;
    riskWeighted[type] += riskMonths;
  }

  /** Adds a block row by row, reporting bad rows. */
  private void addChecked(BeneficiaryYearColumns columns, int from, int to, String source,
      Consumer<RowFailure> failures) {
    for (int i = from; i < to; i++) {
      String problem = problem(columns, i);
      if (problem != null) {
        badRows++;
        failures.accept(RowFailure.of(source, i + 1, problem));
        continue;
      }
      rows++;
      double r = columns.riskScore(i);
      for (int t = 0; t < 4; t++) {
        int m = columns.monthsColumn(t)[i];
        if (m != 0) {
          double lim = limits[t][m];
          add(t, 1, m, Math.max(-lim, Math.min(lim, columns.expenditureColumn(t)[i])), m * r);
        }
      }
    }
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
      months[t] += other.months[t];
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
    double[] personYears = new double[4];
    double[] perCapita = new double[4];
    double[] risk = new double[4];
    double total = 0;
    for (int t = 0; t < 4; t++) {
      personYears[t] = months[t] / 12.0;
      total += personYears[t];
      perCapita[t] = months[t] > 0 ? expenditures[t] / personYears[t] * completionFactor : 0;
      risk[t] = months[t] > 0 ? riskWeighted[t] / months[t] : 0;
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
