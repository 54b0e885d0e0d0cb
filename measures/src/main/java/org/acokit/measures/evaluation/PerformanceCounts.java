/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.evaluation;

/**
 * The performance numerator and denominator of a proportion measure, over all patients or in
 * one stratum: numerator = NUM - NUMEX, denominator = DEN - DENEX - DENEXCEP (summed over the
 * groups of a pooled measure). Counts of patients (or episodes). Immutable and thread-safe.
 *
 * @param numerator the performance numerator, 0 to denominator
 * @param denominator the performance denominator, 0 or more
 */
public record PerformanceCounts(long numerator, long denominator) {

  /**
   * Checks the counts.
   *
   * @throws IllegalArgumentException if a count is negative or the numerator exceeds the
   *     denominator
   */
  public PerformanceCounts {
    if (denominator < 0 || numerator < 0 || numerator > denominator) {
      throw new IllegalArgumentException("performance counts must satisfy 0 <= numerator <= denominator, but were "
          + numerator + " of " + denominator);
    }
  }
}
