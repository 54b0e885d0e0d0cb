/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.terminology;

import java.util.Objects;

/**
 * A code of a code system: the system URI and the code, as in a FHIR {@code Coding}.
 * <p>
 * Two codes are equal when system and code are equal (the CQL {@code ~} of two codes, and value
 * set membership, compare system and code only; version and display are ignored). Example:
 * {@code Code.of(CodeSystems.LOINC, "97506-0")}. Immutable and thread-safe.
 *
 * @param system the code system URI, such as {@code http://loinc.org}
 * @param code the code within the system
 */
public record Code(String system, String code) {

  /**
   * Creates a code.
   *
   * @param system the code system URI, not blank
   * @param code the code, not blank
   * @throws IllegalArgumentException if the system or the code is blank
   */
  public Code {
    Objects.requireNonNull(system, "system");
    Objects.requireNonNull(code, "code");
    if (system.isBlank()) {
      throw new IllegalArgumentException("code system must not be blank, but was '" + system + "' (code " + code + ")");
    }
    if (code.isBlank()) {
      throw new IllegalArgumentException("code must not be blank, but was '" + code + "' (system " + system + ")");
    }
  }

  /**
   * Creates a code.
   *
   * @param system the code system URI
   * @param code the code
   * @return the code
   * @throws IllegalArgumentException if the system or the code is blank
   */
  public static Code of(String system, String code) {
    return new Code(system, code);
  }

  @Override
  public String toString() {
    return system + "|" + code;
  }
}
