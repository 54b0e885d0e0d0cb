/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.benchmark;

import static org.acokit.testing.Probe.handled;
import static org.acokit.testing.Probe.refused;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.OptionalDouble;
import java.util.stream.Stream;

import org.acokit.population.EnrollmentVector;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Bad-input probes of the benchmark stages (issue 17): a stage never hands on a zero, negative,
 * NaN or infinite benchmark; bad values are refused with a message naming the field.
 */
class BenchmarkBadInputTest {

  private static final EnrollmentVector ONES = EnrollmentVector.of(1, 1, 1, 1);
  private static final EnrollmentVector MIX = EnrollmentVector.of(0.01, 0.17, 0.09, 0.73);

  static HistoricalBenchmark.Builder historical(EnrollmentVector perCapita, EnrollmentVector trend) {
    HistoricalBenchmark.Builder b = HistoricalBenchmark.builder().proportions(MIX)
        .weights(HistoricalBenchmark.firstAgreementWeights());
    for (BenchmarkYear y : BenchmarkYear.values()) {
      b.putPerCapitaExpenditures(y, perCapita).putRiskScores(y, ONES).putTrendFactors(y, trend);
    }
    return b;
  }

  static UpdatedBenchmark.Builder updated() {
    return UpdatedBenchmark.builder().historicalBenchmarkExpenditures(ONES.times(10000)).riskScoresBy3(ONES)
        .riskScoresPerformanceYear(ONES.times(1.02)).proportions(MIX);
  }

  static RegionalAdjustment.Builder regional(EnrollmentVector historical, EnrollmentVector regionalExpenditures) {
    return RegionalAdjustment.builder().historicalBenchmarkExpenditures(historical).proportions(MIX)
        .riskScoresBy3(ONES).regionalExpenditures(regionalExpenditures).nationalExpendituresBy3(ONES.times(10000))
        .lowerSpendingWeight(0.35).higherSpendingWeight(0.15);
  }

  @TestFactory
  Stream<DynamicTest> probes() {
    return Stream.of(
        refused("historical benchmark of zero", "benchmark", () -> historical(ONES.times(0), ONES).build()),
        refused("historical per capita x trend overflows", "perCapitaExpenditures",
            () -> historical(ONES.times(1e308), ONES.times(10)).build()),
        refused("historical per capita negative", "per capita expenditures",
            () -> historical(ONES, ONES).build().withPerCapitaExpenditures(java.util.Map.of(BenchmarkYear.BY1, ONES,
                BenchmarkYear.BY2, ONES, BenchmarkYear.BY3, ONES.times(-5)))),
        refused("historical proportions negative, summing to 1", "proportions",
            () -> historical(ONES.times(10000), ONES).proportions(EnrollmentVector.of(-0.5, 1.5, 0, 0)).build()),
        refused("historical weight as percent", "weight", () -> historical(ONES.times(10000), ONES)
            .weights(java.util.Map.of(BenchmarkYear.BY1, 10.0, BenchmarkYear.BY2, 30.0, BenchmarkYear.BY3, 60.0)).build()),
        refused("updated benchmark negative after a flat dollar update", "updatedBenchmark",
            () -> updated().flatDollarUpdate(ONES.times(-20000)).build()),
        refused("updated benchmark overflows", "updatedBenchmark",
            () -> updated().historicalBenchmarkExpenditures(ONES.times(1e308)).updateFactors(ONES.times(5)).build()),
        refused("updated historical negative", "historicalBenchmarkExpenditures",
            () -> updated().updateFactors(ONES).build().withHistoricalBenchmarkExpenditures(EnrollmentVector.of(-1, 1, 1, 1))),
        refused("updated benchmark of zero", "updatedBenchmark",
            () -> updated().historicalBenchmarkExpenditures(ONES.times(0)).updateFactors(ONES).build()),
        refused("regionally adjusted benchmark of zero", "adjustedBenchmark",
            () -> regional(ONES.times(10), ONES.times(0)).higherSpendingWeight(1).negativeCapRate(1).build()),
        refused("regional historical negative", "historicalBenchmarkExpenditures",
            () -> regional(EnrollmentVector.of(-100, 1000, 1000, 1000), ONES.times(1000)).build()),
        refused("regional proportions negative", "proportions",
            () -> regional(ONES.times(1000), ONES.times(1000)).proportions(EnrollmentVector.of(-0.5, 1.5, 0, 0)).build()),
        refused("regional risk-adjusted expenditures overflow", "adjustedBenchmark",
            () -> regional(ONES.times(1e308), ONES.times(1.7e308)).riskScoresBy3(ONES.times(10)).build()),
        refused("EnrollmentVector NaN", "ESRD", () -> EnrollmentVector.of(Double.NaN, 1, 1, 1)),
        refused("EnrollmentVector product overflows", "value", () -> ONES.times(1e308).times(10)),
        refused("risk ratio cap NaN", "risk ratio cap", () -> RiskRatioCap.fixed(Double.NaN)),
        refused("prior savings summing past the largest double", "priorPerCapitaSavings",
            () -> BenchmarkAdjustment.priorSavingsAdjustment(new double[] {1.7e308, 1.7e308, 1.7e308}, 1, 10000)),
        refused("regional adjustment NaN", "regionalAdjustment",
            () -> BenchmarkAdjustment.choose(LocalDate.of(2024, 1, 1), Double.NaN, OptionalDouble.empty())),
        refused("national weight counts NaN", "assigned", () -> NationalWeight.ofOneCounty(
            EnrollmentVector.of(5, 5, 5, 5), EnrollmentVector.of(1, 1, 1, 1))),
        refused("renormalization of NaN", "national mean risk score",
            () -> RiskRenormalization.of(EnrollmentVector.of(0, 1, 1, 1))),
        handled("historical benchmark near the largest double", () -> historical(ONES.times(1e300), ONES).build(),
            h -> assertThat(h.benchmark()).isPositive()),
        handled("a zero per-type expenditure with a positive benchmark",
            () -> historical(EnrollmentVector.of(0, 10000, 10000, 10000), ONES).build(),
            h -> assertThat(h.benchmark()).isPositive()));
  }
}
