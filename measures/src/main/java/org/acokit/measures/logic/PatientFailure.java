/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.logic;

import org.acokit.io.FailureCode;

/**
 * A patient's data cannot be evaluated (a patient without the birth date a measure needs, a
 * quantity in a unit the measure cannot convert): thrown by building blocks, caught by the
 * evaluator, which reports the patient as a row-level failure and keeps evaluating the others.
 * The message names the resource, the field, the value and what is allowed.
 */
public final class PatientFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The code and path; immutable. */
  private final transient FailureCode code;
  private final String path;

  /**
   * Creates a failure.
   *
   * @param code the kind ({@link FailureCode#MISSING_VALUE} for an absent field the measure needs,
   *     {@link FailureCode#INVALID_VALUE} for a value it cannot use, {@link FailureCode#INCONSISTENT}
   *     for resources that contradict each other)
   * @param path the FHIR path of the field, such as {@code Patient.birthDate}
   * @param message what is wrong, naming the resource, field, value and what is allowed
   */
  public PatientFailure(FailureCode code, String path, String message) {
    super(message, null, false, false);
    this.code = code;
    this.path = path;
  }

  /**
   * The kind of failure.
   *
   * @return the code
   */
  public FailureCode code() {
    return code;
  }

  /**
   * The FHIR path of the field.
   *
   * @return the path
   */
  public String path() {
    return path;
  }
}
