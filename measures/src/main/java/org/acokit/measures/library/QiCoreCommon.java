/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.library;

import java.time.ZoneOffset;

import org.acokit.measures.logic.MeasureContext;
import org.acokit.measures.logic.MeasurementPeriod;
import org.acokit.measures.logic.PatientRecord;
import org.acokit.measures.logic.Timing;
import org.acokit.measures.patient.CodedField;
import org.acokit.measures.patient.DateTimes;
import org.acokit.measures.patient.FactFlag;
import org.acokit.measures.patient.FactTable;
import org.acokit.measures.patient.TimeField;
import org.acokit.measures.terminology.CodeSystems;

/**
 * The CQL library QICoreCommon 2.1.000, natively: condition categories and statuses,
 * {@code prevalenceInterval()}, {@code abatementInterval()}, {@code doNotPerform()}; the timing
 * functions {@code toInterval()}, {@code latest()}, {@code earliest()} are in {@link Timing}.
 * <p>
 * {@code prevalenceInterval()}: if the clinical status is active, recurrence or relapse,
 * {@code Interval[start of onset.toInterval(), end of abatementInterval()]}, else
 * {@code Interval[start of onset, abatementDate]} when there is an abatement date and
 * {@code Interval[start of onset, null)} when there is none. Following CQL: a missing onset (or an
 * onset Period without a start) makes a closed null start, the minimum date-time; a missing
 * abatement makes a closed null end (the maximum: still active) for an active condition and an
 * open null end (unknown) otherwise; an abatement Period is {@code [low, high)}, so its end is
 * the millisecond before {@code high}. Bound once per dataset. Immutable and thread-safe.
 */
public final class QiCoreCommon {

  private final int active;
  private final int recurrence;
  private final int relapse;
  private final int problemListItem;
  private final int encounterDiagnosis;
  private final int healthConcern;
  private final int allergyActive;

  private QiCoreCommon(MeasureContext ctx) {
    active = ctx.code(CodeSystems.CONDITION_CLINICAL, "active");
    recurrence = ctx.code(CodeSystems.CONDITION_CLINICAL, "recurrence");
    relapse = ctx.code(CodeSystems.CONDITION_CLINICAL, "relapse");
    problemListItem = ctx.code(CodeSystems.CONDITION_CATEGORY, "problem-list-item");
    encounterDiagnosis = ctx.code(CodeSystems.CONDITION_CATEGORY, "encounter-diagnosis");
    healthConcern = ctx.code(CodeSystems.US_CORE_CONDITION_CATEGORY, "health-concern");
    allergyActive = ctx.code(CodeSystems.ALLERGY_CLINICAL, "active");
  }

  /**
   * Binds the library to a dataset.
   *
   * @param ctx the context
   * @return the bound library
   */
  public static QiCoreCommon bind(MeasureContext ctx) {
    return ctx.library(QiCoreCommon.class, QiCoreCommon::new);
  }

  /**
   * {@code isProblemListItem()}.
   *
   * @param t the Condition table
   * @param row the row
   * @return the truth value
   */
  public boolean isProblemListItem(FactTable t, int row) {
    return t.hasCode(CodedField.CATEGORY, row, problemListItem);
  }

  /**
   * {@code isHealthConcern()}.
   *
   * @param t the Condition table
   * @param row the row
   * @return the truth value
   */
  public boolean isHealthConcern(FactTable t, int row) {
    return t.hasCode(CodedField.CATEGORY, row, healthConcern);
  }

  /**
   * {@code isEncounterDiagnosis()}.
   *
   * @param t the Condition table
   * @param row the row
   * @return the truth value
   */
  public boolean isEncounterDiagnosis(FactTable t, int row) {
    return t.hasCode(CodedField.CATEGORY, row, encounterDiagnosis);
  }

  /**
   * {@code isActive()} of a condition's clinical status: active, recurrence or relapse.
   *
   * @param t the Condition table
   * @param row the row
   * @return the truth value
   */
  public boolean isActive(FactTable t, int row) {
    return t.hasCode(CodedField.CLINICAL_STATUS, row, active) || t.hasCode(CodedField.CLINICAL_STATUS, row, recurrence)
        || t.hasCode(CodedField.CLINICAL_STATUS, row, relapse);
  }

  /**
   * {@code clinicalStatus ~ QICoreCommon."allergy-active"}.
   *
   * @param t the AllergyIntolerance table
   * @param row the row
   * @return the truth value
   */
  public boolean isAllergyActive(FactTable t, int row) {
    return t.hasCode(CodedField.CLINICAL_STATUS, row, allergyActive);
  }

  /**
   * {@code doNotPerform()} (DeviceRequest: the exact {@code qicore-doNotPerform} modifier extension
   * is true) or {@code doNotPerform} (MedicationRequest, ServiceRequest).
   *
   * @param t the table
   * @param row the row
   * @return the truth value (false when absent)
   */
  public boolean doNotPerform(FactTable t, int row) {
    return t.flag(FactFlag.DO_NOT_PERFORM, row);
  }

  /**
   * {@code start of prevalenceInterval()}: the start of the onset, or {@link Timing#MIN} when there
   * is none.
   *
   * @param p the patient
   * @param t the Condition table
   * @param row the row
   * @return the bound
   */
  public long prevalenceStart(PatientRecord p, FactTable t, int row) {
    long s = Timing.start(p, t, row);
    return s == Timing.UNKNOWN ? Timing.MIN : s;
  }

  /**
   * {@code end of prevalenceInterval()} (see the class comment).
   *
   * @param p the patient
   * @param t the Condition table
   * @param row the row
   * @return the bound
   */
  public long prevalenceEnd(PatientRecord p, FactTable t, int row) {
    long abatement = abatementEnd(p, t, row);
    if (isActive(t, row)) {
      return abatement == Timing.UNKNOWN ? Timing.MAX : abatement;
    }
    return abatement;
  }

  /**
   * {@code end of abatementInterval()}: the abatement date-time, or the millisecond before the end
   * of an abatement Period; {@link Timing#UNKNOWN} if there is none.
   *
   * @param p the patient
   * @param t the Condition table
   * @param row the row
   * @return the bound
   */
  public long abatementEnd(PatientRecord p, FactTable t, int row) {
    ZoneOffset off = p.period().offset();
    long v = t.instant(TimeField.ABATEMENT_END, row);
    if (v == DateTimes.ABSENT) {
      return Timing.UNKNOWN;
    }
    long utc = DateTimes.utc(v, t.meta(TimeField.ABATEMENT_END, row), off);
    return t.flag(FactFlag.ABATEMENT_IS_PERIOD, row) ? utc - 1 : utc;
  }

  /**
   * {@code prevalenceInterval() overlaps day of "Measurement Period"}.
   *
   * @param p the patient
   * @param t the Condition table
   * @param row the row
   * @return the truth value
   */
  public boolean prevalenceOverlapsDayOfPeriod(PatientRecord p, FactTable t, int row) {
    MeasurementPeriod mp = p.period();
    return Timing.overlapsDays(prevalenceStart(p, t, row), prevalenceEnd(p, t, row), mp.startDay(), mp.endDay(),
        mp.offset());
  }

  /**
   * {@code prevalenceInterval() overlaps "Measurement Period"} (millisecond precision).
   *
   * @param p the patient
   * @param t the Condition table
   * @param row the row
   * @return the truth value
   */
  public boolean prevalenceOverlapsPeriod(PatientRecord p, FactTable t, int row) {
    MeasurementPeriod mp = p.period();
    long s = prevalenceStart(p, t, row);
    long e = prevalenceEnd(p, t, row);
    return Timing.onOrBefore(s, mp.end()) && Timing.onOrBefore(mp.start(), e);
  }

  /**
   * {@code prevalenceInterval() starts on or before day of end of "Measurement Period"}.
   *
   * @param p the patient
   * @param t the Condition table
   * @param row the row
   * @return the truth value
   */
  public boolean prevalenceStartsOnOrBeforeDayOfEnd(PatientRecord p, FactTable t, int row) {
    MeasurementPeriod mp = p.period();
    return Timing.onOrBeforeDay(prevalenceStart(p, t, row), mp.endDay(), mp.offset());
  }

  /**
   * {@code prevalenceInterval() starts during day of Interval[fromDay, toDay]}.
   *
   * @param p the patient
   * @param t the Condition table
   * @param row the row
   * @param fromDay the first epoch day
   * @param toDay the last epoch day
   * @return the truth value
   */
  public boolean prevalenceStartsDuringDays(PatientRecord p, FactTable t, int row, long fromDay, long toDay) {
    return Timing.dayWithin(prevalenceStart(p, t, row), fromDay, toDay, p.period().offset());
  }
}
