/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.definition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.acokit.measures.logic.PatientRecord;

/** The membership rules of the HL7 Quality Measure IG, as properties over every criteria combination. */
class MembershipRulesTest {

  private static PatientCriteria criteria(Set<Population> truths) {
    return new PatientCriteria() {
      @Override
      public boolean initialPopulation(PatientRecord p) {
        return truths.contains(Population.INITIAL_POPULATION);
      }

      @Override
      public boolean denominator(PatientRecord p) {
        return truths.contains(Population.DENOMINATOR);
      }

      @Override
      public boolean denominatorExclusion(PatientRecord p) {
        return truths.contains(Population.DENOMINATOR_EXCLUSION);
      }

      @Override
      public boolean numerator(PatientRecord p) {
        return truths.contains(Population.NUMERATOR);
      }

      @Override
      public boolean numeratorExclusion(PatientRecord p) {
        return truths.contains(Population.NUMERATOR_EXCLUSION);
      }

      @Override
      public boolean denominatorException(PatientRecord p) {
        return truths.contains(Population.DENOMINATOR_EXCEPTION);
      }
    };
  }

  private static int mask(Set<Population> s) {
    int m = 0;
    for (Population p : s) {
      m |= p.bit();
    }
    return m;
  }

  private static boolean in(int mask, Population p) {
    return MembershipRules.has(mask, p);
  }

  @Property
  void proportionMembershipObeysTheRules(@ForAll Set<Population> truths, @ForAll Set<Population> declaredExtra) {
    Set<Population> declared = EnumSet.of(Population.INITIAL_POPULATION, Population.DENOMINATOR);
    declared.addAll(declaredExtra);
    declared.remove(Population.MEASURE_POPULATION);
    declared.remove(Population.MEASURE_POPULATION_EXCLUSION);
    int m = MembershipRules.patient(Scoring.PROPORTION, mask(declared), criteria(truths), null);
    boolean ip = truths.contains(Population.INITIAL_POPULATION);
    boolean den = ip && truths.contains(Population.DENOMINATOR);
    boolean denex = den && declared.contains(Population.DENOMINATOR_EXCLUSION)
        && truths.contains(Population.DENOMINATOR_EXCLUSION);
    boolean num = den && !denex && declared.contains(Population.NUMERATOR) && truths.contains(Population.NUMERATOR);
    boolean numex = num && declared.contains(Population.NUMERATOR_EXCLUSION)
        && truths.contains(Population.NUMERATOR_EXCLUSION);
    boolean exc = den && !denex && !num && declared.contains(Population.DENOMINATOR_EXCEPTION)
        && truths.contains(Population.DENOMINATOR_EXCEPTION);
    assertThat(in(m, Population.INITIAL_POPULATION)).isEqualTo(ip);
    assertThat(in(m, Population.DENOMINATOR)).isEqualTo(den);
    assertThat(in(m, Population.DENOMINATOR_EXCLUSION)).isEqualTo(denex);
    assertThat(in(m, Population.NUMERATOR)).isEqualTo(num);
    assertThat(in(m, Population.NUMERATOR_EXCLUSION)).isEqualTo(numex);
    assertThat(in(m, Population.DENOMINATOR_EXCEPTION)).isEqualTo(exc);
    int exclusive = (in(m, Population.DENOMINATOR_EXCLUSION) ? 1 : 0) + (in(m, Population.NUMERATOR) ? 1 : 0)
        + (in(m, Population.DENOMINATOR_EXCEPTION) ? 1 : 0);
    assertThat(exclusive).as("at most one of DENEX, NUM, DENEXCEP").isLessThanOrEqualTo(1);
    assertThat(m & ~mask(declared)).as("only declared populations").isZero();
  }

  @Property
  void ratioNumeratorIsASubsetOfTheInitialPopulationNotTheDenominator(@ForAll Set<Population> truths) {
    Set<Population> declared = EnumSet.of(Population.INITIAL_POPULATION, Population.DENOMINATOR,
        Population.DENOMINATOR_EXCLUSION, Population.NUMERATOR, Population.NUMERATOR_EXCLUSION);
    int m = MembershipRules.patient(Scoring.RATIO, mask(declared), criteria(truths), null);
    boolean ip = truths.contains(Population.INITIAL_POPULATION);
    assertThat(in(m, Population.NUMERATOR)).isEqualTo(ip && truths.contains(Population.NUMERATOR));
    assertThat(in(m, Population.DENOMINATOR)).isEqualTo(ip && truths.contains(Population.DENOMINATOR));
    assertThat(in(m, Population.DENOMINATOR_EXCLUSION)).isEqualTo(in(m, Population.DENOMINATOR)
        && truths.contains(Population.DENOMINATOR_EXCLUSION));
  }
}
