/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.quality;

import java.util.List;
import java.util.Optional;

import org.acokit.internal.Checks;

/**
 * MIPS measure achievement points as the APM Performance Pathway scores them (42 CFR
 * 414.1380(b)(1)(i), applied to the APP by 414.1367): 1-10 points by benchmark decile, with
 * partial points interpolated inside the decile.
 * <p>
 * Formula for a rate in decile {@code d} with bounds {@code L_d} (reached) and {@code L_{d+1}}
 * (not reached): {@code points = d + (rate - L_d) / (L_{d+1} - L_d)} for decile 2-9 (for inverse
 * measures the same fraction of the way from the worse to the better bound); decile 10 earns a
 * flat 10. Decile 1 earns the year's floor, or from PY2023 {@code 1 + (rate - p1) / (p10 - p1)}
 * when p1 is published. The floor is 3 points for PY2017-2022 and 1 point from PY2023
 * (414.1380(b)(1)(i)(A)-(B)). Points are not rounded. Inside the APP there is no topped-out
 * 7-point cap (414.1367(c)(1)(ii)) and measures without a benchmark are excluded
 * (414.1367(c)(1)(i)); this function applies both.
 * <p>
 * Worked examples (PY2024 benchmarks): eCQM 236 at 70.00, bounds 68.98 and 72.00 of decile 6:
 * {@code 6 + (70.00 - 68.98) / (72.00 - 68.98) = 6.34}; eCQM 001 (inverse) at 22.00, bounds 24.25
 * and 19.83 of decile 8: {@code 8 + (24.25 - 22.00) / (24.25 - 19.83) = 8.51}.
 * <p>
 * The reproduction of CMS's published PY2021 scores needs one more rule, off by default:
 * {@link #decileNineScoresTen()}, which CMS applied to the CAHPS for MIPS summary survey measures
 * in PY2021 (see {@code quality-score-reproduction.md}; without it the published 2021 scores do not
 * follow). Immutable and thread-safe.
 */
public final class MipsAchievementPoints implements PointsFunction {

  private static final double MAX = 10;

  private final double floor;
  private final boolean interpolateDecileOne;
  private final boolean decileNineScoresTen;

  private MipsAchievementPoints(double floor, boolean interpolateDecileOne, boolean decileNineScoresTen) {
    this.floor = Checks.inRange("achievement point floor", floor, 0, MAX);
    this.interpolateDecileOne = interpolateDecileOne;
    this.decileNineScoresTen = decileNineScoresTen;
  }

  /**
   * The points function of a performance year: floor 3 through PY2022, floor 1 with decile-1
   * interpolation from PY2023.
   *
   * @param performanceYear the performance year, 2017 or later
   * @return the points function
   * @throws IllegalArgumentException if the year is before 2017 (MIPS began in 2017)
   */
  public static MipsAchievementPoints forPerformanceYear(int performanceYear) {
    if (performanceYear < 2017) {
      throw new IllegalArgumentException("performance year of MIPS achievement points must be 2017 or later, but was "
          + performanceYear);
    }
    return performanceYear <= 2022 ? new MipsAchievementPoints(3, false, false)
        : new MipsAchievementPoints(1, true, false);
  }

  /**
   * A points function with an explicit floor and decile-1 rule.
   *
   * @param floor the fewest points a scored measure earns
   * @param interpolateDecileOne whether decile 1 interpolates from its published start
   * @return the points function
   * @throws IllegalArgumentException if the floor is outside 0-10
   */
  public static MipsAchievementPoints of(double floor, boolean interpolateDecileOne) {
    return new MipsAchievementPoints(floor, interpolateDecileOne, false);
  }

  /**
   * This function with decile 9 scoring a flat 10 points (CMS's PY2021 CAHPS summary survey
   * measure scoring, as reproduced from the PY2021 public use file).
   *
   * @return the modified function
   */
  public MipsAchievementPoints withDecileNineScoringTen() {
    return new MipsAchievementPoints(floor, interpolateDecileOne, true);
  }

  /**
   * The floor.
   *
   * @return the fewest points of a scored measure
   */
  public double floor() {
    return floor;
  }

  /**
   * Whether decile 9 scores 10.
   *
   * @return true if decile 9 earns 10 points
   */
  public boolean decileNineScoresTen() {
    return decileNineScoresTen;
  }

  @Override
  public double maxPoints() {
    return MAX;
  }

  @Override
  public MeasureScore score(MeasureResult result, Optional<DecileBenchmark> benchmark) {
    MeasureScore.Builder out = MeasureScore.builder().measureId(result.measureId())
        .collectionType(result.collectionType()).rate(result.rate());
    if (result.rate().isEmpty()) {
      return out.points(0).maxPoints(MAX).status(ScoreStatus.NOT_REPORTED)
          .basis("not reported: 0 of " + (int) MAX + " points").build();
    }
    if (benchmark.isEmpty()) {
      return out.points(0).maxPoints(0).status(ScoreStatus.EXCLUDED)
          .basis("no benchmark: excluded from points earned and available (42 CFR 414.1367(c)(1)(i))").build();
    }
    DecileBenchmark b = benchmark.get();
    PointsFunction.checkMatches(result, b);
    double rate = result.rate().getAsDouble();
    int d = b.decile(rate);
    List<Double> bounds = b.decileBounds();
    double points;
    String basis;
    if (d == 10) {
      points = MAX;
      basis = "decile 10 (reaches " + bounds.get(8) + "): 10";
    } else if (d >= 2) {
      double lo = bounds.get(d - 2);
      double hi = bounds.get(d - 1);
      points = d + (rate - lo) / (hi - lo);
      basis = "decile " + d + " [" + lo + ", " + hi + "): " + d + " + (" + rate + " - " + lo + ") / (" + hi + " - " + lo + ")";
      if (decileNineScoresTen && d == 9) {
        points = MAX;
        basis = "decile 9 [" + lo + ", " + hi + "): 10 (PY2021 CAHPS rule)";
      }
    } else if (interpolateDecileOne && b.decileOneStart().isPresent()) {
      double start = b.decileOneStart().getAsDouble();
      double hi = bounds.get(0);
      double frac = hi == start ? 0 : Math.max(0, (rate - start) / (hi - start));
      points = 1 + frac;
      basis = "decile 1 [" + start + ", " + hi + "): 1 + (" + rate + " - " + start + ") / (" + hi + " - " + start + ")";
    } else {
      points = floor;
      basis = "decile 1 (below " + bounds.get(0) + ")";
    }
    if (points < floor) {
      basis += ", raised to the floor of " + floor;
      points = floor;
    }
    return out.decile(d).points(points).maxPoints(MAX).status(ScoreStatus.SCORED)
        .basis(b.label() + ": " + basis).build();
  }

  @Override
  public String toString() {
    return "MipsAchievementPoints[floor=" + floor + ", interpolateDecileOne=" + interpolateDecileOne
        + ", decileNineScoresTen=" + decileNineScoresTen + "]";
  }
}
