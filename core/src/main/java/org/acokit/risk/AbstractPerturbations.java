/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.risk;

import java.util.OptionalDouble;

import org.acokit.internal.AcoStyle;
import org.acokit.internal.Checks;
import org.immutables.value.Value;

/**
 * Optional uncertainty beyond the year's spending: the risk scores and the trend that update the
 * benchmark, and the quality score and standard. Each trial draws, in this order after the
 * spending model:
 * <ul>
 *   <li>trend factor {@code exp(sigmaT z1 - sigmaT^2 / 2)} and risk-ratio factor
 *       {@code exp(sigmaR z2 - sigmaR^2 / 2)} (lognormal, mean 1, never negative), multiplying
 *       the benchmark;</li>
 *   <li>the quality score from a Beta distribution with the base score as its mean and the given
 *       standard deviation ({@code a = m k, b = (1 - m) k, k = m (1 - m) / sd^2 - 1});</li>
 *   <li>whether the quality standard is met, with the given probability (a trial that meets it
 *       keeps the base standard, or MET).</li>
 * </ul>
 * {@code none()} perturbs nothing. Invalid values fail at {@code build()} naming the field, the
 * value and what is allowed. Immutable and thread-safe.
 */
@Value.Immutable
@AcoStyle
abstract class AbstractPerturbations {

  /**
   * The standard deviation of the log trend factor applied to the benchmark (uncertainty of the
   * national-regional trend, which CMS fixes only after the year).
   *
   * @return the standard deviation, 0 to 0.5; 0 unless set
   */
  @Value.Default
  public double trendStandardDeviation() {
    return 0;
  }

  /**
   * The standard deviation of the log risk-ratio factor applied to the benchmark (uncertainty of
   * the performance year's renormalized risk scores against BY3).
   *
   * @return the standard deviation, 0 to 0.5; 0 unless set
   */
  @Value.Default
  public double riskScoreStandardDeviation() {
    return 0;
  }

  /**
   * The standard deviation of the quality score around the base inputs' score (a fraction).
   *
   * @return the standard deviation, empty to keep the score fixed
   */
  public abstract OptionalDouble qualityScoreStandardDeviation();

  /**
   * The probability that the quality standard is met.
   *
   * @return the probability, 0-1; empty to keep the base standard
   */
  public abstract OptionalDouble probabilityQualityStandardMet();

  /**
   * No perturbation.
   *
   * @return the empty perturbations
   */
  public static Perturbations none() {
    return Perturbations.builder().build();
  }

  @Value.Check
  void check() {
    Checks.inRange("trendStandardDeviation", trendStandardDeviation(), 0, 0.5);
    Checks.inRange("riskScoreStandardDeviation", riskScoreStandardDeviation(), 0, 0.5);
    if (qualityScoreStandardDeviation().isPresent()) {
      Checks.inRange("qualityScoreStandardDeviation", qualityScoreStandardDeviation().getAsDouble(), 0, 0.5);
    }
    if (probabilityQualityStandardMet().isPresent()) {
      double p = probabilityQualityStandardMet().getAsDouble();
      if (!(p >= 0 && p <= 1)) {
        throw new IllegalArgumentException("probabilityQualityStandardMet must be a probability between 0 and 1 "
            + "inclusive, but was " + p);
      }
    }
  }
}
