/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.equity;

/**
 * How the standard error and interval of an estimate were obtained.
 */
public enum IntervalMethod {
  /** A closed formula (Wald, or Wald on the log scale for a ratio). */
  ANALYTIC,
  /** The delta method on a fitted logistic regression with an HC1 sandwich covariance (sii, rii). */
  DELTA,
  /** A seeded Monte Carlo simulation ({@link Simulation}): an interval, no standard error. */
  SIMULATION,
  /** Score intervals: Wilson for a proportion, Newcombe's hybrid score for a difference of two. */
  SCORE
}
