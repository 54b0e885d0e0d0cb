/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.program.mssp;

/**
 * Table 3 [P]: whether the ACO realized savings or losses beyond its minimum savings or loss
 * rate. CMS determines it for one- and two-sided ACOs alike (financial performance monitoring,
 * 42 CFR 425.316(d)); one-sided ACOs are measured against the negative of their MSR.
 */
public enum SavingsOrLosses {
  /** Savings at or above the MSR. */
  SAVINGS("Savings"),
  /** Losses at or beyond the MLR (the MSR for one-sided ACOs). */
  LOSSES("Losses"),
  /** Neither: the result lies within the corridor. */
  NEITHER("Neither");

  private final String label;

  SavingsOrLosses(String label) {
    this.label = label;
  }

  /**
   * The label as CMS prints it.
   *
   * @return the label
   */
  public String label() {
    return label;
  }
}
