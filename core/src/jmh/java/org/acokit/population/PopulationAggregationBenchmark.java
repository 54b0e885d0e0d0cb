/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.population;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
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
 * The population aggregation on 10 million synthetic beneficiary-year rows, against the same
 * aggregation in DuckDB (in-memory, same JVM, same data, threads = cores) and against a bandwidth
 * reference (one plain pass summing the same columns on all cores).
 * <p>
 * Run: {@code mvn -B -pl core -Pjmh test-compile exec:exec} (arguments in {@code -Djmh.args=...};
 * the default adds {@code -prof gc} for allocation per operation). Compare throughputs of the same
 * run: {@code acokitParallel / duckdb} and {@code acokitParallel / bandwidthReference}. The forked
 * JVM has the Vector API ({@code --add-modules jdk.incubator.vector}), so {@code acokitParallel}
 * runs the vectorized loop where the hardware has 512-bit vectors; {@code acokitParallelScalar}
 * is the plain Java loop of a JVM without it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g", "--add-modules", "jdk.incubator.vector"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class PopulationAggregationBenchmark {

  /** Rows of synthetic beneficiary-year data. */
  @Param("10000000")
  public int rows;

  private static final double[] THRESHOLDS = {483948.83, 167718.37, 219966.13, 139227.69};

  private BeneficiaryYearColumns columns;
  private ExpenditureThresholds thresholds;
  private ForkJoinPool pool;
  private Connection duckdb;
  private String query;

  /**
   * Generates the rows and loads them into DuckDB.
   *
   * @throws SQLException if DuckDB fails
   */
  @Setup(Level.Trial)
  public void setUp() throws SQLException {
    columns = SyntheticPopulation.generate(2026, rows);
    thresholds = ExpenditureThresholds.of(EnrollmentVector.of(THRESHOLDS[0], THRESHOLDS[1], THRESHOLDS[2],
        THRESHOLDS[3]));
    int cores = Runtime.getRuntime().availableProcessors();
    pool = new ForkJoinPool(cores);
    duckdb = DriverManager.getConnection("jdbc:duckdb:");
    try (Statement s = duckdb.createStatement()) {
      s.execute("SET threads TO " + cores);
      s.execute("CREATE TABLE rows (m0 TINYINT, m1 TINYINT, m2 TINYINT, m3 TINYINT, "
          + "e0 DOUBLE, e1 DOUBLE, e2 DOUBLE, e3 DOUBLE, risk DOUBLE)");
    }
    try (DuckDBAppender appender = ((DuckDBConnection) duckdb).createAppender(DuckDBConnection.DEFAULT_SCHEMA, "rows")) {
      for (int i = 0; i < rows; i++) {
        appender.beginRow();
        for (EnrollmentType t : EnrollmentType.values()) {
          appender.append((byte) columns.months(t, i));
        }
        for (EnrollmentType t : EnrollmentType.values()) {
          appender.append(columns.expenditure(t, i));
        }
        appender.append(columns.riskScore(i));
        appender.endRow();
      }
    }
    StringBuilder sql = new StringBuilder("SELECT count(*)");
    for (int t = 0; t < 4; t++) {
      sql.append(String.format(Locale.ROOT, ", count(*) FILTER (WHERE m%1$d > 0), sum(m%1$d) / 12.0, "
          + "sum(CASE WHEN m%1$d > 0 THEN (m%1$d / 12.0) * greatest(-%2$s, least(%2$s, e%1$d * 12.0 / m%1$d)) ELSE 0 END), "
          + "sum(m%1$d / 12.0 * risk)", t, THRESHOLDS[t]));
    }
    sql.append(" FROM rows WHERE m0 BETWEEN 0 AND 12 AND m1 BETWEEN 0 AND 12 AND m2 BETWEEN 0 AND 12 "
        + "AND m3 BETWEEN 0 AND 12 AND m0 + m1 + m2 + m3 <= 12 AND (m0 + m1 + m2 + m3 = 0 OR risk > 0) "
        + "AND isfinite(e0) AND isfinite(e1) AND isfinite(e2) AND isfinite(e3) "
        + "AND (m0 > 0 OR e0 = 0) AND (m1 > 0 OR e1 = 0) AND (m2 > 0 OR e2 = 0) AND (m3 > 0 OR e3 = 0)");
    query = sql.toString();
    // The two engines must agree before they are timed.
    PopulationSummary ours = acokitParallel();
    double[] theirs = duckdb();
    double ourPersonYears = ours.totalPersonYears();
    double theirPersonYears = theirs[2] + theirs[6] + theirs[10] + theirs[14];
    if (Math.abs(ourPersonYears - theirPersonYears) > 1e-6 * ourPersonYears) {
      throw new IllegalStateException("DuckDB and acokit disagree: " + theirPersonYears + " vs " + ourPersonYears);
    }
    System.out.printf(Locale.ROOT, "%n# %d rows, %.1f MB of columns, vectorized loop: %s%n", rows,
        columns.columnBytes() / 1e6, PopulationAggregation.vectorized());
  }

  /**
   * Closes DuckDB and the pool.
   *
   * @throws SQLException if DuckDB fails
   */
  @TearDown(Level.Trial)
  public void tearDown() throws SQLException {
    duckdb.close();
    pool.shutdown();
  }

  /**
   * acokit, one thread.
   *
   * @return the summary
   */
  @Benchmark
  public PopulationSummary acokitSingleThread() {
    return PopulationAggregation.aggregate(columns, thresholds, 1.0).summary();
  }

  /**
   * acokit on all cores.
   *
   * @return the summary
   */
  @Benchmark
  public PopulationSummary acokitParallel() {
    return PopulationAggregation.aggregateParallel(columns, thresholds, 1.0, pool).summary();
  }

  /**
   * acokit on all cores with the plain Java loop, as on a JVM started without the Vector API.
   *
   * @return the summary
   */
  @Benchmark
  public PopulationSummary acokitParallelScalar() {
    return PopulationAggregation.aggregateParallel(columns, thresholds, 1.0, pool, ScalarBlockKernel.INSTANCE)
        .summary();
  }

  /**
   * The same aggregation in DuckDB.
   *
   * @return the sums
   * @throws SQLException if DuckDB fails
   */
  @Benchmark
  public double[] duckdb() throws SQLException {
    try (Statement s = duckdb.createStatement(); ResultSet r = s.executeQuery(query)) {
      r.next();
      double[] out = new double[17];
      for (int c = 0; c < 17; c++) {
        out[c] = r.getDouble(c + 1);
      }
      return out;
    }
  }

  /**
   * One plain pass on all cores summing the same nine columns: the memory-bandwidth bound.
   * <p>
   * Its one floating-point sum is a dependency chain of one addition per row; checked that this
   * does not make it under-report the bandwidth: the same pass with five independent sums (one
   * per double column) was not faster (50.8 against 56.1 ops/s in one run, 52.0 against 55.2
   * in another), and on one core summing column by column with four sums each was slower (30 ms
   * against 21 ms per 10 million rows). The pass reads 440 MB at about 25 GB/s on the 2-core
   * build machine, so it is bound by memory, as a bandwidth reference should be.
   *
   * @return the sum
   */
  @Benchmark
  public double bandwidthReference() {
    int chunks = 256;
    int size = (rows + chunks - 1) / chunks;
    return pool.submit(() -> IntStream.range(0, chunks).parallel().mapToDouble(c -> {
      int from = c * size;
      int to = Math.min(rows, from + size);
      byte[] m0 = columns.monthsColumn(0);
      byte[] m1 = columns.monthsColumn(1);
      byte[] m2 = columns.monthsColumn(2);
      byte[] m3 = columns.monthsColumn(3);
      double[] e0 = columns.expenditureColumn(0);
      double[] e1 = columns.expenditureColumn(1);
      double[] e2 = columns.expenditureColumn(2);
      double[] e3 = columns.expenditureColumn(3);
      double[] risk = columns.riskColumn();
      double sum = 0;
      long months = 0;
      for (int i = from; i < to; i++) {
        months += m0[i] + m1[i] + m2[i] + m3[i];
        sum += e0[i] + e1[i] + e2[i] + e3[i] + risk[i];
      }
      return sum + months;
    }).sum()).join();
  }
}
