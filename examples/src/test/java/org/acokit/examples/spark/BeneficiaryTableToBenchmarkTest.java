/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.examples.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.acokit.benchmark.BenchmarkYear;
import org.acokit.population.BeneficiaryYearColumns;
import org.acokit.population.EnrollmentType;
import org.acokit.population.EnrollmentVector;
import org.acokit.population.PopulationAggregation;
import org.acokit.population.PopulationSummary;
import org.acokit.population.SyntheticPopulation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the example on a Parquet table written to a temporary folder, and checks each year's
 * summary against one JVM's aggregation of the same rows and the benchmark against its formula.
 */
class BeneficiaryTableToBenchmarkTest {

  @Test
  void fromAParquetTableToTheHistoricalBenchmark(@TempDir Path dir) {
    Path table = BeneficiaryTableToBenchmark.writeSyntheticTable(LocalSpark.get(), dir);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    BeneficiaryTableToBenchmark.Result r = BeneficiaryTableToBenchmark.run(LocalSpark.get(), table.toString(),
        new PrintStream(bytes, true, StandardCharsets.UTF_8));

    BeneficiaryYearColumns c = SyntheticPopulation.generate(3000, BeneficiaryTableToBenchmark.ROWS_PER_YEAR);
    for (int y = 0; y < 4; y++) {
      double scale = Math.pow(1.035, y);
      byte[][] months = new byte[4][c.size()];
      double[][] spend = new double[4][c.size()];
      double[] risk = new double[c.size()];
      for (int i = 0; i < c.size(); i++) {
        for (EnrollmentType t : EnrollmentType.values()) {
          months[t.ordinal()][i] = (byte) c.months(t, i);
          spend[t.ordinal()][i] = c.expenditure(t, i) * scale;
        }
        risk[i] = c.riskScore(i);
      }
      PopulationSummary oneJvm = PopulationAggregation.aggregate(BeneficiaryYearColumns.of(months, spend, risk, null),
          BeneficiaryTableToBenchmark.THRESHOLDS, 1.0).summary();
      PopulationSummary spark = r.years().get(y);
      assertThat(spark.rows()).isEqualTo(BeneficiaryTableToBenchmark.ROWS_PER_YEAR);
      assertThat(spark.beneficiaries()).isEqualTo(oneJvm.beneficiaries());
      assertThat(spark.personYears()).isEqualTo(oneJvm.personYears());
      for (EnrollmentType t : EnrollmentType.values()) {
        double e = oneJvm.perCapitaExpenditures().get(t);
        assertThat(spark.perCapitaExpenditures().get(t)).isCloseTo(e, within(1e-12 * e));
        assertThat(spark.riskScores().get(t)).isCloseTo(oneJvm.riskScores().get(t), within(1e-12));
      }
    }
    // Table 1 by its formula: sum over years of weight x trend x per capita, dotted with BY3 mix.
    EnrollmentVector expected = EnrollmentVector.of(0, 0, 0, 0);
    for (BenchmarkYear by : BenchmarkYear.values()) {
      expected = expected.plus(r.years().get(by.ordinal()).perCapitaExpenditures()
          .times(BeneficiaryTableToBenchmark.TREND[by.ordinal()] * r.historical().weights().get(by)));
    }
    assertThat(r.historical().benchmarkExpenditures().get(EnrollmentType.AGED_NON_DUAL))
        .isCloseTo(expected.get(EnrollmentType.AGED_NON_DUAL), within(1e-6));
    assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("BY3", "Historical benchmark: $");
  }

  @Test
  void mainRuns() {
    PrintStream old = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      LocalSpark.get();
      BeneficiaryTableToBenchmark.main(new String[0]);
    } finally {
      System.setOut(old);
    }
    assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("Historical benchmark: $");
  }
}
