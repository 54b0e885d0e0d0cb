/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.hospital;

/**
 * One condition's part of a hospital's HRRP payment adjustment.
 * <p>
 * A condition counts when the fiscal year includes it and it has at least 25 eligible discharges.
 * It is penalized when it counts and its ERR exceeds the threshold (the peer-group median from
 * FY2019, 1.0 before). Its contribution to the payment reduction is
 * {@code NM x ratio x max(0, ERR - threshold)} (a fraction of base-operating DRG payments; a
 * missing ratio counts as 0). The penalty from this condition vanishes at an ERR equal to the
 * threshold. Immutable and thread-safe.
 */
public final class HrrpConditionResult {

  private final HrrpCondition condition;
  private final int eligibleDischarges;
  private final double err;
  private final double threshold;
  private final double paymentRatio;
  private final boolean ratioPublished;
  private final boolean counted;
  private final double contribution;

  HrrpConditionResult(HrrpCondition condition, int eligibleDischarges, double err, double threshold,
      double paymentRatio, boolean ratioPublished, boolean counted, double contribution) {
    this.condition = condition;
    this.eligibleDischarges = eligibleDischarges;
    this.err = err;
    this.threshold = threshold;
    this.paymentRatio = paymentRatio;
    this.ratioPublished = ratioPublished;
    this.counted = counted;
    this.contribution = contribution;
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
   * The eligible discharges.
   *
   * @return the count
   */
  public int eligibleDischarges() {
    return eligibleDischarges;
  }

  /**
   * The ERR.
   *
   * @return the ratio
   */
  public double excessReadmissionRatio() {
    return err;
  }

  /**
   * The ERR the hospital is compared with: its peer group's median (FY2019 on) or 1.0; also the
   * ERR at which this condition's penalty vanishes.
   *
   * @return the threshold ERR
   */
  public double threshold() {
    return threshold;
  }

  /**
   * The ERR at or below which this condition adds nothing to the penalty (the threshold).
   *
   * @return the ERR
   */
  public double penaltyFreeErr() {
    return threshold;
  }

  /**
   * The DRG payment ratio used, 0 when not published.
   *
   * @return the ratio, a fraction
   */
  public double paymentRatio() {
    return paymentRatio;
  }

  /**
   * Whether CMS published a payment ratio for the condition.
   *
   * @return true if published
   */
  public boolean paymentRatioPublished() {
    return ratioPublished;
  }

  /**
   * Whether the condition counts (in the year's conditions and 25 or more eligible discharges).
   *
   * @return true if it counts
   */
  public boolean counted() {
    return counted;
  }

  /**
   * CMS's penalty indicator: the condition counts and its ERR exceeds the threshold.
   *
   * @return true if penalized
   */
  public boolean penalized() {
    return counted && err > threshold;
  }

  /**
   * The condition's contribution to the payment reduction before the floor: NM x ratio x
   * max(0, ERR - threshold), a fraction of base-operating DRG payments.
   *
   * @return the contribution, 0 or more
   */
  public double contribution() {
    return contribution;
  }
}
