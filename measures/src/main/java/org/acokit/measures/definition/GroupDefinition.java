/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.definition;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Sets;

/**
 * One group of a measure (a FHIR {@code Measure.group}): the populations it declares, their
 * criteria (patient- or episode-based) and its stratifiers. Groups are numbered by their position
 * in {@link PatientMeasure#groups}, as in {@code Measure.group} order.
 * <p>
 * Example (CMS122): {@code GroupDefinition.ofPatients(criteria, Population.INITIAL_POPULATION,
 * Population.DENOMINATOR, Population.DENOMINATOR_EXCLUSION, Population.NUMERATOR)}. Immutable and
 * thread-safe.
 */
public final class GroupDefinition {

  private final Set<Population> populations;
  private final PatientCriteria patientCriteria;
  private final EpisodeCriteria episodeCriteria;
  private final ImmutableList<Stratifier> stratifiers;

  private GroupDefinition(Set<Population> populations, PatientCriteria patientCriteria,
      EpisodeCriteria episodeCriteria, List<Stratifier> stratifiers) {
    this.populations = Sets.immutableEnumSet(populations);
    this.patientCriteria = patientCriteria;
    this.episodeCriteria = episodeCriteria;
    this.stratifiers = ImmutableList.copyOf(stratifiers);
    if (!populations.contains(Population.INITIAL_POPULATION)) {
      throw new IllegalArgumentException("a group must declare the initial population, but declared " + populations);
    }
  }

  /**
   * A patient-based group.
   *
   * @param criteria the criteria
   * @param first the first declared population (the initial population)
   * @param rest the other declared populations
   * @return the group
   * @throws IllegalArgumentException if the initial population is not declared
   */
  public static GroupDefinition ofPatients(PatientCriteria criteria, Population first, Population... rest) {
    return new GroupDefinition(EnumSet.of(first, rest), Objects.requireNonNull(criteria, "criteria"), null,
        List.of());
  }

  /**
   * An episode-based group.
   *
   * @param criteria the criteria
   * @param first the first declared population (the initial population)
   * @param rest the other declared populations
   * @return the group
   * @throws IllegalArgumentException if the initial population is not declared
   */
  public static GroupDefinition ofEpisodes(EpisodeCriteria criteria, Population first, Population... rest) {
    return new GroupDefinition(EnumSet.of(first, rest), null, Objects.requireNonNull(criteria, "criteria"),
        List.of());
  }

  /**
   * This group with stratifiers.
   *
   * @param stratifiers the stratifiers, in Measure order
   * @return a new group
   */
  public GroupDefinition withStratifiers(List<Stratifier> stratifiers) {
    return new GroupDefinition(populations, patientCriteria, episodeCriteria, stratifiers);
  }

  /**
   * The declared populations.
   *
   * @return the populations
   */
  public Set<Population> populations() {
    return populations;
  }

  /**
   * The declared populations as a mask of {@link Population#bit()}.
   *
   * @return the mask
   */
  public int populationMask() {
    int m = 0;
    for (Population p : populations) {
      m |= p.bit();
    }
    return m;
  }

  /**
   * The basis.
   *
   * @return patient or episode
   */
  public PopulationBasis basis() {
    return patientCriteria != null ? PopulationBasis.PATIENT : PopulationBasis.EPISODE;
  }

  /**
   * The patient criteria.
   *
   * @return the criteria, or null for an episode-based group
   */
  public PatientCriteria patientCriteria() {
    return patientCriteria;
  }

  /**
   * The episode criteria.
   *
   * @return the criteria, or null for a patient-based group
   */
  public EpisodeCriteria episodeCriteria() {
    return episodeCriteria;
  }

  /**
   * The stratifiers.
   *
   * @return the stratifiers
   */
  public ImmutableList<Stratifier> stratifiers() {
    return stratifiers;
  }
}
