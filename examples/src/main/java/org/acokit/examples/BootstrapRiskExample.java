/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.examples;

import java.io.PrintStream;
import java.time.LocalDate;

import org.acokit.benchmark.RiskRatioCap;
import org.acokit.benchmark.RiskRenormalization;
import org.acokit.population.BeneficiaryYearColumns;
import org.acokit.population.EnrollmentVector;
import org.acokit.population.ExpenditureThresholds;
import org.acokit.population.PopulationAggregation;
import org.acokit.population.PopulationSummary;
import org.acokit.population.SyntheticPopulation;
import org.acokit.program.mssp.MsrElection;
import org.acokit.program.mssp.MsspInput;
import org.acokit.program.mssp.MsspTrack;
import org.acokit.quality.QualityOutcome;
import org.acokit.quality.QualityStandard;
import org.acokit.risk.BootstrapSpending;
import org.acokit.risk.Perturbations;
import org.acokit.risk.SettlementSimulation;
import org.acokit.risk.SimulationResult;

/**
 * A beneficiary bootstrap: an ACO's own 20,000 beneficiary-year rows (synthetic here, the same
 * shape as CMS's beneficiary files) resampled within enrollment-type strata, re-aggregated with
 * the 2022 truncation thresholds against a benchmark 1% above the population's own spending,
 * risk-adjusted by the resample's renormalized risk scores with the 2024+ cap on risk score
 * growth (42 CFR 425.605(a)(1)(ii): aggregate demographic growth, here none, plus 3 points; the
 * weights are the benchmark expenditure by type x person-years), and settled under ENHANCED
 * PY2025 with a 0% MSR/MLR, 2,000 times.
 */
public final class BootstrapRiskExample {

  /** CMS's CY2022 truncation thresholds by enrollment type (report of ACO A1540, Parameters). */
  static final EnrollmentVector THRESHOLDS_2022 = EnrollmentVector.of(483948.83, 167718.37, 219966.13, 139227.69);

  private BootstrapRiskExample() {
  }

  /**
   * Runs the bootstrap and prints it.
   *
   * @param out where to print
   * @return the result
   */
  public static SimulationResult run(PrintStream out) {
    BeneficiaryYearColumns rows = SyntheticPopulation.generate(2025, 20_000);
    ExpenditureThresholds thresholds = ExpenditureThresholds.of(THRESHOLDS_2022);
    // The benchmark by enrollment type: 1% above the population's own truncated spending.
    PopulationSummary own = PopulationAggregation.aggregate(rows, thresholds, 1.0).summary();
    EnrollmentVector benchmarkByType = own.perCapitaExpenditures().times(1.01);
    EnrollmentVector unchanged = EnrollmentVector.of(1.0, 1.0, 1.0, 1.0);
    BootstrapSpending model = BootstrapSpending.of(rows, thresholds, 1.0, benchmarkByType)
        .withRiskAdjustment(RiskRenormalization.of(unchanged), own.riskScores())
        .withRiskRatioCap(RiskRatioCap.demographicGrowthPlus(unchanged, unchanged,
            benchmarkByType.times(own.personYears()), 0.03));
    MsspInput aco = MsspInput.builder().performanceYear(2025).track(MsspTrack.ENHANCED)
        .agreementStart(LocalDate.of(2024, 1, 1)).assignedBeneficiaries(20_000).personYears(19_000)
        .perCapitaBenchmark(12_000).perCapitaExpenditure(12_000).quality(QualityOutcome.of(0.85, QualityStandard.MET))
        .msrElection(MsrElection.zero()).build();
    SimulationResult result = SettlementSimulation.bootstrap(aco, model, Perturbations.none()).run(2_000, 7, 2);
    out.print(result.summary());
    out.print(result.histogram(15));
    return result;
  }

  /**
   * Runs the example.
   *
   * @param args none
   */
  public static void main(String[] args) {
    run(System.out);
  }
}
