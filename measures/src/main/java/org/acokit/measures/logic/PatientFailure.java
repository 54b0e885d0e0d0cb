/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.logic;

/**
 * A patient's data cannot be evaluated (a patient without the birth date a measure needs, a
 * quantity in a unit the measure cannot convert): thrown by building blocks, caught by the
 * evaluator, which reports the patient as a row-level failure and keeps evaluating the others.
 * The message names the resource, the field, the value and what is allowed.
 */
public final class PatientFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates a failure.
   *
   * @param message what is wrong, naming the resource, field, value and what is allowed
   */
  public PatientFailure(String message) {
    super(message, null, false, false);
  }
}
