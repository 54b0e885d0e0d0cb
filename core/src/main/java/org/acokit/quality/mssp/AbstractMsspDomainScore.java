/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.quality.mssp;

import java.util.List;

import org.acokit.internal.AcoStyle;
import org.acokit.quality.MeasureScore;
import org.immutables.value.Value;

/**
 * One domain's score: {@code min(earned + bonus, possible) / possible} (42 CFR 425.502(e)).
 * Example: 16.2 of 18 points is 0.90. Immutable and thread-safe.
 */
@Value.Immutable
@AcoStyle
abstract class AbstractMsspDomainScore {

  /**
   * The domain.
   *
   * @return the domain
   */
  public abstract MsspDomain domain();

  /**
   * The domain's measure scores.
   *
   * @return the measure scores
   */
  public abstract List<MeasureScore> measureScores();

  /**
   * The points earned.
   *
   * @return the points
   */
  public abstract double pointsEarned();

  /**
   * The points possible.
   *
   * @return the points
   */
  public abstract double pointsPossible();

  /**
   * The quality improvement bonus points, 0-4.
   *
   * @return the bonus
   */
  public abstract double bonusPoints();

  /**
   * Whether at least one measure reached its minimum attainment level.
   *
   * @return true if so
   */
  public abstract boolean minimumAttainmentReached();

  /**
   * The domain score, a fraction.
   *
   * @return {@code min(earned + bonus, possible) / possible}
   */
  @Value.Derived
  public double score() {
    return pointsPossible() == 0 ? 0 : Math.min(pointsEarned() + bonusPoints(), pointsPossible()) / pointsPossible();
  }
}
