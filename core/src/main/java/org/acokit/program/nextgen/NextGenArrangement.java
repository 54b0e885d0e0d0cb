/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.program.nextgen;

/**
 * The Next Generation ACO risk arrangement (CMMI announcement, March 2015, as summarized at
 * lexology.com g=322f1c95).
 */
public enum NextGenArrangement {
  /**
   * Arrangement A: 80% of savings and losses in 2016-2018, 85% in 2019-2020, with a
   * Savings/Losses Cap of 5%-15% the ACO selects.
   */
  A,
  /** Arrangement B: 100% of savings and losses. */
  B
}
