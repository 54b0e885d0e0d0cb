/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.definition;

/**
 * How a measure with several groups makes its one performance rate for the quality engine.
 */
public enum GroupAggregation {
  /** One group only (a measure with a single group). */
  SINGLE_GROUP,
  /**
   * The groups' counts summed before the rate (CMS347 / MIPS 438: one performance rate over its
   * populations, MIPS {@code singlePerformanceRate} with the four populations as strata).
   */
  POOLED
}
