/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.risk;

import java.util.OptionalDouble;

import org.acokit.internal.AcoStyle;
import org.acokit.internal.Checks;
import org.immutables.value.Value;

/**
 * A parametric model of the performance year's per-capita expenditure: a true savings rate, a
 * per-beneficiary coefficient of variation and a tail shape; the ACO's person-years come from the
 * simulation ({@link SettlementSimulation}).
 * <p>
 * With per-capita benchmark B (before any perturbation), true savings rate s and n person-years,
 * the expected per-capita expenditure is {@code mu = B x (1 - s)} and
 * <ul>
 *   <li>{@link Tail#NORMAL}: {@code E ~ Normal(mu, (cv x mu)^2 / n)} (the normal approximation
 *       that CMS used to set the MSR scale and that DeLia, Hoover and Cantor (2012) use). A draw
 *       below 0 is counted as censored ({@link SimulationResult#censoredTrials()}) and settled at
 *       0; the model is refused when {@code cv / sqrt(n) > 0.25}, where that could happen more
 *       than once in 30,000 trials.</li>
 *   <li>{@link Tail#LOGNORMAL}: one beneficiary-year X ~ lognormal with shape
 *       {@code sigma^2 = ln(1 + cv^2)}, capped at the truncation threshold T when given:
 *       Y = min(X, T). The location is solved so that E[Y] = mu (the true savings rate is against
 *       truncated spending, as the benchmark is). With the partial moments
 *       {@code E[X^k; X <= T] = exp(k m + k^2 sigma^2 / 2) Phi((ln T - m - k sigma^2) / sigma)},
 *       the mean of n beneficiary-years has mean mu, variance Var(Y) / n and skewness
 *       skew(Y) / sqrt(n); it is drawn from the shifted gamma with these three moments
 *       (shape 4 / skew^2).</li>
 * </ul>
 * Example: {@code ParametricSpending.normal(0.0, 2.2)} is flat spending with a per-beneficiary CV
 * of 2.2. Invalid values fail at {@code build()} naming the field, the value and what is allowed.
 * Immutable and thread-safe.
 */
@Value.Immutable
@AcoStyle
abstract class AbstractParametricSpending {

  /**
   * The true savings rate: the share by which expected spending is below the benchmark, a fraction
   * (0.02 = 2% savings; negative for true losses).
   *
   * @return the rate, greater than -1 and less than 1
   */
  public abstract double trueSavingsRate();

  /**
   * The coefficient of variation of one beneficiary's annual spending (standard deviation / mean),
   * before truncation for {@link Tail#LOGNORMAL}. Medicare FFS per-beneficiary spending has a CV
   * of about 2 to 3.
   *
   * @return the CV, greater than 0
   */
  public abstract double coefficientOfVariation();

  /**
   * The tail shape.
   *
   * @return {@link Tail#NORMAL} unless set
   */
  @Value.Default
  public Tail tail() {
    return Tail.NORMAL;
  }

  /**
   * The truncation threshold of one beneficiary-year's spending, dollars per person-year (CMS's
   * 99th percentile by enrollment type, {@link org.acokit.population.ExpenditureThresholds});
   * only with {@link Tail#LOGNORMAL}.
   *
   * @return the threshold, empty for none
   */
  public abstract OptionalDouble truncationThreshold();

  /**
   * The normal approximation.
   *
   * @param trueSavingsRate the true savings rate, a fraction
   * @param coefficientOfVariation the per-beneficiary CV
   * @return the model
   * @throws IllegalArgumentException if a value is out of range
   */
  public static ParametricSpending normal(double trueSavingsRate, double coefficientOfVariation) {
    return ParametricSpending.builder().trueSavingsRate(trueSavingsRate).coefficientOfVariation(coefficientOfVariation)
        .build();
  }

  /**
   * The heavy-tailed (lognormal) model, untruncated.
   *
   * @param trueSavingsRate the true savings rate, a fraction
   * @param coefficientOfVariation the per-beneficiary CV
   * @return the model
   * @throws IllegalArgumentException if a value is out of range
   */
  public static ParametricSpending lognormal(double trueSavingsRate, double coefficientOfVariation) {
    return ParametricSpending.builder().trueSavingsRate(trueSavingsRate).coefficientOfVariation(coefficientOfVariation)
        .tail(Tail.LOGNORMAL).build();
  }

  @Value.Check
  void check() {
    Checks.finite("trueSavingsRate", trueSavingsRate());
    if (!(trueSavingsRate() > -1 && trueSavingsRate() < 1)) {
      throw new IllegalArgumentException("trueSavingsRate must be a fraction greater than -1 and less than 1 "
          + "(0.02 for 2% savings), but was " + trueSavingsRate());
    }
    Checks.positive("coefficientOfVariation", coefficientOfVariation());
    if (coefficientOfVariation() > 20) {
      throw new IllegalArgumentException("coefficientOfVariation must be at most 20 (Medicare spending has about 2-3), "
          + "but was " + coefficientOfVariation());
    }
    if (truncationThreshold().isPresent()) {
      Checks.positive("truncationThreshold", truncationThreshold().getAsDouble());
      if (tail() != Tail.LOGNORMAL) {
        throw new IllegalArgumentException("truncationThreshold (" + truncationThreshold().getAsDouble()
            + ") needs tail LOGNORMAL: the normal approximation has no per-beneficiary distribution to truncate");
      }
    }
  }
}
