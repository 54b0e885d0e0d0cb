/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.contract;

/**
 * How a quality withhold is earned back.
 */
public enum WithholdEarnBack {
  /** The share earned back is the quality score (ACO REACH: the total quality score). */
  SCORE,
  /** All of it when the quality gate is met, none otherwise. */
  GATE,
  /** The factor of the sliding-scale step the score reaches. */
  SLIDING_SCALE
}
