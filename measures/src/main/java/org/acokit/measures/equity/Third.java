/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.equity;

/**
 * Where a measure's performance falls among peers: top, middle or bottom third, or not scored
 * (unscored, or below the case minimum or sample size).
 */
public enum Third {
  /** Top third of performers. */
  TOP,
  /** Middle third. */
  MIDDLE,
  /** Bottom third. */
  BOTTOM,
  /** Not scored: no points in a sum, left out of a mean. */
  NOT_SCORED
}
