/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.contract;

/**
 * Which side of the corridor the performance fell on.
 */
public enum Outcome {
  /** Gross savings at or above the minimum savings rate: savings are shared. */
  SAVINGS("Savings"),
  /**
   * Gross losses at or above the minimum loss rate: a two-sided contract shares them; a
   * one-sided contract records the outcome but shares nothing (CMS determines losses beyond the
   * negative MSR for one-sided ACOs too, 42 CFR 425.316(d)).
   */
  LOSSES("Losses"),
  /**
   * Inside the corridor: nothing is shared, except savings below the minimum that the terms share
   * at a reduced rate ({@link ContractTerms#belowMinimumSharingFactor()}).
   */
  NEITHER("Neither");

  private final String label;

  Outcome(String label) {
    this.label = label;
  }

  /**
   * The label as CMS's Table 3 [P] prints it: "Savings", "Losses" or "Neither".
   *
   * @return the label
   */
  public String label() {
    return label;
  }
}
