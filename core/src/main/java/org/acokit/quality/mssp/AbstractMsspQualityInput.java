/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.quality.mssp;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import org.acokit.internal.AcoStyle;
import org.acokit.internal.Checks;
import org.acokit.quality.MeasureResult;
import org.immutables.value.Value;

/**
 * An ACO's PY2012-2020 quality data: its measure set, its results, and the year's parameters.
 * <p>
 * {@link #netImprovement()} is, per domain, the number of measures that improved significantly
 * minus those that declined significantly against the prior year (425.502(e)(4)); CMS's
 * significance test is not published, so callers supply the counts. For an ACO affected by an
 * extreme and uncontrollable circumstance (PY2017-2020, 425.502(f)), {@link #meanQualityScore()}
 * is the mean quality score of all Shared Savings Program ACOs that year. Immutable and
 * thread-safe.
 */
@Value.Immutable
@AcoStyle
abstract class AbstractMsspQualityInput {

  /**
   * The performance year, 2012-2020.
   *
   * @return the year
   */
  public abstract int performanceYear();

  /**
   * The measures of the ACO's measure set, each measure id once.
   *
   * @return the measures
   */
  public abstract List<MsspMeasure> measures();

  /**
   * The results, one per measure and per all-or-nothing component (a result with no rate is a
   * measure not reported); a measure id given twice is refused, naming both positions.
   *
   * @return the results
   */
  public abstract List<MeasureResult> results();

  /**
   * Whether this is the ACO's pay-for-reporting year (the first performance year of its first
   * agreement period, 425.502(a)(1)): complete reporting earns the full score.
   *
   * @return true in the pay-for-reporting year
   */
  @Value.Default
  public boolean payForReportingYear() {
    return false;
  }

  /**
   * Net improvement per domain (improved minus declined measures); absent domains have none.
   *
   * @return net improvement by domain
   */
  public abstract Map<MsspDomain, Integer> netImprovement();

  /**
   * Whether the ACO was affected by an extreme and uncontrollable circumstance (PY2017-2020).
   *
   * @return true if affected
   */
  @Value.Default
  public boolean extremeAndUncontrollableCircumstance() {
    return false;
  }

  /**
   * The mean quality score of all Shared Savings Program ACOs, a fraction; required when the
   * ACO was affected by an extreme and uncontrollable circumstance.
   *
   * @return the mean score
   */
  public abstract OptionalDouble meanQualityScore();

  @Value.Check
  void check() {
    MsspQualityYear year = MsspQualityYear.of(performanceYear());
    Checks.noDuplicates("the measure set (measures)", "measure", measures(), MsspMeasure::measureId);
    Checks.noDuplicates("results", "result of measure", results(), MeasureResult::measureId);
    if (extremeAndUncontrollableCircumstance()) {
      if (!year.hasEucPolicy()) {
        throw new IllegalArgumentException("extreme and uncontrollable circumstances policy applies from "
            + "performance year 2017 (82 FR 60912), but the performance year was " + performanceYear());
      }
      if (meanQualityScore().isEmpty()) {
        throw new IllegalArgumentException("mean quality score of all Shared Savings Program ACOs is required "
            + "for an ACO affected by an extreme and uncontrollable circumstance (425.502(f))");
      }
    }
    if (meanQualityScore().isPresent()) {
      Checks.fraction("mean quality score", meanQualityScore().getAsDouble());
    }
    netImprovement().forEach((d, n) -> {
      long size = measures().stream().filter(m -> m.domain() == d).count();
      if (Math.abs(n) > size) {
        throw new IllegalArgumentException("net improvement of domain " + d + " must be between -" + size + " and "
            + size + " (its measure count), but was " + n);
      }
    });
  }
}
