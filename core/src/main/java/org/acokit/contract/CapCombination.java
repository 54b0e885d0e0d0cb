/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.contract;

/**
 * How a cap with both a benchmark-based and a revenue-based amount picks one.
 */
public enum CapCombination {
  /**
   * The smaller of the two (MSSP BASIC Levels C-E: the loss sharing limit is a share of
   * participant revenue, capped at a share of the benchmark, 42 CFR 425.605(d)(1)).
   */
  LESSER,
  /** The larger of the two. */
  GREATER
}
