/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.concurrent.ForkJoinPool;

import org.acokit.io.FailureCode;
import org.junit.jupiter.api.Test;

/**
 * Tests the population aggregation with the worked examples of CMS's methodology specification
 * v11 (sections 3.2-3.5) and its checks of bad rows.
 */
class PopulationAggregationTest {

  private static final ExpenditureThresholds THRESHOLDS_2021 =
      ExpenditureThresholds.of(EnrollmentVector.of(500000, 170000, 208929.14, 140000));

  private static BeneficiaryYearColumns rows(byte[] agedDualMonths, double[] agedDualSpend, double[] risk) {
    int n = risk.length;
    return BeneficiaryYearColumns.of(new byte[][] {new byte[n], new byte[n], agedDualMonths, new byte[n]},
        new double[][] {new double[n], new double[n], agedDualSpend, new double[n]}, risk, null);
  }

  @Test
  void annualizesTruncatesCompletesAndWeightsAsTheSpecification() {
    // 6 months, $10,000: 0.5 person-years, $20,000 annualized, x 1.013 = $20,260, weighted $10,130.
    PopulationSummary one = PopulationAggregation.aggregate(rows(new byte[] {6}, new double[] {10000}, new double[] {1.1}),
        THRESHOLDS_2021, 1.013).summary();
    assertThat(one.personYears().get(EnrollmentType.AGED_DUAL)).isEqualTo(0.5);
    assertThat(one.perCapitaExpenditures().get(EnrollmentType.AGED_DUAL)).isCloseTo(20260, within(1e-9));
    assertThat(one.perCapitaExpenditures().get(EnrollmentType.AGED_DUAL) * one.personYears().get(EnrollmentType.AGED_DUAL))
        .isCloseTo(10130, within(1e-9));
    // $300,000 annualized is truncated to the 2021 aged/dual threshold $208,929.14.
    PopulationSummary high = PopulationAggregation.aggregate(rows(new byte[] {12}, new double[] {300000}, new double[] {1}),
        THRESHOLDS_2021, 1.0).summary();
    assertThat(high.perCapitaExpenditures().get(EnrollmentType.AGED_DUAL)).isEqualTo(208929.14);
    // Negative annualized amounts are truncated at the negative threshold (section 3.3).
    PopulationSummary negative = PopulationAggregation.aggregate(rows(new byte[] {1}, new double[] {-20000},
        new double[] {1}), THRESHOLDS_2021, 1.0).summary();
    assertThat(negative.perCapitaExpenditures().get(EnrollmentType.AGED_DUAL)).isCloseTo(-208929.14, within(1e-9));
  }

  @Test
  void weightsRiskAndProportionsByPersonYears() {
    PopulationSummary s = PopulationAggregation.aggregate(rows(new byte[] {12, 6}, new double[] {12000, 3000},
        new double[] {1.0, 2.5}), ExpenditureThresholds.none(), 1.0).summary();
    assertThat(s.personYears().get(EnrollmentType.AGED_DUAL)).isEqualTo(1.5);
    assertThat(s.riskScores().get(EnrollmentType.AGED_DUAL)).isCloseTo((1.0 + 0.5 * 2.5) / 1.5, within(1e-15));
    assertThat(s.perCapitaExpenditures().get(EnrollmentType.AGED_DUAL)).isCloseTo(15000 / 1.5, within(1e-9));
    assertThat(s.proportions().get(EnrollmentType.AGED_DUAL)).isEqualTo(1.0);
    assertThat(s.beneficiaries().get(EnrollmentType.AGED_DUAL)).isEqualTo(2);
    assertThat(s.perCapitaExpenditure()).isCloseTo(10000, within(1e-9));
  }

  @Test
  void reportsBadRowsAndKeepsTheGoodOnes() {
    BeneficiaryYearColumns columns = rows(new byte[] {12, 13, 6, 12, 0, 4, 3},
        new double[] {1000, 1000, Double.NaN, 1000, 50, 400, Double.POSITIVE_INFINITY}, new double[] {1, 1, 1, 0, 1, 1, 1});
    PopulationAggregate result = PopulationAggregation.aggregate(columns, THRESHOLDS_2021, 1.0);
    assertThat(result.failures()).extracting(f -> f.row().getAsInt()).containsExactly(2, 3, 4, 5, 7);
    assertThat(result.failures().get(4).message()).isEqualTo("expenditure Aged/dual must be a finite number, but was Infinity");
    assertThat(result.failures().get(0).message()).isEqualTo("months Aged/dual must be between 0 and 12, but was 13");
    assertThat(result.failures().get(1).message()).isEqualTo("expenditure Aged/dual must be a finite number, but was NaN");
    assertThat(result.failures().get(2).message())
        .isEqualTo("risk score must be a finite number greater than 0 for a row with eligible months, but was 0.0");
    assertThat(result.failures().get(3).message()).isEqualTo("expenditure Aged/dual must be 0 with 0 eligible months, but was 50.0");
    assertThat(result.failures()).extracting(f -> f.code()).containsExactly(FailureCode.INVALID_VALUE,
        FailureCode.NOT_FINITE, FailureCode.INVALID_VALUE, FailureCode.INCONSISTENT, FailureCode.NOT_FINITE);
    assertThat(result.failures()).extracting(f -> f.path()).containsExactly("months[AGED_DUAL]",
        "expenditure[AGED_DUAL]", "riskScore", "expenditure[AGED_DUAL]", "expenditure[AGED_DUAL]");
    assertThat(result.failures()).extracting(f -> f.value().orElseThrow()).containsExactly("13", "NaN", "0.0", "50.0",
        "Infinity");
    assertThat(result.summary().rows()).isEqualTo(2);
    assertThat(result.summary().personYears().get(EnrollmentType.AGED_DUAL)).isCloseTo(1 + 4 / 12.0, within(1e-15));
  }

  @Test
  void monthsAcrossTypesMayNotExceedTwelve() {
    BeneficiaryYearColumns columns = BeneficiaryYearColumns.of(
        new byte[][] {{0}, {7}, {0}, {6}}, new double[][] {{0}, {100}, {0}, {100}}, new double[] {1}, null);
    PopulationAggregate result = PopulationAggregation.aggregate(columns, ExpenditureThresholds.none(), 1.0);
    assertThat(result.failures()).hasSize(1);
    assertThat(result.failures().get(0).message())
        .isEqualTo("months of the four enrollment types must add up to at most 12, but added up to 13");
    assertThat(result.failures().get(0).code()).isEqualTo(FailureCode.INCONSISTENT);
    assertThat(result.failures().get(0).path()).isEqualTo("months");
    assertThat(result.failures().get(0).value()).hasValue("13");
  }

  @Test
  void withoutTruncationEveryBadAmountIsStillFound() {
    // With no thresholds the limit of an amount is infinite, and 0 with no months: spending
    // without months, an infinite and a NaN amount must still be reported, in the block loop
    // (blocks of eight rows and more) as row by row.
    BeneficiaryYearColumns clean = SyntheticPopulation.generate(5, 40);
    byte[][] months = new byte[4][40];
    double[][] spend = new double[4][40];
    double[] risk = new double[40];
    double total = 0;
    for (int i = 0; i < 40; i++) {
      for (EnrollmentType t : EnrollmentType.values()) {
        months[t.ordinal()][i] = (byte) clean.months(t, i);
        spend[t.ordinal()][i] = clean.expenditure(t, i);
      }
      risk[i] = clean.riskScore(i);
    }
    int noMonths = months[0][9] == 0 ? 0 : 1;
    spend[noMonths][9] = 5;
    int withMonths = 0;
    while (months[withMonths][13] == 0) {
      withMonths++;
    }
    spend[withMonths][13] = Double.NEGATIVE_INFINITY;
    spend[3][17] = Double.NaN;
    for (int i = 0; i < 40; i++) {
      if (i != 9 && i != 13 && i != 17) {
        total += spend[0][i] + spend[1][i] + spend[2][i] + spend[3][i];
      }
    }
    PopulationAggregate result = PopulationAggregation.aggregate(BeneficiaryYearColumns.of(months, spend, risk, null),
        ExpenditureThresholds.none(), 1.0);
    assertThat(result.failures()).extracting(f -> f.row().getAsInt()).containsExactly(10, 14, 18);
    PopulationSummary s = result.summary();
    double summed = 0;
    for (EnrollmentType t : EnrollmentType.values()) {
      summed += s.perCapitaExpenditures().get(t) * s.personYears().get(t);
    }
    assertThat(summed).isCloseTo(total, within(1e-9 * Math.abs(total)));
  }

  @Test
  void parallelAggregationEqualsOnePass() {
    BeneficiaryYearColumns columns = SyntheticPopulation.generate(42, 300_000);
    ExpenditureThresholds thresholds = ExpenditureThresholds.ninetyNinthPercentile(columns);
    PopulationSummary one = PopulationAggregation.aggregate(columns, thresholds, 1.013).summary();
    PopulationSummary parallel = PopulationAggregation.aggregateParallel(columns, thresholds, 1.013,
        ForkJoinPool.commonPool()).summary();
    assertThat(parallel.beneficiaries()).isEqualTo(one.beneficiaries());
    assertThat(parallel.rows()).isEqualTo(300_000);
    for (EnrollmentType t : EnrollmentType.values()) {
      assertThat(parallel.personYears().get(t)).isCloseTo(one.personYears().get(t), within(1e-9 * one.personYears().get(t)));
      assertThat(parallel.perCapitaExpenditures().get(t))
          .isCloseTo(one.perCapitaExpenditures().get(t), within(1e-9 * one.perCapitaExpenditures().get(t)));
    }
    // The synthetic mix looks like an ACO population.
    assertThat(one.proportions().get(EnrollmentType.AGED_NON_DUAL)).isBetween(0.70, 0.78);
    assertThat(one.perCapitaExpenditures().get(EnrollmentType.ESRD))
        .isGreaterThan(3 * one.perCapitaExpenditures().get(EnrollmentType.AGED_NON_DUAL));
  }

  @Test
  void partialsOfOtherThresholdsDoNotMerge() {
    PopulationAccumulator a = new PopulationAccumulator(ExpenditureThresholds.of(EnrollmentVector.of(1, 2, 3, 4)));
    PopulationAccumulator b = new PopulationAccumulator(ExpenditureThresholds.of(EnrollmentVector.of(1, 2, 3, 5)));
    assertThatThrownBy(() -> a.merge(b)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("same truncation thresholds").hasMessageContaining("ExpenditureThresholds{");
    assertThatThrownBy(() -> a.merge(new PopulationAccumulator(ExpenditureThresholds.none())))
        .hasMessageContaining("ExpenditureThresholds{none}");
    PopulationAccumulator same = new PopulationAccumulator(ExpenditureThresholds.of(EnrollmentVector.of(1, 2, 3, 4)));
    assertThat(a.merge(same).rows()).isZero();
  }

  @Test
  void ninetyNinthPercentileIsTheNearestRank() {
    double[] spend = new double[200];
    byte[] months = new byte[200];
    double[] risk = new double[200];
    for (int i = 0; i < 200; i++) {
      spend[i] = (i + 1) * 100;
      months[i] = 12;
      risk[i] = 1;
    }
    BeneficiaryYearColumns columns = BeneficiaryYearColumns.of(new byte[][] {months, months, months, months},
        new double[][] {spend, spend, spend, spend}, risk, null);
    // Rank ceil(0.99 x 200) = 198 of 100..20,000.
    assertThat(ExpenditureThresholds.ninetyNinthPercentile(columns).threshold(EnrollmentType.ESRD)).isEqualTo(19800);
    assertThatThrownBy(() -> ExpenditureThresholds.ninetyNinthPercentile(rows(new byte[] {12}, new double[] {1},
        new double[] {1}))).hasMessageContaining("no row with eligible months as ESRD");
  }

  @Test
  void columnsMustHaveOneLength() {
    assertThatThrownBy(() -> BeneficiaryYearColumns.of(new byte[][] {{1}, {1}, {1}, {1, 2}},
        new double[][] {{1}, {1}, {1}, {1}}, new double[] {1}, null))
        .hasMessage("months[Aged/non-dual] must have 1 rows like riskScores, but had 2");
  }
}
