/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.examples;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

import org.acokit.program.mssp.MsspInput;
import org.acokit.risk.ParametricSpending;
import org.acokit.risk.Perturbations;
import org.acokit.risk.SettlementSimulation;
import org.acokit.risk.SimulationResult;

/**
 * What uncertainty beyond spending does to ACO A1540's PY2022 year: the same spending model
 * without perturbations, with 1% trend and 0.5% risk-score uncertainty, and with the quality
 * score uncertain (sd 0.05) and the quality standard met with probability 0.9.
 */
public final class PerturbationRiskExample {

  private PerturbationRiskExample() {
  }

  /**
   * Runs the three simulations and prints them side by side.
   *
   * @param out where to print
   * @return the results, in that order
   */
  public static List<SimulationResult> run(PrintStream out) {
    MsspInput a1540 = A1540Settlement.input();
    ParametricSpending model = ParametricSpending.normal(0.03, 2.2);
    List<Perturbations> cases = List.of(Perturbations.none(),
        Perturbations.builder().trendStandardDeviation(0.01).riskScoreStandardDeviation(0.005).build(),
        Perturbations.builder().trendStandardDeviation(0.01).riskScoreStandardDeviation(0.005)
            .qualityScoreStandardDeviation(0.05).probabilityQualityStandardMet(0.9).build());
    List<String> names = List.of("spending only", "+ trend and risk", "+ quality");
    out.printf(Locale.ROOT, "%-18s %10s %12s %16s %12s%n", "uncertainty", "P(>=MSR)", "P(earned)", "E[payment] $",
        "sd $");
    List<SimulationResult> results = new java.util.ArrayList<>();
    for (int i = 0; i < cases.size(); i++) {
      SimulationResult r = SettlementSimulation.parametric(a1540, model, cases.get(i)).run(50_000, 99);
      results.add(r);
      out.printf(Locale.ROOT, "%-18s %10.4f %12.4f %,16.0f %,12.0f%n", names.get(i), r.probabilitySavingsAtLeastMsr(),
          r.probabilityEarnedSavings(), r.expectedPayment(), r.paymentStandardDeviation());
    }
    return results;
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
