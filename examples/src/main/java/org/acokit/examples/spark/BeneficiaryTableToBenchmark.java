/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.examples.spark;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.acokit.benchmark.BenchmarkYear;
import org.acokit.benchmark.HistoricalBenchmark;
import org.acokit.population.BeneficiaryYearColumns;
import org.acokit.population.EnrollmentType;
import org.acokit.population.EnrollmentVector;
import org.acokit.population.ExpenditureThresholds;
import org.acokit.population.PopulationSummary;
import org.acokit.population.SyntheticPopulation;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

/**
 * From a Parquet table of beneficiary-years on a cluster to acokit's benchmark inputs: one
 * {@link PopulationSummary} per year (person-years, truncated per capita expenditures, risk scores
 * and proportions by enrollment type) computed by Spark with {@link PopulationAggregator}, then the
 * historical benchmark (Table 1 [A]-[I]) in the driver.
 * <p>
 * The table has a {@code year} column (1-3 for BY1-BY3, 4 for the performance year) and the
 * columns {@link BeneficiaryYearRow#COLUMNS}; it is partitioned by year, so each year's
 * aggregation reads only its files. A CSV table reads the same way
 * ({@code spark.read().option("header", true).schema(schema).csv(path)}). The truncation
 * thresholds and trend factors are inputs (CMS publishes both: the report's Parameters sheet and
 * the national-regional blended trend); the figures here are illustrative. With no argument the
 * example first writes a seeded synthetic table (20,000 rows a year) to a temporary folder.
 */
public final class BeneficiaryTableToBenchmark {

  /** Truncation thresholds per year, annualized dollars (illustrative, of the CMS order of magnitude). */
  static final ExpenditureThresholds THRESHOLDS =
      ExpenditureThresholds.of(EnrollmentVector.of(460_000, 215_000, 220_000, 140_000));
  /** Trend factors BY1 and BY2 to BY3, the same for every type here (illustrative). */
  static final double[] TREND = {1.070, 1.034, 1.0};
  /** Rows per year of the synthetic table. */
  static final int ROWS_PER_YEAR = 20_000;

  private BeneficiaryTableToBenchmark() {
  }

  /**
   * What the example computes.
   *
   * @param years the summary of BY1, BY2, BY3 and the performance year
   * @param historical the historical benchmark
   */
  public record Result(List<PopulationSummary> years, HistoricalBenchmark historical) {
  }

  /**
   * Runs the example: on a cluster with {@code spark-submit --class
   * org.acokit.examples.spark.BeneficiaryTableToBenchmark app.jar TABLE}, or locally (local[2])
   * without an argument on a synthetic table.
   *
   * @param args the Parquet table's path, or none
   */
  public static void main(String[] args) {
    SparkSession spark = SparkSession.builder().appName("acokit-benchmark-inputs")
        .master(System.getProperty("spark.master", "local[2]")).config("spark.ui.enabled", "false").getOrCreate();
    Path table = args.length > 0 ? Path.of(args[0]) : writeSyntheticTable(spark, tempDir());
    run(spark, table.toString(), System.out);
  }

  /**
   * Aggregates the table by year on Spark and computes the historical benchmark.
   *
   * @param spark the session
   * @param parquetTable the table's path (any Hadoop file system URI Spark can read)
   * @param out where to print
   * @return what was computed
   */
  public static Result run(SparkSession spark, String parquetTable, PrintStream out) {
    Dataset<Row> table = spark.read().parquet(parquetTable);
    List<PopulationSummary> years = new ArrayList<>();
    out.println("year  rows     bad  person-years  per capita ($): ESRD / disabled / aged-dual / aged-non-dual"
        + "   risk (aged/non-dual)");
    for (int year = 1; year <= 4; year++) {
      // One aggregation per year: the year's thresholds, and the partition pruned to its files.
      PopulationSums sums = table.where(functions.col("year").equalTo(year))
          .agg(PopulationAggregator.column(THRESHOLDS).as("p")).select("p.*")
          .as(Encoders.bean(PopulationSums.class)).first();
      PopulationSummary s = sums.toSummary(THRESHOLDS, 1.0);
      years.add(s);
      EnrollmentVector pc = s.perCapitaExpenditures();
      out.printf(Locale.ROOT, "%-4s  %,7d  %3d  %,12.2f  %,9.2f / %,9.2f / %,9.2f / %,9.2f   %.4f%n",
          year == 4 ? "PY" : "BY" + year, s.rows(), sums.getBadRows(), s.totalPersonYears(), pc.get(EnrollmentType.ESRD),
          pc.get(EnrollmentType.DISABLED), pc.get(EnrollmentType.AGED_DUAL), pc.get(EnrollmentType.AGED_NON_DUAL),
          s.riskScores().get(EnrollmentType.AGED_NON_DUAL));
      sums.getFailures().forEach(f -> out.println("  bad row: " + f));
    }
    HistoricalBenchmark.Builder b = HistoricalBenchmark.builder().weights(HistoricalBenchmark.firstAgreementWeights())
        .proportions(years.get(2).proportions());
    for (BenchmarkYear by : BenchmarkYear.values()) {
      double trend = TREND[by.ordinal()];
      b.putPerCapitaExpenditures(by, years.get(by.ordinal()).perCapitaExpenditures())
          .putRiskScores(by, years.get(by.ordinal()).riskScores())
          .putTrendFactors(by, EnrollmentVector.of(trend, trend, trend, trend));
    }
    HistoricalBenchmark historical = b.build();
    out.println();
    out.print(historical.explain().toTextTable());
    out.printf(Locale.ROOT, "%nHistorical benchmark: $%,.2f per person-year%n", historical.benchmark());
    return new Result(List.copyOf(years), historical);
  }

  /**
   * Writes the synthetic table: seeded rows per year, spending 3.5% higher each year, partitioned
   * by year, Parquet.
   *
   * @param spark the session
   * @param folder where to write (a folder {@code beneficiary_years} is made in it)
   * @return the table's path
   */
  static Path writeSyntheticTable(SparkSession spark, Path folder) {
    List<Row> rows = new ArrayList<>();
    for (int year = 1; year <= 4; year++) {
      BeneficiaryYearColumns c = SyntheticPopulation.generate(3000, ROWS_PER_YEAR);
      double scale = Math.pow(1.035, year - 1);
      for (int i = 0; i < c.size(); i++) {
        rows.add(org.apache.spark.sql.RowFactory.create(year, c.months(EnrollmentType.ESRD, i),
            c.months(EnrollmentType.DISABLED, i), c.months(EnrollmentType.AGED_DUAL, i),
            c.months(EnrollmentType.AGED_NON_DUAL, i), c.expenditure(EnrollmentType.ESRD, i) * scale,
            c.expenditure(EnrollmentType.DISABLED, i) * scale, c.expenditure(EnrollmentType.AGED_DUAL, i) * scale,
            c.expenditure(EnrollmentType.AGED_NON_DUAL, i) * scale, c.riskScore(i)));
      }
    }
    Path path = folder.resolve("beneficiary_years");
    spark.createDataFrame(rows, schema()).write().mode(SaveMode.Overwrite).partitionBy("year").parquet(path.toString());
    return path;
  }

  /**
   * The table's schema: {@code year} and {@link BeneficiaryYearRow#COLUMNS} (months as integers,
   * dollars and the risk score as doubles), for reading a CSV table.
   *
   * @return the schema
   */
  public static org.apache.spark.sql.types.StructType schema() {
    org.apache.spark.sql.types.StructType s = new org.apache.spark.sql.types.StructType()
        .add("year", org.apache.spark.sql.types.DataTypes.IntegerType, false);
    for (String c : BeneficiaryYearRow.COLUMNS) {
      s = s.add(c, c.startsWith("months") ? org.apache.spark.sql.types.DataTypes.IntegerType
          : org.apache.spark.sql.types.DataTypes.DoubleType, false);
    }
    return s;
  }

  private static Path tempDir() {
    try {
      return Files.createTempDirectory("acokit-spark");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
