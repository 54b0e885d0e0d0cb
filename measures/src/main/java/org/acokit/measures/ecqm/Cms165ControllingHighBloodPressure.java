/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.ecqm;

import org.acokit.quality.CollectionType;
import org.acokit.io.FailureCode;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.acokit.measures.definition.GroupAggregation;
import org.acokit.measures.definition.GroupDefinition;
import org.acokit.measures.definition.MeasureIdentity;
import org.acokit.measures.definition.PatientCriteria;
import org.acokit.measures.definition.PatientMeasure;
import org.acokit.measures.definition.Population;
import org.acokit.measures.definition.Stratifier;
import org.acokit.measures.library.AdultOutpatientEncounters;
import org.acokit.measures.library.AdvancedIllnessAndFrailty;
import org.acokit.measures.library.Hospice;
import org.acokit.measures.library.PalliativeCare;
import org.acokit.measures.library.QiCoreCommon;
import org.acokit.measures.library.Status;
import org.acokit.measures.library.SupplementalData;
import org.acokit.measures.logic.MeasureContext;
import org.acokit.measures.logic.MeasurementPeriod;
import org.acokit.measures.logic.PatientFailure;
import org.acokit.measures.logic.PatientRecord;
import org.acokit.measures.logic.RowPredicate;
import org.acokit.measures.logic.Timing;
import org.acokit.measures.patient.CodedField;
import org.acokit.measures.patient.FactKind;
import org.acokit.measures.patient.FactTable;
import org.acokit.measures.patient.PatientData;
import org.acokit.measures.patient.Tokens;
import org.acokit.measures.patient.TokenField;
import org.acokit.measures.terminology.CodeDictionary;
import org.acokit.measures.terminology.CodeSystems;
import org.acokit.measures.terminology.CompiledValueSet;

/**
 * CMS165 (MIPS 236), Controlling High Blood Pressure: the share of patients 18-85 with essential
 * hypertension starting before or in the first six months of the measurement period whose most
 * recent blood pressure in the period is adequately controlled (below 140/90 mmHg).
 * <p>
 * Populations (one group, patient-based proportion), following the CQL of
 * {@code ControllingHighBloodPressureFHIR} 0.1.000 (QI-Core 4.1.1, measurement period 2025):
 * <ul>
 *   <li>Initial population and denominator: age 18 to 85 at the end of the period, an "Essential
 *       Hypertension" condition whose prevalence interval overlaps the half-open
 *       {@code [start of MP, start of MP + 6 months)} at millisecond precision, and a qualifying
 *       outpatient encounter (AdultOutpatientEncounters).</li>
 *   <li>Denominator exclusions: hospice services; a pregnancy, end-stage renal disease, kidney
 *       transplant recipient or CKD stage 5 condition whose prevalence overlaps the period
 *       (millisecond precision); a completed kidney transplant or dialysis procedure ending on or
 *       before the end of the period; a performed ESRD monthly outpatient encounter starting on or
 *       before the end of the period; 66-80 with frailty and advanced illness or dementia
 *       medications, or 81 or older with frailty; 66 or older living long term in a nursing home;
 *       palliative care.</li>
 *   <li>Numerator: among the blood pressure readings (final, amended or corrected; {@code latest()}
 *       during day of the period; not taken in an encounter whose class code is EMER, IMP, ACUTE,
 *       NONAC, PRENC or SS), on the most recent day, the lowest systolic component is below
 *       140 mm[Hg] and the lowest diastolic component below 90 mm[Hg] (each minimum taken
 *       separately; a same-day reading without that component's quantity makes the minimum null,
 *       as CQL sorts nulls first).</li>
 * </ul>
 * CQL null propagation: {@code not (getEncounter().class.code in {...})} is null when the reading
 * names no encounter, names one absent from the record, or one without a class code; such a
 * reading is dropped. Named gaps: (1) a blood pressure reading is an Observation coded LOINC
 * 85354-9 (the panel code the FHIR {@code bp} and US Core profiles require); the CQL retrieves by
 * the profile {@code http://hl7.org/fhir/StructureDefinition/bp}, which real data rarely declares.
 * (2) A component's {@code valueQuantity.system} and {@code .comparator} are not read (FHIRHelpers
 * raises an error for a system other than UCUM and for a comparator).
 * (3) More than one systolic (or diastolic) component in one reading, or more than one Encounter
 * with the referenced id, is a patient-level failure (CQL {@code singleton from}).
 * <p>
 * Units (the numerator is evaluated for patients in the denominator and not excluded): the CQL
 * orders the most recent day's component quantities ({@code sort asc}) and compares the lowest
 * with {@code 140 'mm[Hg]'} or {@code 90 'mm[Hg]'}, so every such quantity (the unit is
 * {@code valueQuantity.code}, else {@code .unit}, else UCUM {@code '1'}) must be in
 * {@code mm[Hg]}, {@code kPa} or {@code Pa}, converted exactly with UCUM's definition
 * 1 mm[Hg] = 133.322 Pa ({@code m[Hg]} = 133.3220 kPa) and compared in decimal arithmetic. Any
 * other unit on that day fails the patient ({@link PatientFailure}, {@code INVALID_VALUE} at
 * {@code Observation.component.valueQuantity.code}, naming the Observation, the component, the
 * unit, the value and the allowed units) rather than silently dropping the reading: the print
 * symbol {@code mmHg} sent as a unit without a UCUM code, a missing unit, and the rarer UCUM
 * pressures this list leaves out ({@code hPa}, {@code cm[H2O]}, {@code bar}). Readings of earlier
 * days are never compared, so their units are not checked.
 * Immutable and thread-safe.
 */
public final class Cms165ControllingHighBloodPressure implements PatientMeasure {

  /** The Measure's canonical URL. */
  public static final String URL = "https://madie.cms.gov/Measure/ControllingHighBloodPressureFHIR";
  private static final String VS = "http://cts.nlm.nih.gov/fhir/ValueSet/";
  static final String ESSENTIAL_HYPERTENSION = VS + "2.16.840.1.113883.3.464.1003.104.12.1011";
  static final String PREGNANCY = VS + "2.16.840.1.113883.3.526.3.378";
  static final String END_STAGE_RENAL_DISEASE = VS + "2.16.840.1.113883.3.526.3.353";
  static final String KIDNEY_TRANSPLANT_RECIPIENT = VS + "2.16.840.1.113883.3.464.1003.109.12.1029";
  static final String CKD_STAGE_5 = VS + "2.16.840.1.113883.3.526.3.1002";
  static final String KIDNEY_TRANSPLANT = VS + "2.16.840.1.113883.3.464.1003.109.12.1012";
  static final String DIALYSIS_SERVICES = VS + "2.16.840.1.113883.3.464.1003.109.12.1013";
  static final String ESRD_MONTHLY_OUTPATIENT = VS + "2.16.840.1.113883.3.464.1003.109.12.1014";
  static final Set<String> INPATIENT_CLASSES = Set.of("EMER", "IMP", "ACUTE", "NONAC", "PRENC", "SS");

  /** Creates the measure (ServiceLoader). */
  public Cms165ControllingHighBloodPressure() {
  }

  @Override
  public MeasureIdentity identity() {
    return new MeasureIdentity(URL, "CMS165", "0.1.000", "236", CollectionType.ELECTRONIC_HEALTH_RECORD,
        "Controlling High Blood Pressure", GroupAggregation.SINGLE_GROUP);
  }

  @Override
  public List<GroupDefinition> groups(MeasureContext ctx) {
    AdultOutpatientEncounters encounters = AdultOutpatientEncounters.bind(ctx);
    Hospice hospice = Hospice.bind(ctx);
    PalliativeCare palliative = PalliativeCare.bind(ctx);
    AdvancedIllnessAndFrailty frailty = AdvancedIllnessAndFrailty.bind(ctx);
    QiCoreCommon common = QiCoreCommon.bind(ctx);
    Status status = Status.bind(ctx);
    MeasurementPeriod mp = ctx.period();
    ZoneOffset offset = mp.offset();
    CompiledValueSet hypertension = ctx.valueSet(ESSENTIAL_HYPERTENSION);
    CompiledValueSet pregnancy = ctx.valueSet(PREGNANCY);
    CompiledValueSet esrd = ctx.valueSet(END_STAGE_RENAL_DISEASE);
    CompiledValueSet transplantRecipient = ctx.valueSet(KIDNEY_TRANSPLANT_RECIPIENT);
    CompiledValueSet ckd5 = ctx.valueSet(CKD_STAGE_5);
    CompiledValueSet transplant = ctx.valueSet(KIDNEY_TRANSPLANT);
    CompiledValueSet dialysis = ctx.valueSet(DIALYSIS_SERVICES);
    CompiledValueSet esrdEncounter = ctx.valueSet(ESRD_MONTHLY_OUTPATIENT);
    int bloodPressurePanel = ctx.code(CodeSystems.LOINC, "85354-9");
    int systolic = ctx.code(CodeSystems.LOINC, "8480-6");
    int diastolic = ctx.code(CodeSystems.LOINC, "8462-4");
    QuantityThreshold systolicBelow140 = QuantityThreshold.pressure(ctx.data(),
        "\"Has Systolic Blood Pressure Less Than 140\"", QuantityThreshold.Comparison.LESS_THAN, "140");
    QuantityThreshold diastolicBelow90 = QuantityThreshold.pressure(ctx.data(),
        "\"Has Diastolic Blood Pressure Less Than 90\"", QuantityThreshold.Comparison.LESS_THAN, "90");
    CompiledValueSet inpatientClass = classCodes(ctx.data().codes());
    int[] encounterIds = encounterIdTokens(ctx.data());
    // Interval[start of MP, start of MP + 6 months): milliseconds, the high bound open
    long sixMonths = mp.firstDay().plusMonths(6).atStartOfDay().toInstant(offset).toEpochMilli();
    RowPredicate firstSixMonths = (p, t, r) -> Timing.before(common.prevalenceStart(p, t, r), sixMonths)
        && Timing.onOrBefore(mp.start(), common.prevalenceEnd(p, t, r));
    // the union of the retrieves, one membership test per code
    CompiledValueSet pregnancyOrRenalCodes = CompiledValueSet.union("pregnancy or renal diagnoses", pregnancy, esrd,
        transplantRecipient, ckd5);
    CompiledValueSet esrdProcedureCodes = CompiledValueSet.union("kidney transplant or dialysis", transplant, dialysis);
    RowPredicate pregnancyOrRenal = (p, t, r) -> common.prevalenceOverlapsPeriod(p, t, r);
    RowPredicate esrdProcedure = (p, t, r) -> status.isCompleted(t, r)
        && Timing.onOrBefore(Timing.end(p, t, r), mp.end());
    RowPredicate esrdVisit = (p, t, r) -> status.isEncounterPerformed(t, r)
        && Timing.onOrBefore(Timing.start(p, t, r), mp.end());
    RowPredicate reading = (p, t, r) -> t.hasCode(CodedField.CODE, r, bloodPressurePanel)
        && status.isFinalObservation(t, r) && Timing.latestDuringDayOfPeriod(p, t, r)
        && notInpatientEncounter(p, t, r, encounterIds, inpatientClass);
    PatientCriteria criteria = new PatientCriteria() {
      @Override
      public boolean initialPopulation(PatientRecord p) {
        int age = p.ageAtEnd();
        return age >= 18 && age <= 85 && p.exists(FactKind.CONDITION, hypertension, firstSixMonths)
            && encounters.hasQualifyingEncounter(p);
      }

      @Override
      public boolean denominatorExclusion(PatientRecord p) {
        return hospice.hasHospiceServices(p)
            || p.exists(FactKind.CONDITION, pregnancyOrRenalCodes, pregnancyOrRenal)
            || p.exists(FactKind.PROCEDURE, esrdProcedureCodes, esrdProcedure)
            || p.exists(FactKind.ENCOUNTER, esrdEncounter, esrdVisit)
            || frailty.isAge66To80WithAdvancedIllnessAndFrailtyOrIsAge81OrOlderWithFrailty(p)
            || frailty.isAge66OrOlderLivingLongTermInNursingHome(p)
            || palliative.hasPalliativeCare(p);
      }

      @Override
      public boolean numerator(PatientRecord p) {
        return bothLowestBelow(p, reading, systolic, systolicBelow140, diastolic, diastolicBelow90, offset);
      }
    };
    return List.of(GroupDefinition.ofPatients(criteria, Population.INITIAL_POPULATION, Population.DENOMINATOR,
        Population.DENOMINATOR_EXCLUSION, Population.NUMERATOR));
  }

  @Override
  public List<Stratifier> supplementalData(MeasureContext ctx) {
    return SupplementalData.standard(ctx);
  }

  /** Every code of the dataset whose code (any system) is an inpatient or emergency class. */
  static CompiledValueSet classCodes(CodeDictionary codes) {
    return CompiledValueSet.ofCodeIds("inpatient and emergency encounter classes",
        IntStream.range(0, codes.size()).filter(id -> INPATIENT_CLASSES.contains(codes.code(id))).toArray());
  }

  /**
   * The token id ({@link PatientData#tokens()}) of every Encounter row's resource id, -1 for an id
   * no reference names: resolved once per dataset, so that matching {@code Observation.encounter}
   * compares ints, not strings.
   */
  static int[] encounterIdTokens(PatientData data) {
    Tokens tokens = data.tokens();
    FactTable enc = data.table(FactKind.ENCOUNTER);
    int[] ids = new int[enc.size()];
    for (int r = 0; r < ids.length; r++) {
      ids[r] = tokens.id(enc.resourceId(r));
    }
    return ids;
  }

  /**
   * {@code not (BloodPressure.encounter.getEncounter().class.code in {...})}, false when CQL null: the
   * reading names an Encounter of the patient with a class code outside the inpatient and
   * emergency classes.
   */
  static boolean notInpatientEncounter(PatientRecord p, FactTable obs, int row, int[] encounterIds,
      CompiledValueSet inpatientClass) {
    int ref = obs.token(TokenField.ENCOUNTER_REFERENCE, row);
    if (ref < 0) {
      return false;
    }
    FactTable enc = p.table(FactKind.ENCOUNTER);
    int found = -1;
    for (int e = enc.start(p.index()), end = enc.end(p.index()); e < end; e++) {
      if (encounterIds[e] == ref) {
        if (found >= 0) {
          throw new PatientFailure(FailureCode.INCONSISTENT, "Observation.encounter",
              "Observation/" + obs.resourceId(row) + " field encounter names Encounter/"
              + p.data().tokens().value(ref)
              + ", which the record holds more than once; getEncounter() needs a single match");
        }
        found = e;
      }
    }
    if (found < 0 || !enc.hasAnyCode(CodedField.CLASS, found)) {
      return false;
    }
    return !enc.hasCode(CodedField.CLASS, found, inpatientClass);
  }

  /**
   * {@code "Has Systolic Blood Pressure Less Than 140" and "Has Diastolic Blood Pressure Less Than 90"}
   * in one pass over the patient's readings (each reading tested once, its day computed once): the
   * latest {@code date from latest()} of the readings is the {@code "Most Recent Blood Pressure
   * Day"}; on that day, the lowest systolic and the lowest diastolic component quantity, sorted
   * ascending with nulls first, are each present and below their limit. The state of each
   * component is kept for the latest day seen so far and restarts when a later day appears, so
   * the result, the cited readings and the failure raised are those of evaluating the three
   * expressions in turn: the systolic expression first, the diastolic one only when the systolic
   * one holds (CQL {@code and} as evaluated here), each failing at its first inconvertible same-day
   * component in row order.
   *
   * @throws PatientFailure if a reading names an Encounter the record holds more than once, if a
   *     same-day reading has more than one component of a code, or if a same-day component
   *     quantity has a unit that does not convert
   */
  static boolean bothLowestBelow(PatientRecord p, RowPredicate reading, int systolic, QuantityThreshold systolicLimit,
      int diastolic, QuantityThreshold diastolicLimit, ZoneOffset offset) {
    FactTable t = p.table(FactKind.OBSERVATION);
    long day = Timing.UNKNOWN;
    // per component: the lowest component index and its row and factor, the first null row, the first failure
    int sLowest = -1;
    int sRow = -1;
    BigDecimal sFactor = null;
    int sNull = -1;
    PatientFailure sFailure = null;
    int dLowest = -1;
    int dRow = -1;
    BigDecimal dFactor = null;
    int dNull = -1;
    PatientFailure dFailure = null;
    for (int r = t.start(p.index()), e = t.end(p.index()); r < e; r++) {
      if (!reading.test(p, t, r)) {
        continue;
      }
      long d = Timing.day(Timing.latest(p, t, r), offset);
      if (d == Timing.UNKNOWN || d < day) {
        continue;
      }
      if (d > day) {
        day = d;
        sLowest = -1;
        sRow = -1;
        sFactor = null;
        sNull = -1;
        sFailure = null;
        dLowest = -1;
        dRow = -1;
        dFactor = null;
        dNull = -1;
        dFailure = null;
      }
      if (sFailure == null) {
        try {
          int c = component(p, t, r, systolic);
          if (c < 0 || !t.componentHasValue(c)) {
            sNull = sNull < 0 ? r : sNull;
          } else {
            BigDecimal factor = systolicLimit.componentFactor(t, r, c);
            if (sLowest < 0
                || QuantityThreshold.compare(t.componentValue(c), factor, t.componentValue(sLowest), sFactor) < 0) {
              sLowest = c;
              sRow = r;
              sFactor = factor;
            }
          }
        } catch (PatientFailure failure) {
          sFailure = failure;
        }
      }
      if (dFailure == null) {
        try {
          int c = component(p, t, r, diastolic);
          if (c < 0 || !t.componentHasValue(c)) {
            dNull = dNull < 0 ? r : dNull;
          } else {
            BigDecimal factor = diastolicLimit.componentFactor(t, r, c);
            if (dLowest < 0
                || QuantityThreshold.compare(t.componentValue(c), factor, t.componentValue(dLowest), dFactor) < 0) {
              dLowest = c;
              dRow = r;
              dFactor = factor;
            }
          }
        } catch (PatientFailure failure) {
          dFailure = failure;
        }
      }
    }
    if (day == Timing.UNKNOWN) {
      return false;
    }
    if (sFailure != null) {
      throw sFailure;
    }
    if (!lowestBelow(p, t, sLowest, sRow, sFactor, sNull, systolicLimit)) {
      return false;
    }
    if (dFailure != null) {
      throw dFailure;
    }
    return lowestBelow(p, t, dLowest, dRow, dFactor, dNull, diastolicLimit);
  }

  /** The lowest same-day component is present and meets the limit; cites the deciding reading. */
  private static boolean lowestBelow(PatientRecord p, FactTable t, int lowest, int lowestRow, BigDecimal lowestFactor,
      int nullRow, QuantityThreshold limit) {
    if (nullRow >= 0) {
      p.cite(FactKind.OBSERVATION, nullRow);
      return false; // a null sorts first: the lowest reading is null
    }
    if (lowest < 0) {
      return false;
    }
    p.cite(FactKind.OBSERVATION, lowestRow);
    return limit.meets(t.componentValue(lowest), lowestFactor);
  }

  /** {@code singleton from (component where code ~ X)}: the component index, or -1 if none. */
  private static int component(PatientRecord p, FactTable t, int row, int code) {
    int found = -1;
    for (int c = t.componentStart(row), e = t.componentEnd(row); c < e; c++) {
      if (t.componentHasCode(c, code)) {
        if (found >= 0) {
          throw new PatientFailure(FailureCode.INCONSISTENT, "Observation.component",
              "Observation/" + t.resourceId(row) + " field component has more than one"
              + " component coded " + p.data().codes().toCode(code) + "; the measure takes a single systolic and a"
              + " single diastolic value (CQL singleton from)");
        }
        found = c;
      }
    }
    return found;
  }
}
