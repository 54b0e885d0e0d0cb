/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.hospital;

import org.acokit.internal.Checks;

/**
 * The excess readmission ratio (ERR) of a hospital and condition: predicted over expected
 * readmission rate (42 CFR 412.152). "Predicted" includes the hospital's own random intercept of
 * CMS's hierarchical logistic model, "expected" the average intercept. Example: 23.1263% predicted
 * over 21.0184% expected is 1.1003 (CCN 010001, heart failure, FY2024).
 * <p>
 * CMS divides the unrounded rates and publishes 4-decimal rates, so the ratio of the published
 * rates equals the published ERR to 4 decimals for about 97% of rows and is within 0.0001 for all
 * (FY2023, FY2024). Pure functions.
 */
public final class ExcessReadmissionRatio {

  private ExcessReadmissionRatio() {
  }

  /**
   * The ERR.
   *
   * @param predictedRate the predicted readmission rate (any unit, the same as the expected rate)
   * @param expectedRate the expected readmission rate, greater than 0
   * @return predicted / expected, unrounded
   * @throws IllegalArgumentException if a rate is not finite, the predicted rate is negative or the
   *     expected rate is not positive
   */
  public static double of(double predictedRate, double expectedRate) {
    Checks.nonNegative("predicted readmission rate", predictedRate);
    Checks.positive("expected readmission rate", expectedRate);
    return predictedRate / expectedRate;
  }
}
