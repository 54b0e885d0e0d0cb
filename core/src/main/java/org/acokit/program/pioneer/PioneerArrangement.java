/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.program.pioneer;

/**
 * The Pioneer payment arrangement an ACO chose.
 */
public enum PioneerArrangement {
  /**
   * The core arrangement: up to 60% shared savings or losses with a 10% limit in year 1 (2012),
   * up to 70% with a 15% limit in year 2 (2013) (CMS Innovation Center announcement of 17 May
   * 2011, as summarized at lexology.com g=bd47c21f-0b62-4d05-b407-c0a9ac46a952).
   */
  CORE,
  /**
   * An alternative arrangement with "slightly more or less shared savings/losses" (same source);
   * its rates and limits are not public, so they are required parameters.
   */
  ALTERNATIVE
}
