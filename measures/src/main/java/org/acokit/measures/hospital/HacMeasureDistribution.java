/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.hospital;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

import org.acokit.internal.Checks;

/**
 * The Winsorized distribution of one HACRP measure across hospitals: the 5th and 95th percentiles
 * the results are clamped to, and the mean and standard deviation of the clamped results.
 * <p>
 * Winsorized z-score (FY2018 on; 42 CFR 412.172; CMS HACRP scoring methodology):
 * {@code x_w = min(max(x, P5), P95)}, {@code z = (x_w - mean_w) / sd_w}, sd the sample standard
 * deviation (n - 1). Higher is worse. A hospital that did not submit NHSN data without an
 * exemption gets the maximum z, the z of the 95th percentile. Example (FY2024 CLABSI, fitted to the
 * published z-scores): mean 0.82817, sd 0.60037, P95 2.2020, so a SIR of 1.136 has z 0.5127.
 * Immutable and thread-safe.
 */
public final class HacMeasureDistribution {

  private final HacMeasure measure;
  private final double p5;
  private final double p95;
  private final double mean;
  private final double sd;
  private final int hospitals;

  private HacMeasureDistribution(HacMeasure measure, double p5, double p95, double mean, double sd, int hospitals) {
    this.measure = measure;
    this.p5 = p5;
    this.p95 = p95;
    this.mean = mean;
    this.sd = sd;
    this.hospitals = hospitals;
  }

  /**
   * A distribution with given parameters (CMS's, or fitted).
   *
   * @param measure the measure
   * @param p5 the 5th percentile of the results
   * @param p95 the 95th percentile, not below the 5th
   * @param mean the mean of the Winsorized results
   * @param sd the standard deviation of the Winsorized results, greater than 0
   * @return the distribution
   * @throws IllegalArgumentException if a value is not finite, P95 is below P5 or sd is not positive
   */
  public static HacMeasureDistribution of(HacMeasure measure, double p5, double p95, double mean, double sd) {
    Objects.requireNonNull(measure, "measure");
    Checks.finite(measure.label() + " 5th percentile", p5);
    Checks.finite(measure.label() + " 95th percentile", p95);
    Checks.finite(measure.label() + " Winsorized mean", mean);
    Checks.positive(measure.label() + " Winsorized standard deviation", sd);
    if (p95 < p5) {
      throw new IllegalArgumentException(measure.label() + " 95th percentile " + p95 + " is below the 5th " + p5);
    }
    return new HacMeasureDistribution(measure, p5, p95, mean, sd, 0);
  }

  /**
   * Winsorizes the results of every applicable hospital.
   *
   * @param measure the measure
   * @param results the hospitals' results (SIRs or PSI 90 values), at least two, finite and 0 or more
   * @param definition how the 5th and 95th percentiles are taken (CMS uses SAS)
   * @return the distribution
   * @throws IllegalArgumentException if there are fewer than two results, one is negative or not
   *     finite, or all Winsorized results are equal
   */
  public static HacMeasureDistribution fromResults(HacMeasure measure, double[] results,
      PercentileDefinition definition) {
    if (results.length < 2) {
      throw new IllegalArgumentException(measure.label() + " needs at least two results to Winsorize, but had "
          + results.length);
    }
    double[] sorted = results.clone();
    for (double r : sorted) {
      Checks.nonNegative(measure.label() + " result", r);
    }
    Arrays.sort(sorted);
    double p5 = definition.of(sorted, 0.05);
    double p95 = definition.of(sorted, 0.95);
    double sum = 0;
    for (double r : sorted) {
      sum += Math.min(Math.max(r, p5), p95);
    }
    double mean = sum / sorted.length;
    double ss = 0;
    for (double r : sorted) {
      double d = Math.min(Math.max(r, p5), p95) - mean;
      ss += d * d;
    }
    double sd = Math.sqrt(ss / (sorted.length - 1));
    if (!(sd > 0)) {
      throw new IllegalArgumentException(measure.label() + " Winsorized results are all equal: no z-score");
    }
    return new HacMeasureDistribution(measure, p5, p95, mean, sd, sorted.length);
  }

  /**
   * The measure.
   *
   * @return the measure
   */
  public HacMeasure measure() {
    return measure;
  }

  /**
   * The 5th percentile.
   *
   * @return the lower Winsorizing bound
   */
  public double p5() {
    return p5;
  }

  /**
   * The 95th percentile.
   *
   * @return the upper Winsorizing bound
   */
  public double p95() {
    return p95;
  }

  /**
   * The mean of the Winsorized results.
   *
   * @return the mean
   */
  public double mean() {
    return mean;
  }

  /**
   * The sample standard deviation of the Winsorized results.
   *
   * @return the standard deviation
   */
  public double sd() {
    return sd;
  }

  /**
   * The number of hospitals the distribution was computed from, 0 when given.
   *
   * @return the count
   */
  public int hospitals() {
    return hospitals;
  }

  /**
   * The Winsorized z-score of a result.
   *
   * @param result the result, finite and 0 or more
   * @return the z-score
   * @throws IllegalArgumentException naming the measure if the result is negative or not finite
   */
  public double z(double result) {
    Checks.nonNegative(measure.label() + " result", result);
    return (Math.min(Math.max(result, p5), p95) - mean) / sd;
  }

  /**
   * The largest z-score, given to hospitals that did not submit data.
   *
   * @return the z of the 95th percentile
   */
  public double maxZ() {
    return (p95 - mean) / sd;
  }

  /**
   * The smallest z-score.
   *
   * @return the z of the 5th percentile
   */
  public double minZ() {
    return (p5 - mean) / sd;
  }

  /**
   * The result whose z-score is a given value (the inverse of {@link #z(double)} inside the
   * Winsorizing bounds).
   *
   * @param z the z-score, between {@link #minZ()} and {@link #maxZ()}
   * @return the result
   * @throws IllegalArgumentException if z is outside the reachable range
   */
  public double resultAt(double z) {
    if (!(z >= minZ() - 1e-12 && z <= maxZ() + 1e-12)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT, "%s z-score must be between %.4f and %.4f,"
          + " but was %s", measure.label(), minZ(), maxZ(), z));
    }
    return mean + z * sd;
  }
}
