/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.examples;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.acokit.contract.Band;
import org.acokit.contract.ContractResult;
import org.acokit.contract.ResolvedContract;
import org.acokit.contract.ContractTerms;
import org.acokit.contract.PerformanceInputs;
import org.acokit.program.reach.ReachOption;
import org.acokit.program.reach.ReachYear;

/**
 * An ACO REACH Global settlement walking its risk corridors (PY2024): 3% discount, 2% quality
 * withhold earned back by a total quality score of 0.9, a +$10 PBPM health equity benchmark
 * adjustment; spending from 40% below to 30% above the settlement benchmark, with the part of the
 * savings or losses in each corridor and what the ACO keeps of it.
 * <p>
 * Published corridors (Pearl Health, Exhibit A): the ACO keeps 100% below 25% of the benchmark,
 * 50% in 25-35%, 25% in 35-50%, 10% above 50%. Gross savings of 30% keep 25% + 2.5% = 27.5% of the
 * benchmark.
 */
public final class ReachGlobalCorridors {

  /** Aligned person-years of the example ACO. */
  static final double PERSON_YEARS = 20_000;
  /** The benchmark before discount and withhold: $12,000 per person-year. */
  static final double BENCHMARK = 12_000 * PERSON_YEARS;

  private ReachGlobalCorridors() {
  }

  /**
   * The PY2024 Global terms.
   *
   * @return the terms
   */
  public static ContractTerms terms() {
    return ReachYear.builder().performanceYear(2024).option(ReachOption.GLOBAL).sequestrationRate(0).build().terms();
  }

  /**
   * Settles at gross savings of the given shares of the settlement benchmark and prints the
   * corridor walk.
   *
   * @param out where to print
   * @return the settlements, in the order of {@code savingsShares}
   */
  public static List<ContractResult> run(PrintStream out) {
    ContractTerms terms = terms();
    PerformanceInputs base = PerformanceInputs.builder().benchmark(BENCHMARK).expenditure(BENCHMARK)
        .qualityScore(0.9).benchmarkAdjustment(ReachYear.healthEquityBenchmarkAdjustment(10, PERSON_YEARS)).build();
    double settlementBenchmark = ResolvedContract.of(terms).settle(base).settlementBenchmark();
    out.printf(Locale.ROOT, "%s: benchmark $%,.0f, settlement benchmark $%,.2f after the 3%% discount, the 2%% "
        + "withhold (90%% earned back) and the health equity adjustment%n%n", terms.name(), BENCHMARK,
        settlementBenchmark);
    List<ContractResult> results = new ArrayList<>();
    for (double share : savingsShares()) {
      double spending = settlementBenchmark * (1 - share);
      ContractResult r = ResolvedContract.of(terms).settle(base.withExpenditure(spending));
      results.add(r);
      out.printf(Locale.ROOT, "gross %s of %5.1f%%: ", share >= 0 ? "savings" : "losses ", Math.abs(share) * 100);
      List<Band> bands = terms.savingsBands();
      StringBuilder walk = new StringBuilder();
      for (int i = 0; i < r.bandAmounts().size(); i++) {
        double amount = r.bandAmounts().get(i);
        if (amount > 0) {
          Band b = bands.get(i);
          walk.append(String.format(Locale.ROOT, "[%2.0f%%-%s keeps %3.0f%%: $%,.0f] ", b.lower() * 100,
              b.upper().isPresent() ? String.format(Locale.ROOT, "%2.0f%%", b.upper().getAsDouble() * 100) : "up",
              b.rate() * 100, amount));
        }
      }
      out.printf(Locale.ROOT, "%s=> payment $%,.0f (%.2f%% of the settlement benchmark)%n", walk, r.payment(),
          100 * r.payment() / settlementBenchmark);
    }
    out.println();
    out.print(results.get(3).explain().toTextTable());
    return results;
  }

  /**
   * The gross savings shares walked (negative for losses).
   *
   * @return the shares of the settlement benchmark
   */
  public static double[] savingsShares() {
    return new double[] {0.10, 0.25, 0.30, 0.40, 0.60, -0.05, -0.30};
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
