/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.definition;

import org.acokit.measures.logic.PatientRecord;

/**
 * The criteria of an episode-based group (population basis a resource type, such as
 * {@code Encounter}): the patient's candidate episodes are numbered 0 to
 * {@link #episodes(PatientRecord)} - 1 (typically rows of a fact table), and each population
 * method is the truth of its CQL definition for one episode. The framework applies the membership
 * rules episode by episode and counts episodes.
 * <p>
 * Thread-safe and allocation-free on the batch path, as {@link PatientCriteria}.
 */
public interface EpisodeCriteria {

  /**
   * The number of candidate episodes of the patient.
   *
   * @param p the patient
   * @return the count, 0 or more
   */
  int episodes(PatientRecord p);

  /**
   * The fact row an episode stands for (for explanations), or -1.
   *
   * @param p the patient
   * @param episode the episode
   * @return the row of {@link #episodeKind()}
   */
  default int episodeRow(PatientRecord p, int episode) {
    return -1;
  }

  /**
   * The kind of fact an episode is, for explanations.
   *
   * @return the kind, or null
   */
  default org.acokit.measures.patient.FactKind episodeKind() {
    return null;
  }

  /**
   * Whether an episode is in the CQL initial population.
   *
   * @param p the patient
   * @param episode the episode
   * @return the truth value
   */
  boolean initialPopulation(PatientRecord p, int episode);

  /**
   * The CQL denominator of an episode.
   *
   * @param p the patient
   * @param episode the episode
   * @return the truth value
   */
  default boolean denominator(PatientRecord p, int episode) {
    return true;
  }

  /**
   * The CQL denominator exclusion of an episode.
   *
   * @param p the patient
   * @param episode the episode
   * @return the truth value
   */
  default boolean denominatorExclusion(PatientRecord p, int episode) {
    return false;
  }

  /**
   * The CQL numerator of an episode.
   *
   * @param p the patient
   * @param episode the episode
   * @return the truth value
   */
  default boolean numerator(PatientRecord p, int episode) {
    return false;
  }

  /**
   * The CQL numerator exclusion of an episode.
   *
   * @param p the patient
   * @param episode the episode
   * @return the truth value
   */
  default boolean numeratorExclusion(PatientRecord p, int episode) {
    return false;
  }

  /**
   * The CQL denominator exception of an episode.
   *
   * @param p the patient
   * @param episode the episode
   * @return the truth value
   */
  default boolean denominatorException(PatientRecord p, int episode) {
    return false;
  }

  /**
   * The CQL measure population of an episode (continuous variable).
   *
   * @param p the patient
   * @param episode the episode
   * @return the truth value
   */
  default boolean measurePopulation(PatientRecord p, int episode) {
    return true;
  }

  /**
   * The CQL measure population exclusion of an episode (continuous variable).
   *
   * @param p the patient
   * @param episode the episode
   * @return the truth value
   */
  default boolean measurePopulationExclusion(PatientRecord p, int episode) {
    return false;
  }
}
