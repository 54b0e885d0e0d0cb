/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.puf;

/**
 * How one ACO-year's recomputed settlement compares with what CMS published.
 */
public enum ReconciliationStatus {
  /** Earned savings/losses within $1 of the published amount. */
  MATCH,
  /**
   * Not within $1, but within the precision of the published inputs: settling again with each
   * rounded input at both ends of its rounding interval brackets the published amount (within $1).
   */
  MATCH_WITHIN_INPUT_PRECISION,
  /** Outside both; the reason names the input or rule suspected. */
  MISMATCH,
  /** The row could not be settled because an input the rules need is not published. */
  MISSING_INPUT
}
