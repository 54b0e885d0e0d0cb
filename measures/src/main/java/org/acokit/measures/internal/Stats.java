/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.internal;

/**
 * The distribution functions the measures module's statistics need (the workforce and equity
 * packages), written from their textbook definitions (no statistics library is a project
 * dependency): the standard normal distribution and its quantile, the Student t quantile, the
 * upper tail of the chi-square distribution, log factorials and log binomial coefficients, and the
 * hypergeometric distribution of a 2 × 2 table's cell.
 * <p>
 * Accuracy: relative error of about 1e-14 or better for the normal tail and the chi-square tail
 * in the ranges used here (checked against published values in the tests). Not API: the one home
 * of these functions in the measures module. Stateless and thread-safe.
 */
public final class Stats {

  /** √π. */
  private static final double SQRT_PI = Math.sqrt(Math.PI);
  /** ½ ln(2π). */
  private static final double HALF_LN_TWO_PI = 0.5 * Math.log(2 * Math.PI);
  /** Exact log factorials below this. */
  private static final int SMALL = 32;
  private static final double[] LOG_FACTORIAL = new double[SMALL];

  static {
    double f = 1;
    for (int i = 0; i < SMALL; i++) {
      if (i > 0) {
        f *= i;
      }
      LOG_FACTORIAL[i] = Math.log(f);
    }
  }

  private Stats() {
  }

  /**
   * The complementary error function erfc(x) = (2/√π) ∫ₓ^∞ e^(−t²) dt: a positive-term series
   * for erf when |x| &lt; 2, Lentz's continued fraction erfc(x) = e^(−x²) / (√π (x + ½/(x + 1/(x +
   * 3/2/(x + …))))) beyond.
   */
  public static double erfc(double x) {
    if (x < 0) {
      return 2 - erfc(-x);
    }
    if (x < 2) {
      // erf(x) = 2/√π e^(−x²) Σ 2ⁿ x^(2n+1) / (1·3·…·(2n+1))
      double term = x;
      double sum = x;
      double twoX2 = 2 * x * x;
      for (int n = 1; n < 500; n++) {
        term *= twoX2 / (2 * n + 1);
        sum += term;
        if (term < 1e-17 * sum) {
          break;
        }
      }
      return 1 - 2 / SQRT_PI * Math.exp(-x * x) * sum;
    }
    // modified Lentz for f = x + a1/(x + a2/(x + …)), a_n = n/2
    double tiny = 1e-300;
    double f = x;
    double c = f;
    double d = 0;
    for (int n = 1; n < 10_000; n++) {
      double a = n / 2.0;
      d = x + a * d;
      d = Math.abs(d) < tiny ? tiny : d;
      c = x + a / c;
      c = Math.abs(c) < tiny ? tiny : c;
      d = 1 / d;
      double delta = c * d;
      f *= delta;
      if (Math.abs(delta - 1) < 1e-16) {
        break;
      }
    }
    return Math.exp(-x * x) / (SQRT_PI * f);
  }

  /** The standard normal distribution function Φ(x). */
  public static double normalCdf(double x) {
    return 0.5 * erfc(-x / Math.sqrt(2));
  }

  /** The upper tail 1 − Φ(x), accurate for large x. */
  public static double normalUpperTail(double x) {
    return 0.5 * erfc(x / Math.sqrt(2));
  }

  /**
   * The standard normal quantile Φ⁻¹(p), 0 &lt; p &lt; 1: Acklam's rational approximation refined by
   * two Halley steps on {@link #normalCdf(double)}, so it is as accurate as the distribution
   * function (Φ⁻¹(0.975) = 1.959963984540054).
   */
  public static double normalQuantile(double p) {
    if (!(p > 0 && p < 1)) {
      throw new IllegalArgumentException("a probability strictly between 0 and 1 is needed, but was " + p);
    }
    double[] a = {-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02, 1.383577518672690e+02,
        -3.066479806614716e+01, 2.506628277459239e+00};
    double[] b = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02, 6.680131188771972e+01,
        -1.328068155288572e+01};
    double[] c = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00, -2.549732539343734e+00,
        4.374664141464968e+00, 2.938163982698783e+00};
    double[] d = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00};
    double x;
    if (p < 0.02425) {
      double q = Math.sqrt(-2 * Math.log(p));
      x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
          / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
    } else if (p <= 1 - 0.02425) {
      double q = p - 0.5;
      double r = q * q;
      x = (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
          / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
    } else {
      double q = Math.sqrt(-2 * Math.log(1 - p));
      x = -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
          / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
    }
    for (int i = 0; i < 2; i++) {
      double e = p < 0.5 ? normalCdf(x) - p : (1 - p) - normalUpperTail(x);
      double u = e * Math.sqrt(2 * Math.PI) * Math.exp(x * x / 2);
      x = x - u / (1 + x * u / 2);
    }
    return x;
  }

  /**
   * The Student t quantile t_ν(p) by the Cornish–Fisher expansion in 1/ν around the normal
   * quantile (Abramowitz and Stegun 26.7.5, four terms): error below 1e-4 for ν ≥ 5 at the usual
   * levels (t_10(0.975) = 2.22814 against 2.228139), exact as ν → ∞.
   *
   * @throws IllegalArgumentException if ν &lt; 1
   */
  public static double tQuantile(double p, double nu) {
    if (!(nu >= 1)) {
      throw new IllegalArgumentException("degrees of freedom must be 1 or more, but were " + nu);
    }
    double z = normalQuantile(p);
    double z2 = z * z;
    double g1 = (z2 + 1) * z / 4;
    double g2 = ((5 * z2 + 16) * z2 + 3) * z / 96;
    double g3 = (((3 * z2 + 19) * z2 + 17) * z2 - 15) * z / 384;
    double g4 = ((((79 * z2 + 776) * z2 + 1482) * z2 - 1920) * z2 - 945) * z / 92160;
    return z + g1 / nu + g2 / (nu * nu) + g3 / (nu * nu * nu) + g4 / (nu * nu * nu * nu);
  }

  /**
   * The upper tail of the chi-square distribution with df degrees of freedom at x ≥ 0: Q(df/2,
   * x/2), the regularized upper incomplete gamma function (erfc for df = 1, e^(−x/2) for df = 2,
   * otherwise a series or Lentz's continued fraction).
   */
  public static double chiSquareUpperTail(double x, int df) {
    if (df < 1) {
      throw new IllegalArgumentException("degrees of freedom must be 1 or more, but were " + df);
    }
    if (x <= 0) {
      return 1;
    }
    if (df == 1) {
      return erfc(Math.sqrt(x / 2));
    }
    if (df == 2) {
      return Math.exp(-x / 2);
    }
    return upperGamma(df / 2.0, x / 2);
  }

  /** Q(a, x) = Γ(a, x) / Γ(a). */
  private static double upperGamma(double a, double x) {
    double lnPrefix = a * Math.log(x) - x - logGamma(a);
    if (x < a + 1) {
      double term = 1 / a;
      double sum = term;
      for (int n = 1; n < 100_000; n++) {
        term *= x / (a + n);
        sum += term;
        if (Math.abs(term) < Math.abs(sum) * 1e-17) {
          break;
        }
      }
      return 1 - Math.exp(lnPrefix) * sum;
    }
    double tiny = 1e-300;
    double b = x + 1 - a;
    double c = 1 / tiny;
    double d = 1 / b;
    double h = d;
    for (int i = 1; i < 100_000; i++) {
      double an = -i * (i - a);
      b += 2;
      d = an * d + b;
      d = Math.abs(d) < tiny ? tiny : d;
      c = b + an / c;
      c = Math.abs(c) < tiny ? tiny : c;
      d = 1 / d;
      double delta = d * c;
      h *= delta;
      if (Math.abs(delta - 1) < 1e-16) {
        break;
      }
    }
    return Math.exp(lnPrefix) * h;
  }

  /** ln Γ(a) for a &gt; 0 that is an integer or a half-integer (all the chi-square needs). */
  public static double logGamma(double a) {
    double twice = 2 * a;
    if (twice != Math.rint(twice) || a <= 0) {
      throw new IllegalArgumentException("logGamma is defined here for positive integers and half-integers, not " + a);
    }
    if (a == Math.rint(a)) {
      return logFactorial((long) a - 1);
    }
    // Γ(n + ½) = (2n)! √π / (4ⁿ n!)
    long n = (long) Math.floor(a);
    return logFactorial(2 * n) + 0.5 * Math.log(Math.PI) - n * Math.log(4) - logFactorial(n);
  }

  /** ln n!: exact products below 32, Stirling's series with four correction terms above. */
  public static double logFactorial(long n) {
    if (n < 0) {
      throw new IllegalArgumentException("factorial of a negative number: " + n);
    }
    if (n < SMALL) {
      return LOG_FACTORIAL[(int) n];
    }
    double x = n;
    double x2 = x * x;
    return x * Math.log(x) - x + HALF_LN_TWO_PI + 0.5 * Math.log(x)
        + (1 / 12.0 - (1 / 360.0 - (1 / 1260.0 - 1 / (1680.0 * x2)) / x2) / x2) / x;
  }

  /** ln C(n, k), 0 ≤ k ≤ n. */
  public static double logChoose(long n, long k) {
    return logFactorial(n) - logFactorial(k) - logFactorial(n - k);
  }

  /**
   * The distribution of the first row's selected count in a 2 × 2 table with fixed margins: the
   * hypergeometric probabilities of k = lo … hi successes for a group of {@code rowTotal} out of
   * {@code total} when {@code selected} are chosen. Computed, as R's {@code fisher.test} does, as
   * weights relative to the largest, normalized by their sum (ratio recurrence from the mode).
   */
  public static Hypergeometric hypergeometric(long rowTotal, long otherTotal, long selected) {
    long lo = Math.max(0, selected - otherTotal);
    long hi = Math.min(rowTotal, selected);
    int size = Math.toIntExact(hi - lo + 1);
    double[] w = new double[size];
    long mode = (long) Math.floor((selected + 1.0) * (rowTotal + 1.0) / (rowTotal + otherTotal + 2.0));
    mode = Math.max(lo, Math.min(hi, mode));
    int m = (int) (mode - lo);
    w[m] = 1;
    for (int i = m; i < size - 1; i++) {
      long k = lo + i;
      // p(k+1)/p(k) = (rowTotal − k)(selected − k) / ((k + 1)(otherTotal − selected + k + 1))
      w[i + 1] = w[i] * ((double) (rowTotal - k) * (selected - k)) / ((double) (k + 1) * (otherTotal - selected + k + 1));
    }
    for (int i = m; i > 0; i--) {
      long k = lo + i;
      // p(k−1)/p(k) = k (otherTotal − selected + k) / ((rowTotal − k + 1)(selected − k + 1))
      w[i - 1] = w[i] * ((double) k * (otherTotal - selected + k)) / ((double) (rowTotal - k + 1) * (selected - k + 1));
    }
    double sum = 0;
    for (double v : w) {
      sum += v;
    }
    for (int i = 0; i < size; i++) {
      w[i] /= sum;
    }
    return new Hypergeometric(lo, w);
  }

  /**
   * A hypergeometric distribution on lo … lo + p.length − 1.
   *
   * @param lo the smallest value
   * @param p the probabilities of lo, lo + 1, ...
   */
  public record Hypergeometric(long lo, double[] p) {

    /**
     * P(K = k).
     *
     * @param k the value
     * @return the probability
     */
    public double probability(long k) {
      long i = k - lo;
      return i < 0 || i >= p.length ? 0 : p[(int) i];
    }

    /**
     * P(K ≤ k).
     *
     * @param k the value
     * @return the probability
     */
    public double cdf(long k) {
      double s = 0;
      for (long i = lo; i <= k && i - lo < p.length; i++) {
        s += p[(int) (i - lo)];
      }
      return s;
    }

    /**
     * R's two-sided rule: the sum of the probabilities ≤ P(observed)·(1 + 1e−7).
     *
     * @param observed the observed value
     * @return the two-sided p-value
     */
    public double twoSided(long observed) {
      double limit = probability(observed) * (1 + 1e-7);
      double s = 0;
      for (double v : p) {
        if (v <= limit) {
          s += v;
        }
      }
      return s;
    }
  }
}
