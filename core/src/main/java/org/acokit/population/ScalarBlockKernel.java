/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.population;

import java.util.Arrays;

/**
 * The block pass in plain Java: for every JVM. Within sub-blocks of 256 rows (11 KB of columns,
 * which stay in the first-level cache) it runs lane by lane over every eighth row, with the eight
 * sums of the lane in registers; one comparison per amount, |amount| &gt; limit, finds the amounts
 * that are not simply added, which are rare (truncated ones, and suspect ones).
 */
final class ScalarBlockKernel implements BlockKernel {

  /** The one instance: stateless. */
  static final ScalarBlockKernel INSTANCE = new ScalarBlockKernel();

  /** Rows per sub-block. */
  private static final int SUB_BLOCK = 256;

  /** The month count as a double (indexed by months 0-15): a load instead of a conversion. */
  private static final double[] MONTHS = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15};

  private ScalarBlockKernel() {
  }

  @Override
  public boolean sum(BeneficiaryYearColumns columns, int from, int to, double[] perMonthLimit, double[][] limits,
      double[] lanes) {
    Arrays.fill(lanes, 0, 8 * LANES, 0.0);
    return addRows(columns, from, to, limits, lanes);
  }

  /**
   * Adds rows [from, to) to the lane sums already in {@code lanes}, row {@code from + k} to lane
   * {@code k % 8}.
   *
   * @param columns the columns
   * @param from the first row, inclusive
   * @param to the last row, exclusive
   * @param limits per type and month count m in 0-15, the truncation limit
   * @param lanes the 64 lane sums, added to
   * @return false if a row may be bad, as {@link BlockKernel#sum}
   */
  static boolean addRows(BeneficiaryYearColumns columns, int from, int to, double[][] limits, double[] lanes) {
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
    boolean suspect = false;
    boolean riskPositive = true;
    for (int sub = from; sub < to; sub += SUB_BLOCK) {
      int subEnd = Math.min(to, sub + SUB_BLOCK);
      for (int lane = 0; lane < LANES; lane++) {
        double x0 = lanes[lane];
        double x1 = lanes[LANES + lane];
        double x2 = lanes[2 * LANES + lane];
        double x3 = lanes[3 * LANES + lane];
        double r0 = lanes[4 * LANES + lane];
        double r1 = lanes[5 * LANES + lane];
        double r2 = lanes[6 * LANES + lane];
        double r3 = lanes[7 * LANES + lane];
        // sub - from is a multiple of 8, so row k is in lane (k - from) % 8.
        for (int k = sub + lane; k < subEnd; k += LANES) {
          int a = m0[k] & 15;
          int b = m1[k] & 15;
          int c = m2[k] & 15;
          int d = m3[k] & 15;
          double r = risk[k];
          riskPositive &= r > 0;
          double f0 = e0[k];
          double f1 = e1[k];
          double f2 = e2[k];
          double f3 = e3[k];
          double g0 = l0[a];
          double g1 = l1[b];
          double g2 = l2[c];
          double g3 = l3[d];
          // Rarely taken: truncated amounts (about 1 in 200 here), and suspect ones.
          if (Math.abs(f0) > g0) {
            suspect |= a == 0 | f0 - f0 != 0;
            f0 = Math.copySign(g0, f0);
          }
          if (Math.abs(f1) > g1) {
            suspect |= b == 0 | f1 - f1 != 0;
            f1 = Math.copySign(g1, f1);
          }
          if (Math.abs(f2) > g2) {
            suspect |= c == 0 | f2 - f2 != 0;
            f2 = Math.copySign(g2, f2);
          }
          if (Math.abs(f3) > g3) {
            suspect |= d == 0 | f3 - f3 != 0;
            f3 = Math.copySign(g3, f3);
          }
          x0 += f0;
          x1 += f1;
          x2 += f2;
          x3 += f3;
          r0 += MONTHS[a] * r;
          r1 += MONTHS[b] * r;
          r2 += MONTHS[c] * r;
          r3 += MONTHS[d] * r;
        }
        lanes[lane] = x0;
        lanes[LANES + lane] = x1;
        lanes[2 * LANES + lane] = x2;
        lanes[3 * LANES + lane] = x3;
        lanes[4 * LANES + lane] = r0;
        lanes[5 * LANES + lane] = r1;
        lanes[6 * LANES + lane] = r2;
        lanes[7 * LANES + lane] = r3;
      }
    }
    return !suspect && riskPositive;
  }
}
