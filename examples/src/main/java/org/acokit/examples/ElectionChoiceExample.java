/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.examples;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.acokit.program.mssp.MsrElection;
import org.acokit.program.mssp.MsspTrack;
import org.acokit.risk.GridCell;
import org.acokit.risk.SensitivityGrid;

/**
 * A sensitivity grid (true savings x size x CV x election x track) for PY2025 under an agreement
 * starting in 2025, and the choice of track and MSR/MLR election for a 10,000-beneficiary ACO
 * expecting 1% true savings: ranked by expected payment and by the certainty equivalent of CARA
 * utility with a risk tolerance of $2 million.
 */
public final class ElectionChoiceExample {

  /** The ACO's CARA risk tolerance R, dollars. */
  static final double RISK_TOLERANCE = 2_000_000;

  private ElectionChoiceExample() {
  }

  /**
   * Runs the grid and prints it with the ranking.
   *
   * @param out where to print
   * @return the grid's cells
   */
  public static List<GridCell> run(PrintStream out) {
    List<GridCell> cells = SensitivityGrid.builder(2025, LocalDate.of(2025, 1, 1), 12_000)
        .trueSavingsRates(0.0, 0.01, 0.03).sizes(5_000, 10_000, 30_000).coefficientsOfVariation(2.2)
        .tracks(MsspTrack.BASIC_A, MsspTrack.BASIC_E, MsspTrack.ENHANCED)
        .elections(MsrElection.zero(), MsrElection.fixed(0.01), MsrElection.fixed(0.02), MsrElection.variable())
        .riskTolerance(RISK_TOLERANCE).trials(20_000).seed(2025).build().run();
    out.print(SensitivityGrid.table(cells));
    List<GridCell> ranked = SensitivityGrid.rankByUtility(cells, 0.01, 10_000, 2.2);
    out.printf(Locale.ROOT, "%nChoices at 1%% true savings, 10,000 beneficiaries, R = $%,.0f (CARA):%n", RISK_TOLERANCE);
    GridCell byMean = ranked.stream().max(java.util.Comparator.comparingDouble(GridCell::expectedPayment)).get();
    for (GridCell c : ranked) {
      out.printf(Locale.ROOT, "  %-14s %-18s E[payment] $%,12.0f  CE $%,12.0f%n", c.track().label(), c.election(),
          c.expectedPayment(), c.certaintyEquivalent());
    }
    out.printf(Locale.ROOT, "Best by expected payment: %s %s; best by expected utility: %s %s%n", byMean.track().label(),
        byMean.election(), ranked.get(0).track().label(), ranked.get(0).election());
    return cells;
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
