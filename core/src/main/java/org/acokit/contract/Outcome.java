/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.contract;

/**
 * Which side of the corridor the performance fell on.
 */
public enum Outcome {
  /** Gross savings at or above the minimum savings rate: savings are shared. */
  SAVINGS,
  /** Gross losses at or above the minimum loss rate of a two-sided contract: losses are shared. */
  LOSSES,
  /** Inside the corridor (or losses under a one-sided contract): nothing is shared. */
  NEITHER
}
