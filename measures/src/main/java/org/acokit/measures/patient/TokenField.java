/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.patient;

/**
 * A column of interned strings of a {@link FactTable} (ids into {@link PatientData#tokens()};
 * {@code -1} when absent).
 */
public enum TokenField {
  /** {@code status} (for AdverseEvent, {@code actuality}). */
  STATUS,
  /** {@code intent} (MedicationRequest, DeviceRequest, ServiceRequest). */
  INTENT,
  /** {@code valueQuantity.code} (the UCUM code), else {@code valueQuantity.unit} (Observation). */
  VALUE_UNIT,
  /**
   * {@code valueQuantity.comparator} (Observation: {@code <}, {@code <=}, {@code >=}, {@code >});
   * FHIRHelpers' {@code ToQuantity} refuses a quantity with a comparator.
   */
  VALUE_COMPARATOR,
  /** {@code timing.repeat.periodUnit} of the first dosage instruction. */
  PERIOD_UNIT,
  /** The first {@code meta.profile}. */
  PROFILE,
  /** The id of the Encounter a fact's {@code encounter} (or {@code context}) reference names. */
  ENCOUNTER_REFERENCE
}
