/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.acokit.benchmark.BenchmarkYear;
import org.acokit.io.FailureCode;
import org.acokit.population.BeneficiaryYearColumns;
import org.acokit.population.EnrollmentType;
import org.acokit.population.EnrollmentVector;
import org.acokit.population.ExpenditureThresholds;
import org.acokit.population.PopulationSummary;
import org.acokit.population.SyntheticPopulation;
import org.junit.jupiter.api.Test;

/**
 * Runs the example from beneficiary rows to the updated benchmark and checks its steps against
 * the formulas written out here.
 */
class BeneficiaryDataToBenchmarkTest {

  @Test
  void fromRowsToTheUpdatedBenchmark() {
    StandardOutput.Printed<BeneficiaryDataToBenchmark.Result> printed =
        StandardOutput.capture(BeneficiaryDataToBenchmark::run);
    BeneficiaryDataToBenchmark.Result r = printed.value();

    // The three planted rows are reported (1-based) and the other rows kept.
    assertThat(r.by3Failures()).extracting(f -> f.row().getAsInt()).containsExactly(18, 4_243, 20_002);
    assertThat(r.by3Failures()).extracting(f -> f.code()).containsExactly(FailureCode.INVALID_VALUE,
        FailureCode.INCONSISTENT, FailureCode.INVALID_VALUE);
    assertThat(r.by3Failures()).extracting(f -> f.path()).containsExactly("months[AGED_NON_DUAL]",
        "expenditure[DISABLED]", "riskScore");
    assertThat(r.by3Failures().get(0).message()).contains("months Aged/non-dual must be between 0 and 12, but was 13");
    assertThat(r.by3Failures().get(1).message()).contains("expenditure Disabled must be 0 with 0 eligible months");
    assertThat(r.by3Failures().get(2).message()).contains("risk score must be a finite number greater than 0");
    assertThat(r.aco().get(2).rows()).isEqualTo(BeneficiaryDataToBenchmark.ACO_ROWS);

    // The ACO's BY1 aggregate against the CMS formulas, row by row: annualize, truncate at the
    // national 99th percentile, weight by person-years.
    BeneficiaryYearColumns national = BeneficiaryDataToBenchmark.rebuild(
        SyntheticPopulation.generate(1000, BeneficiaryDataToBenchmark.NATIONAL_ROWS),
        BeneficiaryDataToBenchmark.NATIONAL_SCALE[0], 1.0, false);
    ExpenditureThresholds thresholds = ExpenditureThresholds.ninetyNinthPercentile(national);
    BeneficiaryYearColumns aco = BeneficiaryDataToBenchmark.rebuild(
        SyntheticPopulation.generate(3000, BeneficiaryDataToBenchmark.ACO_ROWS),
        BeneficiaryDataToBenchmark.ACO_SCALE[0], 1.0, false);
    PopulationSummary by1 = r.aco().get(0);
    for (EnrollmentType t : EnrollmentType.values()) {
      double personYears = 0;
      double weighted = 0;
      for (int i = 0; i < aco.size(); i++) {
        int m = aco.months(t, i);
        if (m > 0) {
          double w = m / 12.0;
          double cap = thresholds.threshold(t);
          personYears += w;
          weighted += w * Math.max(-cap, Math.min(cap, aco.expenditure(t, i) / w));
        }
      }
      assertThat(by1.personYears().get(t)).isCloseTo(personYears, within(1e-9 * personYears));
      assertThat(by1.perCapitaExpenditures().get(t)).isCloseTo(weighted / personYears,
          within(1e-9 * weighted / personYears));
    }

    // Same rows scaled: the national trend BY1 to BY3 is the growth put in (1.035 x 1.034), for
    // every type; the ACO's PY risk ratio (1.05) is capped at 1.03.
    for (EnrollmentType t : EnrollmentType.values()) {
      assertThat(r.trend().nationalTrend(BenchmarkYear.BY1).get(t)).isCloseTo(1.035 * 1.034, within(1e-12));
      assertThat(r.trend().regionalUpdate().get(t)).isCloseTo(1.028, within(1e-12));
      assertThat(r.updated().riskRatioUncapped().get(t)).isCloseTo(1.05, within(1e-12));
      assertThat(r.updated().riskRatio().get(t)).isEqualTo(1.03);
    }

    // Table 1 and Table 2 by their formulas.
    EnrollmentVector expected = EnrollmentVector.of(0, 0, 0, 0);
    for (BenchmarkYear y : BenchmarkYear.values()) {
      expected = expected.plus(r.historical().trendedExpenditures(y).times(r.historical().weights().get(y)));
    }
    assertThat(r.historical().weights().get(BenchmarkYear.BY3)).isEqualTo(0.6);
    for (EnrollmentType t : EnrollmentType.values()) {
      assertThat(r.historical().benchmarkExpenditures().get(t)).isCloseTo(expected.get(t), within(1e-6));
      double ratio = r.updated().riskRatio().get(t);
      assertThat(ratio).isLessThanOrEqualTo(1.03);
    }
    double updated = r.updated().proportions().dot(r.historical().benchmarkExpenditures()
        .times(r.updated().riskRatio()).times(r.updated().updateFactors().orElseThrow()));
    assertThat(r.updated().updatedBenchmark()).isCloseTo(updated, within(1e-6));
    // Spending grew about 3% a year nationally and regionally: the update is above 1.
    assertThat(r.updated().updatedBenchmark()).isGreaterThan(r.historical().benchmark());

    assertThat(printed.text()).contains("Table 1: Historical Benchmark Determination")
        .contains("beneficiary-year columns row 18 INVALID_VALUE at months[AGED_NON_DUAL]: months Aged/non-dual must be between 0 and 12")
        .doesNotContain("rows row").contains("Updated benchmark: $");
  }

  @Test
  void mainRuns() throws Exception {
    assertThat(StandardOutput.of(BeneficiaryDataToBenchmark::main)).contains("Updated benchmark");
  }
}
