/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.contract;

/**
 * How the quality score changes the shared savings.
 */
public enum SavingsQuality {
  /** The quality score does not change shared savings (a gate may still apply). */
  NONE,
  /**
   * Shared savings are multiplied by the quality score (MSSP through 2020: final sharing rate =
   * maximum rate x quality score, 42 CFR 425.604(d); MassHealth ACOs).
   */
  MULTIPLY,
  /** Shared savings are multiplied by the factor of the sliding-scale step the score reaches. */
  SLIDING_SCALE,
  /**
   * The full sharing rate when the quality standard is {@code MET}; the rate multiplied by the
   * quality score when only the alternative standard is met ({@code ALTERNATIVE_MET}); nothing
   * otherwise (MSSP from PY2023, 42 CFR 425.512(a)(4)(ii) and 425.605(d)/425.610(d)). Needs the
   * quality standard among the performance inputs.
   */
  MULTIPLY_UNDER_ALTERNATIVE
}
