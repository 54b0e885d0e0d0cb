/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.population;

/**
 * The four Medicare enrollment types that CMS computes every benchmark and expenditure figure by
 * (42 CFR 425.602(a)(2), 425.601(a)(2), 425.652(a)(2)).
 */
public enum EnrollmentType {
  /** End-stage renal disease. */
  ESRD("ESRD"),
  /** Disabled (under 65, not ESRD). */
  DISABLED("Disabled"),
  /** Aged, dually eligible for Medicare and Medicaid. */
  AGED_DUAL("Aged/dual"),
  /** Aged, not dually eligible. */
  AGED_NON_DUAL("Aged/non-dual");

  private final String label;

  EnrollmentType(String label) {
    this.label = label;
  }

  /**
   * The label CMS's reports use, such as {@code "Aged/dual"}.
   *
   * @return the report label
   */
  public String label() {
    return label;
  }
}
