/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.contract;

/**
 * How the quality score changes shared losses.
 */
public enum LossQuality {
  /** The quality score does not change shared losses. */
  NONE,
  /**
   * The loss rate is the complement of the quality-adjusted sharing rate, bounded: loss rate =
   * min(ceiling, max(floor, 1 - complement rate x quality score)), with a score of 0 when the
   * quality gate is not met (MSSP Track 2: at most 60%, 42 CFR 425.606(f); Track 3 and
   * ENHANCED: 40% to 75%, 42 CFR 425.610(f)). Example: 0.75 and score 0.9 give 1 - 0.675 =
   * 0.325, raised to the 0.40 floor.
   */
  COMPLEMENT_OF_SHARING_RATE,
  /**
   * The loss rate is the complement of the final savings sharing rate the quality result earns
   * (the band rate times the savings quality factor), bounded: loss rate = min(ceiling,
   * max(floor, 1 - final sharing rate)) (MSSP Track 2: "1 minus the final sharing rate", at most
   * 60%, 42 CFR 425.606(f); in PY2021 the final sharing rate is the maximum rate when the quality
   * performance standard is met, so the loss rate is 40%). Needs a single savings band and a
   * single loss band.
   */
  COMPLEMENT_OF_FINAL_SHARING_RATE,
  /**
   * Shared losses are mitigated by the quality score: losses x (1 - maximum mitigation x score)
   * (MassHealth ACOs). Example: maximum mitigation 0.4 and score 0.5 reduce losses by 20%.
   */
  MITIGATE
}
