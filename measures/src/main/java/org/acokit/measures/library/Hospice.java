/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.library;

import org.acokit.measures.logic.Definition;
import org.acokit.measures.logic.MeasureContext;
import org.acokit.measures.logic.PatientRecord;
import org.acokit.measures.logic.RowPredicate;
import org.acokit.measures.logic.Timing;
import org.acokit.measures.patient.CodedField;
import org.acokit.measures.patient.FactKind;
import org.acokit.measures.patient.TimeField;
import org.acokit.measures.terminology.CodeSystems;
import org.acokit.measures.terminology.CompiledValueSet;

/**
 * The CQL library Hospice 6.12.000, natively: {@code "Has Hospice Services"}.
 * <p>
 * True if any of: a performed inpatient encounter ("Encounter Inpatient") discharged to home or
 * to a facility for hospice care that ends during day of the measurement period; a performed
 * "Hospice Encounter" overlapping day of it; a performed hospice assessment (LOINC 45755-6) with
 * value "Yes" (SNOMED 373066001) overlapping day of it; an ordered "Hospice Care Ambulatory"
 * service request authored during day of it ({@code doNotPerform} not checked, as the CQL); a
 * performed "Hospice Care Ambulatory" procedure overlapping day of it; a "Hospice Diagnosis"
 * whose prevalence overlaps day of it. Bound once per dataset ({@link #bind(MeasureContext)}).
 * Immutable and thread-safe.
 */
public final class Hospice {

  /** "Encounter Inpatient". */
  public static final String ENCOUNTER_INPATIENT = "http://cts.nlm.nih.gov/fhir/ValueSet/2.16.840.1.113883.3.666.5.307";
  /** "Hospice Care Ambulatory". */
  public static final String HOSPICE_CARE_AMBULATORY = "http://cts.nlm.nih.gov/fhir/ValueSet/2.16.840.1.113883.3.526.3.1584";
  /** "Hospice Encounter". */
  public static final String HOSPICE_ENCOUNTER = "http://cts.nlm.nih.gov/fhir/ValueSet/2.16.840.1.113883.3.464.1003.1003";
  /** "Hospice Diagnosis". */
  public static final String HOSPICE_DIAGNOSIS = "http://cts.nlm.nih.gov/fhir/ValueSet/2.16.840.1.113883.3.464.1003.1165";

  private final CompiledValueSet inpatient;
  private final CompiledValueSet ambulatory;
  private final CompiledValueSet hospiceEncounter;
  private final CompiledValueSet diagnosis;
  private final CompiledValueSet assessment;
  private final int toFacility;
  private final int toHome;
  private final int yes;
  private final RowPredicate inpatientDischarge;
  private final RowPredicate encounter;
  private final RowPredicate assessed;
  private final RowPredicate ordered;
  private final RowPredicate performed;
  private final RowPredicate diagnosed;
  private final Definition hospiceServices;

  private Hospice(MeasureContext ctx) {
    Status status = Status.bind(ctx);
    QiCoreCommon common = QiCoreCommon.bind(ctx);
    inpatient = ctx.valueSet(ENCOUNTER_INPATIENT);
    ambulatory = ctx.valueSet(HOSPICE_CARE_AMBULATORY);
    hospiceEncounter = ctx.valueSet(HOSPICE_ENCOUNTER);
    diagnosis = ctx.valueSet(HOSPICE_DIAGNOSIS);
    assessment = ctx.codes("Hospice care [Minimum Data Set]",
        org.acokit.measures.terminology.Code.of(CodeSystems.LOINC, "45755-6"));
    toFacility = ctx.code(CodeSystems.SNOMED_CT, "428371000124100");
    toHome = ctx.code(CodeSystems.SNOMED_CT, "428361000124107");
    yes = ctx.code(CodeSystems.SNOMED_CT, "373066001");
    inpatientDischarge = (p, t, r) -> status.isEncounterPerformed(t, r)
        && (t.hasCode(CodedField.DISCHARGE_DISPOSITION, r, toHome)
            || t.hasCode(CodedField.DISCHARGE_DISPOSITION, r, toFacility))
        && Timing.endsDuringDayOfPeriod(p, t, r);
    encounter = (p, t, r) -> status.isEncounterPerformed(t, r) && Timing.overlapsDayOfPeriod(p, t, r);
    assessed = (p, t, r) -> status.isAssessmentPerformed(t, r) && t.hasCode(CodedField.VALUE, r, yes)
        && Timing.overlapsDayOfPeriod(p, t, r);
    ordered = (p, t, r) -> status.isOrder(t, r) && Timing.fieldDuringDayOfPeriod(p, t, TimeField.AUTHORED_ON, r);
    performed = (p, t, r) -> status.isCompleted(t, r) && Timing.overlapsDayOfPeriod(p, t, r);
    diagnosed = (p, t, r) -> common.prevalenceOverlapsDayOfPeriod(p, t, r);
    hospiceServices = ctx.define(this::evaluateHospiceServices);
  }

  /**
   * Binds the library to a dataset.
   *
   * @param ctx the context
   * @return the bound library
   * @throws IllegalArgumentException if one of its value sets is absent from the registry
   */
  public static Hospice bind(MeasureContext ctx) {
    return ctx.library(Hospice.class, Hospice::new);
  }

  /**
   * {@code Hospice."Has Hospice Services"}.
   *
   * @param p the patient
   * @return the truth value
   */
  public boolean hasHospiceServices(PatientRecord p) {
    return hospiceServices.test(p);
  }

  private boolean evaluateHospiceServices(PatientRecord p) {
    return p.exists(FactKind.ENCOUNTER, inpatient, inpatientDischarge)
        || p.exists(FactKind.ENCOUNTER, hospiceEncounter, encounter)
        || p.exists(FactKind.OBSERVATION, assessment, assessed)
        || p.exists(FactKind.SERVICE_REQUEST, ambulatory, ordered)
        || p.exists(FactKind.PROCEDURE, ambulatory, performed)
        || p.exists(FactKind.CONDITION, diagnosis, diagnosed);
  }
}
