/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.risk;

import java.util.SplittableRandom;

/**
 * The compiled {@link ParametricSpending} model for one benchmark and size: the moments solved
 * once, two or three draws per trial. Immutable; shared by all workers.
 */
final class ParametricSampler implements Sampler {

  /** Largest cv / sqrt(n) for the normal approximation: a negative draw is then a 4-sigma event. */
  static final double NORMAL_LIMIT = 0.25;
  private static final double NEARLY_SYMMETRIC = 1e-6;

  private final double personYears;
  private final double benchmark;
  private final double mean;
  private final double sd;
  /** Gamma shape, 0 for the normal. */
  private final double shape;
  private final double scale;
  private final double sign;

  ParametricSampler(ParametricSpending model, double perCapitaBenchmark, double personYears) {
    this.personYears = personYears;
    this.benchmark = perCapitaBenchmark;
    this.mean = perCapitaBenchmark * (1 - model.trueSavingsRate());
    double cv = model.coefficientOfVariation();
    if (model.tail() == Tail.NORMAL) {
      double relative = cv / Math.sqrt(personYears);
      if (relative > NORMAL_LIMIT) {
        throw new IllegalArgumentException("coefficientOfVariation / sqrt(personYears) must be at most " + NORMAL_LIMIT
            + " for the normal approximation (a negative per-capita spending would be more than a 4-sigma event), but "
            + "was " + cv + " / sqrt(" + personYears + ") = " + relative + ": use Tail.LOGNORMAL");
      }
      this.sd = relative * mean;
      this.shape = 0;
      this.scale = 0;
      this.sign = 0;
      return;
    }
    double[] m = truncatedLognormalMoments(cv, model.truncationThreshold().isPresent()
        ? model.truncationThreshold().getAsDouble() / mean : Double.POSITIVE_INFINITY);
    double variance = m[0];
    double skew = m[1];
    this.sd = Math.sqrt(variance / personYears) * mean;
    double g = skew / Math.sqrt(personYears);
    if (Math.abs(g) < NEARLY_SYMMETRIC) {
      this.shape = 0;
      this.scale = 0;
      this.sign = 0;
    } else {
      this.shape = 4 / (g * g);
      this.scale = sd * Math.abs(g) / 2;
      this.sign = Math.signum(g);
    }
  }

  /**
   * Variance and skewness of Y = min(X, t) with X lognormal of CV cv, its location solved so that
   * E[Y] = 1.
   */
  static double[] truncatedLognormalMoments(double cv, double t) {
    double s2 = Math.log1p(cv * cv);
    double s = Math.sqrt(s2);
    double m;
    if (t == Double.POSITIVE_INFINITY) {
      m = -s2 / 2;
    } else {
      if (!(t > 1)) {
        throw new IllegalArgumentException("truncationThreshold must be greater than the expected per-capita "
            + "spending (benchmark x (1 - trueSavingsRate)), but was " + t + " times it");
      }
      double lo = -s2 / 2;
      double hi = lo + 1;
      while (partial(1, hi, s, t) < 1) {
        hi += hi - lo;
      }
      for (int i = 0; i < 200 && hi - lo > 1e-15 * Math.max(1, Math.abs(hi)); i++) {
        double mid = 0.5 * (lo + hi);
        if (partial(1, mid, s, t) < 1) {
          lo = mid;
        } else {
          hi = mid;
        }
      }
      m = 0.5 * (lo + hi);
    }
    double e1 = partial(1, m, s, t);
    double e2 = partial(2, m, s, t);
    double e3 = partial(3, m, s, t);
    double variance = e2 - e1 * e1;
    double third = e3 - 3 * e1 * e2 + 2 * e1 * e1 * e1;
    return new double[] {variance, third / Math.pow(variance, 1.5)};
  }

  /** E[min(X, t)^k] for X lognormal(m, s^2). */
  private static double partial(int k, double m, double s, double t) {
    double full = Math.exp(k * m + k * k * s * s / 2);
    if (t == Double.POSITIVE_INFINITY) {
      return full;
    }
    double lt = Math.log(t);
    return full * Distributions.normalCdf((lt - m - k * s * s) / s)
        + Math.pow(t, k) * (1 - Distributions.normalCdf((lt - m) / s));
  }

  @Override
  public void draw(SplittableRandom random, TrialState state) {
    double e;
    if (shape == 0) {
      e = mean + sd * random.nextGaussian();
    } else {
      e = mean + sign * scale * (Distributions.gamma(random, shape) - shape);
    }
    state.personYears = personYears;
    state.benchmarkPerCapita = benchmark;
    state.censored = e < 0;
    state.expenditurePerCapita = e < 0 ? 0 : e;
  }

  /** The standard deviation of the per-capita expenditure, dollars. */
  double standardDeviation() {
    return sd;
  }
}
