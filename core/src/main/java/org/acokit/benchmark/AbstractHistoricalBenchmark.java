/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.benchmark;

import java.util.function.DoubleSupplier;

import com.google.common.collect.ImmutableMap;
import org.acokit.explain.Explanation;
import org.acokit.explain.ValueKind;
import org.acokit.internal.AcoStyle;
import org.acokit.internal.Checks;
import org.acokit.population.EnrollmentType;
import org.acokit.population.EnrollmentVector;
import org.immutables.value.Value;

/**
 * The historical benchmark before the regional adjustment: Table 1 rows [A]-[I] of CMS's
 * financial reconciliation report (42 CFR 425.601(a)).
 * <p>
 * For each benchmark year BYx and enrollment type:
 * <pre>{@code
 * [D] risk ratio          = [C] risk score BY3 / [C] risk score BYx
 * [F] trended expenditure = [B] per capita expenditure x [D] x [E] blended trend factor
 * [G] weighted            = [F] x benchmark-year weight;  [G] Benchmark = sum over BY1-BY3
 * [I] historical benchmark = sum over types of [G] Benchmark x [H] BY3 proportion
 * }</pre>
 * Weights are 10/30/60% in a first agreement period and equal (1/3 each) in later ones
 * (425.601(a)(7), (e)(2)(i)); they must sum to 1. Dollars are per person-year. Immutable and
 * thread-safe.
 */
@Value.Immutable
@AcoStyle
abstract class AbstractHistoricalBenchmark {

  /**
   * [B] Per capita expenditures by benchmark year, dollars.
   *
   * @return BY1, BY2 and BY3
   */
  public abstract ImmutableMap<BenchmarkYear, EnrollmentVector> perCapitaExpenditures();

  /**
   * [C] Renormalized prospective CMS-HCC risk scores by benchmark year.
   *
   * @return BY1, BY2 and BY3
   */
  public abstract ImmutableMap<BenchmarkYear, EnrollmentVector> riskScores();

  /**
   * [E] National-regional blended trend factors to BY3, by benchmark year (see
   * {@code BlendedTrend.blendedTrend(BenchmarkYear)}).
   *
   * @return BY1, BY2 and BY3
   */
  public abstract ImmutableMap<BenchmarkYear, EnrollmentVector> trendFactors();

  /**
   * Benchmark-year weights, fractions summing to 1.
   *
   * @return BY1, BY2 and BY3
   */
  public abstract ImmutableMap<BenchmarkYear, Double> weights();

  /**
   * [H] BY3 assigned beneficiary proportions by enrollment type, summing to 1.
   *
   * @return the proportions
   */
  public abstract EnrollmentVector proportions();

  @Value.Check
  void check() {
    AbstractBlendedTrend.requireAllYears("perCapitaExpenditures", perCapitaExpenditures());
    AbstractBlendedTrend.requireAllYears("riskScores", riskScores());
    AbstractBlendedTrend.requireAllYears("trendFactors", trendFactors());
    AbstractBlendedTrend.requireAllYears("weights", weights());
    double sum = 0;
    for (BenchmarkYear y : BenchmarkYear.values()) {
      sum += Checks.fraction("weight of " + y, weights().get(y));
      for (EnrollmentType t : EnrollmentType.values()) {
        Checks.nonNegative("per capita expenditures " + y + " " + t.label(), perCapitaExpenditures().get(y).get(t));
        Checks.positive("risk score " + y + " " + t.label(), riskScores().get(y).get(t));
        Checks.positive("trend factor " + y + " " + t.label(), trendFactors().get(y).get(t));
      }
    }
    if (Math.abs(sum - 1) > 1e-9) {
      throw new IllegalArgumentException("weights must sum to 1, but summed to " + sum);
    }
    checkProportions("proportions", proportions());
    requireBenchmark("benchmark", "perCapitaExpenditures x risk ratio x trendFactors x weights, weighted by proportions",
        this::benchmark);
  }

  /**
   * Computes a benchmark stage's output and checks it is a finite number greater than 0: a stage
   * never hands on a zero, negative, NaN or infinite benchmark.
   *
   * @param field the output's name
   * @param formula how it is computed, naming the input fields
   * @param output computes the output
   * @return the output
   * @throws IllegalArgumentException if the output overflows or is not greater than 0
   */
  static double requireBenchmark(String field, String formula, DoubleSupplier output) {
    double value;
    try {
      value = output.getAsDouble();
    } catch (IllegalArgumentException e) {
      // An intermediate vector overflowed (EnrollmentVector refuses infinity).
      throw new IllegalArgumentException(field + " (" + formula + ") overflows: the inputs are too large ("
          + e.getMessage() + ")", e);
    }
    Checks.finiteResult(field + " (" + formula + ")", value);
    if (!(value > 0)) {
      throw new IllegalArgumentException(field + " (" + formula + ") must be greater than 0, but was " + value);
    }
    return value;
  }

  /**
   * The benchmark-year weights of a first agreement period: 10%, 30%, 60% (42 CFR 425.601(a)(7),
   * 425.602(a)(7), 425.652(a)(7)).
   *
   * @return BY1, BY2 and BY3 weights
   */
  public static ImmutableMap<BenchmarkYear, Double> firstAgreementWeights() {
    return ImmutableMap.of(BenchmarkYear.BY1, 0.1, BenchmarkYear.BY2, 0.3, BenchmarkYear.BY3, 0.6);
  }

  /**
   * The equal benchmark-year weights of a renewing or re-entering ACO's agreement period: one
   * third each (42 CFR 425.601(e)(2)(i), 425.603(b)(1), 425.652(c)(2)).
   *
   * @return BY1, BY2 and BY3 weights
   */
  public static ImmutableMap<BenchmarkYear, Double> equalWeights() {
    return ImmutableMap.of(BenchmarkYear.BY1, 1.0 / 3, BenchmarkYear.BY2, 1.0 / 3, BenchmarkYear.BY3, 1.0 / 3);
  }

  static void checkProportions(String field, EnrollmentVector proportions) {
    for (EnrollmentType t : EnrollmentType.values()) {
      Checks.fraction(field + " " + t.label(), proportions.get(t));
    }
    if (Math.abs(proportions.sum() - 1) > 1e-9) {
      throw new IllegalArgumentException(field + " must sum to 1, but summed to " + proportions.sum());
    }
  }

  /**
   * [D] Risk ratio of a benchmark year to BY3.
   *
   * @param year the benchmark year
   * @return risk score BY3 / risk score of the year
   */
  public EnrollmentVector riskRatio(BenchmarkYear year) {
    return riskScores().get(BenchmarkYear.BY3).dividedBy(riskScores().get(year));
  }

  /**
   * [F] Trended, risk-adjusted per capita expenditures of a benchmark year.
   *
   * @param year the benchmark year
   * @return [B] x [D] x [E], dollars
   */
  public EnrollmentVector trendedExpenditures(BenchmarkYear year) {
    return perCapitaExpenditures().get(year).times(riskRatio(year)).times(trendFactors().get(year));
  }

  /**
   * [G] The weighted contribution of one benchmark year.
   *
   * @param year the benchmark year
   * @return [F] x weight, dollars
   */
  public EnrollmentVector weightedExpenditures(BenchmarkYear year) {
    return trendedExpenditures(year).times(weights().get(year));
  }

  /**
   * [G] Benchmark: historical benchmark expenditures before the regional adjustment.
   *
   * @return the sum of [G] over BY1-BY3, dollars
   */
  public EnrollmentVector benchmarkExpenditures() {
    return weightedExpenditures(BenchmarkYear.BY1).plus(weightedExpenditures(BenchmarkYear.BY2))
        .plus(weightedExpenditures(BenchmarkYear.BY3));
  }

  /**
   * [I] The historical benchmark before the regional adjustment.
   *
   * @return [G] Benchmark weighted by [H], dollars
   */
  public double benchmark() {
    return benchmarkExpenditures().dot(proportions());
  }

  /**
   * Explains the historical benchmark in the rows of Table 1.
   *
   * @return the explanation
   */
  public Explanation explain() {
    Explanation.Builder e = Explanation.builder().title("Table 1: Historical Benchmark Determination");
    for (BenchmarkYear y : BenchmarkYear.values()) {
      Steps.add(e, "D", "CMS-HCC Risk Ratio " + y, ValueKind.RATE, riskRatio(y), "[C] BY3 / [C] " + y);
      Steps.add(e, "F", "Trended Per Capita Expenditures " + y + " ($)", ValueKind.DOLLARS, trendedExpenditures(y),
          "[B] x [D] x [E]");
      Steps.add(e, "G", "Historical Benchmark Expenditures " + y + " ($)", ValueKind.DOLLARS,
          weightedExpenditures(y), "[F] x weight " + weights().get(y));
    }
    Steps.add(e, "G", "Historical Benchmark Expenditures Before Regional Adjustment ($)", ValueKind.DOLLARS,
        benchmarkExpenditures(), "sum of [G] over BY1-BY3");
    Steps.add(e, "I", "Historical Benchmark Before Regional Adjustment ($)", ValueKind.DOLLARS, benchmark(),
        "sum of [G] x [H]");
    return e.build();
  }
}
