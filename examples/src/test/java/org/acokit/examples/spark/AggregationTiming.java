/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.examples.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Supplier;

import org.acokit.population.BeneficiaryYearColumns;
import org.acokit.population.EnrollmentType;
import org.acokit.population.ExpenditureThresholds;
import org.acokit.population.PopulationAggregation;
import org.acokit.population.SyntheticPopulation;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

/**
 * A timing harness, not a test (never run by surefire: no test annotations): the same rows,
 * cached in Spark's memory, aggregated by Spark's own {@code groupBy().agg(sum(...))} of the same
 * quantities (per type: beneficiaries, months, the truncated amount limited to [-L, L] with
 * L = months x T / 12, months x risk), by acokit's {@link PopulationAggregator} and by
 * {@link PopulationPartitions}; and, for scale, one JVM's {@link PopulationAggregation} on the
 * same rows as columns. Rounds alternate the ways; medians are printed with the ratio to Spark's
 * sum. Args: rows (default 2,000,000), rounds (default 7). Command: see the README, "Spark".
 */
public final class AggregationTiming {

  private AggregationTiming() {
  }

  /**
   * Runs the timings.
   *
   * @param args rows and rounds, optional
   */
  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 2_000_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
    SparkSession spark = SparkSession.builder().master("local[2]").config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1").config("spark.sql.shuffle.partitions", "2").getOrCreate();
    BeneficiaryYearColumns columns = SyntheticPopulation.generate(42, n);
    ExpenditureThresholds thresholds = ExpenditureThresholds.ninetyNinthPercentile(columns);
    Dataset<Row> table = spark.createDataFrame(LocalSpark.rows(columns), BeneficiaryYearRow.class)
        .repartition(2).cache();
    table.count();

    List<Column> sums = new ArrayList<>();
    String[] types = {"Esrd", "Disabled", "AgedDual", "AgedNonDual"};
    for (EnrollmentType t : EnrollmentType.values()) {
      Column m = col("months" + types[t.ordinal()]);
      Column e = col("expenditure" + types[t.ordinal()]);
      Column limit = m.multiply(lit(Math.min(thresholds.threshold(t) / 12.0, Double.MAX_VALUE)));
      sums.add(sum(when(m.gt(0), 1).otherwise(0)));
      sums.add(sum(m));
      sums.add(sum(when(m.gt(0), least(greatest(e, functions.negate(limit)), limit)).otherwise(0.0)));
      sums.add(sum(m.multiply(col("riskScore"))));
    }
    Column[] rest = sums.subList(1, sums.size()).toArray(Column[]::new);
    Supplier<Object> sparkSum = () -> table.groupBy().agg(sums.get(0), rest).first();
    Supplier<Object> acokitAggregator = () -> table.groupBy().agg(PopulationAggregator.column(thresholds))
        .first();
    Supplier<Object> acokitKernel = () -> PopulationPartitions.aggregate(table, thresholds);
    Supplier<Object> oneJvm = () -> PopulationAggregation.aggregate(columns, thresholds, 1.0);
    Supplier<Object> oneJvmParallel = () -> PopulationAggregation.aggregateParallel(columns, thresholds, 1.0,
        ForkJoinPool.commonPool());
    String[] names = {"Spark groupBy().agg(sum x 16)", "acokit PopulationAggregator (udaf)",
        "acokit PopulationPartitions (mapPartitions + treeReduce)", "one JVM, 1 thread (PopulationAggregation)",
        "one JVM, all cores (aggregateParallel)"};
    List<Supplier<Object>> ways = List.of(sparkSum, acokitAggregator, acokitKernel, oneJvm, oneJvmParallel);
    for (Supplier<Object> w : ways) {
      for (int i = 0; i < 3; i++) {
        w.get(); // warm-up: code generation and JIT
      }
    }
    double[][] ms = new double[ways.size()][rounds];
    for (int r = 0; r < rounds; r++) {
      for (int w = 0; w < ways.size(); w++) {
        long t0 = System.nanoTime();
        ways.get(w).get();
        ms[w][r] = (System.nanoTime() - t0) / 1e6;
      }
    }
    System.out.printf(Locale.ROOT, "%,d rows, local[2], %d rounds, median ms (min-max), ratio to Spark's sum%n", n,
        rounds);
    double base = median(ms[0]);
    for (int w = 0; w < ways.size(); w++) {
      double[] s = ms[w].clone();
      Arrays.sort(s);
      System.out.printf(Locale.ROOT, "%-58s %8.1f (%6.1f-%6.1f)  %5.2fx%n", names[w], median(ms[w]), s[0],
          s[s.length - 1], median(ms[w]) / base);
    }
    spark.stop();
  }

  private static double median(double[] v) {
    double[] s = v.clone();
    Arrays.sort(s);
    return s[s.length / 2];
  }
}
