/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.equity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

/**
 * The summary measures of health inequality of WHO's Health Equity Assessment Toolkit, computed
 * as WHO's R package healthequal 1.0.0 defines them, implemented here from those definitions
 * (no code of that AGPL package is used).
 * <p>
 * Notation: subgroups j = 1..n, estimate y_j, standard error s_j, population N_j, P = sum N_j,
 * p_j = N_j / P, mu = sum p_j y_j (population-weighted mean), S the indicator scale, F = 1 for a
 * favourable indicator, z = 1.959963984540054 (the 97.5% normal quantile). Unless stated the
 * interval is estimate -/+ z se.
 * <ul>
 * <li><b>d, r</b>: D = y_A - y_B, R = y_A / y_B with A, B: ordered dimension, F = 1: highest and
 * lowest order (F = 0: lowest and highest); non-ordered without reference: F = 1 max y and min y
 * (F = 0: min and max); non-ordered with reference: F = 1 the reference and min y (F = 0: max y
 * and the reference). se_D = sqrt(s_A^2 + s_B^2); se of ln R = sqrt((s_A^2 + R^2 s_B^2) / y_B^2) / R,
 * interval exp(ln R -/+ z se).
 * <li><b>ridits</b> (ordered): subgroups by ascending order, r_j = (N_1 + ... + N_{j-1} + N_j / 2) / P,
 * sigma^2 = sum p_j (r_j - 1/2)^2.
 * <li><b>aci</b>: the weighted least-squares slope (weights N_j) of 2 sigma^2 y_j on r_j =
 * 2 sum p_j (r_j - 1/2) y_j; se = sqrt(RSS / (n - 2) / (P sigma^2)), RSS the weighted residual sum of
 * squares (none for n = 2). <b>rci</b> = aci / mu, se = se_aci / mu.
 * <li><b>sii, rii</b>: m_j = ceil(N_j), k_j = round-half-even(y_j / S m_j), ridits recomputed from m_j;
 * logistic regression logit pi_j = b0 + b1 r_j on the proportions k_j / m_j with weight m_j^2 (binomial
 * totals m_j and prior weights m_j), solved by Newton-Raphson to convergence; pi1 = expit(b0 + b1),
 * pi0 = expit(b0); SII = S (pi1 - pi0), RII = pi1 / pi0. Covariance: HC1 sandwich
 * n / (n - 2) B (sum u_j u_j') B, B the inverse information, u_j = m_j^2 (k_j / m_j - pi_j)(1, r_j)
 * (the model covariance B for n = 2); delta method with g = (pi1(1-pi1) - pi0(1-pi0), pi1(1-pi1)) for
 * sii (se = S sqrt(g'Vg)) and h = (pi0 - pi1, 1 - pi1) for ln RII. healthequal stops its
 * regression at R glm's tolerance and differentiates numerically, so it agrees with these values
 * to about 1e-8 (estimate) and 1e-5 (se) relative. No value when some k_j is outside 0..m_j.
 * <li><b>bgv</b> = sum p_j (y_j - mu)^2, se = sqrt(4 sum p_j^2 s_j^2 (y_j - mu)^2 + 2 [(sum p_j^2 s_j^2)^2
 * - sum p_j^4 s_j^4 + sum p_j^2 (1 - p_j)^2 s_j^4]); <b>bgsd</b> = sqrt(bgv); <b>covar</b> = 100 bgsd / mu.
 * <li><b>mdmu</b> = (1/n) sum |y_j - mu|, <b>mdmw</b> = sum p_j |y_j - mu|; <b>mdbu</b>, <b>mdbw</b> the same
 * from y_best (max y if F = 1, else min y); <b>mdru</b>, <b>mdrw</b> from the reference subgroup;
 * <b>idisu</b> = (100/n) sum |y_j - mu| / mu, <b>idisw</b> = 100 sum p_j |y_j - mu| / mu.
 * <li><b>ti</b> = 1000 sum p_j rho_j ln rho_j, <b>mld</b> = 1000 sum p_j (-ln rho_j), rho_j = y'_j / mu',
 * y'_j = y_j or 1e-6 where y_j = 0, mu' = sum p_j y'_j; se_ti = sqrt(sum (1 + ln rho_j - T)^2 p_j^2 s_j^2
 * / mu'^2), T = sum p_k rho_k (1 + ln rho_k); se_mld = sqrt(sum s_j^2 p_j^2 (1 - 1/rho_j)^2 / mu'^2). The
 * estimate is x 1000, the se is not (as healthequal).
 * <li><b>paf</b>: reference r = highest order (ordered) or the best subgroup (non-ordered);
 * PAF = 0 if (F = 1 and y_r &lt; mu) or (F = 0 and y_r &gt; mu), else 100 (y_r - mu) / mu;
 * se = sqrt(c N (a d (N - c) + b c^2) / ((a + c)^3 (c + d)^3)) with c = y_r N_r / S, d = N_r - c,
 * a = mu P / S - c, b = P - a - N_r, N = a + b + c + d (a fraction, not x 100, as healthequal).
 * <b>parisk</b> = y_r - mu, se = |mu| se_paf; no value when the PAF-is-zero condition holds.
 * <li>bgsd, covar, the mean differences and the indices of disparity have no analytic se: their
 * interval is simulated ({@link Simulation}); each simulated value recomputes mu, y_best and the
 * reference value from the draws, except idisw, which keeps the original mu.
 * </ul>
 * Source: Antiporta DA et al., healthequal 1.0.0 (2024), its documentation, and WHO, "Handbook
 * on health inequality monitoring" (2024), Annex 11. Pure functions; thread-safe.
 */
public final class SummaryMeasures {

  /** The 97.5% quantile of the standard normal distribution. */
  public static final double Z = 1.959963984540054;

  private SummaryMeasures() {
  }

  /**
   * Every measure that applies to a dataset ({@link SummaryMeasure#appliesTo}) and has a value,
   * with the default simulation ({@link Simulation#DEFAULT}).
   *
   * @param data the dataset
   * @return the estimates, in {@link SummaryMeasure} order
   */
  public static List<SummaryEstimate> compute(InequalityData data) {
    return compute(data, Simulation.DEFAULT);
  }

  /**
   * Every measure that applies to a dataset and has a value.
   *
   * @param data the dataset
   * @param simulation the simulation settings for the simulated intervals
   * @return the estimates, in {@link SummaryMeasure} order
   */
  public static List<SummaryEstimate> compute(InequalityData data, Simulation simulation) {
    List<SummaryEstimate> out = new ArrayList<>();
    for (SummaryMeasure m : SummaryMeasure.values()) {
      if (m.appliesTo(data)) {
        compute(data, m, simulation).ifPresent(out::add);
      }
    }
    return out;
  }

  /**
   * One measure.
   *
   * @param data the dataset
   * @param measure the measure
   * @param simulation the simulation settings (used by the simulated measures only)
   * @return the estimate, or empty where the definition gives no value (r with a zero
   *     denominator, sii/rii with an estimate above the scale, parisk when the reference is worse
   *     than the mean)
   * @throws IllegalArgumentException if the measure does not apply to the dataset
   */
  public static Optional<SummaryEstimate> compute(InequalityData data, SummaryMeasure measure, Simulation simulation) {
    if (!measure.appliesTo(data)) {
      throw new IllegalArgumentException("summary measure " + measure.code() + " does not apply to dataset "
          + data.dataset() + " (" + (data.ordered() ? "ordered" : "non-ordered") + " dimension"
          + (data.reference().isPresent() ? "" : ", no reference subgroup") + ")");
    }
    Arrays a = new Arrays(data);
    switch (measure) {
      case D:
        return Optional.of(difference(data, a));
      case R:
        return ratio(data, a);
      case ACI:
      case RCI:
        return Optional.of(concentration(data, a, measure));
      case SII:
      case RII:
        return slope(data, a, measure);
      case BGV:
        return Optional.of(bgv(data, a));
      case TI:
        return Optional.of(theil(data, a));
      case MLD:
        return Optional.of(mld(data, a));
      case PAF:
        return Optional.of(paf(data, a, false));
      case PARISK:
        return a.pafIsZero() ? Optional.empty() : Optional.of(paf(data, a, true));
      default:
        return Optional.of(simulated(data, a, measure, simulation));
    }
  }

  /** The dataset as arrays. */
  private static final class Arrays {
    final int n;
    final double[] y;
    final double[] s;
    final double[] pop;
    final double[] p;
    final double total;
    final double mu;
    final boolean favourable;
    final int reference;

    Arrays(InequalityData d) {
      List<Subgroup> g = d.subgroups();
      n = g.size();
      y = new double[n];
      s = new double[n];
      pop = new double[n];
      p = new double[n];
      double t = 0;
      int ref = -1;
      for (int j = 0; j < n; j++) {
        y[j] = g.get(j).estimate();
        s[j] = g.get(j).se();
        pop[j] = g.get(j).population();
        t += pop[j];
        if (g.get(j).reference()) {
          ref = j;
        }
      }
      total = t;
      for (int j = 0; j < n; j++) {
        p[j] = pop[j] / total;
      }
      mu = mean(y, p);
      favourable = d.favourable();
      reference = ref;
      this.orders = new int[n];
      for (int j = 0; j < n; j++) {
        orders[j] = g.get(j).order();
      }
    }

    final int[] orders;

    int argMax() {
      int k = 0;
      for (int j = 1; j < n; j++) {
        if (y[j] > y[k]) {
          k = j;
        }
      }
      return k;
    }

    int argMin() {
      int k = 0;
      for (int j = 1; j < n; j++) {
        if (y[j] < y[k]) {
          k = j;
        }
      }
      return k;
    }

    int highestOrder() {
      int k = 0;
      for (int j = 1; j < n; j++) {
        if (orders[j] > orders[k]) {
          k = j;
        }
      }
      return k;
    }

    int lowestOrder() {
      int k = 0;
      for (int j = 1; j < n; j++) {
        if (orders[j] < orders[k]) {
          k = j;
        }
      }
      return k;
    }

    /** The paf/parisk reference: highest order, or the best subgroup. */
    int pafReference(boolean ordered) {
      return ordered ? highestOrder() : favourable ? argMax() : argMin();
    }

    boolean ordered() {
      return orders[0] != Subgroup.UNORDERED;
    }

    boolean pafIsZero() {
      double yr = y[pafReference(ordered())];
      return favourable ? yr < mu : yr > mu;
    }

    /** Indices sorted by ascending order. */
    Integer[] byOrder() {
      Integer[] idx = new Integer[n];
      for (int j = 0; j < n; j++) {
        idx[j] = j;
      }
      java.util.Arrays.sort(idx, Comparator.comparingInt(j -> orders[j]));
      return idx;
    }
  }

  private static double mean(double[] y, double[] p) {
    double m = 0;
    for (int j = 0; j < y.length; j++) {
      m += p[j] * y[j];
    }
    return m;
  }

  private static SummaryEstimate wald(InequalityData d, SummaryMeasure m, double est, double se, IntervalMethod how) {
    if (!Double.isFinite(se)) {
      return new SummaryEstimate(d.dataset(), m, est, OptionalDouble.empty(), OptionalDouble.empty(),
          OptionalDouble.empty(), how);
    }
    return new SummaryEstimate(d.dataset(), m, est, OptionalDouble.of(se), OptionalDouble.of(est - Z * se),
        OptionalDouble.of(est + Z * se), how);
  }

  private static SummaryEstimate logWald(InequalityData d, SummaryMeasure m, double est, double seLog,
      IntervalMethod how) {
    if (!Double.isFinite(seLog) || !(est > 0)) {
      return new SummaryEstimate(d.dataset(), m, est, OptionalDouble.empty(), OptionalDouble.empty(),
          OptionalDouble.empty(), how);
    }
    double l = Math.log(est);
    return new SummaryEstimate(d.dataset(), m, est, OptionalDouble.of(seLog), OptionalDouble.of(Math.exp(l - Z * seLog)),
        OptionalDouble.of(Math.exp(l + Z * seLog)), how);
  }

  /** The pair (A, B) of d and r. */
  private static int[] pair(Arrays a) {
    if (a.ordered()) {
      return a.favourable ? new int[] {a.highestOrder(), a.lowestOrder()}
          : new int[] {a.lowestOrder(), a.highestOrder()};
    }
    if (a.reference < 0) {
      return a.favourable ? new int[] {a.argMax(), a.argMin()} : new int[] {a.argMin(), a.argMax()};
    }
    return a.favourable ? new int[] {a.reference, a.argMin()} : new int[] {a.argMax(), a.reference};
  }

  private static SummaryEstimate difference(InequalityData d, Arrays a) {
    int[] ab = pair(a);
    double est = a.y[ab[0]] - a.y[ab[1]];
    double se = Math.sqrt(a.s[ab[0]] * a.s[ab[0]] + a.s[ab[1]] * a.s[ab[1]]);
    return wald(d, SummaryMeasure.D, est, se, IntervalMethod.ANALYTIC);
  }

  private static Optional<SummaryEstimate> ratio(InequalityData d, Arrays a) {
    int[] ab = pair(a);
    double ya = a.y[ab[0]];
    double yb = a.y[ab[1]];
    if (yb == 0) {
      return Optional.empty();
    }
    double r = ya / yb;
    double sa = a.s[ab[0]];
    double sb = a.s[ab[1]];
    double se = Math.sqrt((sa * sa + r * r * sb * sb) / (yb * yb)) / r;
    return Optional.of(logWald(d, SummaryMeasure.R, r, se, IntervalMethod.ANALYTIC));
  }

  /** Ridit ranks of weights w, in input positions. */
  private static double[] ridits(Arrays a, double[] w) {
    double total = 0;
    for (double v : w) {
      total += v;
    }
    double[] r = new double[a.n];
    double cum = 0;
    for (int j : a.byOrder()) {
      r[j] = (cum + w[j] / 2) / total;
      cum += w[j];
    }
    return r;
  }

  private static SummaryEstimate concentration(InequalityData d, Arrays a, SummaryMeasure m) {
    double[] r = ridits(a, a.pop);
    double sigma2 = 0;
    for (int j = 0; j < a.n; j++) {
      sigma2 += a.p[j] * (r[j] - 0.5) * (r[j] - 0.5);
    }
    double divisor = m == SummaryMeasure.RCI ? a.mu : 1;
    double[] t = new double[a.n];
    double rbar = 0;
    double tbar = 0;
    for (int j = 0; j < a.n; j++) {
      t[j] = 2 * sigma2 * a.y[j] / divisor;
      rbar += a.p[j] * r[j];
      tbar += a.p[j] * t[j];
    }
    double sxx = 0;
    double sxt = 0;
    for (int j = 0; j < a.n; j++) {
      sxx += a.p[j] * (r[j] - rbar) * (r[j] - rbar);
      sxt += a.p[j] * (r[j] - rbar) * (t[j] - tbar);
    }
    double beta = sxt / sxx;
    double alpha = tbar - beta * rbar;
    if (a.n <= 2) {
      return wald(d, m, beta, Double.NaN, IntervalMethod.ANALYTIC);
    }
    double rss = 0;
    for (int j = 0; j < a.n; j++) {
      double e = t[j] - alpha - beta * r[j];
      rss += a.pop[j] * e * e;
    }
    double se = Math.sqrt(rss / (a.n - 2) / (a.total * sigma2));
    return wald(d, m, beta, se, IntervalMethod.ANALYTIC);
  }

  private static Optional<SummaryEstimate> slope(InequalityData d, Arrays a, SummaryMeasure m) {
    int n = a.n;
    double[] tot = new double[n];
    double[] q = new double[n];
    double[] w = new double[n];
    for (int j = 0; j < n; j++) {
      tot[j] = Math.ceil(a.pop[j]);
      double k = Math.rint(a.y[j] / d.scale() * tot[j]);
      if (k < 0 || k > tot[j]) {
        return Optional.empty();
      }
      q[j] = k / tot[j];
      w[j] = tot[j] * tot[j];
    }
    double[] r = ridits(a, tot);
    double b0 = 0;
    double b1 = 0;
    double[] bInv = null;
    boolean converged = false;
    for (int it = 0; it < 200 && !converged; it++) {
      double u0 = 0;
      double u1 = 0;
      double i00 = 0;
      double i01 = 0;
      double i11 = 0;
      for (int j = 0; j < n; j++) {
        double pi = expit(b0 + b1 * r[j]);
        double v = w[j] * pi * (1 - pi);
        u0 += w[j] * (q[j] - pi);
        u1 += w[j] * (q[j] - pi) * r[j];
        i00 += v;
        i01 += v * r[j];
        i11 += v * r[j] * r[j];
      }
      double det = i00 * i11 - i01 * i01;
      bInv = new double[] {i11 / det, -i01 / det, i00 / det};
      double d0 = bInv[0] * u0 + bInv[1] * u1;
      double d1 = bInv[1] * u0 + bInv[2] * u1;
      b0 += d0;
      b1 += d1;
      converged = Math.abs(d0) <= 1e-14 * (1 + Math.abs(b0)) && Math.abs(d1) <= 1e-14 * (1 + Math.abs(b1));
    }
    if (!converged || !Double.isFinite(b0) || !Double.isFinite(b1)) {
      return Optional.empty();
    }
    // information and meat at the solution
    double i00 = 0;
    double i01 = 0;
    double i11 = 0;
    double m00 = 0;
    double m01 = 0;
    double m11 = 0;
    for (int j = 0; j < n; j++) {
      double pi = expit(b0 + b1 * r[j]);
      double v = w[j] * pi * (1 - pi);
      i00 += v;
      i01 += v * r[j];
      i11 += v * r[j] * r[j];
      double e = w[j] * (q[j] - pi);
      m00 += e * e;
      m01 += e * e * r[j];
      m11 += e * e * r[j] * r[j];
    }
    double det = i00 * i11 - i01 * i01;
    double[][] bm = {{i11 / det, -i01 / det}, {-i01 / det, i00 / det}};
    double[][] cov;
    if (n > 2) {
      double[][] meat = {{m00, m01}, {m01, m11}};
      cov = multiply(multiply(bm, meat), bm);
      double f = (double) n / (n - 2);
      for (double[] row : cov) {
        row[0] *= f;
        row[1] *= f;
      }
    } else {
      cov = bm;
    }
    double pi1 = expit(b0 + b1);
    double pi0 = expit(b0);
    if (m == SummaryMeasure.SII) {
      double g0 = pi1 * (1 - pi1) - pi0 * (1 - pi0);
      double g1 = pi1 * (1 - pi1);
      double se = d.scale() * Math.sqrt(quad(cov, g0, g1));
      return Optional.of(wald(d, m, d.scale() * (pi1 - pi0), se, IntervalMethod.DELTA));
    }
    double se = Math.sqrt(quad(cov, pi0 - pi1, 1 - pi1));
    return Optional.of(logWald(d, m, pi1 / pi0, se, IntervalMethod.DELTA));
  }

  private static double expit(double x) {
    return 1 / (1 + Math.exp(-x));
  }

  private static double[][] multiply(double[][] x, double[][] y) {
    return new double[][] {
        {x[0][0] * y[0][0] + x[0][1] * y[1][0], x[0][0] * y[0][1] + x[0][1] * y[1][1]},
        {x[1][0] * y[0][0] + x[1][1] * y[1][0], x[1][0] * y[0][1] + x[1][1] * y[1][1]}};
  }

  private static double quad(double[][] v, double g0, double g1) {
    return g0 * (v[0][0] * g0 + v[0][1] * g1) + g1 * (v[1][0] * g0 + v[1][1] * g1);
  }

  private static SummaryEstimate bgv(InequalityData d, Arrays a) {
    double est = 0;
    double t1 = 0;
    double t2 = 0;
    double t3 = 0;
    double t4 = 0;
    for (int j = 0; j < a.n; j++) {
      double dev = a.y[j] - a.mu;
      double p2s2 = a.p[j] * a.p[j] * a.s[j] * a.s[j];
      est += a.p[j] * dev * dev;
      t1 += p2s2 * dev * dev;
      t2 += p2s2;
      t3 += p2s2 * p2s2;
      t4 += a.p[j] * a.p[j] * (1 - a.p[j]) * (1 - a.p[j]) * a.s[j] * a.s[j] * a.s[j] * a.s[j];
    }
    double se = Math.sqrt(4 * t1 + 2 * (t2 * t2 - t3 + t4));
    return wald(d, SummaryMeasure.BGV, est, se, IntervalMethod.ANALYTIC);
  }

  private static double[] rho(Arrays a, double[] muPrime) {
    double[] yp = new double[a.n];
    for (int j = 0; j < a.n; j++) {
      yp[j] = a.y[j] == 0 ? 1e-6 : a.y[j];
    }
    double m = mean(yp, a.p);
    muPrime[0] = m;
    double[] rho = new double[a.n];
    for (int j = 0; j < a.n; j++) {
      rho[j] = yp[j] / m;
    }
    return rho;
  }

  private static SummaryEstimate theil(InequalityData d, Arrays a) {
    double[] mp = new double[1];
    double[] rho = rho(a, mp);
    double ti = 0;
    double big = 0;
    for (int j = 0; j < a.n; j++) {
      ti += a.p[j] * rho[j] * Math.log(rho[j]);
      big += a.p[j] * rho[j] * (1 + Math.log(rho[j]));
    }
    double v = 0;
    for (int j = 0; j < a.n; j++) {
      double c = 1 + Math.log(rho[j]) - big;
      v += c * c * a.p[j] * a.p[j] * a.s[j] * a.s[j] / (mp[0] * mp[0]);
    }
    return wald(d, SummaryMeasure.TI, 1000 * ti, Math.sqrt(v), IntervalMethod.ANALYTIC);
  }

  private static SummaryEstimate mld(InequalityData d, Arrays a) {
    double[] mp = new double[1];
    double[] rho = rho(a, mp);
    double est = 0;
    double v = 0;
    for (int j = 0; j < a.n; j++) {
      est += a.p[j] * -Math.log(rho[j]);
      double c = 1 - 1 / rho[j];
      v += a.s[j] * a.s[j] * a.p[j] * a.p[j] * c * c / (mp[0] * mp[0]);
    }
    return wald(d, SummaryMeasure.MLD, 1000 * est, Math.sqrt(v), IntervalMethod.ANALYTIC);
  }

  private static SummaryEstimate paf(InequalityData d, Arrays a, boolean risk) {
    int r = a.pafReference(a.ordered());
    double yr = a.y[r];
    double scale = d.scale();
    double c = yr * a.pop[r] / scale;
    double dd = a.pop[r] - c;
    double aa = a.mu * a.total / scale - c;
    double b = a.total - aa - a.pop[r];
    double nn = aa + b + c + dd;
    double se = Math.sqrt(c * nn * (aa * dd * (nn - c) + b * c * c)
        / (Math.pow(aa + c, 3) * Math.pow(c + dd, 3)));
    double pafStar = 100 * (yr - a.mu) / a.mu;
    if (risk) {
      double seRisk = Math.abs(a.mu * ((pafStar + Z * se) - (pafStar - Z * se))) / (2 * Z);
      return wald(d, SummaryMeasure.PARISK, yr - a.mu, seRisk, IntervalMethod.ANALYTIC);
    }
    return wald(d, SummaryMeasure.PAF, a.pafIsZero() ? 0 : pafStar, se, IntervalMethod.ANALYTIC);
  }

  private static SummaryEstimate simulated(InequalityData d, Arrays a, SummaryMeasure m, Simulation sim) {
    ToDoubleFunction<double[]> f = statistic(a, m);
    double est = f.applyAsDouble(a.y);
    SplittableRandom random = new SplittableRandom(sim.seed());
    double[] values = new double[sim.replicates()];
    double[] draw = new double[a.n];
    boolean percent = d.scale() == 100;
    for (int i = 0; i < values.length; i++) {
      for (int j = 0; j < a.n; j++) {
        draw[j] = draw(random, a.y[j], a.s[j], percent, d, j);
      }
      values[i] = f.applyAsDouble(draw);
    }
    java.util.Arrays.sort(values);
    return new SummaryEstimate(d.dataset(), m, est, OptionalDouble.empty(), OptionalDouble.of(quantile7(values, 0.025)),
        OptionalDouble.of(quantile7(values, 0.975)), IntervalMethod.SIMULATION);
  }

  private static double draw(SplittableRandom random, double y, double s, boolean percent, InequalityData d, int j) {
    if (s == 0) {
      return y;
    }
    for (int tries = 0; tries < 1_000_000; tries++) {
      double v = y + s * random.nextGaussian();
      if (percent ? v >= 0 && v <= 100 : v > 0) {
        return v;
      }
    }
    throw new IllegalStateException("dataset " + d.dataset() + ", subgroup " + d.subgroups().get(j).name()
        + ": no simulated value inside the scale in a million draws from Normal(" + y + ", " + s + ")");
  }

  /** Hyndman-Fan type 7 quantile of sorted values. */
  static double quantile7(double[] sorted, double prob) {
    double h = (sorted.length - 1) * prob;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }

  private static ToDoubleFunction<double[]> statistic(Arrays a, SummaryMeasure m) {
    double[] p = a.p;
    int n = a.n;
    double mu0 = a.mu;
    int ref = a.reference;
    boolean fav = a.favourable;
    switch (m) {
      case BGSD:
        return y -> Math.sqrt(bgv(y, p));
      case COVAR:
        return y -> 100 * Math.sqrt(bgv(y, p)) / mean(y, p);
      case MDMU:
        return y -> absDev(y, null, mean(y, p)) / n;
      case MDMW:
        return y -> absDev(y, p, mean(y, p));
      case MDBU:
        return y -> absDev(y, null, best(y, fav)) / n;
      case MDBW:
        return y -> absDev(y, p, best(y, fav));
      case MDRU:
        return y -> absDev(y, null, y[ref]) / n;
      case MDRW:
        return y -> absDev(y, p, y[ref]);
      case IDISU:
        return y -> {
          double mu = mean(y, p);
          return 100 * absDev(y, null, mu) / mu / n;
        };
      case IDISW:
        return y -> 100 * absDev(y, p, mu0) / mu0;
      default:
        throw new IllegalArgumentException("summary measure " + m.code() + " is not simulated");
    }
  }

  private static double bgv(double[] y, double[] p) {
    double mu = mean(y, p);
    double v = 0;
    for (int j = 0; j < y.length; j++) {
      v += p[j] * (y[j] - mu) * (y[j] - mu);
    }
    return v;
  }

  private static double absDev(double[] y, double[] p, double centre) {
    double s = 0;
    for (int j = 0; j < y.length; j++) {
      s += (p == null ? 1 : p[j]) * Math.abs(y[j] - centre);
    }
    return s;
  }

  private static double best(double[] y, boolean favourable) {
    double b = y[0];
    for (double v : y) {
      b = favourable ? Math.max(b, v) : Math.min(b, v);
    }
    return b;
  }
}
