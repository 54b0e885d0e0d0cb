/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.quality;

import org.acokit.internal.AcoStyle;
import org.acokit.internal.Checks;
import org.immutables.value.Value;

/**
 * The quality result that the settlement consumes: the quality score (Table 3 [R]) and which
 * standard was met (Table 3 [S]).
 * <p>
 * The score is a fraction in [0, 1]: through 2020 the ACO quality score of 42 CFR 425.502 (1.0
 * for complete reporting in a pay-for-reporting year), in 2021-2022 the MIPS Quality performance
 * category score, from 2023 the health equity adjusted quality performance score. Example:
 * {@code QualityOutcome.of(0.7326, QualityStandard.MET)}. Immutable and thread-safe.
 */
@Value.Immutable
@AcoStyle
abstract class AbstractQualityOutcome {

  /**
   * The quality score as a fraction (0.7326 = 73.26%).
   *
   * @return the score in [0, 1]
   */
  @Value.Parameter
  public abstract double score();

  /**
   * The standard the ACO met.
   *
   * @return the standard
   */
  @Value.Parameter
  public abstract QualityStandard standard();

  @Value.Check
  void check() {
    Checks.fraction("quality score", score());
  }
}
