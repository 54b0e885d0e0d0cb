/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.program.mssp;

import java.util.Locale;
import java.util.Objects;

/**
 * The minimum savings rate / minimum loss rate (MSR/MLR) that a two-sided ACO elects for its
 * agreement period: zero, a fixed symmetrical rate of 0.5%, 1.0%, 1.5% or 2.0%, or the variable
 * rate of the size-based sliding scale (42 CFR 425.605(b)(2)(i), 425.606(b)(1)(ii),
 * 425.610(b)(1)).
 * <p>
 * One-sided tracks always use the variable rate. Immutable and thread-safe.
 */
public final class MsrElection {

  /** The kind of election. */
  public enum Kind {
    /** 0% MSR and MLR: any savings or losses count. */
    ZERO,
    /** A fixed symmetrical MSR/MLR in 0.5% steps from 0.5% to 2.0%. */
    FIXED,
    /** The size-based sliding scale of Table A4, with MLR equal to MSR. */
    VARIABLE
  }

  private static final MsrElection ZERO = new MsrElection(Kind.ZERO, 0.0);
  private static final MsrElection VARIABLE = new MsrElection(Kind.VARIABLE, Double.NaN);

  private final Kind kind;
  private final double rate;

  private MsrElection(Kind kind, double rate) {
    this.kind = kind;
    this.rate = rate;
  }

  /**
   * The 0% MSR/MLR election.
   *
   * @return the election
   */
  public static MsrElection zero() {
    return ZERO;
  }

  /**
   * The variable, size-based MSR/MLR election.
   *
   * @return the election
   */
  public static MsrElection variable() {
    return VARIABLE;
  }

  /**
   * A fixed symmetrical MSR/MLR.
   *
   * @param rate the rate as a fraction: 0.005, 0.01, 0.015 or 0.02
   * @return the election
   * @throws IllegalArgumentException if the rate is not one of the four allowed values
   */
  public static MsrElection fixed(double rate) {
    for (double allowed : new double[] {0.005, 0.01, 0.015, 0.02}) {
      if (Math.abs(rate - allowed) < 1e-12) {
        return new MsrElection(Kind.FIXED, allowed);
      }
    }
    throw new IllegalArgumentException("msrElection fixed rate must be 0.005, 0.01, 0.015 or 0.02 "
        + "(fractions), but was " + rate);
  }

  /**
   * The kind of election.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * The elected rate for {@link Kind#ZERO} and {@link Kind#FIXED}.
   *
   * @return the rate as a fraction
   * @throws IllegalStateException for the variable election, whose rate depends on size
   */
  public double rate() {
    if (kind == Kind.VARIABLE) {
      throw new IllegalStateException("the variable MSR/MLR depends on the number of assigned beneficiaries");
    }
    return rate;
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof MsrElection)) {
      return false;
    }
    MsrElection other = (MsrElection) obj;
    return kind == other.kind && (kind == Kind.VARIABLE || rate == other.rate);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, kind == Kind.VARIABLE ? 0.0 : rate);
  }

  /**
   * The election as CMS writes it: {@code "0% MSR/MLR"}, {@code "1.5% MSR/MLR"} or
   * {@code "variable MSR/MLR"} (the sliding scale by assigned beneficiaries).
   *
   * @return the election in words
   */
  @Override
  public String toString() {
    switch (kind) {
      case ZERO:
        return "0% MSR/MLR";
      case FIXED:
        return String.format(Locale.ROOT, "%.1f%% MSR/MLR", rate * 100);
      default:
        return "variable MSR/MLR";
    }
  }
}
