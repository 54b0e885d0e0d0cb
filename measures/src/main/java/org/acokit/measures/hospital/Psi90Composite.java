/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.hospital;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import com.google.common.collect.ImmutableList;
import org.acokit.explain.Explanation;
import org.acokit.explain.ExplanationStep;
import org.acokit.explain.ValueKind;

/**
 * The PSI 90 composite of one hospital from its component rates, as AHRQ's
 * {@code PSI_HOSP_COMPOSITE.SAS} computes it.
 * <p>
 * For each component k with reference rate REF_k, signal variance S_k, risk-adjusted rate RAR_k
 * and noise variance V_k, the reliability weight is {@code A_k = S_k / (S_k + V_k / REF_k^2)} when
 * the population is at least 3, else 0. Then
 * <pre>
 * COMP = sum_k w_k x [A_k x RAR_k / REF_k + (1 - A_k)]
 * Var  = sum_k w_k^2 S_kk (1 - A_k) + sum_{k &lt; j} w_k w_j S_kj (1 - A_k)(1 - A_j)
 * </pre>
 * (as coded by AHRQ: the diagonal uses (1 - A), each off-diagonal pair once). A component without a
 * rate, or with a population below 3, contributes {@code w_k x 1}. Example: a hospital at every
 * reference rate scores exactly 1. The version is a parameter ({@link Psi90Version}); a composite
 * never mixes versions. Immutable and thread-safe.
 */
public final class Psi90Composite {

  /** The smallest population at which a component's own rate counts. */
  public static final int MINIMUM_POPULATION = 3;

  private final Psi90Version version;
  private final double value;
  private final double variance;
  private final ImmutableList<double[]> parts;

  private Psi90Composite(Psi90Version version, double value, double variance, ImmutableList<double[]> parts) {
    this.version = version;
    this.value = value;
    this.variance = variance;
    this.parts = parts;
  }

  /**
   * Computes the composite.
   *
   * @param version the PSI 90 version's parameters
   * @param rates the hospital's component rates, at most one per component
   * @return the composite
   * @throws IllegalArgumentException if a component is given twice
   */
  public static Psi90Composite compute(Psi90Version version, List<Psi90ComponentRate> rates) {
    Objects.requireNonNull(version, "version");
    Map<Psi90Component, Psi90ComponentRate> by = new EnumMap<>(Psi90Component.class);
    for (Psi90ComponentRate r : rates) {
      if (by.put(r.component(), r) != null) {
        throw new IllegalArgumentException("PSI 90 component " + r.component() + " is given twice");
      }
    }
    Psi90Component[] cs = Psi90Component.values();
    double[] a = new double[cs.length];
    double value = 0;
    ImmutableList.Builder<double[]> parts = ImmutableList.builder();
    for (Psi90Component c : cs) {
      Psi90ComponentRate r = by.get(c);
      double ref = version.referenceRate(c);
      double s = version.signalVariance(c);
      double ak = 0;
      double ratio = 1;
      if (r != null && r.population() >= MINIMUM_POPULATION) {
        double noise = r.noiseVariance() / (ref * ref);
        ak = s + noise > 0 ? s / (s + noise) : 0;
        ratio = r.riskAdjustedRate() / ref;
      }
      a[c.ordinal()] = ak;
      double smoothed = ak * ratio + (1 - ak);
      value += version.weight(c) * smoothed;
      parts.add(new double[] {version.weight(c), ak, ratio, smoothed});
    }
    double var = 0;
    for (int k = 0; k < cs.length; k++) {
      double wk = version.weight(cs[k]);
      var += wk * wk * version.signalCovariance(cs[k], cs[k]) * (1 - a[k]);
      for (int j = k + 1; j < cs.length; j++) {
        var += wk * version.weight(cs[j]) * version.signalCovariance(cs[k], cs[j]) * (1 - a[k]) * (1 - a[j]);
      }
    }
    return new Psi90Composite(version, value, Math.max(0, var), parts.build());
  }

  /**
   * The version.
   *
   * @return the version
   */
  public Psi90Version version() {
    return version;
  }

  /**
   * The composite value (1 = the reference population).
   *
   * @return the value
   */
  public double value() {
    return value;
  }

  /**
   * The variance of the composite, as AHRQ codes it.
   *
   * @return the variance, 0 or more
   */
  public double variance() {
    return variance;
  }

  /**
   * The 95% confidence interval half-width, {@code 1.96 x sqrt(variance)}.
   *
   * @return the half-width
   */
  public double halfWidth95() {
    return 1.96 * Math.sqrt(variance);
  }

  /**
   * Explains the composite component by component (weight x smoothed ratio = contribution).
   *
   * @return the explanation
   */
  public Explanation explain() {
    ImmutableList.Builder<ExplanationStep> steps = ImmutableList.builder();
    Psi90Component[] cs = Psi90Component.values();
    char row = 'A';
    for (int k = 0; k < cs.length; k++) {
      double[] p = parts.get(k);
      steps.add(ExplanationStep.of(String.valueOf(row++), cs[k] + " contribution", ValueKind.RATE, p[0] * p[3],
          String.format(Locale.ROOT, "w %.6f x [A %.4f x RAR/REF %.4f + (1 - A)]", p[0], p[1], p[2])));
    }
    steps.add(ExplanationStep.of(String.valueOf(row), "PSI 90 composite", ValueKind.RATE, value,
        "sum of the component rows, version " + version.name()));
    return Explanation.builder().title("PSI 90 composite, AHRQ " + version.name()).steps(steps.build()).build();
  }
}
