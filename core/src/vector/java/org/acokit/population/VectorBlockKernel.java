/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.population;

import jdk.incubator.vector.ByteVector;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The block pass with the JDK's Vector API ({@code jdk.incubator.vector}), eight rows at a time in
 * 512-bit vectors: one lane per row, so the lane sums are those of {@link ScalarBlockKernel}, bit
 * for bit. Loaded only when the JVM runs with {@code --add-modules jdk.incubator.vector} (see
 * {@link BlockKernels}); on hardware without 512-bit vectors the API falls back to plain Java,
 * which is correct but slow, so {@link BlockKernels} then takes the scalar kernel.
 * <p>
 * Per eight rows: the month bytes widened to doubles, the limits as months x threshold / 12, one
 * comparison |amount| &gt; limit per type giving a mask; only when a mask has a lane set (an amount
 * to truncate, about one group in 25 for the commonest type) are the amounts clamped to
 * [-limit, limit] and the suspect lanes looked for. Rows after the last full group of eight are
 * added by the scalar kernel.
 */
final class VectorBlockKernel implements BlockKernel {

  private static final VectorSpecies<Double> DOUBLES = DoubleVector.SPECIES_512;
  private static final VectorSpecies<Byte> BYTES = ByteVector.SPECIES_64;

  /**
   * Whether the hardware runs 512-bit double vectors natively (the preferred species is that wide).
   *
   * @return true on AVX-512 and other 512-bit vector hardware
   */
  static boolean nativeWidth() {
    return DoubleVector.SPECIES_PREFERRED.vectorBitSize() >= DOUBLES.vectorBitSize();
  }

  @Override
  public boolean sum(BeneficiaryYearColumns columns, int from, int to, double[] perMonthLimit, double[][] limits,
      double[] lanes) {
    byte[] m0 = columns.monthsColumn(0);
    byte[] m1 = columns.monthsColumn(1);
    byte[] m2 = columns.monthsColumn(2);
    byte[] m3 = columns.monthsColumn(3);
    double[] e0 = columns.expenditureColumn(0);
    double[] e1 = columns.expenditureColumn(1);
    double[] e2 = columns.expenditureColumn(2);
    double[] e3 = columns.expenditureColumn(3);
    double[] risk = columns.riskColumn();
    double q0 = perMonthLimit[0];
    double q1 = perMonthLimit[1];
    double q2 = perMonthLimit[2];
    double q3 = perMonthLimit[3];
    DoubleVector x0 = DoubleVector.zero(DOUBLES);
    DoubleVector x1 = x0;
    DoubleVector x2 = x0;
    DoubleVector x3 = x0;
    DoubleVector r0 = x0;
    DoubleVector r1 = x0;
    DoubleVector r2 = x0;
    DoubleVector r3 = x0;
    VectorMask<Double> riskPositive = DOUBLES.maskAll(true);
    boolean suspect = false;
    int k = from;
    for (; k + LANES <= to; k += LANES) {
      DoubleVector r = DoubleVector.fromArray(DOUBLES, risk, k);
      riskPositive = riskPositive.and(r.compare(VectorOperators.GT, 0));
      DoubleVector a = months(m0, k);
      DoubleVector b = months(m1, k);
      DoubleVector c = months(m2, k);
      DoubleVector d = months(m3, k);
      DoubleVector f0 = DoubleVector.fromArray(DOUBLES, e0, k);
      DoubleVector f1 = DoubleVector.fromArray(DOUBLES, e1, k);
      DoubleVector f2 = DoubleVector.fromArray(DOUBLES, e2, k);
      DoubleVector f3 = DoubleVector.fromArray(DOUBLES, e3, k);
      DoubleVector g0 = a.mul(q0);
      DoubleVector g1 = b.mul(q1);
      DoubleVector g2 = c.mul(q2);
      DoubleVector g3 = d.mul(q3);
      VectorMask<Double> o0 = f0.abs().compare(VectorOperators.GT, g0);
      VectorMask<Double> o1 = f1.abs().compare(VectorOperators.GT, g1);
      VectorMask<Double> o2 = f2.abs().compare(VectorOperators.GT, g2);
      VectorMask<Double> o3 = f3.abs().compare(VectorOperators.GT, g3);
      if (o0.or(o1).or(o2).or(o3).anyTrue()) {
        suspect |= suspect(o0, a, f0) | suspect(o1, b, f1) | suspect(o2, c, f2) | suspect(o3, d, f3);
        f0 = f0.max(g0.neg()).min(g0);
        f1 = f1.max(g1.neg()).min(g1);
        f2 = f2.max(g2.neg()).min(g2);
        f3 = f3.max(g3.neg()).min(g3);
      }
      x0 = x0.add(f0);
      x1 = x1.add(f1);
      x2 = x2.add(f2);
      x3 = x3.add(f3);
      r0 = r0.add(a.mul(r));
      r1 = r1.add(b.mul(r));
      r2 = r2.add(c.mul(r));
      r3 = r3.add(d.mul(r));
    }
    x0.intoArray(lanes, 0);
    x1.intoArray(lanes, LANES);
    x2.intoArray(lanes, 2 * LANES);
    x3.intoArray(lanes, 3 * LANES);
    r0.intoArray(lanes, 4 * LANES);
    r1.intoArray(lanes, 5 * LANES);
    r2.intoArray(lanes, 6 * LANES);
    r3.intoArray(lanes, 7 * LANES);
    // k - from is a multiple of 8: the rows left start again at lane 0.
    boolean tailGood = ScalarBlockKernel.addRows(columns, k, to, limits, lanes);
    return tailGood && !suspect && riskPositive.allTrue();
  }

  private static DoubleVector months(byte[] column, int k) {
    return (DoubleVector) ByteVector.fromArray(BYTES, column, k).convertShape(VectorOperators.B2D, DOUBLES, 0);
  }

  /** Lanes over their limit with no months or an infinite amount. */
  private static boolean suspect(VectorMask<Double> over, DoubleVector months, DoubleVector amounts) {
    // abs() == infinity rather than test(IS_INFINITE), which JDK 17 does not compile to vector code.
    return over.and(months.compare(VectorOperators.EQ, 0)
        .or(amounts.abs().compare(VectorOperators.EQ, Double.POSITIVE_INFINITY))).anyTrue();
  }
}
