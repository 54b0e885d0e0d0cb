/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.acokit.benchmark.RiskRatioCap;
import org.acokit.benchmark.RiskRenormalization;
import org.acokit.contract.Band;
import org.acokit.contract.ContractTerms;
import org.acokit.contract.PerformanceInputs;
import org.acokit.contract.ResolvedContract;
import org.acokit.population.BeneficiaryYearColumns;
import org.acokit.population.EnrollmentVector;
import org.acokit.population.ExpenditureThresholds;
import org.acokit.population.PopulationAggregation;
import org.acokit.population.SyntheticPopulation;
import org.acokit.program.mssp.MsrElection;
import org.acokit.program.mssp.MsspInput;
import org.acokit.program.mssp.MsspSettlement;
import org.acokit.program.mssp.MsspTrack;
import org.acokit.quality.QualityOutcome;
import org.acokit.quality.QualityStandard;
import org.junit.jupiter.api.Test;

class SettlementSimulationTest {

  static MsspInput enhanced(int size) {
    return MsspInput.builder().performanceYear(2025).track(MsspTrack.ENHANCED).agreementStart(LocalDate.of(2024, 1, 1))
        .assignedBeneficiaries(size).personYears(size).perCapitaBenchmark(12_000).perCapitaExpenditure(12_000)
        .quality(QualityOutcome.of(0.8, QualityStandard.MET)).msrElection(MsrElection.zero()).build();
  }

  static BootstrapSpending bootstrap(int rows) {
    BeneficiaryYearColumns columns = SyntheticPopulation.generate(11, rows);
    return BootstrapSpending.of(columns, ExpenditureThresholds.of(EnrollmentVector.of(483948.83, 167718.37, 219966.13,
        139227.69)), 1.0, EnrollmentVector.of(90_000, 13_000, 20_000, 12_500));
  }

  @Test
  void sameSeedSameResultBitForBitOnOneOrTwoThreads() {
    SettlementSimulation sim = SettlementSimulation.parametric(enhanced(8_000), ParametricSpending.lognormal(0.01, 2.5),
        Perturbations.builder().trendStandardDeviation(0.01).riskScoreStandardDeviation(0.005)
            .qualityScoreStandardDeviation(0.05).probabilityQualityStandardMet(0.9).build());
    SimulationResult one = sim.run(20_001, 42, 1);
    SimulationResult two = sim.run(20_001, 42, 2);
    assertThat(two.payments()).isEqualTo(one.payments());
    assertThat(two.savingsRates()).isEqualTo(one.savingsRates());
    assertThat(two.summary()).isEqualTo(one.summary());
    assertThat(Double.doubleToRawLongBits(two.expectedPayment())).isEqualTo(Double.doubleToRawLongBits(
        one.expectedPayment()));
    assertThat(sim.run(20_001, 43, 2).payments()).isNotEqualTo(one.payments());
  }

  @Test
  void bootstrapIsReproducibleOnAnyThreadsAndResamplesWithinStrata() {
    BootstrapSpending model = bootstrap(3_000);
    SettlementSimulation sim = SettlementSimulation.bootstrap(enhanced(3_000), model, Perturbations.none());
    SimulationResult one = sim.run(300, 5, 1);
    SimulationResult two = sim.run(300, 5, 2);
    assertThat(two.payments()).isEqualTo(one.payments());
    assertThat(one.meanPersonYears()).isBetween(2_500.0, 3_000.0);
    // The savings rate varies between resamples, around the population's own.
    assertThat(SimulationStatistics.sd(one.savingsRates())).isGreaterThan(0.005);
    int total = 0;
    for (org.acokit.population.EnrollmentType t : org.acokit.population.EnrollmentType.values()) {
      total += model.stratumSize(t);
    }
    assertThat(total).isLessThanOrEqualTo(3_000);
    SimulationResult adjusted = SettlementSimulation.bootstrap(enhanced(3_000), model.withRiskAdjustment(
        RiskRenormalization.of(EnrollmentVector.of(1.0, 1.0, 1.0, 1.0)), EnrollmentVector.of(1.0, 1.0, 1.0, 1.0)),
        Perturbations.none()).run(300, 5);
    assertThat(adjusted.payments()).isNotEqualTo(one.payments());
  }

  @Test
  void bootstrapCapsEachTrialsRiskRatioLikeTheUpdatedBenchmark() {
    BootstrapSpending model = bootstrap(3_000);
    EnrollmentVector scores = PopulationAggregation.aggregate(model.columns(), model.thresholds(), 1.0).summary()
        .riskScores();
    RiskRenormalization national = RiskRenormalization.of(EnrollmentVector.of(1.0, 1.0, 1.0, 1.0));
    // The population's risk scores 5% above the reference: uncapped ratios near 1.05, above the 1.03 cap.
    BootstrapSpending growing = model.withRiskAdjustment(national, scores.map(r -> r / 1.05));
    SimulationResult uncapped = SettlementSimulation.bootstrap(enhanced(3_000), growing, Perturbations.none())
        .run(400, 7);
    SimulationResult capped = SettlementSimulation.bootstrap(enhanced(3_000),
        growing.withRiskRatioCap(RiskRatioCap.fixed(1.03)), Perturbations.none()).run(400, 7);
    assertThat(uncapped.probabilityRiskRatioCapBinds()).isZero();
    assertThat(capped.probabilityRiskRatioCapBinds()).isGreaterThan(0.9);
    assertThat(capped.summary()).contains("P(risk ratio cap binds)");
    // Same seed, same resamples: the cap only lowers the benchmark, so every savings rate is at
    // most the uncapped one; expenditure / benchmark = 1 - rate grows by about 1.05 / 1.03 when
    // every ratio binds.
    double[] a = uncapped.savingsRates();
    double[] b = capped.savingsRates();
    double growth = 0;
    for (int i = 0; i < a.length; i++) {
      assertThat(b[i]).isLessThanOrEqualTo(a[i] + 1e-12);
      growth += (1 - b[i]) / (1 - a[i]) / a.length;
    }
    assertThat(growth).isCloseTo(1.05 / 1.03, within(0.005));
    // Scores half the reference: the cap never binds (decreases are never capped), bit for bit. (At
    // 5% below, a resample of the small ESRD stratum can still grow past 1.03.)
    BootstrapSpending falling = model.withRiskAdjustment(national, scores.map(r -> r * 2));
    SimulationResult plain = SettlementSimulation.bootstrap(enhanced(3_000), falling, Perturbations.none()).run(200, 3);
    SimulationResult withCap = SettlementSimulation.bootstrap(enhanced(3_000),
        falling.withRiskRatioCap(RiskRatioCap.fixed(1.03)), Perturbations.none()).run(200, 3);
    assertThat(withCap.payments()).isEqualTo(plain.payments());
    assertThat(withCap.probabilityRiskRatioCapBinds()).isZero();
    assertThat(growing.withRiskRatioCap(RiskRatioCap.fixed(1.03)).toString()).contains("cap 1.03");
    assertThatThrownBy(() -> model.withRiskRatioCap(RiskRatioCap.fixed(1.03)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("withRiskAdjustment");
  }

  @Test
  void everyTrialIsTheEngineSettlementOfItsDraw() {
    MsspInput input = enhanced(10_000);
    SimulationResult r = SettlementSimulation.parametric(input, ParametricSpending.normal(0.0, 2.0)).run(200, 9);
    assertThat(r.toString()).contains("200 trials, seed 9").contains("P(shared savings earned)")
        .contains(org.acokit.explain.Formats.dollars(r.expectedPayment())).doesNotContain("SimulationResult{")
        .hasSizeLessThan(1000);
    ResolvedContract contract = MsspSettlement.resolve(input);
    double[] rates = r.savingsRates();
    double[] payments = r.payments();
    for (int i = 0; i < 200; i++) {
      double expenditure = input.totalBenchmarkExpenditures() * (1 - rates[i]);
      double settled = MsspSettlement.settle(MsspInput.builder().from(input).perCapitaExpenditure(
          expenditure / input.personYears()).build()).earnedSavingsLosses();
      assertThat(payments[i]).isCloseTo(settled, within(1e-3));
      assertThat(contract).isNotNull();
    }
  }

  @Test
  void normalModelMatchesTheClosedForm() {
    // ENHANCED with a 0% election: P(savings >= MSR) = P(E < B) = 1/2 at true savings 0, and
    // Phi(s / (cv / sqrt(n))) at true savings s (relative to the mean).
    SimulationResult flat = SettlementSimulation.parametric(enhanced(10_000), ParametricSpending.normal(0.0, 2.0))
        .run(100_000, 3);
    assertThat(flat.probabilitySavingsAtLeastMsr()).isCloseTo(0.5, within(4 * flat.standardError(0.5)));
    SimulationResult saving = SettlementSimulation.parametric(enhanced(10_000), ParametricSpending.normal(0.02, 2.0))
        .run(100_000, 3);
    double sigma = 2.0 * 0.98 / Math.sqrt(10_000);
    double expected = Distributions.normalCdf(0.02 / sigma);
    assertThat(saving.probabilitySavingsAtLeastMsr()).isCloseTo(expected, within(4 * saving.standardError(expected)));
    assertThat(saving.probabilitySharedLosses()).isCloseTo(1 - expected, within(4 * saving.standardError(expected)));
    assertThat(saving.censoredTrials()).isZero();
  }

  @Test
  void lognormalTruncatedMomentsAreRight() {
    double[] untruncated = ParametricSampler.truncatedLognormalMoments(2.0, Double.POSITIVE_INFINITY);
    assertThat(untruncated[0]).isCloseTo(4.0, within(1e-9));
    assertThat(untruncated[1]).isCloseTo(3 * 2.0 + 8.0, within(1e-6));
    double[] truncated = ParametricSampler.truncatedLognormalMoments(2.0, 12.0);
    assertThat(truncated[0]).isLessThan(4.0).isGreaterThan(1.0);
    assertThat(truncated[1]).isLessThan(14.0).isGreaterThan(0);
    SimulationResult r = SettlementSimulation.parametric(enhanced(2_000), ParametricSpending.builder().trueSavingsRate(0)
        .coefficientOfVariation(2.0).tail(Tail.LOGNORMAL).truncationThreshold(12 * 12_000).build()).run(100_000, 1);
    // Mean spending equals the benchmark: mean gross savings rate ~ 0, right-skewed spending.
    assertThat(SimulationStatistics.mean(r.savingsRates())).isCloseTo(0, within(0.001));
    assertThat(r.probabilitySavings()).isGreaterThan(0.5);
  }

  @Test
  void capsAndTailStatistics() {
    SimulationResult r = SettlementSimulation.parametric(enhanced(1_000), ParametricSpending.normal(0.0, 3.0))
        .run(50_000, 8);
    assertThat(r.probabilitySavingsCapBinds()).isGreaterThan(0);
    assertThat(r.probabilityLossCapBinds()).isGreaterThan(0);
    assertThat(r.expectedShortfall(0.95)).isGreaterThanOrEqualTo(r.valueAtRisk(0.95));
    assertThat(r.valueAtRisk(0.99)).isGreaterThanOrEqualTo(r.valueAtRisk(0.95));
    assertThat(r.quantile(0.05)).isLessThanOrEqualTo(r.quantile(0.5));
    // The loss cap: 15% of the benchmark, so no trial owes more.
    assertThat(r.quantile(0)).isGreaterThanOrEqualTo(-0.15 * 12_000 * 1_000 - 1e-6);
    assertThat(r.certaintyEquivalent(1e6)).isLessThan(r.expectedPayment());
    assertThat(r.histogram(10)).contains("#").hasLineCount(11);
    assertThat(r.summary()).contains("P(savings >= MSR)").contains("VaR 95% of losses");
  }

  @Property(tries = 30)
  void certaintyEquivalentIsBelowTheMeanAndApproachesIt(@ForAll @DoubleRange(min = 1e5, max = 1e8) double tolerance,
      @ForAll @IntRange(min = 2_000, max = 50_000) int size) {
    SimulationResult r = SettlementSimulation.parametric(enhanced(size), ParametricSpending.normal(0.01, 2.0))
        .run(500, size);
    assertThat(r.certaintyEquivalent(tolerance)).isLessThanOrEqualTo(r.expectedPayment() + 1e-6 * Math.abs(
        r.expectedPayment()) + 1e-6);
    assertThat(r.certaintyEquivalent(1e15)).isCloseTo(r.expectedPayment(), within(1e-3 * r.paymentStandardDeviation()
        + 1));
    assertThat(r.probabilityEarnedSavings() + r.probabilitySharedLosses()).isLessThanOrEqualTo(1.0);
  }

  @Test
  void badInputNamesTheFieldTheValueAndWhatIsAllowed() {
    assertThatThrownBy(() -> ParametricSpending.normal(0.0, 0.0)).hasMessageContaining("coefficientOfVariation")
        .hasMessageContaining("greater than 0").hasMessageContaining("0.0");
    assertThatThrownBy(() -> ParametricSpending.normal(0.0, -1.5)).hasMessageContaining("coefficientOfVariation")
        .hasMessageContaining("-1.5");
    assertThatThrownBy(() -> ParametricSpending.normal(1.2, 2.0)).hasMessageContaining("trueSavingsRate")
        .hasMessageContaining("1.2");
    assertThatThrownBy(() -> Perturbations.builder().probabilityQualityStandardMet(1.3).build())
        .hasMessageContaining("probabilityQualityStandardMet").hasMessageContaining("1.3")
        .hasMessageContaining("between 0 and 1");
    assertThatThrownBy(() -> Perturbations.builder().probabilityQualityStandardMet(-0.1).build())
        .hasMessageContaining("-0.1");
    SettlementSimulation sim = SettlementSimulation.parametric(enhanced(5_000), ParametricSpending.normal(0, 2));
    assertThatThrownBy(() -> sim.run(1, 1)).hasMessageContaining("trials").hasMessageContaining("at least 2")
        .hasMessageContaining("1");
    assertThatThrownBy(() -> sim.run(100, 1, 0)).hasMessageContaining("threads");
    ContractTerms terms = ContractTerms.builder().name("x").addSavingsBands(Band.flat(0.5)).build();
    PerformanceInputs base = PerformanceInputs.builder().benchmark(1e6).expenditure(1e6).build();
    assertThatThrownBy(() -> SettlementSimulation.parametric(ResolvedContract.of(terms), base, 0,
        ParametricSpending.normal(0, 2), Perturbations.none())).hasMessageContaining("personYears")
        .hasMessageContaining("greater than 0");
    assertThatThrownBy(() -> SettlementSimulation.parametric(ResolvedContract.of(terms), base, 50,
        ParametricSpending.normal(0, 2), Perturbations.none())).hasMessageContaining("Tail.LOGNORMAL");
    BeneficiaryYearColumns empty = BeneficiaryYearColumns.of(new byte[4][0], new double[4][0], new double[0], null);
    assertThatThrownBy(() -> BootstrapSpending.of(empty, ExpenditureThresholds.none(), 1.0,
        EnrollmentVector.of(1, 1, 1, 1))).hasMessageContaining("columns").hasMessageContaining("0 rows");
    assertThatThrownBy(() -> SensitivityGrid.builder(2025, LocalDate.of(2025, 1, 1), 10_000).sizes(0))
        .hasMessageContaining("size").hasMessageContaining("0");
    assertThatThrownBy(() -> SettlementSimulation.parametric(enhanced(5_000), ParametricSpending.normal(0, 2))
        .run(10, 1).quantile(1.5)).hasMessageContaining("1.5");
  }
}
