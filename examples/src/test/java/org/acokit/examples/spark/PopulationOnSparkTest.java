/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.examples.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;

import org.acokit.io.Failure;
import org.acokit.population.BeneficiaryYearColumns;
import org.acokit.population.EnrollmentType;
import org.acokit.population.ExpenditureThresholds;
import org.acokit.population.PopulationAccumulator;
import org.acokit.population.PopulationAggregate;
import org.acokit.population.PopulationAggregation;
import org.acokit.population.PopulationSummary;
import org.acokit.population.SyntheticPopulation;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.Test;

/**
 * Spark ({@code local[2]}) against one JVM on a seeded synthetic population with planted bad rows,
 * under several random partitionings, both ways (the {@code Aggregator} and the per-partition
 * kernel): counts identical; dollar and risk sums equal to a relative 1e-12 (they are double sums
 * whose order of addition follows the partitioning, so only rounding can tell them apart).
 */
class PopulationOnSparkTest {

  private static final int ROWS = 40_000;
  /** Rows made bad: 13 months, spending without months, risk score 0, a NaN amount. */
  private static final int[] BAD = {5, 9_999, 20_000, 33_333};
  private static final double RELATIVE = 1e-12;

  /** The synthetic rows with the bad ones planted, and the one-JVM aggregate. */
  private static BeneficiaryYearColumns columns() {
    BeneficiaryYearColumns c = SyntheticPopulation.generate(16, ROWS);
    byte[][] months = new byte[4][ROWS];
    double[][] spend = new double[4][ROWS];
    double[] risk = new double[ROWS];
    for (int i = 0; i < ROWS; i++) {
      for (EnrollmentType t : EnrollmentType.values()) {
        months[t.ordinal()][i] = (byte) c.months(t, i);
        spend[t.ordinal()][i] = c.expenditure(t, i);
      }
      risk[i] = c.riskScore(i);
    }
    int nonDual = EnrollmentType.AGED_NON_DUAL.ordinal();
    for (int b : BAD) {
      // A plain aged/non-dual row, then one thing wrong with it.
      for (int t = 0; t < 4; t++) {
        months[t][b] = 0;
        spend[t][b] = 0;
      }
      months[nonDual][b] = 12;
      spend[nonDual][b] = 9_000;
    }
    months[nonDual][BAD[0]] = 13;
    months[EnrollmentType.DISABLED.ordinal()][BAD[1]] = 0;
    months[nonDual][BAD[1]] = 12;
    spend[EnrollmentType.DISABLED.ordinal()][BAD[1]] = 1_250;
    months[nonDual][BAD[2]] = 12;
    risk[BAD[2]] = 0;
    months[nonDual][BAD[3]] = 12;
    spend[nonDual][BAD[3]] = Double.NaN;
    return BeneficiaryYearColumns.of(months, spend, risk, null);
  }

  @Test
  void sparkAggregatesAsOneJvmUnderRandomPartitionings() {
    BeneficiaryYearColumns columns = columns();
    ExpenditureThresholds thresholds = ExpenditureThresholds.ninetyNinthPercentile(SyntheticPopulation.generate(1, 50_000));
    PopulationAggregate oneJvm = PopulationAggregation.aggregate(columns, thresholds, 1.0);
    PopulationAccumulator oneJvmSums = new PopulationAccumulator(thresholds).add(columns, 0, ROWS, "rows", f -> { });
    assertThat(oneJvm.failures()).hasSize(BAD.length);

    Dataset<Row> table = LocalSpark.get().createDataFrame(LocalSpark.rows(columns), BeneficiaryYearRow.class).cache();
    SplittableRandom random = new SplittableRandom(2026);
    for (int round = 0; round < 4; round++) {
      int partitions = 1 + random.nextInt(9);
      long seed = random.nextLong();
      // Rows dealt to partitions at random, in a random order within each.
      Dataset<Row> shuffled = table.withColumn("key", functions.rand(seed))
          .repartition(partitions, functions.col("key")).sortWithinPartitions("key").drop("key");

      PopulationSums byAggregator = shuffled.agg(PopulationAggregator.column(thresholds).as("p")).select("p.*")
          .as(Encoders.bean(PopulationSums.class)).first();
      PopulationSums byKernel = PopulationPartitions.aggregate(shuffled, thresholds);
      for (PopulationSums spark : List.of(byAggregator, byKernel)) {
        String what = (spark == byAggregator ? "aggregator" : "kernel") + ", " + partitions + " partitions";
        PopulationAccumulator a = spark.toAccumulator(thresholds);
        assertThat(a.rows()).as(what).isEqualTo(oneJvmSums.rows());
        assertThat(a.badRows()).as(what).isEqualTo(BAD.length);
        for (EnrollmentType t : EnrollmentType.values()) {
          assertThat(a.beneficiaries(t)).as(what).isEqualTo(oneJvmSums.beneficiaries(t));
          assertThat(a.eligibleMonths(t)).as(what).isEqualTo(oneJvmSums.eligibleMonths(t));
          assertClose(a.truncatedExpenditures(t), oneJvmSums.truncatedExpenditures(t), what);
          assertClose(a.riskMonths(t), oneJvmSums.riskMonths(t), what);
        }
        PopulationSummary summary = spark.toSummary(thresholds, 1.0);
        PopulationSummary expected = oneJvm.summary();
        assertThat(summary.beneficiaries()).isEqualTo(expected.beneficiaries());
        assertThat(summary.personYears()).isEqualTo(expected.personYears());
        for (EnrollmentType t : EnrollmentType.values()) {
          assertClose(summary.perCapitaExpenditures().get(t), expected.perCapitaExpenditures().get(t), what);
          assertClose(summary.riskScores().get(t), expected.riskScores().get(t), what);
        }
        // Every bad row is reported, naming the column (the kernel: all; the aggregator: up to 100).
        assertThat(spark.getFailures()).as(what).hasSize(BAD.length);
        assertThat(String.join("\n", spark.getFailures())).contains("months[AGED_NON_DUAL]", "expenditure[DISABLED]",
            "riskScore", "expenditure[AGED_NON_DUAL]");
      }
      assertThat(byKernel.getFailures()).allSatisfy(f -> assertThat(f).startsWith("partition "));
    }
  }

  @Test
  void groupsAggregateApartAndMonthsOutsideAByteAreReportedWithTheirValue() {
    BeneficiaryYearColumns columns = SyntheticPopulation.generate(7, 3_000);
    ExpenditureThresholds thresholds = ExpenditureThresholds.none();
    List<BeneficiaryYearRow> rows = LocalSpark.rows(columns);
    rows.get(10).setMonthsEsrd(268); // would be 12 as a byte
    Dataset<Row> table = LocalSpark.get().createDataFrame(rows, BeneficiaryYearRow.class)
        .withColumn("half", functions.monotonically_increasing_id().mod(2));
    List<Row> byHalf = table.groupBy("half").agg(PopulationAggregator.column(thresholds).as("p")).orderBy("half")
        .collectAsList();
    assertThat(byHalf).hasSize(2);
    long rowsSeen = 0;
    long bad = 0;
    for (Row r : byHalf) {
      Row p = r.getStruct(1);
      rowsSeen += p.<Long>getAs("rows");
      bad += p.<Long>getAs("badRows");
    }
    assertThat(rowsSeen).isEqualTo(2_999);
    assertThat(bad).isEqualTo(1);
    PopulationSums kernel = PopulationPartitions.aggregate(table, thresholds);
    assertThat(kernel.getBadRows()).isEqualTo(1);
    assertThat(kernel.getFailures()).singleElement().asString()
        .contains("months[ESRD]", "must be between 0 and 12, but was 268");
    PopulationAccumulator oneJvm = new PopulationAccumulator(thresholds);
    List<Failure> none = new java.util.ArrayList<>();
    oneJvm.add(columns, 0, 10, "rows", none::add).add(columns, 11, columns.size(), "rows", none::add);
    assertThat(kernel.toAccumulator(thresholds).eligibleMonths(EnrollmentType.AGED_NON_DUAL))
        .isEqualTo(oneJvm.eligibleMonths(EnrollmentType.AGED_NON_DUAL));
  }

  private static void assertClose(double actual, double expected, String what) {
    assertThat(actual).as(what).isCloseTo(expected, within(RELATIVE * Math.abs(expected)));
  }
}
