/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.workforce;

import org.acokit.measures.internal.Stats;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Workforce and care: unit-level workforce measures joined with unit-level quality or safety
 * rates, and their correlation across units with its confidence interval.
 * <p>
 * Input rates are plain unit-keyed counts ({@link UnitRate}: institution, unit, numerator,
 * denominator), so the results of the hospital-safety measures (events per discharges or patient
 * days) and of the patient-level measures (numerator and denominator of a measure by unit) can be
 * fed in as they are. Statistics over the n units present in both: Pearson's r with the Fisher z
 * interval tanh(atanh r ∓ z_{1−α/2}/√(n − 3)) (n ≥ 4), and Spearman's rank correlation (average
 * ranks for ties) with the same interval (Fieller, Hartley and Pearson, 1957, give the
 * approximation; it is rougher for ranks).
 * <p>
 * <b>What such a correlation can and cannot show.</b> It measures whether units with, say,
 * higher staff turnover tend to have higher fall rates in the same period. It cannot show that
 * one causes the other: both may follow a third factor (case mix, unit size, teaching status,
 * the sicker patients that strain staff and raise event rates), the direction may run either
 * way (poor safety culture may drive staff away), and a unit-level association need not hold for
 * individual employees or patients (the ecological fallacy). Units with few patients or
 * employees carry noisy rates that weaken the correlation (regression dilution); the interval
 * reflects the number of units, not the precision of each unit's rate. A correlation across
 * units of one period is a question to investigate, not an effect size to manage by.
 * Stateless and thread-safe.
 */
public final class WorkforceCare {

  private WorkforceCare() {
  }

  /**
   * A unit's quality or safety rate as counts.
   *
   * @param institution the institution
   * @param unit the unit
   * @param numerator the events (falls, pressure injuries, measure numerator), 0 or more
   * @param denominator the exposure (patient days, discharges, measure denominator), more than 0
   */
  public record UnitRate(String institution, String unit, double numerator, double denominator) {

    /**
     * Checks the counts.
     *
     * @throws IllegalArgumentException naming the unit and the value if a count is negative,
     *     not finite or the denominator is 0
     */
    public UnitRate {
      Objects.requireNonNull(institution, "institution");
      Objects.requireNonNull(unit, "unit");
      if (!(Double.isFinite(numerator) && numerator >= 0)) {
        throw new IllegalArgumentException("numerator of unit " + institution + "/" + unit + " is " + numerator
            + "; it must be 0 or more");
      }
      if (!(Double.isFinite(denominator) && denominator > 0)) {
        throw new IllegalArgumentException("denominator of unit " + institution + "/" + unit + " is " + denominator
            + "; it must be more than 0");
      }
    }

    /** @return numerator / denominator */
    public double rate() {
      return numerator / denominator;
    }
  }

  /**
   * A correlation across units.
   *
   * @param units the units in both inputs
   * @param pearson Pearson's r
   * @param pearsonLower its lower bound
   * @param pearsonUpper its upper bound
   * @param spearman Spearman's rank correlation
   * @param spearmanLower its lower bound
   * @param spearmanUpper its upper bound
   */
  public record Correlation(int units, double pearson, double pearsonLower, double pearsonUpper, double spearman,
      double spearmanLower, double spearmanUpper) {
  }

  /**
   * Correlates a workforce measure with a care rate across the units present in both.
   *
   * @param units the units' workforce measures
   * @param measure which measure of a unit (such as {@link UnitWorkforce#separationRate()}); a
   *     unit where it is empty is left out
   * @param rates the units' care rates
   * @param confidenceLevel the interval's level, such as 0.95
   * @return the correlation, empty when fewer than 4 units are in both or either variable is
   *     constant
   */
  public static Optional<Correlation> correlate(List<UnitWorkforce> units, Function<UnitWorkforce, Optional<Double>> measure,
      List<UnitRate> rates, double confidenceLevel) {
    Map<String, Double> care = new HashMap<>();
    for (UnitRate r : rates) {
      if (care.put(r.institution() + "\u0000" + r.unit(), r.rate()) != null) {
        throw new IllegalArgumentException("unit " + r.institution() + "/" + r.unit() + " has two care rates");
      }
    }
    List<double[]> pairs = new ArrayList<>();
    for (UnitWorkforce u : units) {
      Double y = care.get(u.institution() + "\u0000" + u.unit());
      Optional<Double> x = measure.apply(u);
      if (y != null && x.isPresent()) {
        pairs.add(new double[] {x.get(), y});
      }
    }
    int n = pairs.size();
    if (n < 4) {
      return Optional.empty();
    }
    double[] x = pairs.stream().mapToDouble(p -> p[0]).toArray();
    double[] y = pairs.stream().mapToDouble(p -> p[1]).toArray();
    Optional<Double> r = pearson(x, y);
    Optional<Double> rho = pearson(ranks(x), ranks(y));
    if (r.isEmpty() || rho.isEmpty()) {
      return Optional.empty();
    }
    double z = Stats.normalQuantile(1 - (1 - confidenceLevel) / 2);
    double half = z / Math.sqrt(n - 3);
    double[] ci = fisherInterval(r.get(), half);
    double[] si = fisherInterval(rho.get(), half);
    return Optional.of(new Correlation(n, r.get(), ci[0], ci[1], rho.get(), si[0], si[1]));
  }

  private static double[] fisherInterval(double r, double half) {
    if (Math.abs(r) >= 1) {
      return new double[] {r, r};
    }
    double f = 0.5 * Math.log((1 + r) / (1 - r));
    return new double[] {Math.tanh(f - half), Math.tanh(f + half)};
  }

  static Optional<Double> pearson(double[] x, double[] y) {
    int n = x.length;
    double mx = Arrays.stream(x).average().orElse(0);
    double my = Arrays.stream(y).average().orElse(0);
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < n; i++) {
      sxy += (x[i] - mx) * (y[i] - my);
      sxx += (x[i] - mx) * (x[i] - mx);
      syy += (y[i] - my) * (y[i] - my);
    }
    if (sxx == 0 || syy == 0) {
      return Optional.empty();
    }
    return Optional.of(Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy))));
  }

  static double[] ranks(double[] v) {
    Integer[] order = new Integer[v.length];
    for (int i = 0; i < v.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(v[a], v[b]));
    double[] r = new double[v.length];
    int i = 0;
    while (i < v.length) {
      int j = i;
      while (j + 1 < v.length && v[order[j + 1]] == v[order[i]]) {
        j++;
      }
      double avg = (i + j) / 2.0 + 1;
      for (int k = i; k <= j; k++) {
        r[order[k]] = avg;
      }
      i = j + 1;
    }
    return r;
  }
}
