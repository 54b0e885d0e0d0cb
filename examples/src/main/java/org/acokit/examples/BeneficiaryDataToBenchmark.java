/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.examples;

import java.io.PrintStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;

import org.acokit.benchmark.BenchmarkYear;
import org.acokit.benchmark.BlendedTrend;
import org.acokit.benchmark.HistoricalBenchmark;
import org.acokit.benchmark.NationalWeight;
import org.acokit.benchmark.RiskRenormalization;
import org.acokit.benchmark.UpdatedBenchmark;
import org.acokit.io.Failure;
import org.acokit.population.BeneficiaryYearColumns;
import org.acokit.population.EnrollmentType;
import org.acokit.population.EnrollmentVector;
import org.acokit.population.ExpenditureThresholds;
import org.acokit.population.PopulationAggregate;
import org.acokit.population.PopulationAggregation;
import org.acokit.population.PopulationSummary;
import org.acokit.population.SyntheticPopulation;

/**
 * From beneficiary-year rows to the updated benchmark, on seeded synthetic data: the population
 * aggregation (truncation thresholds as the 99th percentile of a national reference population,
 * bad rows reported and the good ones kept), the renormalization of risk scores to the national
 * means (Table A2), the national-regional blended trend and update (Table A3), the historical
 * benchmark with first-agreement weights 10/30/60 (Table 1 [A]-[I]) and the updated benchmark
 * with the 3% risk ratio cap (Table 2).
 * <p>
 * Every population is {@link SyntheticPopulation} data, seeded: the national reference
 * population (200,000 rows), the region's assignable beneficiaries (200,000 rows) and the ACO's
 * (20,000 rows) are each the same rows every year with spending scaled to grow, so the trend
 * factors can be checked by hand: national spending grows 3.5%, 3.4% and 2.8% a year (BY1 to BY2,
 * BY2 to BY3, BY3 to the performance year), the region's 4.0%, 3.4%, 2.8%, and the ACO's, 6%
 * below the region in BY1, 3.0%, 3.0%, 2.0%. The ACO's risk scores rise 1% a year in the
 * benchmark years and 5% into the performance year, above the 3% cap. The figures are
 * illustrative, not CMS's; the regional adjustment (Table 1 [J]-[S]) needs CMS's regional
 * risk-adjusted expenditures and is left out here (see {@code SettlementReportReplayExample}).
 */
public final class BeneficiaryDataToBenchmark {

  /** Rows of each year's national reference population. */
  static final int NATIONAL_ROWS = 200_000;
  /** Rows of each year's regional (assignable) population. */
  static final int REGIONAL_ROWS = 200_000;
  /** Rows of each year's ACO population. */
  static final int ACO_ROWS = 20_000;
  /** Spending scale of BY1, BY2, BY3 and the performance year, national. */
  static final double[] NATIONAL_SCALE = {1.0, 1.035, 1.035 * 1.034, 1.035 * 1.034 * 1.028};
  /** Spending scale of BY1, BY2, BY3 and the performance year, regional. */
  static final double[] REGIONAL_SCALE = {1.0, 1.04, 1.04 * 1.034, 1.04 * 1.034 * 1.028};
  /** Spending scale of BY1, BY2, BY3 and the performance year, ACO. */
  static final double[] ACO_SCALE = {0.94, 0.94 * 1.03, 0.94 * 1.03 * 1.03, 0.94 * 1.03 * 1.03 * 1.02};
  /** The ACO's raw risk score scale of BY1, BY2, BY3 and the performance year. */
  static final double[] ACO_RISK_SCALE = {1.0, 1.01, 1.02, 1.02 * 1.05};
  /** Where three bad rows are inserted into the ACO's BY3 file (0-based, ascending). */
  static final int[] BAD_ROWS = {17, 4_242, 20_001};

  private BeneficiaryDataToBenchmark() {
  }

  /**
   * What the example computes.
   *
   * @param aco the ACO's aggregates of BY1, BY2, BY3 and the performance year (index 3)
   * @param by3Failures the bad rows of the ACO's BY3 data
   * @param trend the national-regional trend and update factors
   * @param historical the historical benchmark
   * @param updated the updated benchmark
   */
  public record Result(List<PopulationSummary> aco, List<Failure> by3Failures, BlendedTrend trend,
      HistoricalBenchmark historical, UpdatedBenchmark updated) {
  }

  /**
   * Runs the example.
   *
   * @param args none
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /**
   * Aggregates the populations, computes the benchmark stages and prints them.
   *
   * @param out where to print
   * @return what was computed
   */
  public static Result run(PrintStream out) {
    ForkJoinPool pool = ForkJoinPool.commonPool();
    out.printf(Locale.ROOT, "Population aggregation: %s loop (%s)%n%n",
        PopulationAggregation.vectorized() ? "vectorized" : "plain Java",
        PopulationAggregation.vectorized() ? "JDK Vector API" : "start the JVM with --add-modules jdk.incubator.vector "
            + "on AVX-512 hardware for the vectorized one; the results are the same");
    String[] years = {"BY1", "BY2", "BY3", "PY"};
    PopulationSummary[] national = new PopulationSummary[4];
    PopulationSummary[] regional = new PopulationSummary[4];
    PopulationSummary[] aco = new PopulationSummary[4];
    List<Failure> by3Failures = List.of();
    out.println("year  population  rows     person-years  per capita ($): ESRD / disabled / aged-dual / aged-non-dual"
        + "   raw risk score (aged/non-dual)");
    for (int y = 0; y < 4; y++) {
      BeneficiaryYearColumns nationalRows = rebuild(SyntheticPopulation.generate(1000, NATIONAL_ROWS),
          NATIONAL_SCALE[y], 1.0, false);
      // CMS truncates at the national 99th percentile of annualized spending of each year.
      ExpenditureThresholds thresholds = ExpenditureThresholds.ninetyNinthPercentile(nationalRows);
      national[y] = PopulationAggregation.aggregateParallel(nationalRows, thresholds, 1.0, pool).summary();
      regional[y] = PopulationAggregation.aggregateParallel(
          rebuild(SyntheticPopulation.generate(2000, REGIONAL_ROWS), REGIONAL_SCALE[y], 1.0, false), thresholds, 1.0,
          pool)
          .summary();
      // The ACO's BY3 file has three bad rows among the 20,000 good ones.
      BeneficiaryYearColumns acoRows = rebuild(SyntheticPopulation.generate(3000, ACO_ROWS), ACO_SCALE[y],
          ACO_RISK_SCALE[y], y == 2);
      PopulationAggregate acoAggregate = PopulationAggregation.aggregateParallel(acoRows, thresholds, 1.0, pool);
      aco[y] = acoAggregate.summary();
      if (y == 2) {
        by3Failures = acoAggregate.failures();
      }
      print(out, years[y], "national", national[y]);
      print(out, years[y], "regional", regional[y]);
      print(out, years[y], "ACO", aco[y]);
    }
    out.printf(Locale.ROOT, "%nBad rows of the ACO's BY3 file (left out, the other %,d rows kept):%n", aco[2].rows());
    for (Failure f : by3Failures) {
      out.println("  " + f);
    }

    // Table A2: risk scores renormalized to the national mean of each year.
    EnrollmentVector[] risk = new EnrollmentVector[4];
    for (int y = 0; y < 4; y++) {
      risk[y] = RiskRenormalization.of(national[y].riskScores()).renormalize(aco[y].riskScores());
    }
    out.printf(Locale.ROOT, "%nRenormalized ACO risk scores, aged/non-dual: BY1 %.4f, BY2 %.4f, BY3 %.4f, PY %.4f%n",
        risk[0].get(EnrollmentType.AGED_NON_DUAL), risk[1].get(EnrollmentType.AGED_NON_DUAL),
        risk[2].get(EnrollmentType.AGED_NON_DUAL), risk[3].get(EnrollmentType.AGED_NON_DUAL));

    // Table A3: the national weight, the ACO's share of its region (here one county, whose other
    // beneficiaries are the regional rows).
    EnrollmentVector nationalWeight = NationalWeight.ofOneCounty(aco[2].personYears(),
        regional[2].personYears().plus(aco[2].personYears()));
    EnrollmentVector nationalWeightPy = NationalWeight.ofOneCounty(aco[3].personYears(),
        regional[3].personYears().plus(aco[3].personYears()));
    Map<BenchmarkYear, EnrollmentVector> nationalByYear = new EnumMap<>(BenchmarkYear.class);
    Map<BenchmarkYear, EnrollmentVector> regionalByYear = new EnumMap<>(BenchmarkYear.class);
    for (BenchmarkYear by : BenchmarkYear.values()) {
      nationalByYear.put(by, national[by.ordinal()].perCapitaExpenditures());
      regionalByYear.put(by, regional[by.ordinal()].perCapitaExpenditures());
    }
    BlendedTrend trend = BlendedTrend.builder().nationalExpenditures(nationalByYear)
        .nationalExpendituresPerformanceYear(national[3].perCapitaExpenditures())
        .regionalExpenditures(regionalByYear).regionalExpendituresPerformanceYear(regional[3].perCapitaExpenditures())
        .nationalWeightBenchmarkYears(nationalWeight).nationalWeightPerformanceYear(nationalWeightPy).build();

    HistoricalBenchmark.Builder historicalBuilder = HistoricalBenchmark.builder()
        .weights(HistoricalBenchmark.firstAgreementWeights()).proportions(aco[2].proportions());
    for (BenchmarkYear by : BenchmarkYear.values()) {
      historicalBuilder.putPerCapitaExpenditures(by, aco[by.ordinal()].perCapitaExpenditures())
          .putRiskScores(by, risk[by.ordinal()]).putTrendFactors(by, trend.blendedTrend(by));
    }
    HistoricalBenchmark historical = historicalBuilder.build();
    UpdatedBenchmark updated = UpdatedBenchmark.builder()
        .historicalBenchmarkExpenditures(historical.benchmarkExpenditures())
        .riskScoresBy3(risk[2]).riskScoresPerformanceYear(risk[3])
        .updateFactors(trend.blendedUpdate()).proportions(aco[3].proportions()).build();
    out.println();
    out.print(trend.explain().toTextTable());
    out.println();
    out.print(historical.explain().toTextTable());
    out.println();
    out.print(updated.explain().toTextTable());
    out.printf(Locale.ROOT, "%nUpdated benchmark: $%,.2f per person-year; the ACO's PY spending: $%,.2f per person-year%n",
        updated.updatedBenchmark(), aco[3].perCapitaExpenditure());
    return new Result(List.of(aco), by3Failures, trend, historical, updated);
  }

  private static void print(PrintStream out, String year, String population, PopulationSummary s) {
    EnrollmentVector pc = s.perCapitaExpenditures();
    out.printf(Locale.ROOT, "%-4s  %-10s  %,7d  %,12.2f  %,9.2f / %,9.2f / %,9.2f / %,9.2f   %.4f%n", year, population,
        s.rows(), s.totalPersonYears(), pc.get(EnrollmentType.ESRD), pc.get(EnrollmentType.DISABLED),
        pc.get(EnrollmentType.AGED_DUAL), pc.get(EnrollmentType.AGED_NON_DUAL),
        s.riskScores().get(EnrollmentType.AGED_NON_DUAL));
  }

  /**
   * The same rows with every amount and risk score scaled and, if asked, three bad rows inserted
   * so that they are rows {@link #BAD_ROWS} (0-based) of the result: 13 months, spending without
   * months, a risk score of 0.
   */
  static BeneficiaryYearColumns rebuild(BeneficiaryYearColumns rows, double scale, double riskScale,
      boolean insertBadRows) {
    int n = rows.size() + (insertBadRows ? BAD_ROWS.length : 0);
    byte[][] months = new byte[4][n];
    double[][] spend = new double[4][n];
    double[] risk = new double[n];
    int[] counties = new int[n];
    int source = 0;
    for (int i = 0; i < n; i++) {
      int bad = insertBadRows ? java.util.Arrays.binarySearch(BAD_ROWS, i) : -1;
      if (bad >= 0) {
        int nonDual = EnrollmentType.AGED_NON_DUAL.ordinal();
        months[nonDual][i] = (byte) (bad == 0 ? 13 : 12);
        spend[nonDual][i] = 8_000;
        spend[EnrollmentType.DISABLED.ordinal()][i] = bad == 1 ? 1_250 : 0;
        risk[i] = bad == 2 ? 0 : 1.1;
        counties[i] = 1;
        continue;
      }
      for (EnrollmentType t : EnrollmentType.values()) {
        months[t.ordinal()][i] = (byte) rows.months(t, source);
        spend[t.ordinal()][i] = rows.expenditure(t, source) * scale;
      }
      risk[i] = rows.riskScore(source) * riskScale;
      counties[i] = rows.county(source).orElse(0);
      source++;
    }
    return BeneficiaryYearColumns.of(months, spend, risk, counties);
  }
}
