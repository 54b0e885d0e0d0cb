/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.concurrent.ForkJoinPool;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.acokit.io.Failure;
import org.acokit.io.FailureCode;

/**
 * The optimistic block loop of {@link PopulationAccumulator} against a naive row-by-row reference
 * written from the CMS formulas (annualize by dividing by months / 12, truncate to [-T, T], weight
 * by person-years), on synthetic rows with bad values planted at random: the same rows are
 * rejected, exactly, and the sums agree to a relative 1e-9 (the fast loop limits the amount to
 * T x months / 12 instead of dividing and multiplying back, so the last bits may differ).
 */
class PopulationAccumulatorPropertiesTest {

  private static final double[] T = {400000, 150000, 200000, 120000};
  private static final ExpenditureThresholds THRESHOLDS =
      ExpenditureThresholds.of(EnrollmentVector.of(T[0], T[1], T[2], T[3]));

  @Property(tries = 150)
  void blockLoopMatchesTheNaiveReference(@ForAll long seed, @ForAll @IntRange(min = 1, max = 12000) int rows,
      @ForAll @IntRange(min = 0, max = 12) int plants) {
    BeneficiaryYearColumns columns = plantedColumns(seed, rows, plants);
    // The reference reads the same arrays, plainly.
    byte[][] months = {columns.monthsColumn(0), columns.monthsColumn(1), columns.monthsColumn(2),
        columns.monthsColumn(3)};
    double[][] spend = {columns.expenditureColumn(0), columns.expenditureColumn(1), columns.expenditureColumn(2),
        columns.expenditureColumn(3)};
    double[] risk = columns.riskColumn();

    List<Failure> failures = new ArrayList<>();
    PopulationAccumulator acc = new PopulationAccumulator(THRESHOLDS).add(columns, 0, rows, "t", failures::add);
    PopulationSummary fast = acc.toSummary(1.0);

    TreeSet<Integer> expectedBad = new TreeSet<>();
    long[] count = new long[4];
    double[] personYears = new double[4];
    double[] weighted = new double[4];
    double[] riskWeighted = new double[4];
    for (int i = 0; i < rows; i++) {
      if (bad(months, spend, risk, i)) {
        expectedBad.add(i + 1);
        continue;
      }
      for (int t = 0; t < 4; t++) {
        int m = months[t][i];
        if (m > 0) {
          double w = m / 12.0;
          double annualized = spend[t][i] / w;
          count[t]++;
          personYears[t] += w;
          weighted[t] += w * Math.max(-T[t], Math.min(T[t], annualized));
          riskWeighted[t] += w * risk[i];
        }
      }
    }
    assertThat(failures).extracting(f -> f.row().getAsInt()).containsExactlyElementsOf(expectedBad);
    assertThat(failures).allSatisfy(f -> {
      assertThat(f.source()).hasValue("t");
      assertThat(f.code()).isIn(FailureCode.INVALID_VALUE, FailureCode.NOT_FINITE, FailureCode.INCONSISTENT);
      assertThat(f.path()).matches("months(\\[[A-Z_]+\\])?|expenditure\\[[A-Z_]+\\]|riskScore");
      assertThat(f.value()).isPresent();
    });
    assertThat(acc.badRows()).isEqualTo(expectedBad.size());
    assertThat(fast.rows()).isEqualTo(rows - expectedBad.size());
    for (EnrollmentType type : EnrollmentType.values()) {
      int t = type.ordinal();
      assertThat(fast.beneficiaries().get(type)).isEqualTo(count[t]);
      assertThat(fast.personYears().get(type)).isCloseTo(personYears[t], within(1e-9 * Math.max(1, personYears[t])));
      double perCapita = personYears[t] > 0 ? weighted[t] / personYears[t] : 0;
      assertThat(fast.perCapitaExpenditures().get(type)).isCloseTo(perCapita, within(1e-9 * Math.max(1, Math.abs(perCapita))));
      double riskScore = personYears[t] > 0 ? riskWeighted[t] / personYears[t] : 0;
      assertThat(fast.riskScores().get(type)).isCloseTo(riskScore, within(1e-9));
    }
    // The parallel aggregation finds the same bad rows, in row order.
    PopulationAggregate parallel = PopulationAggregation.aggregateParallel(columns, THRESHOLDS, 1.0,
        ForkJoinPool.commonPool());
    assertThat(parallel.failures()).extracting(f -> f.row().getAsInt()).containsExactlyElementsOf(expectedBad);
  }

  /**
   * The Vector API kernel and the scalar kernel give the same sums, bit for bit, and the same bad
   * rows, also for ranges that do not start or end on a multiple of eight rows.
   */
  @Property(tries = 150)
  void vectorAndScalarKernelsAgreeBitForBit(@ForAll long seed, @ForAll @IntRange(min = 1, max = 12000) int rows,
      @ForAll @IntRange(min = 0, max = 12) int plants, @ForAll @IntRange(min = 0, max = 11) int skip,
      @ForAll boolean truncate) {
    BeneficiaryYearColumns columns = plantedColumns(seed, rows, plants);
    int from = Math.min(skip, rows);
    ExpenditureThresholds thresholds = truncate ? THRESHOLDS : ExpenditureThresholds.none();
    List<Failure> scalarFailures = new ArrayList<>();
    List<Failure> vectorFailures = new ArrayList<>();
    PopulationAccumulator scalar = new PopulationAccumulator(thresholds, ScalarBlockKernel.INSTANCE)
        .add(columns, from, rows, "t", scalarFailures::add);
    PopulationAccumulator vector = new PopulationAccumulator(thresholds, BlockKernels.vector())
        .add(columns, from, rows, "t", vectorFailures::add);
    assertThat(vectorFailures).isEqualTo(scalarFailures);
    PopulationSummary s = scalar.toSummary(1.0);
    PopulationSummary v = vector.toSummary(1.0);
    for (EnrollmentType type : EnrollmentType.values()) {
      assertThat(Double.doubleToRawLongBits(v.perCapitaExpenditures().get(type)))
          .as("per capita %s", type).isEqualTo(Double.doubleToRawLongBits(s.perCapitaExpenditures().get(type)));
      assertThat(Double.doubleToRawLongBits(v.riskScores().get(type)))
          .as("risk score %s", type).isEqualTo(Double.doubleToRawLongBits(s.riskScores().get(type)));
    }
    assertThat(v).isEqualTo(s);
  }

  @Example
  void theVectorKernelIsChosenWhereTheHardwareRunsIt() {
    // The build runs the tests with add-modules jdk.incubator.vector.
    assertThat(ModuleLayer.boot().findModule(BlockKernels.VECTOR_MODULE)).isPresent();
    assertThat(BlockKernels.best()).isInstanceOf(BlockKernels.nativeWidth() ? VectorBlockKernel.class
        : ScalarBlockKernel.class);
    assertThat(PopulationAggregation.vectorized()).isEqualTo(BlockKernels.nativeWidth());
  }

  /** Synthetic rows with bad (and valid but unusual) values planted at random. */
  private static BeneficiaryYearColumns plantedColumns(long seed, int rows, int plants) {
    BeneficiaryYearColumns clean = SyntheticPopulation.generate(seed, rows);
    byte[][] months = new byte[4][];
    double[][] spend = new double[4][];
    for (int t = 0; t < 4; t++) {
      months[t] = new byte[rows];
      spend[t] = new double[rows];
      for (int i = 0; i < rows; i++) {
        months[t][i] = (byte) clean.months(EnrollmentType.values()[t], i);
        spend[t][i] = clean.expenditure(EnrollmentType.values()[t], i);
      }
    }
    double[] risk = new double[rows];
    for (int i = 0; i < rows; i++) {
      risk[i] = clean.riskScore(i);
    }
    SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
    for (int k = 0; k < plants; k++) {
      plant(random, random.nextInt(rows), months, spend, risk);
    }
    return BeneficiaryYearColumns.of(months, spend, risk, null);
  }

  /** Plants one of the kinds of value the loop must tell apart, bad or valid but unusual. */
  private static void plant(SplittableRandom random, int i, byte[][] months, double[][] spend, double[] risk) {
    int t = random.nextInt(4);
    switch (random.nextInt(14)) {
      case 0 -> months[t][i] = 13;
      case 1 -> months[t][i] = (byte) -1;
      case 2 -> months[t][i] = (byte) (100 + random.nextInt(28));
      case 3 -> {
        // Months adding up to 13 over two types.
        months[0][i] = 6;
        months[1][i] = 7;
      }
      case 4 -> spend[t][i] = Double.NaN;
      case 5 -> spend[t][i] = random.nextBoolean() ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
      case 6 -> {
        // Spending in a type without months.
        months[t][i] = 0;
        spend[t][i] = random.nextBoolean() ? 12.5 : -Double.MIN_VALUE;
      }
      case 7 -> risk[i] = random.nextBoolean() ? 0.0 : -0.0;
      case 8 -> risk[i] = -random.nextDouble() - 1e-9;
      case 9 -> risk[i] = random.nextBoolean() ? Double.NaN : Double.POSITIVE_INFINITY;
      case 10 -> {
        // Valid: a NaN risk score on a row without months.
        for (int u = 0; u < 4; u++) {
          months[u][i] = 0;
          spend[u][i] = 0;
        }
        risk[i] = Double.NaN;
      }
      case 11 -> {
        // Valid: negative spending (truncated at the negative threshold).
        months[t][i] = 1;
        spend[t][i] = -random.nextDouble() * 100000;
      }
      case 12 -> {
        // Valid: a tiny positive risk score and -0.0 spending without months.
        risk[i] = Double.MIN_VALUE;
        if (months[t][i] == 0) {
          spend[t][i] = -0.0;
        }
      }
      default -> {
        // Valid: far above the threshold, with 12 months.
        for (int u = 0; u < 4; u++) {
          months[u][i] = 0;
          spend[u][i] = 0;
        }
        months[t][i] = 12;
        spend[t][i] = 1e12;
        risk[i] = 1;
      }
    }
  }

  /** The rules, written plainly: months 0-12 adding up to at most 12, finite amounts, no amount without months, risk above 0 and finite where there are months. */
  private static boolean bad(byte[][] months, double[][] spend, double[] risk, int i) {
    int total = 0;
    for (int t = 0; t < 4; t++) {
      int m = months[t][i];
      if (m < 0 || m > 12 || !Double.isFinite(spend[t][i]) || (m == 0 && spend[t][i] != 0)) {
        return true;
      }
      total += m;
    }
    return total > 12 || (total > 0 && !(risk[i] > 0 && risk[i] < Double.POSITIVE_INFINITY));
  }
}
