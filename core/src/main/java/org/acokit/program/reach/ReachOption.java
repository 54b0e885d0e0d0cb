/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.program.reach;

/**
 * The ACO REACH risk-sharing option (cms.gov/priorities/innovation/innovation-models/aco-reach).
 */
public enum ReachOption {
  /** Professional: 50% of savings and losses in the first corridor; Primary Care Capitation. */
  PROFESSIONAL,
  /** Global: 100% of savings and losses in the first corridor; Primary or Total Care Capitation. */
  GLOBAL
}
