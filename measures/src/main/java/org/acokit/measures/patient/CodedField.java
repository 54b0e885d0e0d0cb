/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.patient;

/**
 * A coded column of a {@link FactTable}: each fact holds zero or more interned code ids in it (all
 * codings of a CodeableConcept, or of every CodeableConcept of a repeating element).
 */
public enum CodedField {
  /** The code a retrieve filters on (see {@link FactKind}). */
  CODE,
  /** {@code category} (Condition, Observation, Procedure, MedicationRequest, ServiceRequest, DiagnosticReport). */
  CATEGORY,
  /** {@code clinicalStatus} (Condition, AllergyIntolerance). */
  CLINICAL_STATUS,
  /** {@code verificationStatus} (Condition, AllergyIntolerance). */
  VERIFICATION_STATUS,
  /** {@code bodySite} (Condition). */
  BODY_SITE,
  /** {@code valueCodeableConcept} (Observation). */
  VALUE,
  /**
   * A reason: the QI-Core {@code qicore-notDoneReason} extension (Observation), {@code reasonCode}
   * (Procedure, MedicationRequest, ServiceRequest, DeviceRequest), {@code statusReason}
   * (Immunization).
   */
  REASON,
  /** {@code class} (Encounter; a Coding). */
  CLASS,
  /** {@code hospitalization.dischargeDisposition} (Encounter). */
  DISCHARGE_DISPOSITION
}
