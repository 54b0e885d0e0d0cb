/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.patient;

/**
 * A date-time column of a {@link FactTable}, encoded with {@link DateTimes} (instant, precision
 * and original offset; {@link DateTimes#ABSENT} when missing).
 * <p>
 * A choice type that is a single date-time ({@code effectiveDateTime}) fills {@link #START} and
 * {@link #END} with the same value; a Period fills them with its start and end, either of which
 * may be absent; {@link FactTable#isPeriod(int)} tells the two apart.
 */
public enum TimeField {
  /** The start of the main timing (see {@link FactKind}). */
  START,
  /** The end of the main timing. */
  END,
  /** The start of {@code Condition.abatement[x]}. */
  ABATEMENT_START,
  /** The end of {@code Condition.abatement[x]}. */
  ABATEMENT_END,
  /** {@code authoredOn} (MedicationRequest, DeviceRequest, ServiceRequest). */
  AUTHORED_ON,
  /** {@code recordedDate} (Condition, AllergyIntolerance, AdverseEvent), {@code recorded} (Immunization, QI-Core Procedure). */
  RECORDED,
  /** {@code issued} (Observation, DiagnosticReport). */
  ISSUED,
  /** {@code valueDateTime} (Observation). */
  VALUE,
  /** The start of the first {@code dosageInstruction.timing.repeat.boundsPeriod} (MedicationRequest). */
  BOUNDS_START,
  /** The end of the first {@code dosageInstruction.timing.repeat.boundsPeriod} (MedicationRequest). */
  BOUNDS_END,
  /** The start of {@code dispenseRequest.validityPeriod} (MedicationRequest). */
  VALIDITY_START,
  /** The end of {@code dispenseRequest.validityPeriod} (MedicationRequest). */
  VALIDITY_END,
  /** {@code whenHandedOver} (MedicationDispense). */
  WHEN_HANDED_OVER,
  /** {@code whenPrepared} (MedicationDispense). */
  WHEN_PREPARED
}
