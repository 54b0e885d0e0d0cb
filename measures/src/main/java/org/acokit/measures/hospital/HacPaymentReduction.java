/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.hospital;

/**
 * Whether the HACRP 1% payment reduction applies.
 */
public enum HacPaymentReduction {
  /** The Total HAC Score is above the threshold (worst-performing quartile): payments x 0.99. */
  YES,
  /** The Total HAC Score is at or below the threshold. */
  NO,
  /**
   * A Maryland hospital: its score is computed but the reduction is waived under the state's
   * all-payer model (CMS prints {@code N/A} with footnote a); no reduction is applied.
   */
  WAIVED;

  /**
   * Yes or No as the reconciliation CSV prints it: a waived hospital has no reduction ("No").
   *
   * @return {@code Yes} or {@code No}
   */
  public String yesNo() {
    return this == YES ? "Yes" : "No";
  }
}
