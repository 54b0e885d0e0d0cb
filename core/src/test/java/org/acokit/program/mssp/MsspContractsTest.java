/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.program.mssp;

import org.acokit.quality.QualityStandard;
import org.acokit.quality.QualityOutcome;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.acokit.contract.ContractResult;
import org.acokit.contract.ContractSettlement;
import org.acokit.contract.ContractValidator;
import org.acokit.program.mssp.MsrElection;
import org.acokit.program.mssp.MsspTrack;
import org.acokit.puf.PufReader;
import org.acokit.puf.PufReconciliation;
import org.acokit.puf.ReconciledAcoYear;
import org.acokit.puf.ReconciliationReport;
import org.acokit.testing.SharedData;
import org.junit.jupiter.api.Test;

/**
 * The MSSP expressed as contract terms pays what {@link MsspSettlement} pays.
 */
class MsspContractsTest {

  /** Two engines summing in different orders agree to well under a cent. */
  private static final double CENT = 0.01;

  @Test
  void everyReproducedPufAcoYearSettlesTheSameUnderContractTerms() {
    ReconciliationReport report = PufReconciliation.reconcile(PufReader.readPrimaryFiles(SharedData.pufDir()));
    List<String> differences = new ArrayList<>();
    int compared = 0;
    int twoSidedLosses = 0;
    for (ReconciledAcoYear row : report.results()) {
      if (!row.isReproduced()) {
        continue;
      }
      MsspInput input = PufReconciliation.settlementInput(row.record());
      double mssp = MsspSettlement.settle(input).earnedSavingsLosses();
      assertThat(ContractValidator.validate(MsspContracts.terms(input))).isEmpty();
      ContractResult contract = ContractSettlement.settle(MsspContracts.terms(input), MsspContracts.performance(input));
      compared++;
      if (contract.payment() < 0) {
        twoSidedLosses++;
      }
      if (Math.abs(contract.payment() - mssp) > CENT) {
        differences.add(String.format(Locale.ROOT, "%s %s PY%d: contract %.2f, MSSP %.2f", row.record().sourceFile(),
            row.record().acoId(), input.performanceYear(), contract.payment(), mssp));
      }
    }
    assertThat(compared).isEqualTo(report.reproduced()).isGreaterThan(5000);
    assertThat(twoSidedLosses).isGreaterThan(10);
    assertThat(differences).isEmpty();
  }

  @Test
  void basicLevelEWithRevenueLimitMatches() {
    MsspInput input = MsspInput.builder().performanceYear(2024).track(MsspTrack.BASIC_E)
        .agreementStart(LocalDate.of(2024, 1, 1)).assignedBeneficiaries(10000).personYears(10000)
        .perCapitaBenchmark(12000).perCapitaExpenditure(12600)
        .quality(QualityOutcome.of(0.8, QualityStandard.MET)).msrElection(MsrElection.fixed(0.02))
        .participantRevenue(15_000_000).build();
    ContractResult r = ContractSettlement.settle(MsspContracts.terms(input), MsspContracts.performance(input));
    assertThat(r.payment()).isEqualTo(-1_200_000.0, org.assertj.core.api.Assertions.within(0.01));
    assertThat(r.payment()).isEqualTo(MsspSettlement.settle(input).earnedSavingsLosses(),
        org.assertj.core.api.Assertions.within(CENT));
  }

  @Test
  void terminationAndEucBecomeTheLossReduction() {
    MsspInput input = MsspInput.builder().performanceYear(2022).track(MsspTrack.ENHANCED)
        .agreementStart(LocalDate.of(2020, 1, 1)).assignedBeneficiaries(20000).personYears(20000)
        .perCapitaBenchmark(11000).perCapitaExpenditure(11700)
        .quality(QualityOutcome.of(0.9, QualityStandard.MET)).msrElection(MsrElection.zero())
        .euc(EucExposure.of(0.5, 0.5)).monthsParticipated(6).build();
    ContractResult r = ContractSettlement.settle(MsspContracts.terms(input), MsspContracts.performance(input));
    assertThat(r.payment()).isEqualTo(MsspSettlement.settle(input).earnedSavingsLosses(),
        org.assertj.core.api.Assertions.within(CENT));
    assertThat(r.payment()).isLessThan(0);
  }

  @Test
  void theGuardrailIsNotExpressedInContractTerms() {
    MsspInput guardrail = MsspSettlementTest.simple(MsspTrack.ENHANCED, 2024, 20000)
        .withMsrElection(MsrElection.zero()).withRecalculatedPerCapitaBenchmark(10100);
    assertThatThrownBy(() -> MsspContracts.terms(guardrail)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("recalculatedPerCapitaBenchmark");
  }
}
