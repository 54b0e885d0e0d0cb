/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.population;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.function.Consumer;

import org.acokit.io.Failure;
import org.acokit.io.FailureCode;

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
  private final BlockKernel kernel;
  /** Per type, the truncation limit per eligible month: T / 12 (at most Double.MAX_VALUE). */
  private final double[] perMonthLimit = new double[4];
  /** Per type and month count m (0-15), the truncation limit of the summed amount: m x (T / 12). */
  private final double[][] limits = new double[4][16];
  /** The lane sums of the block being added (see {@link BlockKernel}). */
  private final double[] lanes = new double[8 * BlockKernel.LANES];
  /** The block's eight sums, combined from the lanes. */
  private final double[] blockSums = new double[8];
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
    this(thresholds, BlockKernels.best());
  }

  /**
   * Creates an empty accumulator with the given block kernel (tests compare the kernels).
   *
   * @param thresholds the truncation thresholds
   * @param kernel the block kernel
   */
  PopulationAccumulator(ExpenditureThresholds thresholds, BlockKernel kernel) {
    this.thresholds = thresholds;
    this.kernel = kernel;
    for (EnrollmentType t : EnrollmentType.values()) {
      // Infinite thresholds (none) become the largest double, so that 0 months give a limit of
      // 0, not infinity x 0; 1 month then gives Double.MAX_VALUE and more months infinity.
      double q = Math.min(thresholds.threshold(t) / 12.0, Double.MAX_VALUE);
      perMonthLimit[t.ordinal()] = q;
      for (int m = 0; m < 16; m++) {
        limits[t.ordinal()][m] = m * q;
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
   * w x truncated(a) as the expenditure limited to [-L, L] with L = m x (T / 12), which needs no
   * division, and sums months as integers. It first runs without recording anything per row; only
   * a block with a suspect row is run again row by row to report the bad rows.
   * <p>
   * The sum order is fixed: blocks of 4,096 rows from {@code from}; within a block, row k goes to
   * lane k mod 8, each lane adds its rows in order, and the block adds lane 0 + ... + lane 7 to
   * the totals. The sums of a given sequence of calls are therefore the same, bit for bit, with or
   * without the Vector API, and a bad row changes them as a row of zeros would.
   *
   * @param columns the columns
   * @param from the first row, inclusive
   * @param to the last row, exclusive
   * @param source the name used in failures, such as a file name
   * @param failures receives one failure per bad row, with its 1-based row number
   * @return this accumulator
   */
  public PopulationAccumulator add(BeneficiaryYearColumns columns, int from, int to, String source,
      Consumer<Failure> failures) {
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
  /** Eight month bytes at a time, as a long (the JIT makes this one plain load). */
  private static final VarHandle EIGHT_BYTES = MethodHandles.byteArrayViewVarHandle(long[].class,
      ByteOrder.LITTLE_ENDIAN);
  /** The high nibble of each of eight bytes: set for a byte outside 0-15. */
  private static final long HIGH_NIBBLES = 0xF0F0F0F0F0F0F0F0L;
  /** The top bit of each of eight bytes. */
  private static final long TOP_BITS = 0x8080808080808080L;
  /** Added to bytes of 0-60, sets the top bit of those above 12 (0x73 + 13 = 0x80). */
  private static final long ABOVE_TWELVE = 0x7373737373737373L;
  /** Added to bytes of 0-15, sets the top bit of those above 0. */
  private static final long ABOVE_ZERO = 0x7F7F7F7F7F7F7F7FL;
  /** Multiplied by eight bytes whose sum is below 256, puts that sum in the top byte. */
  private static final long BYTE_SUM = 0x0101010101010101L;

  /**
   * Adds a block without per-row reporting; returns false, adding nothing, if any row may be bad.
   * <p>
   * Two passes over the block (4,096 rows, 180 KB of columns, which stay in the core's cache
   * between them). The first reads the month bytes eight rows at a time as one long (SWAR):
   * every byte within 0-15, each row's four types adding up to at most 12, the months and the
   * beneficiaries per type (a byte sum by one multiplication, a count of non-zero bytes by one
   * bit count). The second, the {@link BlockKernel} (eight rows at a time in 512-bit vectors
   * where the JVM has the Vector API, else plain Java), sums the amounts and the month-weighted
   * risk scores into eight lanes of rows: one comparison per amount, |amount| &gt; m x T / 12,
   * finds the amounts that are not simply added, which are rare: those truncated, added as the
   * limit with the amount's sign (what limiting to [-limit, limit] gives), and spending without
   * months (the limit is then 0) or an infinite amount, which make the block suspect. A NaN
   * amount makes a sum NaN. Every risk score must be greater than 0 (stricter than needed: a
   * block with a row without months and a risk score of 0 goes the row-by-row way, which accepts
   * the row). The lanes are combined in a fixed order, so the sums do not depend on the kernel.
   */
  private boolean addFast(BeneficiaryYearColumns columns, int from, int to) {
    byte[] m0 = columns.monthsColumn(0);
    byte[] m1 = columns.monthsColumn(1);
    byte[] m2 = columns.monthsColumn(2);
    byte[] m3 = columns.monthsColumn(3);
    long bad = 0;
    long n0 = 0;
    long n1 = 0;
    long n2 = 0;
    long n3 = 0;
    long s0 = 0;
    long s1 = 0;
    long s2 = 0;
    long s3 = 0;
    int i = from;
    for (; i + 8 <= to; i += 8) {
      long a = (long) EIGHT_BYTES.get(m0, i);
      long b = (long) EIGHT_BYTES.get(m1, i);
      long c = (long) EIGHT_BYTES.get(m2, i);
      long d = (long) EIGHT_BYTES.get(m3, i);
      bad |= (a | b | c | d) & HIGH_NIBBLES | (a + b + c + d + ABOVE_TWELVE) & TOP_BITS;
      s0 += (a * BYTE_SUM) >>> 56;
      s1 += (b * BYTE_SUM) >>> 56;
      s2 += (c * BYTE_SUM) >>> 56;
      s3 += (d * BYTE_SUM) >>> 56;
      n0 += Long.bitCount((a + ABOVE_ZERO) & TOP_BITS);
      n1 += Long.bitCount((b + ABOVE_ZERO) & TOP_BITS);
      n2 += Long.bitCount((c + ABOVE_ZERO) & TOP_BITS);
      n3 += Long.bitCount((d + ABOVE_ZERO) & TOP_BITS);
    }
    for (; i < to; i++) {
      int a = m0[i];
      int b = m1[i];
      int c = m2[i];
      int d = m3[i];
      bad |= (a | b | c | d) & 0xF0 | (12 - (a + b + c + d)) & 0x80000000L;
      s0 += a;
      s1 += b;
      s2 += c;
      s3 += d;
      n0 += a != 0 ? 1 : 0;
      n1 += b != 0 ? 1 : 0;
      n2 += c != 0 ? 1 : 0;
      n3 += d != 0 ? 1 : 0;
    }
    if (bad != 0) {
      return false;
    }
    if (!kernel.sum(columns, from, to, perMonthLimit, limits, lanes) || !addLanes(false)) {
      return false;
    }
    add(0, n0, s0);
    add(1, n1, s1);
    add(2, n2, s2);
    add(3, n3, s3);
    rows += to - from;
    return true;
  }

  /**
   * Adds the block's lane sums to the totals, each sum as lane 0 + lane 1 + ... + lane 7; returns
   * false, adding nothing, if a sum is not finite (a NaN or infinite amount or risk score).
   */
  private boolean addLanes(boolean evenIfNotFinite) {
    double[] sums = blockSums;
    double check = 0;
    for (int s = 0; s < 8; s++) {
      double sum = lanes[s * BlockKernel.LANES];
      for (int lane = 1; lane < BlockKernel.LANES; lane++) {
        sum += lanes[s * BlockKernel.LANES + lane];
      }
      sums[s] = sum;
      check += sum;
    }
    if (!evenIfNotFinite && !Double.isFinite(check)) {
      return false;
    }
    for (int t = 0; t < 4; t++) {
      expenditures[t] += sums[t];
      riskWeighted[t] += sums[4 + t];
    }
    return true;
  }

  private void add(int type, long count, long monthSum) {
    beneficiaries[type] += count;
    months[type] += monthSum;
  }

  /**
   * Adds a block row by row, reporting bad rows; the good rows go to the same lanes as in the
   * block kernels, so a bad row changes the sums as a row of zeros would.
   */
  private void addChecked(BeneficiaryYearColumns columns, int from, int to, String source,
      Consumer<Failure> failures) {
    Arrays.fill(lanes, 0.0);
    for (int i = from; i < to; i++) {
      Failure problem = problem(columns, i, source);
      if (problem != null) {
        badRows++;
        failures.accept(problem);
        continue;
      }
      rows++;
      int lane = (i - from) % BlockKernel.LANES;
      double r = columns.riskScore(i);
      for (int t = 0; t < 4; t++) {
        int m = columns.monthsColumn(t)[i];
        if (m != 0) {
          double lim = limits[t][m];
          add(t, 1, m);
          lanes[t * BlockKernel.LANES + lane] += Math.max(-lim, Math.min(lim, columns.expenditureColumn(t)[i]));
          lanes[(4 + t) * BlockKernel.LANES + lane] += m * r;
        }
      }
    }
    addLanes(true);
  }

  /**
   * What is wrong with a row (the first problem), or null if it is valid after all (e.g. no
   * months at all). Paths name the columns: {@code months[AGED_DUAL]},
   * {@code expenditure[AGED_DUAL]}, {@code months} (their total), {@code riskScore}.
   */
  private static Failure problem(BeneficiaryYearColumns columns, int row, String source) {
    int total = 0;
    for (EnrollmentType t : EnrollmentType.values()) {
      int m = columns.months(t, row);
      if (m < 0 || m > 12) {
        return Failure.ofRow(FailureCode.INVALID_VALUE, source, row + 1, "months[" + t.name() + "]",
            Integer.toString(m), "months " + t.label() + " must be between 0 and 12, but was " + m);
      }
      total += m;
      double e = columns.expenditure(t, row);
      if (!Double.isFinite(e)) {
        return Failure.ofRow(FailureCode.NOT_FINITE, source, row + 1, "expenditure[" + t.name() + "]",
            Double.toString(e), "expenditure " + t.label() + " must be a finite number, but was " + e);
      }
      if (m == 0 && e != 0) {
        return Failure.ofRow(FailureCode.INCONSISTENT, source, row + 1, "expenditure[" + t.name() + "]",
            Double.toString(e), "expenditure " + t.label() + " must be 0 with 0 eligible months, but was " + e);
      }
    }
    if (total > 12) {
      return Failure.ofRow(FailureCode.INCONSISTENT, source, row + 1, "months", Integer.toString(total),
          "months of the four enrollment types must add up to at most 12, but added up to " + total);
    }
    if (total == 0) {
      return null;
    }
    double r = columns.riskScore(row);
    if (!(r > 0) || Double.isInfinite(r)) {
      return Failure.ofRow(Double.isFinite(r) ? FailureCode.INVALID_VALUE : FailureCode.NOT_FINITE, source, row + 1,
          "riskScore", Double.toString(r),
          "risk score must be a finite number greater than 0 for a row with eligible months, but was " + r);
    }
    return null;
  }

  /**
   * Adds another partial of the same thresholds into this one.
   *
   * @param other the other partial
   * @return this accumulator
   * @throws IllegalArgumentException if the other partial truncates at other thresholds
   */
  public PopulationAccumulator merge(PopulationAccumulator other) {
    if (!Arrays.equals(perMonthLimit, other.perMonthLimit)) {
      throw new IllegalArgumentException("partials must have the same truncation thresholds to be merged, but had "
          + thresholds + " and " + other.thresholds);
    }
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
   * An accumulator holding the given partial sums, as read from another accumulator with
   * {@link #beneficiaries}, {@link #eligibleMonths}, {@link #truncatedExpenditures},
   * {@link #riskMonths}, {@link #rows()} and {@link #badRows()}: how a partial crosses a process
   * boundary (a Spark {@code Aggregator}'s buffer, a Beam coder) and is merged on the other side.
   * The result merges and summarizes exactly as the accumulator the sums were read from.
   *
   * @param thresholds the truncation thresholds the sums were added under
   * @param beneficiaries per enrollment type (CMS order), beneficiaries with eligible months
   * @param eligibleMonths per enrollment type, eligible months (person-years x 12)
   * @param truncatedExpenditures per enrollment type, the sum of person-year weighted truncated
   *     annualized expenditures, dollars
   * @param riskMonths per enrollment type, the sum of eligible months x risk score
   * @param rows the rows aggregated
   * @param badRows the rows left out as bad
   * @return the accumulator, ready to add rows to or merge
   * @throws IllegalArgumentException if an array does not have four values, a count is negative,
   *     a type has more beneficiaries than rows or more months than 12 per beneficiary, a sum is
   *     not finite, or a type has sums without months
   */
  public static PopulationAccumulator ofSums(ExpenditureThresholds thresholds, long[] beneficiaries,
      long[] eligibleMonths, double[] truncatedExpenditures, double[] riskMonths, long rows, long badRows) {
    java.util.Objects.requireNonNull(thresholds, "thresholds");
    four("beneficiaries", beneficiaries.length);
    four("eligibleMonths", eligibleMonths.length);
    four("truncatedExpenditures", truncatedExpenditures.length);
    four("riskMonths", riskMonths.length);
    if (rows < 0 || badRows < 0) {
      throw new IllegalArgumentException("rows and badRows must be 0 or more, but were " + rows + " and " + badRows);
    }
    PopulationAccumulator acc = new PopulationAccumulator(thresholds);
    for (EnrollmentType type : EnrollmentType.values()) {
      int t = type.ordinal();
      String label = type.name();
      if (beneficiaries[t] < 0 || beneficiaries[t] > rows) {
        throw new IllegalArgumentException("beneficiaries[" + label + "] must be between 0 and rows (" + rows
            + "), but was " + beneficiaries[t]);
      }
      if (eligibleMonths[t] < beneficiaries[t] || eligibleMonths[t] > 12 * beneficiaries[t]) {
        throw new IllegalArgumentException("eligibleMonths[" + label + "] must be between beneficiaries and 12 x"
            + " beneficiaries (" + beneficiaries[t] + " to " + 12 * beneficiaries[t] + "), but was " + eligibleMonths[t]);
      }
      if (!Double.isFinite(truncatedExpenditures[t]) || !Double.isFinite(riskMonths[t])) {
        throw new IllegalArgumentException("truncatedExpenditures[" + label + "] and riskMonths[" + label
            + "] must be finite, but were " + truncatedExpenditures[t] + " and " + riskMonths[t]);
      }
      if (eligibleMonths[t] == 0 && (truncatedExpenditures[t] != 0 || riskMonths[t] != 0)) {
        throw new IllegalArgumentException("truncatedExpenditures[" + label + "] and riskMonths[" + label
            + "] must be 0 without eligible months, but were " + truncatedExpenditures[t] + " and " + riskMonths[t]);
      }
      acc.beneficiaries[t] = beneficiaries[t];
      acc.months[t] = eligibleMonths[t];
      acc.expenditures[t] = truncatedExpenditures[t];
      acc.riskWeighted[t] = riskMonths[t];
    }
    acc.rows = rows;
    acc.badRows = badRows;
    return acc;
  }

  private static void four(String name, int length) {
    if (length != 4) {
      throw new IllegalArgumentException(name + " must have one value per enrollment type (4), but had " + length);
    }
  }

  /**
   * The beneficiaries with eligible months in a type so far.
   *
   * @param type the enrollment type
   * @return the count
   */
  public long beneficiaries(EnrollmentType type) {
    return beneficiaries[type.ordinal()];
  }

  /**
   * The eligible months in a type so far (person-years x 12, exact).
   *
   * @param type the enrollment type
   * @return months
   */
  public long eligibleMonths(EnrollmentType type) {
    return months[type.ordinal()];
  }

  /**
   * The sum of person-year weighted truncated annualized expenditures in a type so far: the sum
   * over rows of w x truncated(expenditure / w) with w = months / 12, before the completion factor.
   *
   * @param type the enrollment type
   * @return dollars
   */
  public double truncatedExpenditures(EnrollmentType type) {
    return expenditures[type.ordinal()];
  }

  /**
   * The sum of eligible months x risk score in a type so far.
   *
   * @param type the enrollment type
   * @return risk-score months
   */
  public double riskMonths(EnrollmentType type) {
    return riskWeighted[type.ordinal()];
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
   * @throws IllegalArgumentException if the completion factor is not between 1 and 2, or the rows'
   *     expenditures or risk scores are so large that their sums or the per capita amounts overflow
   */
  public PopulationSummary toSummary(double completionFactor) {
    org.acokit.internal.Checks.inRange("completionFactor", completionFactor, 1, 2);
    for (EnrollmentType type : EnrollmentType.values()) {
      int t = type.ordinal();
      org.acokit.internal.Checks.finiteResult("the sum of truncated expenditures of the " + type.label() + " rows",
          expenditures[t]);
      org.acokit.internal.Checks.finiteResult("the sum of risk score x eligible months of the " + type.label()
          + " rows", riskWeighted[t]);
    }
    double[] personYears = new double[4];
    double[] perCapita = new double[4];
    double[] risk = new double[4];
    double total = 0;
    for (int t = 0; t < 4; t++) {
      personYears[t] = months[t] / 12.0;
      total += personYears[t];
      perCapita[t] = months[t] > 0 ? expenditures[t] / personYears[t] * completionFactor : 0;
      risk[t] = months[t] > 0 ? riskWeighted[t] / months[t] : 0;
      org.acokit.internal.Checks.finiteResult("the per capita expenditures of the "
          + EnrollmentType.values()[t].label() + " rows (truncated expenditures / person-years x completionFactor)",
          perCapita[t]);
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
