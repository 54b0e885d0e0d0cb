/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.patient;

/**
 * Boolean properties of a fact, kept as bits of one int per fact.
 */
public enum FactFlag {
  /**
   * Negation: {@code doNotPerform: true} (MedicationRequest, ServiceRequest; QI-Core's
   * MedicationNotRequested), or the DeviceRequest modifier extension
   * {@code http://hl7.org/fhir/us/qicore/StructureDefinition/qicore-doNotPerform} with
   * {@code valueBoolean: true} (only that exact URL; the misspelled {@code ...qicore-doNotPeform}
   * is not read, as QICoreCommon's {@code doNotPerform()} does not read it).
   */
  DO_NOT_PERFORM,
  /** The QI-Core {@code qicore-notDoneReason} extension is present (ObservationNotDone). */
  NOT_DONE,
  /** The main timing is a Period (not a single date-time). */
  TIMING_IS_PERIOD,
  /** The abatement is a Period (not a single date-time). */
  ABATEMENT_IS_PERIOD,
  /** The Observation has a {@code value[x]} of any type. */
  HAS_VALUE,
  /**
   * The medication code ({@link CodedField#CODE} of a MedicationRequest or MedicationDispense) was
   * read from the Medication a {@code medicationReference} names, not from
   * {@code medicationCodeableConcept}. A retrieve whose ELM matches only the code property (such as
   * AdvancedIllnessandFrailty's dementia medications) skips such rows.
   */
  MEDICATION_REFERENCE,
  /**
   * The Observation's value is a {@code valueQuantity} (CQL {@code value as Quantity} is not null
   * when it also has a number, {@link NumberField#VALUE}).
   */
  VALUE_IS_QUANTITY
}
