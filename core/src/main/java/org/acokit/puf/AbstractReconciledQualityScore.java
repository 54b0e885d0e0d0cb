/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.puf;

import java.util.OptionalDouble;

import org.acokit.internal.AcoStyle;
import org.acokit.quality.QualityStandard;
import org.acokit.quality.app.AppQualityScore;
import org.immutables.value.Value;

/**
 * One ACO-year's APM Performance Pathway quality score recomputed from the public use file's
 * measure values and compared with the published {@code QualScore}. Scores are in points, 0-100.
 * Immutable and thread-safe.
 */
@Value.Immutable
@AcoStyle
abstract class AbstractReconciledQualityScore {

  /**
   * The published row.
   *
   * @return the record
   */
  public abstract PufRecord record();

  /**
   * The library's score of the row's measure values.
   *
   * @return the score
   */
  public abstract AppQualityScore score();

  /**
   * The comparison outcome or the reason for the difference.
   *
   * @return the status
   */
  public abstract QualityReconciliationStatus status();

  /**
   * The quality standard CMS published ({@code Met_QPS}, {@code Met_AltQPS}; neither is NOT_MET).
   *
   * @return the published standard
   */
  public abstract QualityStandard publishedStandard();

  /**
   * The published quality score in points, 0-100 ({@code QualScore} x 100).
   *
   * @return the published score, empty if not published
   */
  public OptionalDouble publishedScore() {
    return record().qualityScore().isPresent() ? OptionalDouble.of(record().qualityScore().getAsDouble() * 100)
        : OptionalDouble.empty();
  }

  /**
   * The recomputed score in points, 0-100.
   *
   * @return the score
   */
  public double computedScore() {
    return score().score();
  }

  /**
   * Whether the recomputed score is within 0.01 points of the published one.
   *
   * @return true for {@link QualityReconciliationStatus#MATCH}
   */
  public boolean isReproduced() {
    return status() == QualityReconciliationStatus.MATCH;
  }

  /**
   * Whether the quality standard the library determines is the one CMS published.
   *
   * @return true if they agree
   */
  public boolean standardAsPublished() {
    return score().standard() == publishedStandard();
  }
}
