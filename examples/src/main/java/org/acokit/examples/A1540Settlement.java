/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.examples;

import java.io.PrintStream;
import java.time.LocalDate;

import org.acokit.population.EnrollmentVector;
import org.acokit.program.mssp.MsspTrack;
import org.acokit.program.mssp.MsspSettlement;
import org.acokit.quality.QualityOutcome;
import org.acokit.quality.QualityStandard;
import org.acokit.program.mssp.MsspResult;
import org.acokit.program.mssp.MsspInput;

/**
 * The main example: settles ACO A1540's performance year 2022 (BASIC Level B) from the inputs of
 * Table 3 of its CMS financial reconciliation report and prints the explanation.
 * <p>
 * The inputs are CMS's published figures (report dated 08/03/2023, Table 3 rows [A]-[F], [R],
 * [S], [AA]); the library computes every other row. CMS's earned performance payment [Y] is
 * $2,883,145.52638605.
 */
public final class A1540Settlement {

  private A1540Settlement() {
  }

  /**
   * The settlement inputs of ACO A1540, PY2022, as published in Table 3 of its report.
   *
   * @return the inputs
   */
  public static MsspInput input() {
    return MsspInput.builder()
        .performanceYear(2022)
        .track(MsspTrack.BASIC_B)
        .agreementStart(LocalDate.of(2019, 7, 1))
        .assignedBeneficiaries(7207)
        .personYears(6999.33333333326)
        .expendituresByEnrollmentType(
            EnrollmentVector.of(71529.0419541052, 11770.8925709945, 20193.1295812382, 12314.5130853033))
        .enrollmentProportions(
            EnrollmentVector.of(0.00339318030288603, 0.126762072578342, 0.081150585770074, 0.788694161348698))
        .perCapitaExpenditure(13085.8825389186)
        .perCapitaBenchmark(14136.6916270482)
        .quality(QualityOutcome.of(0.7326, QualityStandard.MET))
        .participantRevenue(12713612.69788)
        .build();
  }

  /**
   * Settles and prints the explanation.
   *
   * @param out where to print
   * @return the settlement
   */
  public static MsspResult run(PrintStream out) {
    MsspResult settlement = MsspSettlement.settle(input());
    out.print(settlement.explain().toTextTable());
    out.printf(java.util.Locale.ROOT, "%nEarned performance payment: $%,.2f (CMS published $2,883,145.53)%n",
        settlement.earnedSavingsLosses());
    return settlement;
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
