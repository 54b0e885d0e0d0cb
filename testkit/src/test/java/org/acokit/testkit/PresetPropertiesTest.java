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
import org.acokit.contract.ResolvedContract;
import org.acokit.contract.ContractTerms;
import org.acokit.contract.ContractValidator;
import org.acokit.contract.PerformanceInputs;
import org.acokit.program.mssp.MsspRules;
import org.acokit.quality.QualityOutcome;
import org.acokit.quality.QualityStandard;
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

  @org.junit.jupiter.api.Test
  void everyProgramIsAPresetOfTheOneVocabulary() {
    java.util.Set<org.acokit.program.Program> seen = ContractArbitraries.programYears().sampleStream().limit(500)
        .map(org.acokit.program.ProgramYear::program).collect(java.util.stream.Collectors.toSet());
    assertThat(seen).containsExactlyInAnyOrder(org.acokit.program.Program.values());
  }

  @Property(tries = 2000)
  void msspTermsNeverReadTheOutcome(@ForAll("mssp") MsspInput input, @ForAll("mssp") MsspInput other) {
    // The same ACO-year with another year's spending and quality: identical terms, and its compiled
    // contract settles the other outcome exactly as settling that outcome from scratch.
    MsspInput otherOutcome = input.withPerCapitaExpenditure(other.perCapitaExpenditure()).withQuality(
        other.quality().standard() == QualityStandard.ALTERNATIVE_MET && input.performanceYear() < 2023
            ? QualityOutcome.of(other.quality().score(), QualityStandard.MET) : other.quality());
    MsspRules rules = MsspRules.of(input);
    assertThat(rules.terms(otherOutcome)).isEqualTo(rules.terms(input));
    double reused = MsspSettlement.resolve(input).settle(MsspRules.performance(otherOutcome)).payment();
    assertThat(reused).isEqualTo(MsspSettlement.settle(otherOutcome).earnedSavingsLosses());
  }
}
