/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.examples;

import java.io.PrintStream;
import java.util.Locale;

import org.acokit.contract.ContractResult;
import org.acokit.contract.ResolvedContract;
import org.acokit.contract.ContractTerms;
import org.acokit.contract.PerformanceInputs;
import org.acokit.program.pioneer.PioneerArrangement;
import org.acokit.program.pioneer.PioneerYear;

/**
 * Pioneer ACO years settled from published figures, with their explanations.
 * <ul>
 *   <li>Partners HealthCare, PY2016 (year 5): "0.5% below benchmark", about $5.2 million gross,
 *       and no payment: Partners' cumulative shared savings stayed at $20.4 million after year 3
 *       (partners.org Pioneer results, years 3-5). The benchmark is therefore about $5.2M / 0.005
 *       = $1.04 billion. Savings of 0.5% fall inside the minimum savings corridor, so nothing is
 *       shared whatever the year-5 rate (not public; the example passes 0.70 only to complete the
 *       terms, and the test shows the result does not depend on it).</li>
 *   <li>Genesys PHO, PY2012 (year 1): gross losses of $5.1 million, -2.9% of its benchmark, and
 *       shared losses owed of $2.55 million (AJMC, "Financial results from first 2 years of
 *       Pioneer ACO program show mixed results"): a 50% loss rate, an alternative arrangement.</li>
 * </ul>
 * The Pioneer MSR by population size is not public; both years use 1%, the eligibility threshold
 * reported for year 1 ("savings (&gt;1% of the CMS benchmark)", TripleTree, September 2013).
 */
public final class PioneerYearSettlement {

  /** The minimum savings rate used (see the class description). */
  static final double MSR = 0.01;

  private PioneerYearSettlement() {
  }

  /**
   * Partners HealthCare's PY2016 terms, with the given (unpublished) sharing rate.
   *
   * @param sharingRate the year-5 sharing rate
   * @return the terms
   */
  public static ContractTerms partners2016(double sharingRate) {
    return PioneerYear.builder().performanceYear(2016).arrangement(PioneerArrangement.CORE).minimumSavingsRate(MSR)
        .sharingRate(sharingRate).savingsLossLimit(0.15).sequestrationRate(0).populationBasedPayment(false).build()
        .terms();
  }

  /**
   * Partners HealthCare's PY2016 result: $5.2M gross savings, 0.5% of the benchmark.
   *
   * @return the inputs
   */
  public static PerformanceInputs partners2016Inputs() {
    double benchmark = 5_200_000 / 0.005;
    return PerformanceInputs.builder().benchmark(benchmark).expenditure(benchmark - 5_200_000).qualityScore(0.9604)
        .beneficiaries(88_000).build();
  }

  /**
   * Genesys PHO's PY2012 terms: an alternative arrangement at 50%.
   *
   * @return the terms
   */
  public static ContractTerms genesys2012() {
    return PioneerYear.builder().performanceYear(2012).arrangement(PioneerArrangement.ALTERNATIVE)
        .minimumSavingsRate(MSR).sharingRate(0.5).savingsLossLimit(0.10).sequestrationRate(0).build().terms();
  }

  /**
   * Genesys PHO's PY2012 result: gross losses of $5.1M, -2.9% of the benchmark; pay-for-reporting.
   *
   * @return the inputs
   */
  public static PerformanceInputs genesys2012Inputs() {
    double benchmark = 5_100_000 / 0.029;
    return PerformanceInputs.builder().benchmark(benchmark).expenditure(benchmark + 5_100_000).qualityScore(1.0)
        .build();
  }

  /**
   * Settles both years and prints their explanations.
   *
   * @param out where to print
   * @return the two settlements: Partners 2016, Genesys 2012
   */
  public static ContractResult[] run(PrintStream out) {
    ContractResult partners = ResolvedContract.of(partners2016(0.70)).settle(partners2016Inputs());
    out.print(partners.explain().toTextTable());
    out.printf(Locale.ROOT, "Partners HealthCare PY2016: payment $%,.2f (published: no shared savings)%n%n",
        partners.payment());
    ContractResult genesys = ResolvedContract.of(genesys2012()).settle(genesys2012Inputs());
    out.print(genesys.explain().toTextTable());
    out.printf(Locale.ROOT, "Genesys PHO PY2012: payment $%,.2f (published: owed $2.55 million)%n", genesys.payment());
    return new ContractResult[] {partners, genesys};
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
