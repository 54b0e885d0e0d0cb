/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.ecqm;

import org.acokit.quality.CollectionType;
import java.time.ZoneOffset;
import java.util.List;

import org.acokit.measures.definition.GroupAggregation;
import org.acokit.measures.definition.GroupDefinition;
import org.acokit.measures.definition.MeasureIdentity;
import org.acokit.measures.definition.PatientCriteria;
import org.acokit.measures.definition.PatientMeasure;
import org.acokit.measures.definition.Population;
import org.acokit.measures.definition.Stratifier;
import org.acokit.measures.library.QiCoreCommon;
import org.acokit.measures.library.SupplementalData;
import org.acokit.measures.logic.Definition;
import org.acokit.measures.logic.MeasureContext;
import org.acokit.measures.logic.MeasurementPeriod;
import org.acokit.measures.logic.PatientRecord;
import org.acokit.measures.logic.RowKey;
import org.acokit.measures.logic.RowPredicate;
import org.acokit.measures.logic.Timing;
import org.acokit.measures.logic.TokenSet;
import org.acokit.measures.patient.CodedField;
import org.acokit.measures.patient.FactFlag;
import org.acokit.measures.patient.FactKind;
import org.acokit.measures.patient.FactTable;
import org.acokit.measures.patient.TimeField;
import org.acokit.measures.patient.TokenField;
import org.acokit.measures.terminology.CodeSystems;
import org.acokit.measures.terminology.CompiledValueSet;

/**
 * CMS2 (MIPS 134), Preventive Care and Screening: Screening for Depression and Follow-Up Plan: the
 * share of patients 12 or older with a qualifying visit who were screened for depression with a
 * standardized tool within 14 days before the visit and, if positive, had a follow-up plan.
 * <p>
 * Populations (one group, patient-based proportion: the visit only gates the patient), following
 * the CQL of {@code PCSDepressionScreenAndFollowUpFHIR} 0.2.000 (QI-Core 4.1.1, measurement period
 * 2025). Ages are at the START of the period; the statuses are the CQL's own inline lists (not
 * the Status library):
 * <ul>
 *   <li>Initial population and denominator: age 12 or older and a qualifying encounter ("Encounter
 *       to Screen for Depression", "Physical Therapy Evaluation" or "Telephone Visits", status
 *       exactly {@code finished}, period during day of the measurement period).</li>
 *   <li>Denominator exclusions: a "Bipolar Disorder" condition on the problem list or a health
 *       concern whose prevalence starts before (milliseconds) the start of a qualifying
 *       encounter.</li>
 *   <li>Numerator: by age (12-16 adolescent; 17 either; 18 or older adult), the most recent
 *       screening (LOINC 73831-0 adolescent, 73832-8 adult; status exactly {@code final}; any
 *       {@code value[x]}; its timing ending 14 days or less on or before the day a qualifying
 *       encounter starts; the last by start of its timing) is negative (SNOMED 428171000124102), or
 *       it is positive (SNOMED 428181000124104), starts 14 days or less before the day a qualifying
 *       encounter starts, and a follow-up (a medication order active or completed with intent
 *       {@code order}, a referral active or completed, a completed procedure, from the age group's
 *       value sets) was performed during that encounter (milliseconds) or ordered 2 days or less on
 *       or after the day it ended, on a day of the measurement period.</li>
 *   <li>Denominator exceptions (not by age): a screening not done (status {@code cancelled}, issued
 *       during a qualifying encounter, not-done reason "declined" SNOMED 720834000 or in "Medical
 *       Reason") with no screening of that kind.</li>
 * </ul>
 * Rules the CQL leaves to the engine, and the choice made: a follow-up MedicationRequest with
 * {@code doNotPerform: true} is not retrieved (QI-Core's MedicationRequest profile, as the CMS347
 * test cases show), and one naming its drug through {@code medicationReference} counts by the
 * Medication's code (this measure's ELM resolves the reference; no test case exercises either).
 * Named gap: several {@code qicore-notDoneReason} extensions on one Observation are all read
 * (CQL's {@code singleton from} would make that an error). Immutable and thread-safe.
 */
public final class Cms2DepressionScreening implements PatientMeasure {

  /** The Measure's canonical URL. */
  public static final String URL = "https://madie.cms.gov/Measure/PCSDepressionScreenAndFollowUpFHIR";
  private static final String VS = "http://cts.nlm.nih.gov/fhir/ValueSet/";
  static final String ENCOUNTER_TO_SCREEN = VS + "2.16.840.1.113883.3.600.1916";
  static final String PHYSICAL_THERAPY_EVALUATION = VS + "2.16.840.1.113883.3.526.3.1022";
  static final String TELEPHONE_VISITS = VS + "2.16.840.1.113883.3.464.1003.101.12.1080";
  static final String BIPOLAR_DISORDER = VS + "2.16.840.1.113883.3.67.1.101.1.128";
  static final String ADOLESCENT_MEDICATIONS = VS + "2.16.840.1.113883.3.526.3.1567";
  static final String ADULT_MEDICATIONS = VS + "2.16.840.1.113883.3.526.3.1566";
  static final String ADOLESCENT_REFERRAL = VS + "2.16.840.1.113883.3.526.3.1570";
  static final String ADULT_REFERRAL = VS + "2.16.840.1.113883.3.526.3.1571";
  static final String ADOLESCENT_FOLLOW_UP = VS + "2.16.840.1.113883.3.526.3.1569";
  static final String ADULT_FOLLOW_UP = VS + "2.16.840.1.113883.3.526.3.1568";
  static final String MEDICAL_REASON = VS + "2.16.840.1.113883.3.526.3.1007";

  /** Creates the measure (ServiceLoader). */
  public Cms2DepressionScreening() {
  }

  @Override
  public MeasureIdentity identity() {
    return new MeasureIdentity(URL, "CMS2", "0.2.000", "134", CollectionType.ELECTRONIC_HEALTH_RECORD,
        "Preventive Care and Screening: Screening for Depression and Follow-Up Plan", GroupAggregation.SINGLE_GROUP);
  }

  @Override
  public List<GroupDefinition> groups(MeasureContext ctx) {
    QiCoreCommon common = QiCoreCommon.bind(ctx);
    MeasurementPeriod mp = ctx.period();
    ZoneOffset offset = mp.offset();
    // [Encounter: "Encounter to Screen for Depression"] union [Encounter: "Physical Therapy Evaluation"]
    // union [Encounter: "Telephone Visits"]: one membership test
    CompiledValueSet encounterCodes = CompiledValueSet.union("Qualifying Encounter During Measurement Period",
        ctx.valueSet(ENCOUNTER_TO_SCREEN), ctx.valueSet(PHYSICAL_THERAPY_EVALUATION), ctx.valueSet(TELEPHONE_VISITS));
    CompiledValueSet bipolar = ctx.valueSet(BIPOLAR_DISORDER);
    CompiledValueSet medicalReason = ctx.valueSet(MEDICAL_REASON);
    int finished = ctx.token("finished");
    int cancelled = ctx.token("cancelled");
    int declined = ctx.code(CodeSystems.SNOMED_CT, "720834000");
    int negative = ctx.code(CodeSystems.SNOMED_CT, "428171000124102");
    int positive = ctx.code(CodeSystems.SNOMED_CT, "428181000124104");
    // "Qualifying Encounter During Measurement Period"
    RowPredicate qualifying = (p, t, r) -> t.hasCode(CodedField.CODE, r, encounterCodes)
        && Timing.duringDayOfPeriod(p, t, r) && t.token(TokenField.STATUS, r) == finished && finished >= 0;
    Definition hasQualifying = ctx.define(p -> p.exists(FactKind.ENCOUNTER, null, qualifying));
    // "History of Bipolar Diagnosis Before Qualifying Encounter"
    RowPredicate bipolarHistory = (p, t, r) -> (common.isProblemListItem(t, r) || common.isHealthConcern(t, r))
        && startsBeforeAnEncounter(p, qualifying, common.prevalenceStart(p, t, r));
    Screening adolescent = new Screening(ctx, "73831-0", ADOLESCENT_MEDICATIONS, ADOLESCENT_REFERRAL,
        ADOLESCENT_FOLLOW_UP, qualifying, negative, positive, cancelled, declined, medicalReason);
    Screening adult = new Screening(ctx, "73832-8", ADULT_MEDICATIONS, ADULT_REFERRAL, ADULT_FOLLOW_UP,
        qualifying, negative, positive, cancelled, declined, medicalReason);
    PatientCriteria criteria = new PatientCriteria() {
      @Override
      public boolean initialPopulation(PatientRecord p) {
        return p.ageAtStart() >= 12 && hasQualifying.test(p);
      }

      @Override
      public boolean denominatorExclusion(PatientRecord p) {
        return p.exists(FactKind.CONDITION, bipolar, bipolarHistory);
      }

      @Override
      public boolean numerator(PatientRecord p) {
        int age = p.ageAtStart();
        boolean adolescentMet = age >= 12 && age <= 17 && adolescent.negativeOrFollowedUp(p, mp, offset);
        return adolescentMet || age >= 17 && adult.negativeOrFollowedUp(p, mp, offset);
      }

      @Override
      public boolean denominatorException(PatientRecord p) {
        return adolescent.notDone(p) && !adolescent.hasScreening(p) || adult.notDone(p) && !adult.hasScreening(p);
      }
    };
    return List.of(GroupDefinition.ofPatients(criteria, Population.INITIAL_POPULATION, Population.DENOMINATOR,
        Population.DENOMINATOR_EXCLUSION, Population.NUMERATOR, Population.DENOMINATOR_EXCEPTION));
  }

  @Override
  public List<Stratifier> supplementalData(MeasureContext ctx) {
    return SupplementalData.standard(ctx);
  }

  /**
   * {@code with "Qualifying Encounter During Measurement Period" E such that X starts before E.period}
   * (milliseconds); cites the encounter.
   */
  static boolean startsBeforeAnEncounter(PatientRecord p, RowPredicate qualifying, long x) {
    FactTable e = p.table(FactKind.ENCOUNTER);
    for (int r = e.start(p.index()), end = e.end(p.index()); r < end; r++) {
      if (qualifying.test(p, e, r) && Timing.before(x, Timing.start(p, e, r))) {
        p.cite(FactKind.ENCOUNTER, r);
        return true;
      }
    }
    return false;
  }

  /**
   * {@code with QE E such that X n days or less on or before day of start of E.period}; cites the
   * encounter.
   */
  static boolean daysOrLessBeforeAnEncounter(PatientRecord p, RowPredicate qualifying, long x, int days,
      ZoneOffset offset) {
    FactTable e = p.table(FactKind.ENCOUNTER);
    for (int r = e.start(p.index()), end = e.end(p.index()); r < end; r++) {
      if (qualifying.test(p, e, r) && Timing.daysOrLessOnOrBefore(x, Timing.start(p, e, r), days, offset)) {
        p.cite(FactKind.ENCOUNTER, r);
        return true;
      }
    }
    return false;
  }

  /** {@code with QE E such that x during E.period} (milliseconds, closed); cites the encounter. */
  static boolean duringAnEncounter(PatientRecord p, RowPredicate qualifying, long x) {
    FactTable e = p.table(FactKind.ENCOUNTER);
    for (int r = e.start(p.index()), end = e.end(p.index()); r < end; r++) {
      if (qualifying.test(p, e, r) && Timing.within(x, Timing.start(p, e, r), Timing.end(p, e, r))) {
        p.cite(FactKind.ENCOUNTER, r);
        return true;
      }
    }
    return false;
  }

  /** The definitions the CQL writes twice, once for adolescents and once for adults. */
  private static final class Screening {
    private final CompiledValueSet medications;
    private final CompiledValueSet referrals;
    private final CompiledValueSet followUps;
    private final TokenSet activeOrCompleted;
    private final int order;
    private final int completed;
    private final int positive;
    private final RowPredicate qualifying;
    private final RowPredicate screening;
    private final RowPredicate negativeResult;
    private final RowPredicate notDone;
    private final RowKey start = Timing::start;

    Screening(MeasureContext ctx, String loinc, String medications, String referrals, String followUps,
        RowPredicate qualifying, int negative, int positive, int cancelled, int declined,
        CompiledValueSet medicalReason) {
      int code = ctx.code(CodeSystems.LOINC, loinc);
      int fin = ctx.token("final");
      this.medications = ctx.valueSet(medications);
      this.referrals = ctx.valueSet(referrals);
      this.followUps = ctx.valueSet(followUps);
      this.activeOrCompleted = ctx.tokens("active", "completed");
      this.order = ctx.token("order");
      this.completed = ctx.token("completed");
      this.positive = positive;
      this.qualifying = qualifying;
      ZoneOffset offset = ctx.period().offset();
      // [Observation: code] with QE such that effective.toInterval() 14 days or less on or before day of
      // start of QE.period and value is not null and status = 'final'
      this.screening = (p, t, r) -> t.hasCode(CodedField.CODE, r, code) && t.flag(FactFlag.HAS_VALUE, r)
          && fin >= 0 && t.token(TokenField.STATUS, r) == fin
          && daysOrLessBeforeAnEncounter(p, qualifying, Timing.end(p, t, r), 14, offset);
      this.negativeResult = (p, t, r) -> t.hasCode(CodedField.VALUE, r, negative);
      // [ObservationNotDone: code] with QE such that issued during QE.period, where the reason is declined
      // or a medical reason and status = 'cancelled'
      this.notDone = (p, t, r) -> t.hasCode(CodedField.CODE, r, code) && cancelled >= 0
          && t.token(TokenField.STATUS, r) == cancelled
          && (t.hasCode(CodedField.REASON, r, declined) || t.hasCode(CodedField.REASON, r, medicalReason))
          && duringAnEncounter(p, qualifying, Timing.value(t, TimeField.ISSUED, r, offset));
    }

    /** {@code "Has ... Depression Screening"}. */
    boolean hasScreening(PatientRecord p) {
      return p.exists(FactKind.OBSERVATION, null, screening);
    }

    /** {@code exists "Medical or Patient Reason for Not Screening ... for Depression"}. */
    boolean notDone(PatientRecord p) {
      return p.exists(FactKind.OBSERVATION, null, notDone);
    }

    /**
     * {@code "Has Most Recent ... Screening Negative" or exists "Most Recent ... Depression Screening
     * Positive and Follow Up Provided"}.
     */
    boolean negativeOrFollowedUp(PatientRecord p, MeasurementPeriod mp, ZoneOffset offset) {
      int last = p.last(FactKind.OBSERVATION, null, screening, start);
      if (last < 0) {
        return false;
      }
      FactTable obs = p.table(FactKind.OBSERVATION);
      if (negativeResult.test(p, obs, last)) {
        return true;
      }
      if (!obs.hasCode(CodedField.VALUE, last, positive)) {
        return false;
      }
      long screened = Timing.start(p, obs, last);
      FactTable e = p.table(FactKind.ENCOUNTER);
      for (int er = e.start(p.index()), end = e.end(p.index()); er < end; er++) {
        if (qualifying.test(p, e, er)
            && Timing.daysOrLessOnOrBefore(screened, Timing.start(p, e, er), 14, offset)
            && followedUp(p, e, er, mp, offset)) {
          p.cite(FactKind.ENCOUNTER, er);
          return true;
        }
      }
      return false;
    }

    /** A follow-up intervention for this encounter (the CQL's union of three retrieves). */
    private boolean followedUp(PatientRecord p, FactTable e, int er, MeasurementPeriod mp, ZoneOffset offset) {
      long encounterEnd = Timing.end(p, e, er);
      FactTable med = p.table(FactKind.MEDICATION_REQUEST);
      for (int r = med.start(p.index()), end = med.end(p.index()); r < end; r++) {
        if (med.hasCode(CodedField.CODE, r, medications) && !med.flag(FactFlag.DO_NOT_PERFORM, r)
            && activeOrCompleted.contains(med.token(TokenField.STATUS, r)) && order >= 0
            && med.token(TokenField.INTENT, r) == order
            && orderedAfter(med, r, encounterEnd, mp, offset)) {
          p.cite(FactKind.MEDICATION_REQUEST, r);
          return true;
        }
      }
      FactTable ref = p.table(FactKind.SERVICE_REQUEST);
      for (int r = ref.start(p.index()), end = ref.end(p.index()); r < end; r++) {
        if (ref.hasCode(CodedField.CODE, r, referrals) && activeOrCompleted.contains(ref.token(TokenField.STATUS, r))
            && orderedAfter(ref, r, encounterEnd, mp, offset)) {
          p.cite(FactKind.SERVICE_REQUEST, r);
          return true;
        }
      }
      FactTable proc = p.table(FactKind.PROCEDURE);
      for (int r = proc.start(p.index()), end = proc.end(p.index()); r < end; r++) {
        long performed = Timing.start(p, proc, r);
        if (proc.hasCode(CodedField.CODE, r, followUps) && completed >= 0
            && proc.token(TokenField.STATUS, r) == completed
            && Timing.within(performed, Timing.start(p, e, er), encounterEnd)
            && Timing.dayWithin(performed, mp.startDay(), mp.endDay(), offset)) {
          p.cite(FactKind.PROCEDURE, r);
          return true;
        }
      }
      return false;
    }

    /**
     * A request: {@code authoredOn 2 days or less on or after day of end of QE.period} and
     * {@code Coalesce(start of performed, authoredOn) during day of "Measurement Period"} (a request
     * has no {@code performed}).
     */
    private static boolean orderedAfter(FactTable t, int r, long encounterEnd, MeasurementPeriod mp,
        ZoneOffset offset) {
      long authored = Timing.value(t, TimeField.AUTHORED_ON, r, offset);
      return Timing.daysOrLessOnOrAfter(authored, encounterEnd, 2, offset)
          && Timing.dayWithin(authored, mp.startDay(), mp.endDay(), offset);
    }
  }
}
