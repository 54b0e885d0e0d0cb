/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.quality;

/**
 * How a measure entered the score.
 */
public enum ScoreStatus {
  /** Scored against its benchmark; its points and maximum count. */
  SCORED,
  /** Full points for complete reporting (a pay-for-reporting measure or year). */
  REPORTED,
  /** Required but not reported: zero points, and its maximum stays in the denominator. */
  NOT_REPORTED,
  /** No benchmark (or below case minimum): left out of points earned and points available. */
  EXCLUDED
}
