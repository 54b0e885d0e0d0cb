/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.contract;

import org.acokit.quality.QualityStandard;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * JSON form of contract terms: round trip, and errors that name the JSON path.
 */
class ContractJsonTest {

  @Test
  void roundTripIsExact() {
    ContractTerms terms = ContractTerms.builder().name("full").source("test").benchmarkDiscount(0.035)
        .minimumSavingsRate(0.02).minimumLossRate(0.01).shareBasis(ShareBasis.EXCESS_ONLY)
        .addSavingsBands(Band.of(0, 0.1 + 0.2, 0.5), Band.above(0.1 + 0.2, 1.0 / 3))
        .addLossBands(Band.flat(0.4))
        .quality(QualityTerms.builder().gateRequired(true).minimumScore(0.3).savings(SavingsQuality.SLIDING_SCALE)
            .addSlidingScale(ScaleStep.of(0.3, 0.5), ScaleStep.of(0.8, 1)).losses(LossQuality.MITIGATE)
            .maximumLossMitigation(0.4).withholdRate(0.02).withholdEarnBack(WithholdEarnBack.GATE).build())
        .savingsCap(Cap.ofBenchmark(0.1)).lossCap(Cap.lesserOfRevenueAndBenchmark(0.08, 0.04))
        .stopLoss(StopLoss.builder().attachmentPoint(250_000).excessShareRemoved(0.9).build())
        .sequestrationRate(0.02).sequestrationOrder(SequestrationOrder.BEFORE_CAP).build();
    String json = ContractJson.write(terms);
    assertThat(ContractJson.read(json)).isEqualTo(terms);
    assertThat(json).contains("\"savingsBands\"", "0.30000000000000004");
  }

  @Test
  void unknownFieldNamesItsPath() {
    assertThatThrownBy(() -> ContractJson.read("{\"name\":\"x\",\"savingsBands\":[{\"lower\":0,\"rate\":0.5,"
        + "\"rat\":1}]}")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("contract terms JSON has an unknown property $.savingsBands[0].rat");
  }

  @Test
  void wrongTypeNamesItsPath() {
    assertThatThrownBy(() -> ContractJson.read("{\"name\":\"x\",\"savingsBands\":[{\"lower\":0,\"rate\":\"half\"}]}"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("$.savingsBands[0].rate");
    assertThatThrownBy(() -> ContractJson.read("{\"name\":\"x\",\"quality\":{\"savings\":\"TIMES\"}}"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("$.quality.savings");
  }

  @Test
  void missingRequiredFieldAndSyntaxErrorsAreNamed() {
    assertThatThrownBy(() -> ContractJson.read("{\"savingsBands\":[]}"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name");
    assertThatThrownBy(() -> ContractJson.read("{\"name\":\"x\",}"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 1");
  }

  @Test
  void performanceInputsRoundTripAndNameTheirBadField() {
    PerformanceInputs in = PerformanceInputs.builder().benchmark(1_000_000.1).expenditure(950_000).qualityScore(0.7)
        .qualityStandard(QualityStandard.MET).participantRevenue(300_000).lossReduction(0.25).beneficiaries(12_000).build();
    assertThat(ContractJson.readInputs(ContractJson.writeInputs(in))).isEqualTo(in);
    assertThat(ContractJson.readInputs("{\"benchmark\":100,\"expenditure\":90}").qualityScore()).isEmpty();
    assertThatThrownBy(() -> ContractJson.readInputs("{\"benchmark\":100,\"expenditure\":90,\"qualityScore\":85}"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("qualityScore must be a fraction");
    assertThatThrownBy(() -> ContractJson.readInputs("{\"benchmark\":100,\"expenditur\":90}"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("$.expenditur");
  }
}
