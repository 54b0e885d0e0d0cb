/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.patient;

import java.util.EnumSet;
import java.util.Set;

/**
 * The kinds of clinical fact a {@link PatientData} holds, one {@link FactTable} each, named by the
 * FHIR resource they come from, with the columns each kind fills.
 * <p>
 * {@link CodedField#CODE} is the code a CQL retrieve filters on: {@code Encounter.type},
 * {@code Condition.code}, {@code Observation.code}, {@code Procedure.code}, the medication of a
 * {@code MedicationRequest} or {@code MedicationDispense} ({@code medicationCodeableConcept}, or the
 * code of the {@code Medication} a {@code medicationReference} points to),
 * {@code Immunization.vaccineCode}, {@code DeviceRequest.codeCodeableConcept},
 * {@code DiagnosticReport.code}, {@code ServiceRequest.code}, {@code Coverage.type},
 * {@code AllergyIntolerance.code} and {@code AdverseEvent.event}. {@link TimeField#START} and
 * {@link TimeField#END} hold the kind's main timing (the choice type the CQL normalizes with
 * {@code toInterval()}): {@code Encounter.period}, {@code Condition.onset[x]},
 * {@code Observation.effective[x]}, {@code Procedure.performed[x]},
 * {@code Immunization.occurrence[x]}, {@code DeviceRequest.occurrence[x]},
 * {@code ServiceRequest.occurrence[x]}, {@code DiagnosticReport.effective[x]},
 * {@code Coverage.period}, {@code AllergyIntolerance.onset[x]}, {@code AdverseEvent.date}.
 */
public enum FactKind {
  /** Encounter: type, class, status, period, discharge disposition. */
  ENCOUNTER("Encounter", EnumSet.of(CodedField.CODE, CodedField.CLASS, CodedField.DISCHARGE_DISPOSITION),
      EnumSet.of(TimeField.START, TimeField.END), EnumSet.noneOf(NumberField.class)),
  /** Condition: code, category, clinical and verification status, body site, onset, abatement, recorded date. */
  CONDITION("Condition", EnumSet.of(CodedField.CODE, CodedField.CATEGORY, CodedField.CLINICAL_STATUS,
      CodedField.VERIFICATION_STATUS, CodedField.BODY_SITE),
      EnumSet.of(TimeField.START, TimeField.END, TimeField.ABATEMENT_START, TimeField.ABATEMENT_END,
          TimeField.RECORDED), EnumSet.noneOf(NumberField.class)),
  /** Observation: code, category, status, effective, issued, value, components, not-done reason. */
  OBSERVATION("Observation", EnumSet.of(CodedField.CODE, CodedField.CATEGORY, CodedField.VALUE, CodedField.REASON),
      EnumSet.of(TimeField.START, TimeField.END, TimeField.ISSUED, TimeField.VALUE), EnumSet.of(NumberField.VALUE)),
  /** Procedure: code, category, status, performed, reason. */
  PROCEDURE("Procedure", EnumSet.of(CodedField.CODE, CodedField.CATEGORY, CodedField.REASON),
      EnumSet.of(TimeField.START, TimeField.END, TimeField.RECORDED), EnumSet.noneOf(NumberField.class)),
  /** MedicationRequest (and MedicationNotRequested): medication, status, intent, authoredOn, dosage, dispense request. */
  MEDICATION_REQUEST("MedicationRequest", EnumSet.of(CodedField.CODE, CodedField.CATEGORY, CodedField.REASON),
      EnumSet.of(TimeField.AUTHORED_ON, TimeField.BOUNDS_START, TimeField.BOUNDS_END, TimeField.VALIDITY_START,
          TimeField.VALIDITY_END),
      EnumSet.of(NumberField.DOSAGE_COUNT, NumberField.DOSE_AND_RATE_COUNT, NumberField.DOSE, NumberField.FREQUENCY,
          NumberField.FREQUENCY_MAX, NumberField.PERIOD, NumberField.TIME_OF_DAY_COUNT,
          NumberField.EXPECTED_SUPPLY_DAYS, NumberField.QUANTITY, NumberField.REPEATS_ALLOWED)),
  /** MedicationDispense: medication, status, when handed over or prepared, days supply, quantity, dosage. */
  MEDICATION_DISPENSE("MedicationDispense", EnumSet.of(CodedField.CODE),
      EnumSet.of(TimeField.WHEN_HANDED_OVER, TimeField.WHEN_PREPARED),
      EnumSet.of(NumberField.DOSAGE_COUNT, NumberField.DOSE_AND_RATE_COUNT, NumberField.DOSE, NumberField.FREQUENCY,
          NumberField.FREQUENCY_MAX, NumberField.PERIOD, NumberField.TIME_OF_DAY_COUNT, NumberField.DAYS_SUPPLY,
          NumberField.QUANTITY)),
  /** Immunization: vaccine code, status, occurrence, recorded. */
  IMMUNIZATION("Immunization", EnumSet.of(CodedField.CODE, CodedField.REASON),
      EnumSet.of(TimeField.START, TimeField.END, TimeField.RECORDED), EnumSet.noneOf(NumberField.class)),
  /** DeviceRequest: code, status, intent, authoredOn, occurrence, the QI-Core doNotPerform modifier extension. */
  DEVICE_REQUEST("DeviceRequest", EnumSet.of(CodedField.CODE, CodedField.REASON),
      EnumSet.of(TimeField.START, TimeField.END, TimeField.AUTHORED_ON), EnumSet.noneOf(NumberField.class)),
  /** DiagnosticReport: code, category, status, effective, issued. */
  DIAGNOSTIC_REPORT("DiagnosticReport", EnumSet.of(CodedField.CODE, CodedField.CATEGORY),
      EnumSet.of(TimeField.START, TimeField.END, TimeField.ISSUED), EnumSet.noneOf(NumberField.class)),
  /** ServiceRequest: code, category, status, intent, authoredOn, occurrence, doNotPerform, reason. */
  SERVICE_REQUEST("ServiceRequest", EnumSet.of(CodedField.CODE, CodedField.CATEGORY, CodedField.REASON),
      EnumSet.of(TimeField.START, TimeField.END, TimeField.AUTHORED_ON), EnumSet.noneOf(NumberField.class)),
  /** Coverage: type (the payer typology), status, period. */
  COVERAGE("Coverage", EnumSet.of(CodedField.CODE), EnumSet.of(TimeField.START, TimeField.END),
      EnumSet.noneOf(NumberField.class)),
  /** AllergyIntolerance: code, clinical and verification status, onset, recorded date. */
  ALLERGY_INTOLERANCE("AllergyIntolerance", EnumSet.of(CodedField.CODE, CodedField.CLINICAL_STATUS,
      CodedField.VERIFICATION_STATUS), EnumSet.of(TimeField.START, TimeField.END, TimeField.RECORDED),
      EnumSet.noneOf(NumberField.class)),
  /** AdverseEvent: event code, actuality (as status), date, recorded date. */
  ADVERSE_EVENT("AdverseEvent", EnumSet.of(CodedField.CODE), EnumSet.of(TimeField.START, TimeField.END,
      TimeField.RECORDED), EnumSet.noneOf(NumberField.class));

  private final String resourceType;
  private final Set<CodedField> codedFields;
  private final Set<TimeField> timeFields;
  private final Set<NumberField> numberFields;

  FactKind(String resourceType, Set<CodedField> codedFields, Set<TimeField> timeFields, Set<NumberField> numberFields) {
    this.resourceType = resourceType;
    this.codedFields = codedFields;
    this.timeFields = timeFields;
    this.numberFields = numberFields;
  }

  /**
   * The FHIR resource type.
   *
   * @return the type, such as {@code Observation}
   */
  public String resourceType() {
    return resourceType;
  }

  /**
   * The coded columns of this kind.
   *
   * @return the fields
   */
  public Set<CodedField> codedFields() {
    return java.util.Collections.unmodifiableSet(codedFields);
  }

  /**
   * The time columns of this kind.
   *
   * @return the fields
   */
  public Set<TimeField> timeFields() {
    return java.util.Collections.unmodifiableSet(timeFields);
  }

  /**
   * The number columns of this kind.
   *
   * @return the fields
   */
  public Set<NumberField> numberFields() {
    return java.util.Collections.unmodifiableSet(numberFields);
  }

  /**
   * The kind of a FHIR resource type.
   *
   * @param resourceType the type
   * @return the kind, or null if acokit keeps no facts of that type
   */
  public static FactKind ofResourceType(String resourceType) {
    for (FactKind k : values()) {
      if (k.resourceType.equals(resourceType)) {
        return k;
      }
    }
    return null;
  }
}
