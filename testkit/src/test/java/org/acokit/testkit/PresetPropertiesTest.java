/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import org.acokit.contract.ContractSettlement;
import org.acokit.contract.ContractTerms;
import org.acokit.contract.ContractValidator;
import org.acokit.contract.PerformanceInputs;
import org.acokit.program.mssp.MsspContracts;
import org.acokit.program.mssp.MsspSettlement;
import org.acokit.program.mssp.MsspInput;

/**
 * The invariants over every program preset (Pioneer, Next Generation, REACH, MassHealth, MSSP)
 * and over generated bespoke terms.
 */
class PresetPropertiesTest {

  @Provide
  Arbitrary<ContractTerms> presets() {
    return ContractArbitraries.presetTerms();
  }

  @Provide
  Arbitrary<ContractTerms> anyTerms() {
    return ContractArbitraries.terms();
  }

  @Provide
  Arbitrary<PerformanceInputs> inputs() {
    return ContractArbitraries.performanceInputs();
  }

  @Provide
  Arbitrary<MsspInput> mssp() {
    return ContractArbitraries.msspInputs();
  }

  @Property(tries = 1000)
  void presetsAreValid(@ForAll("presets") ContractTerms terms) {
    assertThat(ContractValidator.validate(terms)).isEmpty();
  }

  @Property(tries = 1000)
  void presetPaymentIsContinuousAtCorridorBoundaries(@ForAll("presets") ContractTerms terms,
      @ForAll("inputs") PerformanceInputs in) {
    ContractInvariants.continuousAtCorridorBoundaries(terms, in);
  }

  @Property(tries = 1000)
  void presetPaymentNeverDecreasesAsSavingsGrow(@ForAll("presets") ContractTerms terms,
      @ForAll("inputs") PerformanceInputs in, @ForAll @DoubleRange(min = 0, max = 0.5) double lower) {
    ContractInvariants.nonDecreasingInSavings(terms, in, lower);
  }

  @Property(tries = 1000)
  void presetCapsAreNeverExceeded(@ForAll("presets") ContractTerms terms, @ForAll("inputs") PerformanceInputs in) {
    ContractInvariants.capsNeverExceeded(terms, in);
  }

  @Property(tries = 1000)
  void presetJsonRoundTripIsExact(@ForAll("presets") ContractTerms terms) {
    ContractInvariants.jsonRoundTripIsExact(terms);
  }

  @Property(tries = 1000)
  void generatedTermsKeepEveryInvariant(@ForAll("anyTerms") ContractTerms terms, @ForAll("inputs") PerformanceInputs in,
      @ForAll @DoubleRange(min = 0, max = 0.5) double lower) {
    assertThat(ContractValidator.validate(terms)).isEmpty();
    ContractInvariants.continuousAtCorridorBoundaries(terms, in);
    ContractInvariants.nonDecreasingInSavings(terms, in, lower);
    ContractInvariants.capsNeverExceeded(terms, in);
    ContractInvariants.jsonRoundTripIsExact(terms);
  }

  @Property(tries = 2000)
  void msspAsContractTermsPaysWhatTheMsspEnginePays(@ForAll("mssp") MsspInput input) {
    double mssp = MsspSettlement.settle(input).earnedSavingsLosses();
    double contract = ContractSettlement.settle(MsspContracts.terms(input), MsspContracts.performance(input)).payment();
    assertThat(contract).isCloseTo(mssp, org.assertj.core.api.Assertions.within(1e-6 * Math.max(1, Math.abs(mssp))));
  }
}
