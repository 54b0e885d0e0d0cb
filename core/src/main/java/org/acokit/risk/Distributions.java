/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.risk;

import java.util.SplittableRandom;

/**
 * The few distribution functions the simulation needs that the JDK does not have.
 * <ul>
 *   <li>{@link #normalCdf(double)}: Phi(x) through the complementary error function of Numerical
 *       Recipes ({@code erfcc}, Chebyshev fit, fractional error below 1.2e-7), used only to match
 *       moments of truncated lognormals, never to decide a settlement.</li>
 *   <li>{@link #gamma(SplittableRandom, double)}: Marsaglia and Tsang (2000), "A simple method
 *       for generating gamma variables", ACM TOMS 26(3); shape below 1 by the boost
 *       Gamma(k) = Gamma(k + 1) x U^(1/k).</li>
 *   <li>{@link #beta(SplittableRandom, double, double)}: X / (X + Y) of two gammas.</li>
 * </ul>
 */
final class Distributions {

  private Distributions() {
  }

  /** The standard normal distribution function Phi(x). */
  static double normalCdf(double x) {
    return 0.5 * erfc(-x / Math.sqrt(2));
  }

  /** Complementary error function, fractional error below 1.2e-7 everywhere. */
  static double erfc(double x) {
    double z = Math.abs(x);
    double t = 1 / (1 + 0.5 * z);
    double r = t * Math.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
        + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
        + t * (-0.82215223 + t * 0.17087277)))))))));
    return x >= 0 ? r : 2 - r;
  }

  /** A Gamma(shape, 1) draw. */
  static double gamma(SplittableRandom random, double shape) {
    if (shape < 1) {
      double u = random.nextDouble();
      return gamma(random, shape + 1) * Math.pow(u == 0 ? Double.MIN_VALUE : u, 1 / shape);
    }
    double d = shape - 1.0 / 3;
    double c = 1 / Math.sqrt(9 * d);
    while (true) {
      double x;
      double v;
      do {
        x = random.nextGaussian();
        v = 1 + c * x;
      } while (v <= 0);
      v = v * v * v;
      double u = random.nextDouble();
      if (u < 1 - 0.0331 * x * x * x * x) {
        return d * v;
      }
      if (Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) {
        return d * v;
      }
    }
  }

  /** A Beta(a, b) draw. */
  static double beta(SplittableRandom random, double a, double b) {
    double x = gamma(random, a);
    double y = gamma(random, b);
    return x / (x + y);
  }
}
