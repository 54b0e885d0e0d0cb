/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.risk;

import static org.acokit.testing.Probe.handled;
import static org.acokit.testing.Probe.refused;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.stream.Stream;

import org.acokit.population.EnrollmentVector;
import org.acokit.population.ExpenditureThresholds;
import org.acokit.population.SyntheticPopulation;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Bad-input probes of the risk simulations (issue 17): bad parameters are refused with a message
 * naming the field; results never hold NaN or infinity.
 */
class RiskBadInputTest {

  static SimulationResult small() {
    return SettlementSimulation.parametric(SettlementSimulationTest.enhanced(5_000), ParametricSpending.normal(0.01, 2.5))
        .run(200, 3);
  }

  @TestFactory
  Stream<DynamicTest> probes() {
    return Stream.of(
        refused("true savings rate NaN", "trueSavingsRate", () -> ParametricSpending.normal(Double.NaN, 2)),
        refused("true savings rate as percent", "trueSavingsRate", "5", () -> ParametricSpending.normal(5, 2)),
        refused("cv NaN", "coefficientOfVariation", () -> ParametricSpending.lognormal(0, Double.NaN)),
        refused("cv +Infinity", "coefficientOfVariation", () -> ParametricSpending.lognormal(0, Double.POSITIVE_INFINITY)),
        refused("trend sd NaN", "trendStandardDeviation",
            () -> Perturbations.builder().trendStandardDeviation(Double.NaN).build()),
        refused("trials 1", "trials", "1", () -> SettlementSimulation.parametric(SettlementSimulationTest.enhanced(5_000),
            ParametricSpending.normal(0.01, 2.5)).run(1, 3)),
        refused("threads 0", "threads", "0", () -> SettlementSimulation.parametric(SettlementSimulationTest.enhanced(5_000),
            ParametricSpending.normal(0.01, 2.5)).run(100, 3, 0)),
        refused("personYears NaN", "personYears", () -> SettlementSimulation.parametric(
            org.acokit.program.mssp.MsspSettlement.resolve(SettlementSimulationTest.enhanced(5_000)),
            org.acokit.program.mssp.MsspRules.performance(SettlementSimulationTest.enhanced(5_000)), Double.NaN,
            ParametricSpending.normal(0.01, 2.5), Perturbations.none())),
        refused("quantile NaN", "probability", () -> small().quantile(Double.NaN)),
        refused("value at risk level 95 (percent)", "level", "95", () -> small().valueAtRisk(95)),
        refused("risk tolerance NaN", "riskTolerance", () -> small().certaintyEquivalent(Double.NaN)),
        handled("risk tolerance so small a naive utility would overflow", () -> small().certaintyEquivalent(1e-300),
            ce -> assertThat(ce).isLessThanOrEqualTo(small().expectedPayment())),
        refused("histogram bins 0", "bins", "0", () -> small().histogram(0)),
        refused("bootstrap benchmark NaN", "ESRD value", () -> BootstrapSpending.of(SyntheticPopulation.generate(1, 100),
            ExpenditureThresholds.none(), 1.0, EnrollmentVector.of(Double.NaN, 1, 1, 1))),
        refused("bootstrap completion factor NaN", "completionFactor", () -> BootstrapSpending.of(
            SyntheticPopulation.generate(1, 100), ExpenditureThresholds.none(), Double.NaN, EnrollmentVector.of(1, 1, 1, 1))),
        refused("grid benchmark NaN", "perCapitaBenchmark",
            () -> SensitivityGrid.builder(2025, LocalDate.of(2024, 1, 1), Double.NaN)),
        refused("grid risk tolerance NaN", "riskTolerance",
            () -> SensitivityGrid.builder(2025, LocalDate.of(2024, 1, 1), 12_000).riskTolerance(Double.NaN)),
        refused("friedberg patients 0", "patients", "0", () -> PublishedStudies.friedbergOptionPrice(0, 0.01, 100, 1)),
        handled("a small simulation", RiskBadInputTest::small, r -> assertThat(r.trials()).isEqualTo(200)),
        handled("certainty equivalent at a small risk tolerance", () -> small().certaintyEquivalent(1),
            ce -> assertThat(ce).isLessThanOrEqualTo(small().expectedPayment())));
  }
}
