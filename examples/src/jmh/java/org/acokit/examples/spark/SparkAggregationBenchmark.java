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
import java.util.List;
import org.acokit.population.BeneficiaryYearColumns;
import org.acokit.population.EnrollmentType;
import org.acokit.population.ExpenditureThresholds;
import org.acokit.population.PopulationAggregation;
import org.acokit.population.SyntheticPopulation;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * acokit's population aggregate on Spark against Spark's own {@code groupBy().agg(sum(...))} of
 * the same 16 quantities (per enrollment type: beneficiaries, months, the truncated amount limited
 * to [-L, L] with L = months x T / 12, months x risk), on the same rows cached in Spark's memory,
 * {@code local[2]}, in the same run: {@code sparkSum} is the named baseline, {@code acokitAggregator}
 * the {@link PopulationAggregator} udaf, {@code acokitPartitions} the per-partition kernel. For
 * scale, {@code oneJvm} aggregates the same rows as columns in one JVM. Target: the Aggregator at
 * most 1.25x the baseline.
 * <p>
 * Run: {@code mvn -B -pl core,measures,testkit,examples -Pjmh test-compile exec:exec -Djmh.skip.core=true
 * -Djmh.skip.measures=true}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {
    "-XX:+IgnoreUnrecognizedVMOptions",
    "--add-modules=jdk.incubator.vector",
    "--add-opens=java.base/java.lang=ALL-UNNAMED",
    "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED",
    "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/java.net=ALL-UNNAMED",
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.util=ALL-UNNAMED",
    "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
    "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED",
    "--add-opens=java.base/jdk.internal.ref=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.cs=ALL-UNNAMED",
    "--add-opens=java.base/sun.security.action=ALL-UNNAMED",
    "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED",
    "--add-opens=java.security.jgss/sun.security.krb5=ALL-UNNAMED",
    "-Dio.netty.tryReflectionSetAccessible=true",
    "-Xmx3g"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class SparkAggregationBenchmark {

  /** Beneficiary-year rows. */
  @Param({"1000000"})
  public int rows;

  private SparkSession spark;
  private BeneficiaryYearColumns columns;
  private ExpenditureThresholds thresholds;
  private Dataset<Row> table;
  private Column first;
  private Column[] rest;

  /** Builds the rows and caches them in Spark. */
  @Setup(Level.Trial)
  public void setUp() {
    spark = SparkSession.builder().master("local[2]").config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1").config("spark.sql.shuffle.partitions", "2").getOrCreate();
    columns = SyntheticPopulation.generate(42, rows);
    thresholds = ExpenditureThresholds.ninetyNinthPercentile(columns);
    table = spark.createDataFrame(LocalSpark.rows(columns), BeneficiaryYearRow.class).repartition(2).cache();
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
    first = sums.get(0);
    rest = sums.subList(1, sums.size()).toArray(Column[]::new);
  }

  /** Stops Spark. */
  @TearDown(Level.Trial)
  public void tearDown() {
    spark.stop();
  }

  /**
   * The baseline: Spark's own sums of the same quantities.
   *
   * @return the row of sums
   */
  @Benchmark
  public Object sparkSum() {
    return table.groupBy().agg(first, rest).first();
  }

  /**
   * acokit's aggregate as a Spark {@code Aggregator} ({@code functions.udaf}).
   *
   * @return the aggregate
   */
  @Benchmark
  public Object acokitAggregator() {
    return table.groupBy().agg(PopulationAggregator.column(thresholds)).first();
  }

  /**
   * acokit's aggregate as a per-partition kernel with a tree reduce.
   *
   * @return the aggregate
   */
  @Benchmark
  public Object acokitPartitions() {
    return PopulationPartitions.aggregate(table, thresholds);
  }

  /**
   * For scale: one JVM, one thread, the same rows as columns.
   *
   * @return the aggregate
   */
  @Benchmark
  public Object oneJvm() {
    return PopulationAggregation.aggregate(columns, thresholds, 1.0);
  }
}
