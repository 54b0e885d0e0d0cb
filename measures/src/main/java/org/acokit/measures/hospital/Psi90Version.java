/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.hospital;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

import com.google.common.collect.ImmutableMap;
import org.acokit.internal.Checks;

/**
 * The parameters of one version of AHRQ's PSI 90 composite: per component the weight, the
 * reference population rate and the signal variance, and optionally the signal covariances.
 * <p>
 * Source: AHRQ Quality Indicators SAS software, {@code PSI/Programs/PSI_HOSP_COMPOSITE.SAS} with
 * {@code PSI_HOSP_Composite_Wt_v<version>.sas} (weights) and the version's signal-variance and
 * reference-rate arrays. The v2025 weights are carried as {@link #AHRQ_V2025_WEIGHTS}. <b>Named
 * gap:</b> the reference rates and signal variances of a version were not found in a source acokit
 * could read, so they are required parameters: take them from the AHRQ software of the version CMS
 * uses for the HACRP year (CMS names the PSI software version per year). Immutable and thread-safe.
 */
public final class Psi90Version {

  /**
   * The PSI 90 component weights of AHRQ QI v2025 (harm-adjusted numerator weights; sum 1):
   * PSI 03 .218621, 06 .035209, 08 .050639, 09 .033758, 10 .050710, 11 .215183, 12 .161119,
   * 13 .191530, 14 .016929, 15 .026302.
   */
  public static final ImmutableMap<Psi90Component, Double> AHRQ_V2025_WEIGHTS = ImmutableMap.<Psi90Component, Double>builder()
      .put(Psi90Component.PSI_03, 0.218621).put(Psi90Component.PSI_06, 0.035209)
      .put(Psi90Component.PSI_08, 0.050639).put(Psi90Component.PSI_09, 0.033758)
      .put(Psi90Component.PSI_10, 0.050710).put(Psi90Component.PSI_11, 0.215183)
      .put(Psi90Component.PSI_12, 0.161119).put(Psi90Component.PSI_13, 0.191530)
      .put(Psi90Component.PSI_14, 0.016929).put(Psi90Component.PSI_15, 0.026302).build();

  private final String name;
  private final ImmutableMap<Psi90Component, Double> weights;
  private final ImmutableMap<Psi90Component, Double> referenceRates;
  private final ImmutableMap<Psi90Component, Double> signalVariances;
  private final double[][] signalCovariances;

  private Psi90Version(String name, Map<Psi90Component, Double> weights, Map<Psi90Component, Double> referenceRates,
      Map<Psi90Component, Double> signalVariances, double[][] covariances) {
    this.name = name;
    this.weights = ImmutableMap.copyOf(new EnumMap<>(weights));
    this.referenceRates = ImmutableMap.copyOf(new EnumMap<>(referenceRates));
    this.signalVariances = ImmutableMap.copyOf(new EnumMap<>(signalVariances));
    this.signalCovariances = covariances;
  }

  /**
   * A version without off-diagonal signal covariances (the composite's value does not need them;
   * only its variance does).
   *
   * @param name the version name, such as {@code v2025}
   * @param weights the weight of every component, summing to 1 (within 1e-5)
   * @param referenceRates the reference population rate of every component, greater than 0
   * @param signalVariances the signal variance of every component (on the ratio scale), 0 or more
   * @return the version
   * @throws IllegalArgumentException naming the component and field if one is missing or invalid
   */
  public static Psi90Version of(String name, Map<Psi90Component, Double> weights,
      Map<Psi90Component, Double> referenceRates, Map<Psi90Component, Double> signalVariances) {
    return of(name, weights, referenceRates, signalVariances, null);
  }

  /**
   * A version with signal covariances.
   *
   * @param name the version name
   * @param weights the weights, summing to 1
   * @param referenceRates the reference rates, greater than 0
   * @param signalVariances the signal variances, 0 or more
   * @param signalCovariances the 10 x 10 signal covariance matrix in {@link Psi90Component} order
   *     (upper triangle used, each pair once), or null
   * @return the version
   * @throws IllegalArgumentException naming the component and field if one is missing or invalid
   */
  public static Psi90Version of(String name, Map<Psi90Component, Double> weights,
      Map<Psi90Component, Double> referenceRates, Map<Psi90Component, Double> signalVariances,
      double[][] signalCovariances) {
    Objects.requireNonNull(name, "name");
    double sum = 0;
    for (Psi90Component c : Psi90Component.values()) {
      sum += Checks.nonNegative("PSI 90 " + name + " weight of " + c, require(weights, c, "weight", name));
      Checks.positive("PSI 90 " + name + " reference rate of " + c, require(referenceRates, c, "reference rate", name));
      Checks.nonNegative("PSI 90 " + name + " signal variance of " + c,
          require(signalVariances, c, "signal variance", name));
    }
    if (Math.abs(sum - 1) > 1e-5) {
      throw new IllegalArgumentException("PSI 90 " + name + " weights must sum to 1, but sum to " + sum);
    }
    double[][] cov = null;
    if (signalCovariances != null) {
      int n = Psi90Component.values().length;
      if (signalCovariances.length != n) {
        throw new IllegalArgumentException("PSI 90 " + name + " signal covariances must be 10 x 10");
      }
      cov = new double[n][];
      for (int i = 0; i < n; i++) {
        if (signalCovariances[i].length != n) {
          throw new IllegalArgumentException("PSI 90 " + name + " signal covariances must be 10 x 10");
        }
        for (double v : signalCovariances[i]) {
          Checks.finite("PSI 90 " + name + " signal covariance", v);
        }
        cov[i] = signalCovariances[i].clone();
      }
    }
    return new Psi90Version(name, weights, referenceRates, signalVariances, cov);
  }

  private static double require(Map<Psi90Component, Double> m, Psi90Component c, String field, String name) {
    Double v = m.get(c);
    if (v == null) {
      throw new IllegalArgumentException("PSI 90 " + name + " " + field + " of " + c + " is required but missing");
    }
    return v;
  }

  /**
   * The version name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * The weight of a component.
   *
   * @param c the component
   * @return the weight
   */
  public double weight(Psi90Component c) {
    return weights.get(c);
  }

  /**
   * The reference population rate of a component.
   *
   * @param c the component
   * @return the rate, a fraction
   */
  public double referenceRate(Psi90Component c) {
    return referenceRates.get(c);
  }

  /**
   * The signal variance of a component.
   *
   * @param c the component
   * @return the variance
   */
  public double signalVariance(Psi90Component c) {
    return signalVariances.get(c);
  }

  /**
   * The signal covariance of two components (the signal variance on the diagonal, 0 off it when no
   * covariances were given).
   *
   * @param a one component
   * @param b another
   * @return the covariance
   */
  public double signalCovariance(Psi90Component a, Psi90Component b) {
    if (signalCovariances != null) {
      return signalCovariances[a.ordinal()][b.ordinal()];
    }
    return a == b ? signalVariance(a) : 0;
  }
}
