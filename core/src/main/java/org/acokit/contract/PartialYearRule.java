/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.contract;

/**
 * What happens when the ACO took part in only some months of the performance year
 * ({@link PerformanceInputs#monthsParticipated()}).
 */
public enum PartialYearRule {
  /** The contract settles full years only: a partial year is refused, naming the months given. */
  FULL_YEAR_ONLY,
  /**
   * An ACO that leaves before the end of the year shares no savings, and its shared losses after
   * the cap are pro-rated by months / 12 (MSSP, 42 CFR 425.221(b); methodology specification v11,
   * section 4.4).
   */
  FORFEIT_SAVINGS_PRORATE_LOSSES
}
