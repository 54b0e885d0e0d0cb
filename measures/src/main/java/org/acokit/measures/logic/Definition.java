/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.logic;

/**
 * A boolean CQL {@code define} of patient context. Wrap one with
 * {@link MeasureContext#define(Definition)} to evaluate it at most once per patient (as a CQL
 * engine caches definitions), when several populations use it.
 */
@FunctionalInterface
public interface Definition {

  /**
   * Evaluates the definition for a patient.
   *
   * @param p the patient
   * @return the truth value (CQL null is false)
   */
  boolean test(PatientRecord p);
}
