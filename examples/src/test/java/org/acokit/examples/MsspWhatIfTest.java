/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.acokit.contract.ContractResult;
import org.acokit.contract.Outcome;
import org.acokit.program.mssp.MsspInput;
import org.acokit.program.mssp.MsspSettlement;
import org.junit.jupiter.api.Test;

class MsspWhatIfTest {

  @Test
  void everyWhatIfPaysWhatSettlingItFromScratchPays() {
    StandardOutput.Printed<List<ContractResult>> printed = StandardOutput.capture(MsspWhatIf::run);
    List<ContractResult> r = printed.value();
    MsspInput a1540 = A1540Settlement.input();
    double[] shares = {0.90, 0.93, 0.95, 0.97, 0.99, 1.02, 1.05};
    for (int i = 0; i < shares.length; i++) {
      MsspInput outcome = MsspInput.builder().performanceYear(2022).track(a1540.track())
          .agreementStart(a1540.agreementStart()).assignedBeneficiaries(a1540.assignedBeneficiaries())
          .personYears(a1540.personYears()).perCapitaBenchmark(a1540.perCapitaBenchmark())
          .perCapitaExpenditure(a1540.perCapitaBenchmark() * shares[i]).quality(a1540.quality())
          .participantRevenue(a1540.participantRevenue().getAsDouble()).build();
      // Settled from scratch, spending per capita x person-years rounds differently in the last bit.
      assertThat(r.get(i).payment()).as("share %s", shares[i])
          .isCloseTo(MsspSettlement.settle(outcome).earnedSavingsLosses(), within(1e-6));
    }
    // BASIC Level B is one-sided: savings beyond the 3.36% MSR are shared, losses never.
    assertThat(r.get(0).outcome()).isEqualTo(Outcome.SAVINGS);
    assertThat(r.get(3).outcome()).isEqualTo(Outcome.NEITHER);
    assertThat(r.get(6).outcome()).isEqualTo(Outcome.LOSSES);
    assertThat(r.get(6).payment()).isZero();
    assertThat(r.get(7).payment()).isZero();
    assertThat(printed.text()).contains("MSSP BASIC Level B PY2022, resolved once")
        .contains("[Z] Final sharing rate").contains("[AA] Shared savings");
  }
}
