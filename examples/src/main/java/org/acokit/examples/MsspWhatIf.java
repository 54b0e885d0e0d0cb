/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.examples;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.acokit.contract.ContractResult;
import org.acokit.contract.PerformanceInputs;
import org.acokit.contract.ResolvedContract;
import org.acokit.program.mssp.MsspInput;
import org.acokit.program.mssp.MsspRules;
import org.acokit.program.mssp.MsspSettlement;
import org.acokit.program.mssp.MsspYear;
import org.acokit.quality.QualityStandard;

/**
 * The one settlement engine: ACO A1540's 2022 terms resolved once, then settled for what-if
 * spending levels and quality results, and one of them explained in the engine's own lettering
 * and as CMS's Table 3.
 * <p>
 * The terms come from the ACO-year's track, year, agreement, size and revenue status
 * ({@link MsspYear}), never from its expenditures, so one compiled contract settles any number of
 * outcomes; each settlement equals settling that outcome from scratch.
 */
public final class MsspWhatIf {

  /** Per capita spending of the what-ifs, as a share of the benchmark. */
  private static final double[] SPENDING_SHARES = {0.90, 0.93, 0.95, 0.97, 0.99, 1.02, 1.05};

  private MsspWhatIf() {
  }

  /**
   * Settles the what-ifs and prints them.
   *
   * @param out where to print
   * @return the settlements, spending levels in order, then the quality standard missed at 0.93
   */
  public static List<ContractResult> run(PrintStream out) {
    MsspInput a1540 = A1540Settlement.input();
    ResolvedContract contract = MsspSettlement.resolve(a1540);
    PerformanceInputs base = MsspRules.performance(a1540);
    out.printf(Locale.ROOT, "%s, resolved once (%s beneficiaries, benchmark $%,.2f)%n", contract.terms().name(),
        a1540.assignedBeneficiaries(), base.benchmark());
    List<ContractResult> results = new ArrayList<>();
    for (double share : SPENDING_SHARES) {
      ContractResult r = contract.settle(base.withExpenditure(base.benchmark() * share));
      results.add(r);
      out.printf(Locale.ROOT, "spending %5.1f%% of the benchmark: %-8s payment $%,14.2f%n", share * 100,
          r.outcome().label(), r.payment());
    }
    ContractResult missed = contract.settle(base.withExpenditure(base.benchmark() * 0.93)
        .withQualityStandard(QualityStandard.NOT_MET));
    results.add(missed);
    out.printf(Locale.ROOT, "spending  93.0%% with the quality standard missed: payment $%,.2f%n%n", missed.payment());
    out.print(results.get(1).explain().toTextTable());
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
