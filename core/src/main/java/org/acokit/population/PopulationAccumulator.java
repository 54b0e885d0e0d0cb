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
  /** The exponent bits of a double. */
  private static final long EXPONENT = 0x7FF0000000000000L;
  /** The lowest exponent bit: added to the exponent bits it carries into the sign bit only for NaN and infinities. */
  private static final long EXPONENT_ONE = 0x0010000000000000L;
  /** The bits of the largest finite double less one: risk bits - 1 above it are not finite. */
  private static final long MAX_FINITE_LESS_ONE = 0x7FEFFFFFFFFFFFFEL;
  /** Month counts 0-15 as doubles, a load instead of a conversion in the loop. */
  private static final double[] MONTHS = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15};

  /**
   * Adds a block without per-row reporting; returns false, adding nothing, if any row may be bad.
   * <p>
   * One pass over the nine columns, all four types at once, with eight independent floating-point
   * sums (so no sum waits on another) and the validation in integer bit operations on the same
   * values: months outside 0-12 or adding up to more than 12, a NaN or infinite amount, spending
   * without months, a risk score that is not a finite number above 0 for a row with months. A
   * block with any such row is redone by {@link #addChecked}, which reports the bad rows.
   */
  private boolean addFast(BeneficiaryYearColumns columns, int from, int to) {
    byte[] m0 = columns.monthsColumn(0);
    byte[] m1 = columns.monthsColumn(1);
    byte[] m2 = columns.monthsColumn(2);
    byte[] m3 = columns.monthsColumn(3);
    double[] e0 = columns.expenditureColumn(0);
    double[] e1 = columns.expenditureColumn(1);
    double[] e2 = columns.expenditureColumn(2);
    double[] e3 = columns.expenditureColumn(3);
    double[] risk = columns.riskColumn();
    double[] l0 = limits[0];
    double[] l1 = limits[1];
    double[] l2 = limits[2];
    double[] l3 = limits[3];
    double[] w = MONTHS;
    int monthBits = 0;
    long signBits = 0;
    long spendWithoutMonths = 0;
    int n0 = 0;
    int n1 = 0;
    int n2 = 0;
    int n3 = 0;
    int s0 = 0;
    int s1 = 0;
    int s2 = 0;
    int s3 = 0;
    double x0 = 0;
    double x1 = 0;
    double x2 = 0;
    double x3 = 0;
    double r0 = 0;
    double r1 = 0;
    double r2 = 0;
    double r3 = 0;
    for (int i = from; i < to; i++) {
      int a = m0[i];
      int b = m1[i];
      int c = m2[i];
      int d = m3[i];
      int total = a + b + c + d;
      monthBits |= (a | b | c | d) & 0xF0 | (12 - total);
      double ea = e0[i];
      double eb = e1[i];
      double ec = e2[i];
      double ed = e3[i];
      double r = risk[i];
      long ba = Double.doubleToRawLongBits(ea);
      long bb = Double.doubleToRawLongBits(eb);
      long bc = Double.doubleToRawLongBits(ec);
      long bd = Double.doubleToRawLongBits(ed);
      long br = Double.doubleToRawLongBits(r) - 1;
      // Sign bit set for a NaN or infinite amount, or a bad risk score of a row with months.
      signBits |= ((ba & EXPONENT) + EXPONENT_ONE) | ((bb & EXPONENT) + EXPONENT_ONE)
          | ((bc & EXPONENT) + EXPONENT_ONE) | ((bd & EXPONENT) + EXPONENT_ONE)
          | ((br | (MAX_FINITE_LESS_ONE - br)) & ((long) -total >> 63));
      // Non-zero for a non-zero amount (ignoring the sign) in a type with no months.
      spendWithoutMonths |= (ba << 1) & ((a - 1L) >> 63) | (bb << 1) & ((b - 1L) >> 63)
          | (bc << 1) & ((c - 1L) >> 63) | (bd << 1) & ((d - 1L) >> 63);
      a &= 15;
      b &= 15;
      c &= 15;
      d &= 15;
      double la = l0[a];
      double lb = l1[b];
      double lc = l2[c];
      double ld = l3[d];
      double ca = ea > la ? la : ea;
      double cb = eb > lb ? lb : eb;
      double cc = ec > lc ? lc : ec;
      double cd = ed > ld ? ld : ed;
      x0 += ca < -la ? -la : ca;
      x1 += cb < -lb ? -lb : cb;
      x2 += cc < -lc ? -lc : cc;
      x3 += cd < -ld ? -ld : cd;
      r0 += w[a] * r;
      r1 += w[b] * r;
      r2 += w[c] * r;
      r3 += w[d] * r;
      s0 += a;
      s1 += b;
      s2 += c;
      s3 += d;
      n0 += -a >>> 31;
      n1 += -b >>> 31;
      n2 += -c >>> 31;
      n3 += -d >>> 31;
    }
    // A NaN or infinite risk score of a row without months (valid, but 0 x NaN is NaN) also
    // sends the block to the checked path.
    if ((monthBits & 0x800000F0) != 0 || signBits < 0 || spendWithoutMonths != 0
        || !Double.isFinite(x0 + x1 + x2 + x3 + r0 + r1 + r2 + r3)) {
      return false;
    }
    add(0, n0, s0, x0, r0);
    add(1, n1, s1, x1, r1);
    add(2, n2, s2, x2, r2);
    add(3, n3, s3, x3, r3);
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
