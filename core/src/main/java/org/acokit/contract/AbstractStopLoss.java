/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.contract;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.acokit.internal.AcoStyle;
import org.immutables.value.Value;

/**
 * Stop-loss or truncation: spending of any one beneficiary above an attachment point is
 * (partly) removed from the ACO's expenditure before savings are computed.
 * <p>
 * The settlement takes the dollars above the attachment point, summed over beneficiaries, from
 * {@link PerformanceInputs#expenditureAboveAttachmentPoint()} (compute it with
 * {@code excessAbove(double[])}), and removes {@link #excessShareRemoved()} of it. A share of
 * 1 is truncation (MSSP truncates each beneficiary at the 99th percentile of national FFS
 * expenditure, 42 CFR 425.602(a)(4)); a share below 1 is a stop-loss with coinsurance. Example:
 * attachment 00,000, beneficiaries at 50,000 and 0,000: excess 0,000; with a share of
 * 0.9, 5,000 leaves the ACO's expenditure. Immutable and thread-safe.
 */
@Value.Immutable
@AcoStyle
@JsonSerialize(as = StopLoss.class)
@JsonDeserialize(as = StopLoss.class)
abstract class AbstractStopLoss {

  /**
   * The attachment point, dollars per beneficiary per performance year.
   *
   * @return the attachment point
   */
  public abstract double attachmentPoint();

  /**
   * The share of the spending above the attachment point removed from the ACO's expenditure, a
   * fraction; 1 (truncation) unless set.
   *
   * @return the share
   */
  @Value.Default
  public double excessShareRemoved() {
    return 1.0;
  }

  /**
   * Sums the spending above the attachment point.
   *
   * @param perBeneficiaryExpenditure each beneficiary's expenditure in the performance year,
   *     dollars
   * @return the dollars above the attachment point, summed
   * @throws IllegalArgumentException if an expenditure is negative or not finite
   */
  public double excessAbove(double[] perBeneficiaryExpenditure) {
    double excess = 0;
    for (int i = 0; i < perBeneficiaryExpenditure.length; i++) {
      double x = perBeneficiaryExpenditure[i];
      if (!(x >= 0) || Double.isInfinite(x)) {
        throw new IllegalArgumentException("perBeneficiaryExpenditure[" + i
            + "] must be a finite number of 0 or more, but was " + x);
      }
      excess += Math.max(0, x - attachmentPoint());
    }
    return excess;
  }
}
