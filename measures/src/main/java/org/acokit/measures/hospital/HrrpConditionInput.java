/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.hospital;

import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One hospital's published inputs for one HRRP condition: eligible discharges, the excess
 * readmission ratio and the condition's share of the hospital's base-operating DRG payments.
 * <p>
 * The payment ratio is the condition's base-operating DRG payments divided by all base-operating
 * DRG payments of the hospital, a fraction; it may be absent (CMS's file then gives no ratio), and
 * then the condition adds nothing to the penalty. Immutable and thread-safe.
 */
public final class HrrpConditionInput {

  private final HrrpCondition condition;
  private final int eligibleDischarges;
  private final double excessReadmissionRatio;
  private final OptionalDouble paymentRatio;

  private HrrpConditionInput(HrrpCondition condition, int eligibleDischarges, double err, OptionalDouble ratio) {
    this.condition = Objects.requireNonNull(condition, "condition");
    this.eligibleDischarges = eligibleDischarges;
    this.excessReadmissionRatio = err;
    this.paymentRatio = Objects.requireNonNull(ratio, "paymentRatio");
  }

  /**
   * Creates the inputs of a condition.
   *
   * @param condition the condition
   * @param eligibleDischarges the number of eligible discharges, 0 or more
   * @param excessReadmissionRatio the ERR, finite and 0 or more
   * @param paymentRatio the DRG payment ratio, a fraction in [0, 1], or empty when not published
   * @return the inputs
   * @throws IllegalArgumentException naming the condition, field and value if one is invalid
   */
  public static HrrpConditionInput of(HrrpCondition condition, int eligibleDischarges, double excessReadmissionRatio,
      OptionalDouble paymentRatio) {
    Objects.requireNonNull(condition, "condition");
    if (eligibleDischarges < 0) {
      throw new IllegalArgumentException(condition + " eligible discharges must be 0 or more, but was "
          + eligibleDischarges);
    }
    if (!Double.isFinite(excessReadmissionRatio) || excessReadmissionRatio < 0) {
      throw new IllegalArgumentException(condition + " excess readmission ratio must be a finite number 0 or more,"
          + " but was " + excessReadmissionRatio);
    }
    if (paymentRatio.isPresent()) {
      double r = paymentRatio.getAsDouble();
      if (!Double.isFinite(r) || r < 0 || r > 1) {
        throw new IllegalArgumentException(String.format(Locale.ROOT, "%s DRG payment ratio must be a fraction "
            + "between 0 and 1, but was %s", condition, r));
      }
    }
    return new HrrpConditionInput(condition, eligibleDischarges, excessReadmissionRatio, paymentRatio);
  }

  /**
   * The condition.
   *
   * @return the condition
   */
  public HrrpCondition condition() {
    return condition;
  }

  /**
   * The number of eligible discharges in the performance period.
   *
   * @return the count
   */
  public int eligibleDischarges() {
    return eligibleDischarges;
  }

  /**
   * The excess readmission ratio.
   *
   * @return the ERR
   */
  public double excessReadmissionRatio() {
    return excessReadmissionRatio;
  }

  /**
   * The condition's share of base-operating DRG payments, empty when not published.
   *
   * @return the ratio, a fraction
   */
  public OptionalDouble paymentRatio() {
    return paymentRatio;
  }
}
