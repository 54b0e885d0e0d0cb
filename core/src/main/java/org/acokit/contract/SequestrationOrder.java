/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.contract;

/**
 * Whether sequestration reduces shared savings before or after the savings cap.
 */
public enum SequestrationOrder {
  /**
   * Sequestration first, then the cap: MSSP Table 3 [Y] = min([V] - [X], [W]) (methodology
   * specification v11, section 4.3 steps 8-9).
   */
  BEFORE_CAP,
  /** The cap first, then sequestration of the capped amount. */
  AFTER_CAP
}
