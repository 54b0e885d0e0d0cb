/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.quality.mssp;

/**
 * The four quality domains of the Shared Savings Program, PY2012-2020 (42 CFR 425.502(d)(1)),
 * weighted equally in the quality score (425.502(e)).
 */
public enum MsspDomain {
  /** Patient/care giver experience (the CAHPS for ACOs survey measures). */
  PATIENT_CAREGIVER_EXPERIENCE,
  /** Care coordination/patient safety. */
  CARE_COORDINATION_PATIENT_SAFETY,
  /** Preventive health. */
  PREVENTIVE_HEALTH,
  /** At-risk population. */
  AT_RISK_POPULATION
}
