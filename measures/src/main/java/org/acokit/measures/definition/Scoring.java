/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.definition;

/**
 * A measure's scoring (FHIR {@code measure-scoring}); it decides the membership rules
 * ({@link MembershipRules}) and which populations a group may have.
 */
public enum Scoring {
  /** Proportion: numerator over denominator, less exclusions and exceptions. */
  PROPORTION,
  /** Ratio: numerator and denominator are each subsets of the initial population. */
  RATIO,
  /** Continuous variable: an observation over the measure population. */
  CONTINUOUS_VARIABLE
}
