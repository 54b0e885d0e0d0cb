/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.program.mssp;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.acokit.contract.ContractResult;
import org.acokit.contract.ContractStep;
import org.acokit.contract.ContractSteps;
import org.acokit.explain.Explanation;
import org.acokit.explain.ExplanationStep;
import org.acokit.explain.Formats;
import org.acokit.explain.ValueKind;
import org.acokit.population.EnrollmentType;

/**
 * CMS's Table 3 as a view of the engine's steps: CMS's row letters, labels and signs over
 * {@link ContractSteps}, plus the MSSP inputs the engine's inputs are made of ([B]-[F], [DD],
 * [EE]). The formulas are the engine's, rendered with Table 3's letters; no rule is restated
 * here.
 */
final class Table3 {

  static final String TITLE = "Table 3: Shared Savings/Losses Calculation";
  private static final String ONE_SIDED = "one-sided track";

  private Table3() {
  }

  /** The Table 3 row of each engine step. */
  private static Map<ContractStep, String> rows(boolean twoSided) {
    Map<ContractStep, String> rows = new EnumMap<>(ContractStep.class);
    rows.put(ContractStep.BENEFICIARIES, "A");
    rows.put(ContractStep.EXPENDITURE, "G");
    rows.put(ContractStep.SETTLED_EXPENDITURE, "G");
    rows.put(ContractStep.BENCHMARK, "H");
    rows.put(ContractStep.SETTLEMENT_BENCHMARK, "H");
    rows.put(ContractStep.GROSS_SAVINGS, "I");
    rows.put(ContractStep.TOTAL_SAVINGS, "J");
    rows.put(ContractStep.TOTAL_LOSSES, "K");
    rows.put(ContractStep.MINIMUM_SAVINGS_RATE, "L");
    rows.put(ContractStep.MINIMUM_LOSS_RATE, twoSided ? "M" : "L");
    rows.put(ContractStep.MINIMUM_SAVINGS_AMOUNT, "N");
    rows.put(ContractStep.MINIMUM_LOSS_AMOUNT, twoSided ? "O" : "N");
    rows.put(ContractStep.OUTCOME, "P");
    rows.put(ContractStep.SHARING_RATE, "Q");
    rows.put(ContractStep.QUALITY_SCORE, "R");
    rows.put(ContractStep.QUALITY_STANDARD, "S");
    rows.put(ContractStep.FINAL_SHARING_RATE, "T");
    rows.put(ContractStep.LOSS_RATE, "U");
    rows.put(ContractStep.SHARED_SAVINGS, "V");
    rows.put(ContractStep.SAVINGS_CAP, "W");
    rows.put(ContractStep.SEQUESTRATION, "X");
    rows.put(ContractStep.SAVINGS_PAYMENT, "Y");
    rows.put(ContractStep.SHARED_LOSSES, "Z");
    rows.put(ContractStep.PARTICIPANT_REVENUE, "AA");
    rows.put(ContractStep.LOSS_CAP, "BB");
    rows.put(ContractStep.LOSSES_AFTER_CAP, "CC");
    rows.put(ContractStep.LOSS_REDUCTION, "FF");
    rows.put(ContractStep.LOSSES_OWED, "GG");
    return rows;
  }

  static Explanation explain(MsspInput in, ContractResult result) {
    ContractSteps steps = result.steps();
    boolean twoSided = in.track().isTwoSided();
    Map<ContractStep, String> rows = rows(twoSided);
    Function<ContractStep, Optional<String>> ref = s -> s == ContractStep.LOSS_REDUCTION_SHARE
        ? Optional.of("[DD] x [EE]") : Optional.ofNullable(rows.get(s)).map(r -> "[" + r + "]");
    Explanation.Builder e = Explanation.builder().title(TITLE + " - PY" + in.performanceYear() + ", " + in.track().label());
    e.addSteps(steps.step(ContractStep.BENEFICIARIES, "A", "Assigned Beneficiaries", false, ref));
    e.addSteps(ExplanationStep.of("B", "Person Years", ValueKind.PERSON_YEARS, in.personYears(), "eligible months / 12"));
    if (in.expendituresByEnrollmentType().isPresent()) {
      for (EnrollmentType t : EnrollmentType.values()) {
        e.addSteps(ExplanationStep.of("C", "Per Capita Expenditures, " + t.label() + " ($)", ValueKind.DOLLARS,
            in.expendituresByEnrollmentType().get().get(t), "input"));
      }
      for (EnrollmentType t : EnrollmentType.values()) {
        e.addSteps(ExplanationStep.of("D", "Assigned Beneficiary Proportion, " + t.label(), ValueKind.RATE,
            in.enrollmentProportions().get().get(t), "input (Table 2 [G])"));
      }
    } else {
      e.addSteps(ExplanationStep.notApplicable("C", "Per Capita Expenditures by Enrollment Type ($)", ValueKind.DOLLARS,
          "not given: [E] is an input"));
      e.addSteps(ExplanationStep.notApplicable("D", "Assigned Beneficiary Proportions", ValueKind.RATE,
          "not given: [E] is an input"));
    }
    e.addSteps(ExplanationStep.of("E", "Per Capita Expenditures ($)", ValueKind.DOLLARS, in.perCapitaExpenditure(),
        in.expendituresByEnrollmentType().isPresent() ? "sum of [C] x [D]" : "input"));
    e.addSteps(ExplanationStep.of("F", "Per Capita Benchmark Expenditures ($)", ValueKind.DOLLARS,
        in.perCapitaBenchmark(), result.recalculatedBenchmarkUsed()
            ? "updated benchmark recalculated with the two-way blend, replacing the three-way "
                + Formats.value(ValueKind.DOLLARS, result.inputs().benchmark() / in.personYears())
                + " (42 CFR 425.652(b)(5))"
            : "updated benchmark (Table 2 [H])"));
    e.addSteps(ExplanationStep.of("G", "Total Expenditures ($)", ValueKind.DOLLARS, result.settledExpenditure(),
        "[E] x [B]"));
    e.addSteps(ExplanationStep.of("H", "Total Benchmark Expenditures ($)", ValueKind.DOLLARS,
        result.settlementBenchmark(), "[F] x [B]"));
    e.addSteps(steps.step(ContractStep.GROSS_SAVINGS, "I", "Total Benchmark Expenditures Minus Total Expenditures ($)",
        false, ref));
    e.addSteps(steps.step(ContractStep.TOTAL_SAVINGS, "J", "Total Savings ($)", false, ref));
    e.addSteps(steps.step(ContractStep.TOTAL_LOSSES, "K", "Total Losses ($)", true, ref));
    e.addSteps(steps.step(ContractStep.MINIMUM_SAVINGS_RATE, "L", "Minimum Savings Rate (%)", false, ref));
    e.addSteps(twoSided ? steps.step(ContractStep.MINIMUM_LOSS_RATE, "M", "Minimum Loss Rate (%)", true, ref)
        : ExplanationStep.notApplicable("M", "Minimum Loss Rate (%)", ValueKind.RATE, ONE_SIDED));
    e.addSteps(steps.step(ContractStep.MINIMUM_SAVINGS_AMOUNT, "N", "Minimum Savings Rate ($)", false, ref));
    e.addSteps(twoSided ? steps.step(ContractStep.MINIMUM_LOSS_AMOUNT, "O", "Minimum Loss Rate ($)", true, ref)
        : ExplanationStep.notApplicable("O", "Minimum Loss Rate ($)", ValueKind.DOLLARS, ONE_SIDED));
    e.addSteps(steps.step(ContractStep.OUTCOME, "P", "Savings or Losses Realized", false, ref));
    e.addSteps(steps.step(ContractStep.SHARING_RATE, "Q", "Maximum Sharing Rate (%)", false, ref));
    e.addSteps(steps.step(ContractStep.QUALITY_SCORE, "R", "ACO Quality Performance Score (%)", false, ref));
    e.addSteps(steps.step(ContractStep.QUALITY_STANDARD, "S", "Met Quality Performance Standard (Y/N)", false, ref));
    e.addSteps(steps.step(ContractStep.FINAL_SHARING_RATE, "T", "Final Sharing Rate (%)", false, ref));
    e.addSteps(twoSided ? steps.step(ContractStep.LOSS_RATE, "U", "Shared Loss Rate (%)", false, ref)
        : ExplanationStep.notApplicable("U", "Shared Loss Rate (%)", ValueKind.RATE, ONE_SIDED));
    e.addSteps(steps.step(ContractStep.SHARED_SAVINGS, "V", "Shared Savings ($)", false, ref));
    e.addSteps(steps.step(ContractStep.SAVINGS_CAP, "W", "Shared Savings Cap ($)", false, ref));
    e.addSteps(steps.step(ContractStep.SEQUESTRATION, "X", "Sequestration Adjustment ($)", false, ref));
    e.addSteps(steps.step(ContractStep.SAVINGS_PAYMENT, "Y", "Earned Performance Payment ($)", false, ref));
    e.addSteps(lossRow(steps, twoSided, ContractStep.SHARED_LOSSES, "Z", "Shared Losses ($)", ref));
    e.addSteps(steps.step(ContractStep.PARTICIPANT_REVENUE, "AA",
        "Total Medicare Parts A and B FFS Revenue for ACO Participants ($)", false, ref));
    e.addSteps(lossRow(steps, twoSided, ContractStep.LOSS_CAP, "BB", "Shared Losses Cap ($)", ref));
    e.addSteps(lossRow(steps, twoSided, ContractStep.LOSSES_AFTER_CAP, "CC", "Shared Losses After Applying Cap ($)", ref));
    if (twoSided && in.euc().isPresent()) {
      e.addSteps(ExplanationStep.of("DD", "Share of Beneficiaries in Counties Affected by an EUC (%)", ValueKind.RATE,
          in.euc().get().shareOfBeneficiaries(), "input"));
      e.addSteps(ExplanationStep.of("EE", "Share of Year Affected by an EUC (%)", ValueKind.RATE,
          in.euc().get().shareOfYear(), "input"));
    } else {
      String why = twoSided ? "no EUC" : ONE_SIDED;
      e.addSteps(ExplanationStep.notApplicable("DD", "Share of Beneficiaries in Counties Affected by an EUC (%)",
          ValueKind.RATE, why));
      e.addSteps(ExplanationStep.notApplicable("EE", "Share of Year Affected by an EUC (%)", ValueKind.RATE, why));
    }
    e.addSteps(lossRow(steps, twoSided, ContractStep.LOSS_REDUCTION, "FF",
        "Extreme and Uncontrollable Circumstance Adjustment ($)", ref));
    e.addSteps(lossRow(steps, twoSided, ContractStep.LOSSES_OWED, "GG", "Payment Due to CMS ($)", ref));
    return e.build();
  }

  private static ExplanationStep lossRow(ContractSteps steps, boolean twoSided, ContractStep step, String row,
      String label, Function<ContractStep, Optional<String>> ref) {
    return twoSided ? steps.step(step, row, label, true, ref)
        : ExplanationStep.notApplicable(row, label, step.kind(), ONE_SIDED);
  }
}
