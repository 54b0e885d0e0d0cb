/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.population;

/**
 * The amounts-and-risk pass of {@link PopulationAccumulator} over one block of rows whose month
 * counts are already validated (each 0-12, at most 12 a row).
 * <p>
 * The sum order is part of the contract, so that every kernel gives the same sums, bit for bit:
 * row {@code from + k} belongs to lane {@code k % 8}, and each of the eight sums (truncated amounts
 * of types 0-3, then months x risk score of types 0-3) is kept as eight lane sums, each adding its
 * rows in row order starting from 0.0. For each type with m eligible months (0-12) the amount is
 * limited to [-L, L] with L = m x perMonthLimit[type] (m = 0 gives L = 0), and m x risk is added
 * (m as a double).
 */
interface BlockKernel {

  /** Lanes per sum; rows are dealt to lanes in turn. */
  int LANES = 8;

  /**
   * Sums a block into {@code lanes} (overwritten): {@code lanes[s * 8 + lane]} for sum s.
   *
   * @param columns the columns
   * @param from the first row, inclusive
   * @param to the last row, exclusive
   * @param perMonthLimit per type, the truncation threshold / 12 (finite, greater than 0)
   * @param limits per type and month count m in 0-15, m x perMonthLimit[type]
   * @param lanes 64 doubles, overwritten
   * @return false if a row of the block may be bad: an amount above its limit in a type without
   *     months, an infinite amount, or a risk score that is not greater than 0 (also for rows
   *     without months). A NaN amount or an infinite risk score is not reported here: it makes a
   *     sum NaN or infinite, which the caller checks.
   */
  boolean sum(BeneficiaryYearColumns columns, int from, int to, double[] perMonthLimit, double[][] limits,
      double[] lanes);
}
