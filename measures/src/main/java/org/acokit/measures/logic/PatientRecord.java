/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.logic;

import org.acokit.io.FailureCode;
import java.time.LocalDate;
import java.util.Arrays;

import org.acokit.measures.patient.FactKind;
import org.acokit.measures.patient.FactTable;
import org.acokit.measures.patient.PatientData;
import org.acokit.measures.terminology.CompiledValueSet;
import org.acokit.measures.patient.CodedField;

/**
 * One patient of a dataset as criteria see it: the patient's facts, the measurement period, the
 * evidence sink and the per-patient cache of definitions.
 * <p>
 * The evaluator reuses one record per thread, moving it from patient to patient
 * ({@link #moveTo(int)}), so a record must not be kept beyond a criterion call. Not thread-safe.
 */
public final class PatientRecord {

  /**
   * The consecutive patients whose cached definitions a record keeps at once (a power of two):
   * the patients of one block of a batch evaluation.
   */
  public static final int CACHED_PATIENTS = 256;

  private final PatientData data;
  private final MeasurementPeriod period;
  private Evidence evidence;
  private boolean memoEnabled;
  private int patient = -1;
  /** The birth date of patient {@code birthPatient} as yyyymmdd (computed once per patient, not per age). */
  private int birthCivil;
  private int birthPatient = -1;
  /** For each definition and cache line ({@code slot * CACHED_PATIENTS + patient % CACHED_PATIENTS}): the patient + 1 whose value it holds, 0 for none. */
  private final int[] memoOwner;
  private final boolean[] memoValue;

  /**
   * Creates a record over a dataset.
   *
   * @param context the bound context (dataset, period, cache size)
   * @param evidence where to cite facts ({@link Evidence#NONE} on the batch path)
   */
  public PatientRecord(MeasureContext context, Evidence evidence) {
    this.data = context.data();
    this.period = context.period();
    this.evidence = evidence;
    this.memoEnabled = evidence == Evidence.NONE;
    this.memoOwner = new int[context.memoSlots() * CACHED_PATIENTS];
    this.memoValue = new boolean[memoOwner.length];
  }

  /**
   * Moves to a patient. The cached definitions of the last {@value #CACHED_PATIENTS} consecutive
   * patients are kept, so that an evaluator may evaluate a block of patients one measure after
   * another and still evaluate each shared definition once per patient.
   *
   * @param patientIndex the index, not negative
   * @return this record
   */
  public PatientRecord moveTo(int patientIndex) {
    this.patient = patientIndex;
    return this;
  }

  /**
   * The patient's index in the dataset.
   *
   * @return the index
   */
  public int index() {
    return patient;
  }

  /**
   * The patient's id (for messages; never for deciding a result).
   *
   * @return the id
   */
  public String id() {
    return data.id(patient);
  }

  /**
   * The dataset.
   *
   * @return the data
   */
  public PatientData data() {
    return data;
  }

  /**
   * The measurement period.
   *
   * @return the period
   */
  public MeasurementPeriod period() {
    return period;
  }

  /**
   * The evidence sink.
   *
   * @return the sink
   */
  public Evidence evidence() {
    return evidence;
  }

  /**
   * Cites a fact as deciding the current criterion.
   *
   * @param kind the kind
   * @param row the row
   */
  public void cite(FactKind kind, int row) {
    evidence.cite(kind, row);
  }

  /**
   * The table of a kind.
   *
   * @param kind the kind
   * @return the table
   */
  public FactTable table(FactKind kind) {
    return data.table(kind);
  }

  /**
   * The birth date as an epoch day.
   *
   * @return the epoch day
   * @throws PatientFailure if the patient has no birth date
   */
  public int birthDateEpochDay() {
    int b = data.birthDateEpochDay(patient);
    if (b == PatientData.NO_DATE) {
      throw new PatientFailure(FailureCode.MISSING_VALUE, "Patient.birthDate",
          "Patient/" + id() + " field birthDate is missing; the measure computes the age in"
          + " years, so a birth date (YYYY-MM-DD) is required");
    }
    return b;
  }

  /**
   * CQL {@code AgeInYearsAt(date)}: whole years from the birth date to a date (calendar
   * arithmetic: the years between, less one if the birthday has not come yet that year).
   *
   * @param date the date
   * @return the age in years
   * @throws PatientFailure if the patient has no birth date
   */
  public int ageInYearsAt(LocalDate date) {
    return ageInYearsAt(MeasurementPeriod.civil(date));
  }

  /** Whole calendar years, as java.time.Period.between(birth, date).getYears(), without allocating. */
  private int ageInYearsAt(int onCivil) {
    if (birthPatient != patient) {
      birthCivil = civil(birthDateEpochDay());
      birthPatient = patient;
    }
    return Math.floorDiv(onCivil - birthCivil, 10_000);
  }

  /** The calendar date of an epoch day as yyyymmdd (proleptic Gregorian; H. Hinnant's civil_from_days). */
  private static int civil(long epochDay) {
    long z = epochDay + 719_468;
    long era = Math.floorDiv(z, 146_097);
    long doe = z - era * 146_097;
    long yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    long d = doy - (153 * mp + 2) / 5 + 1;
    long m = mp < 10 ? mp + 3 : mp - 9;
    long y = yoe + era * 400 + (m <= 2 ? 1 : 0);
    return (int) (y * 10_000 + m * 100 + d);
  }

  /**
   * {@code AgeInYearsAt(date from end of "Measurement Period")}.
   *
   * @return the age in years
   * @throws PatientFailure if the patient has no birth date
   */
  public int ageAtEnd() {
    return ageInYearsAt(period.lastCivil());
  }

  /**
   * {@code AgeInYearsAt(date from start of "Measurement Period")}.
   *
   * @return the age in years
   * @throws PatientFailure if the patient has no birth date
   */
  public int ageAtStart() {
    return ageInYearsAt(period.firstCivil());
  }

  /**
   * CQL {@code exists ([Kind: "Value Set"] X where ...)}: whether any of the patient's facts of a
   * kind has a code in the value set and passes the predicate; cites the first that does.
   *
   * @param kind the kind
   * @param codes the value set of {@link CodedField#CODE}, or null for any code
   * @param where the predicate, or null for none
   * @return true if one qualifies
   */
  public boolean exists(FactKind kind, CompiledValueSet codes, RowPredicate where) {
    return first(kind, codes, where) >= 0;
  }

  /**
   * The first of the patient's facts of a kind with a code in the value set that passes the
   * predicate; cites it.
   *
   * @param kind the kind
   * @param codes the value set of {@link CodedField#CODE}, or null for any code
   * @param where the predicate, or null for none
   * @return the row, or -1
   */
  public int first(FactKind kind, CompiledValueSet codes, RowPredicate where) {
    FactTable t = data.table(kind);
    for (int r = t.start(patient), e = t.end(patient); r < e; r++) {
      if ((codes == null || t.hasCode(CodedField.CODE, r, codes)) && (where == null || where.test(this, t, r))) {
        evidence.cite(kind, r);
        return r;
      }
    }
    return -1;
  }

  /**
   * CQL {@code Last(... sort by key)}: the qualifying fact with the greatest key (the last in row
   * order among equal keys, as a stable sort puts them); cites it.
   *
   * @param kind the kind
   * @param codes the value set of {@link CodedField#CODE}, or null for any code
   * @param where the predicate, or null for none
   * @param key the sort key of a row; rows whose key is {@link Long#MIN_VALUE} (null) sort first
   * @return the row, or -1 if none qualifies
   */
  public int last(FactKind kind, CompiledValueSet codes, RowPredicate where, RowKey key) {
    FactTable t = data.table(kind);
    int best = -1;
    long bestKey = 0;
    for (int r = t.start(patient), e = t.end(patient); r < e; r++) {
      if ((codes == null || t.hasCode(CodedField.CODE, r, codes)) && (where == null || where.test(this, t, r))) {
        long k = key.key(this, t, r);
        if (best < 0 || k >= bestKey) {
          best = r;
          bestKey = k;
        }
      }
    }
    if (best >= 0) {
      evidence.cite(kind, best);
    }
    return best;
  }

  boolean memo(int slot, Definition definition) {
    if (!memoEnabled) {
      return definition.test(this);
    }
    int at = slot * CACHED_PATIENTS + (patient & (CACHED_PATIENTS - 1));
    if (memoOwner[at] == patient + 1) {
      return memoValue[at];
    }
    boolean v = definition.test(this);
    memoOwner[at] = patient + 1;
    memoValue[at] = v;
    return v;
  }

  /**
   * Replaces the evidence sink (the evaluator switches it per population when explaining).
   *
   * @param evidence the sink
   */
  public void evidence(Evidence evidence) {
    this.evidence = evidence;
    this.memoEnabled = evidence == Evidence.NONE;
    Arrays.fill(memoOwner, 0);
  }
}
