/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.definition;

/**
 * The populations of a measure group, with their FHIR MeasureReport codes (system
 * {@code http://terminology.hl7.org/CodeSystem/measure-population}).
 * <p>
 * Membership follows the HL7 Quality Measure Implementation Guide (see {@link MembershipRules}):
 * a definition supplies each population's criterion, and the framework decides membership.
 */
public enum Population {
  /** Initial population ({@code initial-population}). */
  INITIAL_POPULATION("initial-population"),
  /** Denominator ({@code denominator}). */
  DENOMINATOR("denominator"),
  /** Denominator exclusion ({@code denominator-exclusion}). */
  DENOMINATOR_EXCLUSION("denominator-exclusion"),
  /** Numerator ({@code numerator}). */
  NUMERATOR("numerator"),
  /** Numerator exclusion ({@code numerator-exclusion}). */
  NUMERATOR_EXCLUSION("numerator-exclusion"),
  /** Denominator exception ({@code denominator-exception}). */
  DENOMINATOR_EXCEPTION("denominator-exception"),
  /** Measure population of a continuous-variable measure ({@code measure-population}). */
  MEASURE_POPULATION("measure-population"),
  /** Measure population exclusion ({@code measure-population-exclusion}). */
  MEASURE_POPULATION_EXCLUSION("measure-population-exclusion");

  private final String code;

  Population(String code) {
    this.code = code;
  }

  /**
   * The FHIR code.
   *
   * @return the code, such as {@code denominator-exclusion}
   */
  public String code() {
    return code;
  }

  /**
   * The bit of this population in a membership mask ({@link MembershipRules}).
   *
   * @return the bit
   */
  public int bit() {
    return 1 << ordinal();
  }

  /**
   * The population of a FHIR code.
   *
   * @param code the code
   * @return the population
   * @throws IllegalArgumentException if the code is not a measure-population code
   */
  public static Population ofCode(String code) {
    for (Population p : values()) {
      if (p.code.equals(code)) {
        return p;
      }
    }
    throw new IllegalArgumentException("population code must be one of initial-population, denominator,"
        + " denominator-exclusion, numerator, numerator-exclusion, denominator-exception, measure-population,"
        + " measure-population-exclusion, but was '" + code + "'");
  }
}
