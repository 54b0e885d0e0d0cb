/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.library;


import org.acokit.measures.logic.Definition;
import org.acokit.measures.logic.MeasureContext;
import org.acokit.measures.logic.MeasurementPeriod;
import org.acokit.measures.logic.PatientRecord;
import org.acokit.measures.logic.RowKey;
import org.acokit.measures.logic.RowPredicate;
import org.acokit.measures.logic.Timing;
import org.acokit.measures.patient.CodedField;
import org.acokit.measures.patient.FactFlag;
import org.acokit.measures.patient.FactKind;
import org.acokit.measures.patient.TimeField;
import org.acokit.measures.terminology.Code;
import org.acokit.measures.terminology.CodeSystems;
import org.acokit.measures.terminology.CompiledValueSet;

/**
 * The CQL library AdvancedIllnessandFrailty 1.16.000, natively.
 * <p>
 * Frailty ({@code "Has Criteria Indicating Frailty"}): an ordered "Frailty Device" DeviceRequest
 * not marked {@code doNotPerform}, authored during day of the measurement period; a performed
 * "Medical equipment used" assessment (LOINC 98181-1) whose value is in "Frailty Device" and whose
 * timing ends during day of it; a "Frailty Diagnosis" by prevalence, a performed "Frailty
 * Encounter", or a "Frailty Symptom" observation, overlapping day of it. Advanced illness: an
 * "Advanced Illness" condition whose prevalence starts during day of the year before or the
 * measurement period; dementia medications: an active "Dementia Medications" order whose
 * {@code medicationRequestPeriod()} overlaps day of that interval, matched on
 * {@code medicationCodeableConcept} only (the library's ELM retrieve has no Medication-resolution
 * branch, so a drug named through {@code medicationReference} does not count). Ages are at the
 * end of the period. Nursing home: at 66 or older, the last performed "Housing status" assessment (LOINC
 * 71802-3) ending on or before day of the end of the period, sorted by the end of its timing, has
 * the value "Lives in a nursing home" (SNOMED 160734000). Bound once per dataset. Immutable and
 * thread-safe.
 */
public final class AdvancedIllnessAndFrailty {

  /** "Advanced Illness". */
  public static final String ADVANCED_ILLNESS = "http://cts.nlm.nih.gov/fhir/ValueSet/2.16.840.1.113883.3.464.1003.110.12.1082";
  /** "Dementia Medications". */
  public static final String DEMENTIA_MEDICATIONS =
      "http://cts.nlm.nih.gov/fhir/ValueSet/2.16.840.1.113883.3.464.1003.196.12.1510";
  /** "Frailty Device". */
  public static final String FRAILTY_DEVICE = "http://cts.nlm.nih.gov/fhir/ValueSet/2.16.840.1.113883.3.464.1003.118.12.1300";
  /** "Frailty Diagnosis". */
  public static final String FRAILTY_DIAGNOSIS = "http://cts.nlm.nih.gov/fhir/ValueSet/2.16.840.1.113883.3.464.1003.113.12.1074";
  /** "Frailty Encounter". */
  public static final String FRAILTY_ENCOUNTER = "http://cts.nlm.nih.gov/fhir/ValueSet/2.16.840.1.113883.3.464.1003.101.12.1088";
  /** "Frailty Symptom". */
  public static final String FRAILTY_SYMPTOM = "http://cts.nlm.nih.gov/fhir/ValueSet/2.16.840.1.113883.3.464.1003.113.12.1075";

  private final CompiledValueSet advancedIllness;
  private final CompiledValueSet dementiaMedications;
  private final CompiledValueSet frailtyDevice;
  private final CompiledValueSet frailtyDiagnosis;
  private final CompiledValueSet frailtyEncounter;
  private final CompiledValueSet frailtySymptom;
  private final CompiledValueSet equipmentUsed;
  private final CompiledValueSet housingStatus;
  private final int nursingHome;
  private final RowPredicate deviceOrdered;
  private final RowPredicate equipment;
  private final RowPredicate diagnosis;
  private final RowPredicate encounter;
  private final RowPredicate symptom;
  private final RowPredicate illness;
  private final RowPredicate medication;
  private final RowPredicate housing;
  private final RowKey housingEnd;
  private final Definition frailty;
  private final Definition advancedIllnessDefinition;
  private final Definition dementiaMedicationsDefinition;
  private final Definition nursingHomeResident;

  private AdvancedIllnessAndFrailty(MeasureContext ctx) {
    Status status = Status.bind(ctx);
    QiCoreCommon common = QiCoreCommon.bind(ctx);
    CumulativeMedicationDuration cmd = CumulativeMedicationDuration.bind(ctx);
    advancedIllness = ctx.valueSet(ADVANCED_ILLNESS);
    dementiaMedications = ctx.valueSet(DEMENTIA_MEDICATIONS);
    frailtyDevice = ctx.valueSet(FRAILTY_DEVICE);
    frailtyDiagnosis = ctx.valueSet(FRAILTY_DIAGNOSIS);
    frailtyEncounter = ctx.valueSet(FRAILTY_ENCOUNTER);
    frailtySymptom = ctx.valueSet(FRAILTY_SYMPTOM);
    equipmentUsed = ctx.codes("Medical equipment used", Code.of(CodeSystems.LOINC, "98181-1"));
    housingStatus = ctx.codes("Housing status", Code.of(CodeSystems.LOINC, "71802-3"));
    nursingHome = ctx.code(CodeSystems.SNOMED_CT, "160734000");
    MeasurementPeriod mp = ctx.period();
    long yearBeforeStart = mp.firstDay().minusYears(1).toEpochDay();
    deviceOrdered = (p, t, r) -> status.isOrder(t, r) && !common.doNotPerform(t, r)
        && Timing.fieldDuringDayOfPeriod(p, t, TimeField.AUTHORED_ON, r);
    equipment = (p, t, r) -> status.isAssessmentPerformed(t, r) && t.hasCode(CodedField.VALUE, r, frailtyDevice)
        && Timing.endsDuringDayOfPeriod(p, t, r);
    diagnosis = (p, t, r) -> common.prevalenceOverlapsDayOfPeriod(p, t, r);
    encounter = (p, t, r) -> status.isEncounterPerformed(t, r) && Timing.overlapsDayOfPeriod(p, t, r);
    symptom = (p, t, r) -> status.isSymptom(t, r) && Timing.overlapsDayOfPeriod(p, t, r);
    illness = (p, t, r) -> common.prevalenceStartsDuringDays(p, t, r, yearBeforeStart, mp.endDay());
    // The library's ELM retrieves [MedicationRequest: medication in "Dementia Medications"] without the
    // Medication-resolution branch: a drug named through medicationReference does not match
    // (CMS165 test case 45e01fed expects no exclusion for one).
    medication = (p, t, r) -> !t.flag(FactFlag.MEDICATION_REFERENCE, r) && status.isMedicationActive(t, r)
        && cmd.overlapsDays(t, r, yearBeforeStart, mp.endDay());
    housing = (p, t, r) -> status.isAssessmentPerformed(t, r)
        && Timing.onOrBeforeDay(Timing.end(p, t, r), mp.endDay(), mp.offset());
    housingEnd = (p, t, r) -> Timing.end(p, t, r);
    frailty = ctx.define(this::evaluateFrailty);
    advancedIllnessDefinition = ctx.define(p -> p.exists(FactKind.CONDITION, advancedIllness, illness));
    dementiaMedicationsDefinition = ctx.define(p -> p.exists(FactKind.MEDICATION_REQUEST, dementiaMedications, medication));
    nursingHomeResident = ctx.define(this::evaluateLivingInNursingHome);
  }

  /**
   * Binds the library to a dataset.
   *
   * @param ctx the context
   * @return the bound library
   * @throws IllegalArgumentException if one of its value sets is absent from the registry
   */
  public static AdvancedIllnessAndFrailty bind(MeasureContext ctx) {
    return ctx.library(AdvancedIllnessAndFrailty.class, AdvancedIllnessAndFrailty::new);
  }

  /**
   * {@code "Has Criteria Indicating Frailty"}.
   *
   * @param p the patient
   * @return the truth value
   */
  public boolean hasFrailty(PatientRecord p) {
    return frailty.test(p);
  }

  private boolean evaluateFrailty(PatientRecord p) {
    return p.exists(FactKind.DEVICE_REQUEST, frailtyDevice, deviceOrdered)
        || p.exists(FactKind.OBSERVATION, equipmentUsed, equipment)
        || p.exists(FactKind.CONDITION, frailtyDiagnosis, diagnosis)
        || p.exists(FactKind.ENCOUNTER, frailtyEncounter, encounter)
        || p.exists(FactKind.OBSERVATION, frailtySymptom, symptom);
  }

  /**
   * {@code "Has Advanced Illness in Year Before or During Measurement Period"}.
   *
   * @param p the patient
   * @return the truth value
   */
  public boolean hasAdvancedIllness(PatientRecord p) {
    return advancedIllnessDefinition.test(p);
  }

  /**
   * {@code "Has Dementia Medications in Year Before or During Measurement Period"}.
   *
   * @param p the patient
   * @return the truth value
   */
  public boolean hasDementiaMedications(PatientRecord p) {
    return dementiaMedicationsDefinition.test(p);
  }

  /**
   * {@code "Is Age 66 or Older with Advanced Illness and Frailty"}.
   *
   * @param p the patient
   * @return the truth value
   * @throws org.acokit.measures.logic.PatientFailure if the patient has no birth date
   */
  public boolean isAge66OrOlderWithAdvancedIllnessAndFrailty(PatientRecord p) {
    return p.ageAtEnd() >= 66 && hasFrailty(p) && (hasAdvancedIllness(p) || hasDementiaMedications(p));
  }

  /**
   * {@code "Is Age 66 to 80 with Advanced Illness and Frailty or Is Age 81 or Older with Frailty"}.
   *
   * @param p the patient
   * @return the truth value
   * @throws org.acokit.measures.logic.PatientFailure if the patient has no birth date
   */
  public boolean isAge66To80WithAdvancedIllnessAndFrailtyOrIsAge81OrOlderWithFrailty(PatientRecord p) {
    int age = p.ageAtEnd();
    return age >= 66 && age <= 80 && hasFrailty(p) && (hasAdvancedIllness(p) || hasDementiaMedications(p))
        || age >= 81 && hasFrailty(p);
  }

  /**
   * {@code "Is Age 66 or Older Living Long Term in a Nursing Home"}.
   *
   * @param p the patient
   * @return the truth value
   * @throws org.acokit.measures.logic.PatientFailure if the patient has no birth date
   */
  public boolean isAge66OrOlderLivingLongTermInNursingHome(PatientRecord p) {
    return p.ageAtEnd() >= 66 && nursingHomeResident.test(p);
  }

  /** The most recent housing status assessment (by end of MP) is "Lives in nursing home". */
  private boolean evaluateLivingInNursingHome(PatientRecord p) {
    int row = p.last(FactKind.OBSERVATION, housingStatus, housing, housingEnd);
    return row >= 0 && p.table(FactKind.OBSERVATION).hasCode(CodedField.VALUE, row, nursingHome);
  }

}
