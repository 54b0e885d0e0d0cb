/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.testkit;

import static org.acokit.testkit.SettlementAssert.assertSettlement;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.acokit.contract.Band;
import org.acokit.contract.Cap;
import org.acokit.contract.ContractTerms;
import org.acokit.contract.Outcome;
import org.acokit.contract.PerformanceInputs;
import org.junit.jupiter.api.Test;

/**
 * The assertion API passes what is right and explains what is wrong.
 */
class SettlementAssertTest {

  private static final ContractTerms TERMS = ContractTerms.builder().name("half").minimumSavingsRate(0.02)
      .addSavingsBands(Band.flat(0.5)).addLossBands(Band.flat(0.5)).savingsCap(Cap.ofBenchmark(0.1)).build();
  private static final PerformanceInputs IN = PerformanceInputs.builder().benchmark(1_000_000).expenditure(950_000)
      .build();

  @Test
  void passesWithinTolerance() {
    assertSettlement(TERMS, IN).hasOutcome(Outcome.SAVINGS).paysWithin(25_000, 0.01).respectsCaps();
  }

  @Test
  void wrongPaymentExplainsTheSettlement() {
    assertThatThrownBy(() -> assertSettlement(TERMS, IN).paysWithin(30_000, 1))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("to pay 30,000.00 (within 1.00) but it pays 25,000.00: off by -5,000.00")
        .hasMessageContaining("savings: gross 50,000.00 ([N])")
        .hasMessageContaining("[AN] Net payment to the ACO");
  }

  @Test
  void wrongOutcomeNamesTheCorridor() {
    assertThatThrownBy(() -> assertSettlement(TERMS, IN.withExpenditure(990_000)).hasOutcome(Outcome.SAVINGS))
        .isInstanceOf(AssertionError.class).hasMessageContaining("expected outcome SAVINGS")
        .hasMessageContaining("inside the corridor");
  }

  @Test
  void comparisonListsTheStepsThatDiffer() {
    ContractTerms discounted = ContractTerms.builder().from(TERMS).name("discounted").benchmarkDiscount(0.03).build();
    assertThatThrownBy(() -> assertSettlement(TERMS, IN).matchesSettlementUnder(discounted, 0.01))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("[C] Benchmark discount: 0.00 vs 30,000.00")
        .hasMessageContaining("[J] Settlement benchmark: 1,000,000.00 vs 970,000.00")
        .hasMessageContaining("[N] Gross savings (losses): 50,000.00 vs 20,000.00 (difference 30,000.00)")
        .hasMessageContaining("0% x [B] vs 3% x [B]");
    assertSettlement(TERMS, IN).matchesSettlementUnder(ContractTerms.builder().from(TERMS).name("same").build(), 0);
  }

  @Test
  void settlementFailureIsAnAssertionWithTheReason() {
    ContractTerms revenueCap = ContractTerms.builder().from(TERMS).savingsCap(Cap.builder().revenueRate(0.1).build())
        .build();
    assertThatThrownBy(() -> assertSettlement(revenueCap, IN)).isInstanceOf(AssertionError.class)
        .hasMessageContaining("participantRevenue is required");
    assertThat(SettlementAssert.explainDifference(assertSettlement(TERMS, IN).result(),
        assertSettlement(TERMS, IN).result())).isEmpty();
  }
}
