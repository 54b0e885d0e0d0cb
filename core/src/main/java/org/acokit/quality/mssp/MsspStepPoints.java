/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.quality.mssp;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.google.common.collect.ImmutableList;
import org.acokit.internal.Checks;
import org.acokit.quality.DecileBenchmark;
import org.acokit.quality.MeasureResult;
import org.acokit.quality.MeasureScore;
import org.acokit.quality.PointsFunction;
import org.acokit.quality.ScoreStatus;

/**
 * Shared Savings Program measure points, PY2012-2020 (42 CFR 425.502(b)-(c)): a step function of
 * the benchmark percentile band, with no interpolation.
 * <p>
 * A pay-for-performance measure below the minimum attainment level (the 30th percentile, or 30%
 * for a flat benchmark) earns 0 points; at or above it, the points of its band, 30th-40th,
 * 40th-50th, ..., 80th-90th and 90th or more, the highest band earning the maximum (425.502(c)).
 * The benchmark is a {@link DecileBenchmark} in qpp-measures-data's layout of CMS's Shared
 * Savings Program tables: bounds of MIPS deciles 4-10 are the MSSP 30th-90th percentile cut
 * points (flat benchmarks read 30, 40, ..., 90).
 * <p>
 * The seven band point values are a required parameter: the regulation fixes the structure but
 * not the values, and the values commonly cited from CMS's 2012 scoring guide (1.10, 1.25, 1.40,
 * 1.55, 1.70, 1.85, 2.00; ACO-11 doubled) could not be verified against a CMS text for this
 * library. Example with those values: a rate between the 60th and 70th percentile earns 1.55.
 * Immutable and thread-safe.
 */
public final class MsspStepPoints implements PointsFunction {

  /** The number of bands from the 30th percentile up. */
  public static final int BANDS = 7;
  /** The MIPS decile of the MSSP 30th percentile (minimum attainment). */
  public static final int MINIMUM_ATTAINMENT_DECILE = 4;

  private final ImmutableList<Double> bandPoints;

  private MsspStepPoints(List<Double> bandPoints) {
    if (bandPoints.size() != BANDS) {
      throw new IllegalArgumentException("band points must be " + BANDS
          + " values (30th, 40th, ..., 90th percentile bands), but were " + bandPoints.size() + ": " + bandPoints);
    }
    for (int i = 0; i < BANDS; i++) {
      Checks.positive("band points [" + (30 + 10 * i) + "th percentile]", bandPoints.get(i));
      if (i > 0 && bandPoints.get(i) < bandPoints.get(i - 1)) {
        throw new IllegalArgumentException("band points must never decrease, but the " + (30 + 10 * i)
            + "th percentile band (" + bandPoints.get(i) + ") is below the " + (20 + 10 * i) + "th ("
            + bandPoints.get(i - 1) + ")");
      }
    }
    this.bandPoints = ImmutableList.copyOf(bandPoints);
  }

  /**
   * A step points function.
   *
   * @param bandPoints the points of the 30th, 40th, ..., 90th percentile bands; the last is the
   *     measure's maximum
   * @return the function
   * @throws IllegalArgumentException if there are not seven positive, never decreasing values
   */
  public static MsspStepPoints of(List<Double> bandPoints) {
    return new MsspStepPoints(bandPoints);
  }

  /**
   * The band points.
   *
   * @return seven values
   */
  public ImmutableList<Double> bandPoints() {
    return bandPoints;
  }

  /**
   * This function with every band's points multiplied, for a double-weighted measure (ACO-11,
   * the EHR incentive measure).
   *
   * @param weight the multiplier, greater than 0
   * @return the weighted function
   */
  public MsspStepPoints weighted(double weight) {
    Checks.positive("measure weight", weight);
    return new MsspStepPoints(bandPoints.stream().map(p -> p * weight).collect(ImmutableList.toImmutableList()));
  }

  @Override
  public double maxPoints() {
    return bandPoints.get(BANDS - 1);
  }

  @Override
  public MeasureScore score(MeasureResult result, Optional<DecileBenchmark> benchmark) {
    MeasureScore.Builder out = MeasureScore.builder().measureId(result.measureId())
        .collectionType(result.collectionType()).rate(result.rate()).maxPoints(maxPoints());
    if (result.rate().isEmpty()) {
      return out.points(0).status(ScoreStatus.NOT_REPORTED).basis("not reported: 0 points").build();
    }
    if (benchmark.isEmpty()) {
      throw new IllegalArgumentException("benchmark of pay-for-performance measure " + result.measureId() + " ("
          + result.collectionType() + ") is missing; CMS's decile table for it must be supplied");
    }
    DecileBenchmark b = benchmark.get();
    PointsFunction.checkMatches(result, b);
    int d = b.decile(result.rate().getAsDouble());
    if (d < MINIMUM_ATTAINMENT_DECILE) {
      return out.decile(d).points(0).status(ScoreStatus.SCORED)
          .basis(b.label() + ": below the 30th percentile (" + b.decileBounds().get(2) + "): 0").build();
    }
    int band = d - MINIMUM_ATTAINMENT_DECILE;
    double points = bandPoints.get(band);
    return out.decile(d).points(points).status(ScoreStatus.SCORED)
        .basis(String.format(Locale.ROOT, "%s: %dth percentile band (from %s): %.2f", b.label(), 30 + 10 * band,
            b.decileBounds().get(d - 2), points))
        .build();
  }

  /**
   * Whether a score reached the minimum attainment level (the 30th percentile).
   *
   * @param score a score from this function
   * @return true if its decile is 4 or more, or it is a pay-for-reporting measure reported
   */
  public static boolean reachedMinimumAttainment(MeasureScore score) {
    return score.status() == ScoreStatus.REPORTED || score.decile().orElse(0) >= MINIMUM_ATTAINMENT_DECILE;
  }
}
