/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.contract;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.acokit.internal.AcoStyle;
import org.immutables.value.Value;

/**
 * One step of a quality sliding scale: a quality score of at least {@link #minimumScore()} earns
 * {@link #factor()} of the savings (or of the withhold).
 * <p>
 * Example: steps (0.5, 0.5), (0.7, 0.8), (0.9, 1.0) give a score of 0.75 the factor 0.8 and a
 * score below 0.5 nothing. Immutable and thread-safe.
 */
@Value.Immutable
@AcoStyle
@JsonSerialize(as = ScaleStep.class)
@JsonDeserialize(as = ScaleStep.class)
abstract class AbstractScaleStep {

  /**
   * The smallest quality score (a fraction) that reaches this step.
   *
   * @return the score threshold
   */
  @Value.Parameter
  public abstract double minimumScore();

  /**
   * The factor this step earns, a fraction.
   *
   * @return the factor
   */
  @Value.Parameter
  public abstract double factor();
}
