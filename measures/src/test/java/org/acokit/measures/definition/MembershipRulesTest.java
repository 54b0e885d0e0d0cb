/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.definition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;

import net.jqwik.api.Example;
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
  private static EpisodeCriteria episodeCriteria(Set<Population> truths) {
    PatientCriteria c = criteria(truths);
    return new EpisodeCriteria() {
      @Override
      public int episodes(PatientRecord p) {
        return 1;
      }

      @Override
      public boolean initialPopulation(PatientRecord p, int e) {
        return c.initialPopulation(p);
      }

      @Override
      public boolean denominator(PatientRecord p, int e) {
        return c.denominator(p);
      }

      @Override
      public boolean denominatorExclusion(PatientRecord p, int e) {
        return c.denominatorExclusion(p);
      }

      @Override
      public boolean numerator(PatientRecord p, int e) {
        return c.numerator(p);
      }

      @Override
      public boolean numeratorExclusion(PatientRecord p, int e) {
        return c.numeratorExclusion(p);
      }

      @Override
      public boolean denominatorException(PatientRecord p, int e) {
        return c.denominatorException(p);
      }

      @Override
      public boolean measurePopulation(PatientRecord p, int e) {
        return truths.contains(Population.MEASURE_POPULATION);
      }

      @Override
      public boolean measurePopulationExclusion(PatientRecord p, int e) {
        return truths.contains(Population.MEASURE_POPULATION_EXCLUSION);
      }
    };
  }

  private static PatientCriteria continuous(Set<Population> truths) {
    PatientCriteria c = criteria(truths);
    return new PatientCriteria() {
      @Override
      public boolean initialPopulation(PatientRecord p) {
        return c.initialPopulation(p);
      }

      @Override
      public boolean measurePopulation(PatientRecord p) {
        return truths.contains(Population.MEASURE_POPULATION);
      }

      @Override
      public boolean measurePopulationExclusion(PatientRecord p) {
        return truths.contains(Population.MEASURE_POPULATION_EXCLUSION);
      }
    };
  }

  @Property
  void continuousVariableMembershipIsTheMeasurePopulationLessItsExclusion(@ForAll Set<Population> truths,
      @ForAll boolean declareExclusion) {
    Set<Population> declared = EnumSet.of(Population.INITIAL_POPULATION, Population.MEASURE_POPULATION);
    if (declareExclusion) {
      declared.add(Population.MEASURE_POPULATION_EXCLUSION);
    }
    int m = MembershipRules.patient(Scoring.CONTINUOUS_VARIABLE, mask(declared), continuous(truths), null);
    boolean ip = truths.contains(Population.INITIAL_POPULATION);
    boolean msrpopl = ip && truths.contains(Population.MEASURE_POPULATION);
    assertThat(in(m, Population.INITIAL_POPULATION)).isEqualTo(ip);
    assertThat(in(m, Population.MEASURE_POPULATION)).isEqualTo(msrpopl);
    assertThat(in(m, Population.MEASURE_POPULATION_EXCLUSION))
        .isEqualTo(msrpopl && declareExclusion && truths.contains(Population.MEASURE_POPULATION_EXCLUSION));
    assertThat(m & ~mask(declared)).as("only declared populations").isZero();
  }

  @Property
  void anEpisodeFollowsTheSameRulesAsAPatient(@ForAll Scoring scoring, @ForAll Set<Population> truths,
      @ForAll Set<Population> declared) {
    int patient = MembershipRules.patient(scoring, mask(declared),
        scoring == Scoring.CONTINUOUS_VARIABLE ? continuous(truths) : criteria(truths), null);
    assertThat(MembershipRules.episode(scoring, mask(declared), episodeCriteria(truths), null, 0)).isEqualTo(patient);
  }

  @Property
  void aPopulationTheMeasureDoesNotDeclareIsNeverAMembership(@ForAll Scoring scoring, @ForAll Set<Population> truths,
      @ForAll Set<Population> declared) {
    int m = MembershipRules.patient(scoring, mask(declared),
        scoring == Scoring.CONTINUOUS_VARIABLE ? continuous(truths) : criteria(truths), null);
    if (!declared.contains(Population.INITIAL_POPULATION)) {
      assertThat(m).as("no initial population: no membership").isZero();
    }
    if (scoring == Scoring.RATIO && !declared.contains(Population.DENOMINATOR)) {
      assertThat(in(m, Population.DENOMINATOR)).as("an undeclared ratio denominator is the initial population")
          .isEqualTo(in(m, Population.INITIAL_POPULATION));
    }
    assertThat(m & ~mask(declared) & ~Population.DENOMINATOR.bit() & ~Population.MEASURE_POPULATION.bit()).isZero();
  }

  @Example
  void undeclaredCriteriaTakeTheMeasureIgDefaults() {
    PatientCriteria onlyIp = p -> true;
    int all = 0;
    for (Population p : Population.values()) {
      all |= p.bit();
    }
    assertThat(MembershipRules.patient(Scoring.PROPORTION, all, onlyIp, null))
        .as("denominator defaults to the initial population; exclusions, numerator and exceptions to false")
        .isEqualTo(Population.INITIAL_POPULATION.bit() | Population.DENOMINATOR.bit());
    assertThat(MembershipRules.patient(Scoring.CONTINUOUS_VARIABLE, all, onlyIp, null))
        .isEqualTo(Population.INITIAL_POPULATION.bit() | Population.MEASURE_POPULATION.bit());
    EpisodeCriteria episodes = new EpisodeCriteria() {
      @Override
      public int episodes(PatientRecord p) {
        return 1;
      }

      @Override
      public boolean initialPopulation(PatientRecord p, int e) {
        return true;
      }
    };
    assertThat(episodes.episodeRow(null, 0)).isEqualTo(-1);
    assertThat(MembershipRules.episode(Scoring.PROPORTION, all, episodes, null, 0))
        .isEqualTo(Population.INITIAL_POPULATION.bit() | Population.DENOMINATOR.bit());
    assertThat(MembershipRules.episode(Scoring.CONTINUOUS_VARIABLE, all, episodes, null, 0))
        .isEqualTo(Population.INITIAL_POPULATION.bit() | Population.MEASURE_POPULATION.bit());
  }

  @Example
  void populationCodesAreTheFhirMeasurePopulationCodes() {
    for (Population p : Population.values()) {
      assertThat(Population.ofCode(p.code())).isEqualTo(p);
    }
    assertThat(Population.DENOMINATOR_EXCLUSION.code()).isEqualTo("denominator-exclusion");
    assertThatThrownBy(() -> Population.ofCode("denominator-exclusions")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'denominator-exclusions'").hasMessageContaining("measure-population-exclusion");
  }
}
