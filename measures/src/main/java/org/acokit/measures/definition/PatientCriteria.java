/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.definition;

import org.acokit.measures.logic.PatientRecord;

/**
 * The criteria of a patient-based group: one method per population, each the truth of the CQL
 * definition of that population for one patient, written without the membership rules (the
 * framework applies them: {@link MembershipRules}).
 * <p>
 * The framework calls only the methods of the populations the group declares, and only when the
 * rules need them (the denominator only for a patient in the initial population, and so on).
 * Implementations are made once per dataset ({@link PatientMeasure#groups}) and must be
 * thread-safe (stateless apart from the resolved value sets and codes); they must not allocate per
 * patient on the batch path.
 */
public interface PatientCriteria {

  /**
   * The CQL {@code "Initial Population"}.
   *
   * @param p the patient
   * @return the truth value
   */
  boolean initialPopulation(PatientRecord p);

  /**
   * The CQL {@code "Denominator"} (often {@code "Initial Population"} itself: the default).
   *
   * @param p the patient
   * @return the truth value
   */
  default boolean denominator(PatientRecord p) {
    return true;
  }

  /**
   * The CQL {@code "Denominator Exclusions"}.
   *
   * @param p the patient
   * @return the truth value
   */
  default boolean denominatorExclusion(PatientRecord p) {
    return false;
  }

  /**
   * The CQL {@code "Numerator"}.
   *
   * @param p the patient
   * @return the truth value
   */
  default boolean numerator(PatientRecord p) {
    return false;
  }

  /**
   * The CQL {@code "Numerator Exclusions"}.
   *
   * @param p the patient
   * @return the truth value
   */
  default boolean numeratorExclusion(PatientRecord p) {
    return false;
  }

  /**
   * The CQL {@code "Denominator Exceptions"}.
   *
   * @param p the patient
   * @return the truth value
   */
  default boolean denominatorException(PatientRecord p) {
    return false;
  }

  /**
   * The CQL {@code "Measure Population"} (continuous variable).
   *
   * @param p the patient
   * @return the truth value
   */
  default boolean measurePopulation(PatientRecord p) {
    return true;
  }

  /**
   * The CQL {@code "Measure Population Exclusions"} (continuous variable).
   *
   * @param p the patient
   * @return the truth value
   */
  default boolean measurePopulationExclusion(PatientRecord p) {
    return false;
  }
}
