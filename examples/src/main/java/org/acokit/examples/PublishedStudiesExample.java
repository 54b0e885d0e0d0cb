/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.examples;

import java.io.PrintStream;
import java.util.Locale;

import org.acokit.risk.ParametricSpending;
import org.acokit.risk.PublishedStudies;
import org.acokit.risk.SettlementSimulation;
import org.acokit.risk.SimulationResult;

/**
 * The simulation beside two published studies: DeLia, Hoover and Cantor (2012) on the MSSP's
 * statistical uncertainty, and Friedberg et al. (2013) on pricing shared-savings contracts as
 * options (their assumptions and what is calibrated: {@link PublishedStudies}).
 */
public final class PublishedStudiesExample {

  private PublishedStudiesExample() {
  }

  /**
   * Runs both comparisons and prints them.
   *
   * @param out where to print
   * @return the two-sided flat-spending result at 5,000 enrollees
   */
  public static SimulationResult run(PrintStream out) {
    ParametricSpending flat = ParametricSpending.normal(0.0, PublishedStudies.DELIA_CV);
    out.println("DeLia, Hoover & Cantor 2012 (two-sided model, flat spending), published vs acokit:");
    SimulationResult at5000 = SettlementSimulation.parametric(PublishedStudies.deliaTwoSided(5_000), flat)
        .run(200_000, 2012);
    SimulationResult at50000 = SettlementSimulation.parametric(PublishedStudies.deliaTwoSided(50_000), flat)
        .run(200_000, 2012);
    out.printf(Locale.ROOT, "  5,000 enrollees:  undeserved savings 0.24 vs %.3f, undeserved penalty 0.26 vs %.3f%n",
        at5000.probabilityEarnedSavings(), at5000.probabilitySharedLosses());
    out.printf(Locale.ROOT, "  50,000 enrollees: undeserved savings 0.02 vs %.3f, undeserved penalty 0.02 vs %.3f%n",
        at50000.probabilityEarnedSavings(), at50000.probabilitySharedLosses());
    for (double s : new double[] {0.05, 0.06, 0.07}) {
      double two = 1 - SettlementSimulation.parametric(PublishedStudies.deliaTwoSided(5_000),
          ParametricSpending.normal(s, PublishedStudies.DELIA_CV)).run(200_000, 2012).probabilityEarnedSavings();
      double one = 1 - SettlementSimulation.parametric(PublishedStudies.deliaOneSided(5_000),
          ParametricSpending.normal(s, PublishedStudies.DELIA_CV)).run(200_000, 2012).probabilityEarnedSavings();
      out.printf(Locale.ROOT, "  denial at true savings %.0f%% (published >= 0.15): two-sided %.3f, one-sided %.3f%n",
          s * 100, two, one);
    }
    out.println("Friedberg et al. 2013 (50% sharing, no threshold, cap or downside), option price per patient:");
    for (int size : new int[] {500, 5_000, 60_000}) {
      out.printf(Locale.ROOT, "  %,6d patients: no reduction $%6.1f, 1%% reduction $%6.1f, 2%% reduction $%6.1f%n", size,
          PublishedStudies.friedbergOptionPrice(size, 0, 200_000, 2013),
          PublishedStudies.friedbergOptionPrice(size, 0.01, 200_000, 2013),
          PublishedStudies.friedbergOptionPrice(size, 0.02, 200_000, 2013));
    }
    out.println("  published: $225 at 500 patients, $23 at 60,000; zero at 2% but for the smallest");
    return at5000;
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
