/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.hospital;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The HRRP neutrality modifier (21st Century Cures Act section 15002; 42 CFR 412.152): the factor
 * that makes the stratified (peer-group median) method pay out the same aggregate penalty as the
 * unstratified (ERR 1.0) method.
 * <pre>
 * NM = sum_h P_h x sum_c ratio_c x max(0, ERR_hc - 1)
 *    / sum_h P_h x sum_c ratio_c x max(0, ERR_hc - median[peer(h), c])
 * </pre>
 * over hospitals whose base-operating DRG payments {@code P_h} (USD) are given, conditions with at
 * least 25 eligible discharges. CMS computes it over its own payment data with unrounded ERRs and
 * ratios, which are not published: from the FY2027 file's 4-decimal inputs and third-party payment
 * figures this gives about 0.9635-0.9641 against CMS's 0.962847, so use the published modifier to
 * reproduce CMS's factors. Pure functions.
 */
public final class NeutralityModifier {

  private NeutralityModifier() {
  }

  /**
   * Computes the modifier where payments are given.
   *
   * @param year the fiscal year (FY2019 or later)
   * @param hospitals the hospitals
   * @param medians the peer-group medians
   * @param basePayments base-operating DRG payments by CCN, USD; hospitals without are left out
   * @return the modifier, empty if the stratified aggregate penalty is 0
   * @throws IllegalArgumentException if a payment is negative or not finite, naming the hospital
   */
  public static OptionalDouble compute(HrrpFiscalYear year, List<HrrpHospital> hospitals, PeerGroupMedians medians,
      Map<String, Double> basePayments) {
    double unstratified = 0;
    double stratified = 0;
    for (HrrpHospital h : hospitals) {
      Double p = basePayments.get(h.ccn());
      if (p == null || h.peerGroup().isEmpty()) {
        continue;
      }
      if (!Double.isFinite(p) || p < 0) {
        throw new IllegalArgumentException("base-operating DRG payments of hospital " + h.ccn()
            + " must be a finite number 0 or more, but was " + p);
      }
      for (HrrpConditionInput c : h.conditions().values()) {
        if (!year.conditions().contains(c.condition())
            || c.eligibleDischarges() < HrrpFiscalYear.MINIMUM_DISCHARGES) {
          continue;
        }
        double r = c.paymentRatio().orElse(0);
        OptionalDouble m = medians.median(h.peerGroup().getAsInt(), c.condition());
        if (m.isEmpty()) {
          continue;
        }
        unstratified += p * r * Math.max(0, c.excessReadmissionRatio() - 1);
        stratified += p * r * Math.max(0, c.excessReadmissionRatio() - m.getAsDouble());
      }
    }
    return stratified > 0 ? OptionalDouble.of(unstratified / stratified) : OptionalDouble.empty();
  }
}
