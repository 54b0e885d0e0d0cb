/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.examples;

import java.io.PrintStream;
import java.util.List;

import org.acokit.quality.CollectionType;
import org.acokit.quality.Direction;
import org.acokit.quality.LinearAttainmentPoints;
import org.acokit.quality.MeasureResult;
import org.acokit.quality.MeasureScore;
import org.acokit.quality.RateUnit;
import org.acokit.quality.ReductionFromBaselinePoints;

/**
 * The MassHealth-style linear attainment scoring of one domain with improvement points, and a
 * hospital-safety rate scored by its reduction from a baseline.
 * <p>
 * Thresholds and rates are illustrative: the attainment threshold and goal benchmark of each
 * measure come from the contract's measure slate. The hospital-safety example uses the AHRQ
 * National Scorecard's original-method rates (121 hospital-acquired conditions per 1,000
 * discharges in 2014) and the Partnership for Patients 2.0 goal of a 20% reduction.
 */
public final class MassHealthQualityExample {

  private MassHealthQualityExample() {
  }

  /**
   * Runs the example.
   *
   * @param out where to print
   * @return the domain score, a fraction
   */
  public static double run(PrintStream out) {
    LinearAttainmentPoints a = LinearAttainmentPoints.of("A", Direction.HIGHER_IS_BETTER, 50, 60.5);
    LinearAttainmentPoints b = LinearAttainmentPoints.of("B", Direction.LOWER_IS_BETTER, 30, 15);
    MeasureScore sa = a.achievement(MeasureResult.of("A", CollectionType.HEDIS, 58.17));
    MeasureScore sb = b.achievement(MeasureResult.of("B", CollectionType.HEDIS, 24));
    double improvement = a.improvementPoints(58.17, 54.54) + b.improvementPoints(24, 25);
    double domain = LinearAttainmentPoints.domainScore(List.of(sa, sb), improvement);
    out.println("A: " + sa.points() + " achievement points (" + sa.basis() + ")");
    out.println("B: " + sb.points() + " achievement points (" + sb.basis() + ")");
    out.println("Improvement points: " + improvement + " (A's target " + a.improvementTarget() + ", B's "
        + b.improvementTarget() + ")");
    out.println("Domain score: " + domain);
    MeasureScore hac = ReductionFromBaselinePoints.of(0.20, 10)
        .score(MeasureResult.of("HAC", CollectionType.ADMINISTRATIVE_CLAIMS, RateUnit.RATE, 115), 121);
    out.println("HAC rate 115 against baseline 121: " + hac.points() + " of 10 (" + hac.basis() + ")");
    return domain;
  }

  /**
   * Runs the example.
   *
   * @param args none
   */
  public static void main(String[] args) {
    run(System.out);
  }
}
