/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.contract;

/**
 * Which savings (or losses) are shared once they pass the minimum savings (loss) rate.
 */
public enum ShareBasis {
  /**
   * All savings from the first dollar, once they reach the minimum rate (MSSP, 42 CFR
   * 425.604(d): "shared savings on a first dollar basis").
   */
  FIRST_DOLLAR,
  /** Only the savings beyond the minimum rate (a deductible), common in commercial contracts. */
  EXCESS_ONLY
}
