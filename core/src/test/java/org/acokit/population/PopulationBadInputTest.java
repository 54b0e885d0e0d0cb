/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.population;

import static org.acokit.testing.Probe.handled;
import static org.acokit.testing.Probe.refused;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Bad-input probes of population aggregation (issue 17): bad rows are row failures and the good
 * rows are kept; sums that overflow are refused with a named error, never an infinite summary.
 */
class PopulationBadInputTest {

  static BeneficiaryYearColumns rows(double expenditure, double riskScore, int count) {
    byte[][] months = new byte[4][count];
    double[][] spending = new double[4][count];
    double[] risk = new double[count];
    for (int i = 0; i < count; i++) {
      months[3][i] = 12;
      spending[3][i] = i == 0 ? expenditure : 10_000;
      risk[i] = i == 0 ? riskScore : 1.0;
    }
    return BeneficiaryYearColumns.of(months, spending, risk, null);
  }

  static BeneficiaryYearColumns allRows(double expenditure, int count) {
    byte[][] months = new byte[4][count];
    double[][] spending = new double[4][count];
    double[] risk = new double[count];
    for (int i = 0; i < count; i++) {
      months[3][i] = 12;
      spending[3][i] = expenditure;
      risk[i] = 1.0;
    }
    return BeneficiaryYearColumns.of(months, spending, risk, null);
  }

  @TestFactory
  Stream<DynamicTest> probes() {
    return Stream.of(
        handled("a NaN expenditure is a row failure, the other rows kept",
            () -> PopulationAggregation.aggregate(rows(Double.NaN, 1, 100), ExpenditureThresholds.none(), 1),
            a -> {
              assertThat(a.failures()).hasSize(1);
              assertThat(a.summary().rows()).isEqualTo(99);
            }),
        handled("an infinite risk score is a row failure, the other rows kept",
            () -> PopulationAggregation.aggregate(rows(10_000, Double.POSITIVE_INFINITY, 100),
                ExpenditureThresholds.none(), 1),
            a -> assertThat(a.failures()).singleElement().satisfies(f -> assertThat(f.message()).contains("risk score"))),
        refused("expenditures summing past the largest double", "expenditures",
            () -> PopulationAggregation.aggregate(allRows(1e308, 100), ExpenditureThresholds.none(), 1)),
        refused("risk score x months past the largest double", "risk",
            () -> PopulationAggregation.aggregate(rows(10_000, 1e308, 100), ExpenditureThresholds.none(), 1)),
        refused("completionFactor NaN", "completionFactor",
            () -> PopulationAggregation.aggregate(rows(1, 1, 10), ExpenditureThresholds.none(), Double.NaN)),
        refused("completionFactor as percent", "completionFactor", "101.3",
            () -> PopulationAggregation.aggregate(rows(1, 1, 10), ExpenditureThresholds.none(), 101.3)),
        refused("threshold NaN", "ESRD value", "NaN",
            () -> ExpenditureThresholds.of(EnrollmentVector.of(Double.NaN, 1, 1, 1))),
        refused("threshold negative", "truncation threshold", () -> ExpenditureThresholds.of(EnrollmentVector.of(-1, 1, 1, 1))),
        refused("synthetic rows negative", "rows", "-5", () -> SyntheticPopulation.generate(1, -5)),
        refused("columns of different length", "expenditures", () -> BeneficiaryYearColumns.of(new byte[4][3],
            new double[][] {new double[3], new double[3], new double[2], new double[3]}, new double[3], null)),
        refused("null months column", "months", () -> BeneficiaryYearColumns.of(null, new double[4][1], new double[1], null)),
        refused("sums: expenditure NaN", "truncatedExpenditures", () -> PopulationAccumulator.ofSums(ExpenditureThresholds.none(),
            new long[] {0, 0, 0, 1}, new long[] {0, 0, 0, 12}, new double[] {0, 0, 0, Double.NaN}, new double[] {0, 0, 0, 12},
            1, 0)),
        refused("sums: more beneficiaries than rows", "beneficiaries", () -> PopulationAccumulator.ofSums(
            ExpenditureThresholds.none(), new long[] {0, 0, 0, 5}, new long[] {0, 0, 0, 60}, new double[4],
            new double[] {0, 0, 0, 60}, 1, 0)),
        refused("vector product past the largest double", "value",
            () -> EnrollmentVector.of(1e308, 1, 1, 1).times(EnrollmentVector.of(10, 1, 1, 1))),
        handled("parallel aggregation keeps the good rows",
            () -> PopulationAggregation.aggregateParallel(rows(Double.NaN, 1, 50_000), ExpenditureThresholds.none(), 1,
                java.util.concurrent.ForkJoinPool.commonPool()),
            a -> assertThat(a.summary().rows()).isEqualTo(49_999)));
  }
}
