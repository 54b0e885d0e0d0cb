/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.library;

import org.acokit.measures.logic.MeasureContext;
import org.acokit.measures.logic.TokenSet;
import org.acokit.measures.patient.CodedField;
import org.acokit.measures.patient.FactTable;
import org.acokit.measures.patient.TokenField;
import org.acokit.measures.terminology.CodeSystems;

/**
 * The CQL library Status 1.8.000 (QDM-style status filters for QI-Core 4.1.1), natively: one
 * method per fluent function, testing one fact row. Bound once per dataset
 * ({@link #bind(MeasureContext)}). Immutable and thread-safe.
 */
public final class Status {

  private final TokenSet performedObservation;
  private final TokenSet symptom;
  private final TokenSet activeOrCompleted;
  private final TokenSet encounterPerformed;
  private final TokenSet dispensed;
  private final int completed;
  private final int active;
  private final int order;
  private final int survey;
  private final int laboratory;
  private final int exam;

  private Status(MeasureContext ctx) {
    performedObservation = ctx.tokens("final", "amended", "corrected");
    symptom = ctx.tokens("preliminary", "final", "amended", "corrected");
    activeOrCompleted = ctx.tokens("active", "completed");
    encounterPerformed = ctx.tokens("finished", "arrived", "triaged", "in-progress", "onleave");
    dispensed = ctx.tokens("completed", "in-progress", "on-hold");
    completed = ctx.token("completed");
    active = ctx.token("active");
    order = ctx.token("order");
    survey = ctx.code(CodeSystems.OBSERVATION_CATEGORY, "survey");
    laboratory = ctx.code(CodeSystems.OBSERVATION_CATEGORY, "laboratory");
    exam = ctx.code(CodeSystems.OBSERVATION_CATEGORY, "exam");
  }

  /**
   * Binds the library to a dataset.
   *
   * @param ctx the context
   * @return the bound library
   */
  public static Status bind(MeasureContext ctx) {
    return ctx.library(Status.class, Status::new);
  }

  private static boolean is(FactTable t, TokenField f, int row, int token) {
    return token >= 0 && t.token(f, row) == token;
  }

  /**
   * {@code isAssessmentPerformed}: status final, amended or corrected, and a category {@code survey}.
   *
   * @param t the Observation table
   * @param row the row
   * @return the truth value
   */
  public boolean isAssessmentPerformed(FactTable t, int row) {
    return performedObservation.contains(t.token(TokenField.STATUS, row)) && t.hasCode(CodedField.CATEGORY, row, survey);
  }

  /**
   * {@code isLaboratoryTestPerformed}: status final, amended or corrected, and a category
   * {@code laboratory}.
   *
   * @param t the Observation table
   * @param row the row
   * @return the truth value
   */
  public boolean isLaboratoryTestPerformed(FactTable t, int row) {
    return performedObservation.contains(t.token(TokenField.STATUS, row))
        && t.hasCode(CodedField.CATEGORY, row, laboratory);
  }

  /**
   * {@code isPhysicalExamPerformed}: status final, amended or corrected, and a category {@code exam}.
   *
   * @param t the Observation table
   * @param row the row
   * @return the truth value
   */
  public boolean isPhysicalExamPerformed(FactTable t, int row) {
    return performedObservation.contains(t.token(TokenField.STATUS, row)) && t.hasCode(CodedField.CATEGORY, row, exam);
  }

  /**
   * {@code isDiagnosticStudyPerformed}, {@code isObservationBP}, {@code isObservationBodyHeight},
   * {@code isObservationBodyWeight}, {@code isObservationBMI}: status final, amended or corrected.
   *
   * @param t the Observation table
   * @param row the row
   * @return the truth value
   */
  public boolean isFinalObservation(FactTable t, int row) {
    return performedObservation.contains(t.token(TokenField.STATUS, row));
  }

  /**
   * {@code isSymptom}: status preliminary, final, amended or corrected.
   *
   * @param t the Observation table
   * @param row the row
   * @return the truth value
   */
  public boolean isSymptom(FactTable t, int row) {
    return symptom.contains(t.token(TokenField.STATUS, row));
  }

  /**
   * {@code isEncounterPerformed}: status finished, arrived, triaged, in-progress or onleave.
   *
   * @param t the Encounter table
   * @param row the row
   * @return the truth value
   */
  public boolean isEncounterPerformed(FactTable t, int row) {
    return encounterPerformed.contains(t.token(TokenField.STATUS, row));
  }

  /**
   * {@code isDeviceOrder}, {@code isDiagnosticStudyOrder}, {@code isInterventionOrder},
   * {@code isLaboratoryTestOrder}, {@code isMedicationOrder}: status active or completed, intent
   * order.
   *
   * @param t the DeviceRequest, ServiceRequest or MedicationRequest table
   * @param row the row
   * @return the truth value
   */
  public boolean isOrder(FactTable t, int row) {
    return activeOrCompleted.contains(t.token(TokenField.STATUS, row)) && is(t, TokenField.INTENT, row, order);
  }

  /**
   * {@code isMedicationActive}: status active, intent order.
   *
   * @param t the MedicationRequest table
   * @param row the row
   * @return the truth value
   */
  public boolean isMedicationActive(FactTable t, int row) {
    return is(t, TokenField.STATUS, row, active) && is(t, TokenField.INTENT, row, order);
  }

  /**
   * {@code isMedicationDispensed}: status completed, in-progress or on-hold.
   *
   * @param t the MedicationDispense table
   * @param row the row
   * @return the truth value
   */
  public boolean isMedicationDispensed(FactTable t, int row) {
    return dispensed.contains(t.token(TokenField.STATUS, row));
  }

  /**
   * {@code isInterventionPerformed}, {@code isProcedurePerformed}, {@code isImmunizationAdministered}:
   * status completed.
   *
   * @param t the Procedure or Immunization table
   * @param row the row
   * @return the truth value
   */
  public boolean isCompleted(FactTable t, int row) {
    return is(t, TokenField.STATUS, row, completed);
  }

  /**
   * Status active or completed (a measure's own {@code status in {'active', 'completed'}}).
   *
   * @param t the table
   * @param row the row
   * @return the truth value
   */
  public boolean isActiveOrCompleted(FactTable t, int row) {
    return activeOrCompleted.contains(t.token(TokenField.STATUS, row));
  }
}
