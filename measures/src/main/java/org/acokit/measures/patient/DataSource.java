/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.patient;

import java.util.Locale;

/**
 * Where a patient's race or ethnicity value came from: reported by the patient (direct),
 * estimated (indirect: imputed, such as a Bayesian surname-and-geography estimate), or not
 * known. Equity reports carry the source of each value through and report it, as race and
 * ethnicity data collection standards ask. Stored as a named patient attribute
 * ({@link #RACE_ATTRIBUTE}, {@link #ETHNICITY_ATTRIBUTE}) in code system {@link #SYSTEM}; no
 * standard FHIR element carries it, so FHIR input leaves it {@link #UNKNOWN} unless an adapter
 * sets it ({@link PatientDataBuilder#raceSource}).
 */
public enum DataSource {
  /** Reported directly by the patient (self-report). */
  DIRECT,
  /** Estimated indirectly: imputed or inferred, not reported by the patient. */
  INDIRECT,
  /** The source is not known. */
  UNKNOWN;

  /** The code system of the source attribute's codes ({@code direct}, {@code indirect}, {@code unknown}). */
  public static final String SYSTEM = "https://acokit.org/CodeSystem/data-source";
  /** The attribute name of the race value's source. */
  public static final String RACE_ATTRIBUTE = "race-source";
  /** The attribute name of the ethnicity value's source. */
  public static final String ETHNICITY_ATTRIBUTE = "ethnicity-source";

  /**
   * The code: {@code direct}, {@code indirect} or {@code unknown}.
   *
   * @return the code
   */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The source of a code.
   *
   * @param code the code
   * @return the source
   * @throws IllegalArgumentException if the code is not direct, indirect or unknown
   */
  public static DataSource ofCode(String code) {
    for (DataSource s : values()) {
      if (s.code().equals(code)) {
        return s;
      }
    }
    throw new IllegalArgumentException("data source must be one of direct, indirect, unknown, but was '" + code + "'");
  }
}
