/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.patient;

/**
 * FHIR {@code Patient.gender} (administrative gender).
 */
public enum AdministrativeSex {
  /** {@code male}. */
  MALE("male"),
  /** {@code female}. */
  FEMALE("female"),
  /** {@code other}. */
  OTHER("other"),
  /** {@code unknown}. */
  UNKNOWN("unknown");

  private final String code;

  AdministrativeSex(String code) {
    this.code = code;
  }

  /**
   * The FHIR code.
   *
   * @return the code
   */
  public String code() {
    return code;
  }

  /**
   * The value of a FHIR code.
   *
   * @param code the code
   * @return the value
   * @throws IllegalArgumentException if the code is not male, female, other or unknown
   */
  public static AdministrativeSex ofCode(String code) {
    for (AdministrativeSex s : values()) {
      if (s.code.equals(code)) {
        return s;
      }
    }
    throw new IllegalArgumentException("gender must be one of male, female, other, unknown, but was '" + code + "'");
  }
}
