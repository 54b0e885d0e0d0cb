/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.definition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.acokit.measures.logic.PatientRecord;
import org.junit.jupiter.api.Test;

/** A group's declared populations, basis and stratifiers. */
class GroupDefinitionTest {

  private static final PatientCriteria PATIENTS = p -> true;

  private static final EpisodeCriteria EPISODES = new EpisodeCriteria() {
    @Override
    public int episodes(PatientRecord p) {
      return 0;
    }

    @Override
    public boolean initialPopulation(PatientRecord p, int episode) {
      return true;
    }
  };

  @Test
  void aPatientGroupDeclaresItsPopulationsAsAMask() {
    GroupDefinition g = GroupDefinition.ofPatients(PATIENTS, Population.INITIAL_POPULATION, Population.DENOMINATOR,
        Population.NUMERATOR);
    assertThat(g.basis()).isEqualTo(PopulationBasis.PATIENT);
    assertThat(g.patientCriteria()).isSameAs(PATIENTS);
    assertThat(g.episodeCriteria()).isNull();
    assertThat(g.populations()).containsExactly(Population.INITIAL_POPULATION, Population.DENOMINATOR,
        Population.NUMERATOR);
    assertThat(g.populationMask()).isEqualTo(
        Population.INITIAL_POPULATION.bit() | Population.DENOMINATOR.bit() | Population.NUMERATOR.bit());
    assertThat(g.stratifiers()).isEmpty();
  }

  @Test
  void anEpisodeGroupKeepsItsCriteriaAndStratifiers() {
    Stratifier s = Stratifier.ofCriterion("Stratification 1", p -> true);
    GroupDefinition g = GroupDefinition.ofEpisodes(EPISODES, Population.INITIAL_POPULATION,
        Population.MEASURE_POPULATION).withStratifiers(List.of(s));
    assertThat(g.basis()).isEqualTo(PopulationBasis.EPISODE);
    assertThat(g.episodeCriteria()).isSameAs(EPISODES);
    assertThat(g.patientCriteria()).isNull();
    assertThat(g.stratifiers()).containsExactly(s);
    assertThat(g.populationMask()).isEqualTo(Population.INITIAL_POPULATION.bit() | Population.MEASURE_POPULATION.bit());
  }

  @Test
  void aGroupWithoutAnInitialPopulationIsAnErrorNamingWhatItDeclared() {
    assertThatThrownBy(() -> GroupDefinition.ofPatients(PATIENTS, Population.DENOMINATOR, Population.NUMERATOR))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("initial population")
        .hasMessageContaining("DENOMINATOR");
  }
}
