/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.program.mssp;

import org.acokit.quality.QualityStandard;
import java.util.OptionalDouble;

import org.acokit.explain.Explanation;
import org.acokit.explain.ExplanationStep;
import org.acokit.explain.ValueKind;
import org.acokit.population.EnrollmentType;
import org.acokit.program.mssp.MsspTrack;

/**
 * Builds the explanation of a settlement in the rows and labels of CMS's Table 3.
 */
final class Table3 {

  static final String TITLE = "Table 3: Shared Savings/Losses Calculation";
  private static final String ONE_SIDED = "one-sided track";

  private Table3() {
  }

  static Explanation explain(MsspResult s) {
    MsspInput in = s.input();
    MsspTrack track = in.track();
    boolean twoSided = track.isTwoSided();
    Explanation.Builder e = Explanation.builder().title(TITLE + " - PY" + in.performanceYear() + ", " + track.label());
    e.addSteps(ExplanationStep.of("A", "Assigned Beneficiaries", ValueKind.COUNT, in.assignedBeneficiaries(), "input"));
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
        in.perCapitaBenchmark(), s.replacedPerCapitaBenchmark().isPresent()
            ? "updated benchmark recalculated with the two-way blend, replacing the three-way "
                + s.replacedPerCapitaBenchmark().getAsDouble() + " (42 CFR 425.652(b)(5))"
            : "updated benchmark (Table 2 [H])"));
    e.addSteps(ExplanationStep.of("G", "Total Expenditures ($)", ValueKind.DOLLARS, s.totalExpenditures(), "[E] x [B]"));
    e.addSteps(ExplanationStep.of("H", "Total Benchmark Expenditures ($)", ValueKind.DOLLARS,
        s.totalBenchmarkExpenditures(), "[F] x [B]"));
    e.addSteps(ExplanationStep.of("I", "Total Benchmark Expenditures Minus Total Expenditures ($)", ValueKind.DOLLARS,
        s.generatedSavingsLosses(), "[H] - [G]"));
    e.addSteps(ExplanationStep.of("J", "Total Savings ($)", ValueKind.DOLLARS, Math.max(s.generatedSavingsLosses(), 0),
        "[I] if greater than 0, else 0"));
    e.addSteps(ExplanationStep.of("K", "Total Losses ($)", ValueKind.DOLLARS, Math.min(s.generatedSavingsLosses(), 0),
        "[I] if less than 0, else 0"));
    e.addSteps(ExplanationStep.of("L", "Minimum Savings Rate (%)", ValueKind.RATE, s.minimumSavingsRate(),
        s.minimumSavingsRateBasis()));
    e.addSteps(optional("M", "Minimum Loss Rate (%)", ValueKind.RATE, s.minimumLossRate(), "negative of [L]", twoSided, ""));
    e.addSteps(ExplanationStep.of("N", "Minimum Savings Rate ($)", ValueKind.DOLLARS,
        s.minimumSavingsRate() * s.totalBenchmarkExpenditures(), "[L] x [H]"));
    e.addSteps(optional("O", "Minimum Loss Rate ($)", ValueKind.DOLLARS,
        mapped(s.minimumLossRate(), m -> m * s.totalBenchmarkExpenditures()), "[M] x [H]", twoSided, ""));
    e.addSteps(ExplanationStep.ofText("P", "Savings or Losses Realized", s.outcome().label(),
        s.replacedPerCapitaBenchmark().isPresent() && s.generatedSavingsLosses() >= 0
            ? "neither: expenditures are not above the recalculated benchmark (42 CFR 425.652(b)(5)(ii))"
            : "Savings if [I] >= [N]; Losses if -[I] >= |" + (twoSided ? "[O]" : "[N]") + "|"));
    e.addSteps(ExplanationStep.of("Q", "Maximum Sharing Rate (%)", ValueKind.RATE, track.maximumSharingRate(),
        "by track (Table A5)"));
    e.addSteps(ExplanationStep.of("R", "ACO Quality Performance Score (%)", ValueKind.RATE, in.quality().score(), "input"));
    e.addSteps(ExplanationStep.ofText("S", "Met Quality Performance Standard (Y/N)", standardText(in.quality().standard()),
        "input"));
    e.addSteps(ExplanationStep.of("T", "Final Sharing Rate (%)", ValueKind.RATE, s.finalSharingRate(),
        sharingRateRule(s)));
    e.addSteps(optional("U", "Shared Loss Rate (%)", ValueKind.RATE, s.sharedLossRate(), lossRateRule(in), twoSided, ""));
    e.addSteps(ExplanationStep.of("V", "Shared Savings ($)", ValueKind.DOLLARS, s.sharedSavings(),
        s.reducedSharingRate() ? "[T] x [J]: reduced rate below the MSR (42 CFR 425.605(h))"
            : in.monthsParticipated().isPresent() && in.monthsParticipated().getAsInt() < 12
            ? "0: terminated before the end of the performance year" : "[T] x [J] if [J] >= [N], else 0"));
    e.addSteps(ExplanationStep.of("W", "Shared Savings Cap ($)", ValueKind.DOLLARS, s.sharedSavingsCap(),
        pct(track.performancePaymentLimitRate()) + " x [H]"));
    e.addSteps(ExplanationStep.of("X", "Sequestration Adjustment ($)", ValueKind.DOLLARS, s.sequestrationAdjustment(),
        pct(s.sequestrationRate()) + " x [V] (PY" + in.performanceYear() + ")"));
    e.addSteps(ExplanationStep.of("Y", "Earned Performance Payment ($)", ValueKind.DOLLARS, s.earnedPerformancePayment(),
        "min([V] - [X], [W])"));
    e.addSteps(optional("Z", "Shared Losses ($)", ValueKind.DOLLARS, s.sharedLosses(),
        "[K] x [U] if -[K] >= |[O]|, else 0", twoSided, ""));
    if (in.participantRevenue().isPresent()) {
      e.addSteps(ExplanationStep.of("AA", "Total Medicare Parts A and B FFS Revenue for ACO Participants ($)",
          ValueKind.DOLLARS, in.participantRevenue().getAsDouble(), "input"));
    } else {
      e.addSteps(ExplanationStep.notApplicable("AA", "Total Medicare Parts A and B FFS Revenue for ACO Participants ($)",
          ValueKind.DOLLARS, "not given"));
    }
    e.addSteps(optional("BB", "Shared Losses Cap ($)", ValueKind.DOLLARS, s.sharedLossesCap(),
        s.sharedLossesCapBasis().orElse(""), twoSided, "no losses shared"));
    e.addSteps(optional("CC", "Shared Losses After Applying Cap ($)", ValueKind.DOLLARS, s.sharedLossesAfterCap(),
        "max([Z], [BB])" + (in.monthsParticipated().isPresent()
            ? " x " + in.monthsParticipated().getAsInt() + "/12 months of participation" : ""), twoSided, ""));
    OptionalDouble dd = twoSided && in.euc().isPresent() ? OptionalDouble.of(in.euc().get().shareOfBeneficiaries())
        : OptionalDouble.empty();
    OptionalDouble ee = twoSided && in.euc().isPresent() ? OptionalDouble.of(in.euc().get().shareOfYear())
        : OptionalDouble.empty();
    e.addSteps(optional("DD", "Share of Beneficiaries in Counties Affected by an EUC (%)", ValueKind.RATE, dd, "input",
        twoSided, "no EUC"));
    e.addSteps(optional("EE", "Share of Year Affected by an EUC (%)", ValueKind.RATE, ee, "input", twoSided, "no EUC"));
    e.addSteps(optional("FF", "Extreme and Uncontrollable Circumstance Adjustment ($)", ValueKind.DOLLARS,
        s.eucAdjustment(), "[CC] x [DD] x [EE]", twoSided, ""));
    e.addSteps(optional("GG", "Payment Due to CMS ($)", ValueKind.DOLLARS, s.paymentDueToCms(), "[CC] - [FF]",
        twoSided, ""));
    return e.build();
  }

  /** A step that has a value, or does not apply: for one-sided tracks, or for the reason given. */
  private static ExplanationStep optional(String row, String label, ValueKind kind, OptionalDouble value,
      String formula, boolean twoSided, String whyAbsent) {
    if (value.isPresent()) {
      return ExplanationStep.of(row, label, kind, value.getAsDouble(), formula);
    }
    return ExplanationStep.notApplicable(row, label, kind, twoSided ? whyAbsent : ONE_SIDED);
  }

  private static OptionalDouble mapped(OptionalDouble value, java.util.function.DoubleUnaryOperator f) {
    return value.isPresent() ? OptionalDouble.of(f.applyAsDouble(value.getAsDouble())) : OptionalDouble.empty();
  }

  private static String standardText(QualityStandard standard) {
    switch (standard) {
      case MET:
        return "Yes";
      case ALTERNATIVE_MET:
        return "Alternative";
      default:
        return "No";
    }
  }

  private static String sharingRateRule(MsspResult s) {
    int py = s.input().performanceYear();
    String base;
    if (py <= 2020) {
      base = "[Q] x [R] if [S] = Yes, else 0";
    } else if (py <= 2022) {
      base = "[Q] if [S] = Yes, else 0";
    } else {
      base = "[Q] if [S] = Yes; [Q] x [R] if only the alternative standard is met; else 0";
    }
    return s.reducedSharingRate() ? "half of (" + base + "): low-revenue ACO below the MSR" : base;
  }

  private static String lossRateRule(MsspInput in) {
    switch (in.track()) {
      case TRACK_2:
        return "1 - final sharing rate, at most 60%";
      case TRACK_3:
      case ENHANCED:
        return in.performanceYear() <= 2020 ? "1 - final sharing rate, within 40%-75%"
            : "1 - [Q] x [R] within 40%-75% if a standard is met, else 75%";
      default:
        return "fixed 30%";
    }
  }

  private static String pct(double rate) {
    return java.math.BigDecimal.valueOf(rate * 100).stripTrailingZeros().toPlainString() + "%";
  }
}
