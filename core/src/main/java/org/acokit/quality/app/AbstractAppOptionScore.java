/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.quality.app;

import java.util.List;

import org.acokit.internal.AcoStyle;
import org.acokit.quality.MeasureScore;
import org.immutables.value.Value;

/**
 * The achievement score of one reporting option (for example the Web Interface measures with
 * CAHPS and the claims measures): every measure's points and the achievement percent
 * {@code 100 x points earned / points available}. Immutable and thread-safe.
 */
@Value.Immutable
@AcoStyle
abstract class AbstractAppOptionScore {

  /**
   * The option's label, such as {@code "Web Interface"}.
   *
   * @return the label
   */
  public abstract String label();

  /**
   * The measure scores, ordered by measure and collection type; CAHPS appears once as measure
   * {@code 321}.
   *
   * @return the measure scores
   */
  public abstract List<MeasureScore> measureScores();

  /**
   * The CAHPS summary survey measure scores whose mean is measure 321's points.
   *
   * @return the survey measure scores
   */
  public abstract List<MeasureScore> cahpsSurveyScores();

  /**
   * The points earned.
   *
   * @return the sum of measure points
   */
  public abstract double pointsEarned();

  /**
   * The points available.
   *
   * @return the sum of measure maxima
   */
  public abstract double pointsAvailable();

  /**
   * The achievement percent, {@code 100 x earned / available}, 0 if nothing is available.
   *
   * @return 0-100
   */
  @Value.Derived
  public double achievementPercent() {
    return pointsAvailable() == 0 ? 0 : 100 * pointsEarned() / pointsAvailable();
  }
}
