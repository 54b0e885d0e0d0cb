/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.program.mssp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Collectors;

import org.acokit.explain.Explanation;
import org.acokit.quality.QualityOutcome;
import org.acokit.quality.QualityStandard;
import org.junit.jupiter.api.Test;

/**
 * The formula column of Table 3 ({@code MsspResult.explain()}), row by row, for a one-sided
 * track with enrollment-type inputs and for a two-sided track with an EUC, against golden text kept
 * here (checked row by row against the CMS report layout, not regenerated). Kills the PIT mutants
 * of {@code Table3} that flip the one-sided/two-sided row letters, the enrollment-type rows and
 * the EUC rows (issue 17).
 */
class Table3MutationTest {

  /** ENHANCED PY2023 with losses, a 1% fixed MSR/MLR and an EUC (half the beneficiaries, a quarter of the year). */
  static MsspInput twoSidedWithEuc() {
    return MsspInput.builder().performanceYear(2023).track(MsspTrack.ENHANCED)
        .agreementStart(LocalDate.of(2022, 1, 1)).assignedBeneficiaries(12000).personYears(11500)
        .perCapitaBenchmark(12000).perCapitaExpenditure(12500)
        .quality(QualityOutcome.of(0.82, QualityStandard.MET)).msrElection(MsrElection.fixed(0.01))
        .euc(EucExposure.of(0.5, 0.25)).participantRevenue(50_000_000).build();
  }

  private static String formulas(Explanation e) {
    return e.steps().stream().map(s -> s.row() + " | " + s.applies() + " | " + s.formula())
        .collect(Collectors.joining("\n", "", "\n"));
  }

  @Test
  void oneSidedTable3Formulas() {
    assertThat(formulas(MsspSettlement.settle(MsspSettlementTest.a1540()).explain())).isEqualTo("""
        A | true | input
        B | true | eligible months / 12
        C | true | input
        C | true | input
        C | true | input
        C | true | input
        D | true | input (Table 2 [G])
        D | true | input (Table 2 [G])
        D | true | input (Table 2 [G])
        D | true | input (Table 2 [G])
        E | true | sum of [C] x [D]
        F | true | updated benchmark (Table 2 [H])
        G | true | [E] x [B]
        H | true | [F] x [B]
        I | true | [H] - [G]
        J | true | [I] if greater than 0, else 0
        K | true | the part of [I] below 0, else 0
        L | true | sliding scale (MSSP Table A4) for 7,207 beneficiaries
        M | false | one-sided track
        N | true | [L] x [H]
        O | false | one-sided track
        P | true | Savings if [I] is positive and reaches [N]; Losses if [K] reaches [N]; else Neither
        Q | true | savings band rate (terms)
        R | true | input
        S | true | input
        T | true | [Q] x (1 if the quality gate is met ([S]), else 0)
        U | false | one-sided track
        V | true | [T] x [J]
        W | true | 10% x [H]
        X | true | 2% x [V]
        Y | true | min([V] - [X], [W])
        Z | false | one-sided track
        AA | true | input
        BB | false | one-sided track
        CC | false | one-sided track
        DD | false | one-sided track
        EE | false | one-sided track
        FF | false | one-sided track
        GG | false | one-sided track
        """);
  }

  @Test
  void twoSidedTable3FormulasWithEuc() {
    Explanation e = MsspSettlement.settle(twoSidedWithEuc()).explain();
    assertThat(formulas(e)).isEqualTo("""
        A | true | input
        B | true | eligible months / 12
        C | false | not given: [E] is an input
        D | false | not given: [E] is an input
        E | true | input
        F | true | updated benchmark (Table 2 [H])
        G | true | [E] x [B]
        H | true | [F] x [B]
        I | true | [H] - [G]
        J | true | [I] if greater than 0, else 0
        K | true | the part of [I] below 0, else 0
        L | true | 1% (terms)
        M | true | 1% (terms)
        N | true | [L] x [H]
        O | true | [M] x [H]
        P | true | Savings if [I] is positive and reaches [N]; Losses if [K] reaches [O]; else Neither
        Q | true | savings band rate (terms)
        R | true | input
        S | true | input
        T | true | [Q] x (1 if the quality standard is met, [R] if only the alternative standard is met, else 0 ([S]))
        U | true | 1 - 75% x [R] if the quality gate is met, else 1; at least 40%, at most 75%
        V | true | [T] x [J] if [J] >= [N], else 0
        W | true | 20% x [H]
        X | true | 2% x [V]
        Y | true | min([V] - [X], [W])
        Z | true | [U] x [K]
        AA | true | input
        BB | true | 15% x [H]
        CC | true | [Z] limited to [BB]
        DD | true | input
        EE | true | input
        FF | true | [CC] x [DD] x [EE]
        GG | true | [CC] - [FF]
        """);
    // losses ([K] is signed, the part of [I] below 0): -500 x 11,500; loss rate 1 - 0.75 x 0.82 = 0.385, floored at 0.4
    assertThat(e.step("K").orElseThrow().value().getAsDouble()).isCloseTo(-5_750_000, within(1e-6));
    assertThat(e.step("U").orElseThrow().value().getAsDouble()).isCloseTo(0.4, within(1e-12));
    assertThat(e.step("DD").orElseThrow().value().getAsDouble()).isEqualTo(0.5);
    assertThat(e.step("EE").orElseThrow().value().getAsDouble()).isEqualTo(0.25);
    assertThat(e.title()).startsWith("Table 3: Shared Savings/Losses Calculation - PY2023, ");
  }

  @Test
  void twoSidedWithoutEucSaysSo() {
    Explanation e = MsspSettlement.settle(MsspInput.builder().from(twoSidedWithEuc()).euc(Optional.empty()).build())
        .explain();
    assertThat(e.step("DD").orElseThrow().applies()).isFalse();
    assertThat(e.step("DD").orElseThrow().formula()).isEqualTo("no EUC");
    assertThat(e.step("EE").orElseThrow().formula()).isEqualTo("no EUC");
  }
}
