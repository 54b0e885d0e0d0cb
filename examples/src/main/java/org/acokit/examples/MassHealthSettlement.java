/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.examples;

import java.io.PrintStream;
import java.util.Locale;

import org.acokit.contract.Band;
import org.acokit.contract.ContractResult;
import org.acokit.contract.ResolvedContract;
import org.acokit.contract.ContractTerms;
import org.acokit.contract.PerformanceInputs;
import org.acokit.program.masshealth.MassHealthDsrip;
import org.acokit.program.masshealth.MassHealthModel;
import org.acokit.program.masshealth.MassHealthYear;

/**
 * A MassHealth Primary Care ACO settled in a savings year and a loss year, showing how the quality
 * score multiplies savings and mitigates losses, and the DSRIP funding kept for an accountability
 * score.
 * <p>
 * The total-cost-of-care budget is that of Community Care Cooperative's first full year, $533.6
 * million, with spending $12.2 million below it (healthleadersmedia.com, "Lessons From a MassHealth
 * ACO That Saved $12.2M", 17 August 2020). The risk-track terms below are <em>hypothetical</em>:
 * the real percentages, corridors and caps are in each ACO's contract appendix, which is why the
 * preset requires them: 50% of savings and losses up to 5% of the budget and 25% beyond it, no
 * MSR, caps of 10% of the budget, and up to 40% of losses forgiven for quality.
 */
public final class MassHealthSettlement {

  /** The total-cost-of-care budget, dollars. */
  static final double BUDGET = 533_600_000;

  private MassHealthSettlement() {
  }

  /**
   * The PY2019 terms with the hypothetical risk track.
   *
   * @return the terms
   */
  public static ContractTerms terms() {
    return MassHealthYear.builder().model(MassHealthModel.PRIMARY_CARE_ACO).performanceYear(2019)
        .addSavingsBands(Band.of(0, 0.05, 0.5), Band.above(0.05, 0.25))
        .addLossBands(Band.of(0, 0.05, 0.5), Band.above(0.05, 0.25))
        .minimumSavingsRate(0).savingsCap(0.10).lossCap(0.10).maximumLossMitigation(0.40).build().terms();
  }

  /**
   * Settles a savings year and a loss year at quality scores 1.0 and 0.6 and prints them.
   *
   * @param out where to print
   * @return savings at 1.0, savings at 0.6, losses at 1.0, losses at 0.6
   */
  public static ContractResult[] run(PrintStream out) {
    ContractTerms terms = terms();
    PerformanceInputs savings = PerformanceInputs.builder().benchmark(BUDGET).expenditure(BUDGET - 12_200_000)
        .qualityScore(1.0).build();
    PerformanceInputs losses = savings.withExpenditure(BUDGET + 12_200_000);
    ContractResult[] r = {
        ResolvedContract.of(terms).settle(savings),
        ResolvedContract.of(terms).settle(savings.withQualityScore(0.6)),
        ResolvedContract.of(terms).settle(losses),
        ResolvedContract.of(terms).settle(losses.withQualityScore(0.6))};
    out.print(r[1].explain().toTextTable());
    out.println();
    out.print(r[3].explain().toTextTable());
    out.println();
    out.printf(Locale.ROOT, "Savings of $12.2M: quality 1.0 earns $%,.2f, quality 0.6 earns $%,.2f (x 0.6)%n",
        r[0].payment(), r[1].payment());
    out.printf(Locale.ROOT, "Losses of $12.2M: quality 1.0 owes $%,.2f, quality 0.6 owes $%,.2f (40%% x score "
        + "forgiven)%n", -r[2].payment(), -r[3].payment());
    out.printf(Locale.ROOT, "DSRIP: $10,000,000 of Budget Period 3 (2020) funding, %.0f%% at risk, accountability "
        + "score 0.8 keeps $%,.2f%n", 100 * MassHealthDsrip.atRiskShare(MassHealthDsrip.budgetPeriod(2020)),
        MassHealthDsrip.fundingKept(10_000_000, MassHealthDsrip.budgetPeriod(2020), 0.8));
    return r;
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
