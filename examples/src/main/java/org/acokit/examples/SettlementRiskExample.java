/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.examples;

import java.io.PrintStream;

import org.acokit.program.mssp.MsspInput;
import org.acokit.risk.ParametricSpending;
import org.acokit.risk.SettlementSimulation;
import org.acokit.risk.SimulationResult;
import org.acokit.risk.Tail;

/**
 * Settlement risk of ACO A1540's PY2022 year (BASIC Level B, 7,207 beneficiaries): 100,000
 * simulated performance years with 2% true savings, a per-beneficiary CV of 2.2 and the
 * heavy-tailed model truncated at the 2022 aged/non-dual threshold, each settled under the real
 * PY2022 rules resolved once. Prints the summary table and the text histogram.
 */
public final class SettlementRiskExample {

  private SettlementRiskExample() {
  }

  /**
   * Runs the simulation and prints it.
   *
   * @param out where to print
   * @return the result
   */
  public static SimulationResult run(PrintStream out) {
    SimulationResult result = simulate(100_000);
    out.print(result.summary());
    out.print(result.histogram(20));
    return result;
  }

  /**
   * Simulates the example's model, seed 2022.
   *
   * @param trials the number of simulated years
   * @return the result
   */
  public static SimulationResult simulate(int trials) {
    MsspInput a1540 = A1540Settlement.input();
    ParametricSpending model = ParametricSpending.builder().trueSavingsRate(0.02).coefficientOfVariation(2.2)
        .tail(Tail.LOGNORMAL).truncationThreshold(139_227.69).build();
    return SettlementSimulation.parametric(a1540, model).run(trials, 2022);
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
