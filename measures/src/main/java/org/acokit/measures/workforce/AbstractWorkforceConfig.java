/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.workforce;

import java.util.Optional;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import org.acokit.internal.AcoStyle;
import org.acokit.measures.equity.CellSuppression;
import org.immutables.value.Value;

/**
 * How a workforce analysis groups people and which intervals, pipeline, comparators and
 * suppression it uses; resolved once by {@link WorkforceAnalysis#of(WorkforceConfig)}.
 * <p>
 * Example: {@code WorkforceConfig.builder().addDimensions("race").addStages("applied",
 * "interviewed", "offered", "hired").build()} groups by race, in two-year intervals, with CMS's
 * cell-size suppression. Immutable and thread-safe.
 */
@Value.Immutable
@AcoStyle
abstract class AbstractWorkforceConfig {

  /**
   * The demographic dimensions that form a group; two or more form their intersection (labels
   * joined by {@code " × "}).
   *
   * @return the dimensions, at least one
   */
  public abstract ImmutableList<String> dimensions();

  /**
   * The applicant pipeline stages, in order; the last is the hire decision.
   *
   * @return the stages, at least two
   */
  public abstract ImmutableList<String> stages();

  /**
   * The interval length in years (two by default, as the seed's analyses are).
   *
   * @return the years, 1 or more
   */
  @Value.Default
  public int intervalYears() {
    return 2;
  }

  /**
   * The reference group for the talent-flow choke points and the engagement differences; when
   * empty the largest group at the interval's start. (Adverse-impact tables always compare with
   * the highest-rate group, as the four-fifths rule does.)
   *
   * @return the reference group
   */
  public abstract Optional<String> referenceGroup();

  /**
   * A labour-market availability the user supplies: group → share of the relevant labour
   * market (fractions), the comparator of MD-715's civilian labour force.
   *
   * @return the availability, possibly empty
   */
  public abstract ImmutableMap<String, Double> availability();

  /**
   * The largest count (or group size) that is suppressed: counts of 1 to this are not published
   * (the equity package's {@link org.acokit.measures.equity.CellSuppression}, whose default is the CMS cell size suppression
   * policy, 10); 0 suppresses nothing.
   *
   * @return the threshold
   */
  @Value.Default
  public int suppressionThreshold() {
    return CellSuppression.CMS.threshold();
  }

  /**
   * The number of intervals the talent-flow model projects ahead.
   *
   * @return the intervals, 0 or more
   */
  @Value.Default
  public int projectionIntervals() {
    return 3;
  }

  /**
   * The confidence level of the intervals (engagement, correlations).
   *
   * @return the level, between 0 and 1
   */
  @Value.Default
  public double confidenceLevel() {
    return 0.95;
  }

  @Value.Check
  void check() {
    if (dimensions().isEmpty()) {
      throw new IllegalArgumentException("dimensions is empty; name at least one demographic dimension, such as race");
    }
    if (stages().size() < 2 || stages().stream().distinct().count() != stages().size()) {
      throw new IllegalArgumentException("stages is " + stages() + "; give at least two distinct pipeline stages in order");
    }
    if (intervalYears() < 1) {
      throw new IllegalArgumentException("intervalYears is " + intervalYears() + "; it must be 1 or more");
    }
    if (projectionIntervals() < 0) {
      throw new IllegalArgumentException("projectionIntervals is " + projectionIntervals() + "; it must be 0 or more");
    }
    if (!(confidenceLevel() > 0 && confidenceLevel() < 1)) {
      throw new IllegalArgumentException("confidenceLevel is " + confidenceLevel() + "; it must be between 0 and 1");
    }
    new CellSuppression(suppressionThreshold());
    availability().forEach((g, s) -> {
      if (!(s >= 0 && s <= 1)) {
        throw new IllegalArgumentException("availability of group '" + g + "' is " + s + "; shares are fractions from 0 to 1");
      }
    });
  }
}
