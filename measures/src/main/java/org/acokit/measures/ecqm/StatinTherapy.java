/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.ecqm;

import org.acokit.quality.CollectionType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.acokit.measures.definition.GroupAggregation;
import org.acokit.measures.definition.GroupDefinition;
import org.acokit.measures.definition.MeasureIdentity;
import org.acokit.measures.definition.PatientCriteria;
import org.acokit.measures.definition.PatientMeasure;
import org.acokit.measures.definition.Population;
import org.acokit.measures.library.Hospice;
import org.acokit.measures.library.PalliativeCare;
import org.acokit.measures.library.QiCoreCommon;
import org.acokit.measures.library.Status;
import org.acokit.measures.logic.Definition;
import org.acokit.measures.logic.MeasureContext;
import org.acokit.measures.logic.MeasurementPeriod;
import org.acokit.measures.logic.PatientRecord;
import org.acokit.measures.logic.RowPredicate;
import org.acokit.measures.logic.Timing;
import org.acokit.measures.logic.TokenSet;
import org.acokit.measures.patient.CodedField;
import org.acokit.measures.patient.FactFlag;
import org.acokit.measures.patient.FactKind;
import org.acokit.measures.patient.FactTable;
import org.acokit.measures.patient.TimeField;
import org.acokit.measures.patient.TokenField;
import org.acokit.measures.patient.Tokens;
import org.acokit.measures.terminology.Code;
import org.acokit.measures.terminology.CodeSystems;
import org.acokit.measures.terminology.CompiledValueSet;

/**
 * CMS347 / MIPS 438, Statin Therapy for the Prevention and Treatment of Cardiovascular Disease:
 * the percentage of patients at high risk of cardiovascular events who were prescribed or were on
 * statin therapy during the measurement period. Follows the CQL library
 * {@code StatinTherapyforthePreventionandTreatmentofCardiovascularDiseaseFHIR} 0.2.000 (QI-Core
 * 4.1.1, measurement period 2025): four patient-based proportion groups in {@code Measure.group}
 * order, each with its own initial population (= its denominator) and the shared exclusions,
 * numerator and exceptions.
 * <ul>
 * <li>Every initial population needs a finished qualifying encounter (office, wellness,
 * preventive, consultation value sets; {@code status = 'finished'}) during day of the period.</li>
 * <li>Group 1: clinical ASCVD (a problem-list or health-concern MI, stroke/TIA, atherosclerosis
 * or PAD, ischemic heart disease or angina diagnosis starting on or before day of the end of the
 * period, or a completed PCI, CABG or carotid procedure starting by then) or a subsequent NSTEMI
 * (ICD-10-CM I22.2); no age criterion.</li>
 * <li>Group 2: aged 20-75 at the START of the period, an LDL-C result of at least 190 mg/dL
 * (inclusive; final, amended, corrected or appended, effective starting on or before day of the
 * end of the period) or familial hypercholesterolemia, and no ASCVD.</li>
 * <li>Group 3: aged 40-75 at the start, a diabetes diagnosis whose prevalence overlaps day of the
 * period, and none of ASCVD, LDL-C >= 190, hypercholesterolemia.</li>
 * <li>Group 4: aged 40-75 at the start, a 10-year CVD risk (LOINC 99055-6 or 79423-0) of at least
 * 20% (inclusive; effective during day of the period; the CQL checks no status), and none of ASCVD,
 * hypercholesterolemia, LDL-C >= 190, diabetes.</li>
 * <li>Denominator exclusions: breastfeeding or rhabdomyolysis (problem list or health concern)
 * whose prevalence overlaps day of the period.</li>
 * <li>Numerator: a statin (low, moderate or high intensity) MedicationRequest that is not
 * {@code doNotPerform} (QI-Core's MedicationRequest profile), status active or completed, intent
 * {@code ~ 'order'}, authored during day of the period or with dosage bounds overlapping day of
 * it.</li>
 * <li>Denominator exceptions: an active statin allergy whose onset overlaps day of the period; a
 * statin adverse event recorded during day of it; hospice; palliative care; hepatitis A or B or
 * liver disease, statin-associated muscle symptoms, or end-stage renal disease (problem list or
 * health concern, prevalence overlapping day of the period); a completed statin
 * MedicationNotRequested ({@code doNotPerform}) for a medical reason authored within a qualifying
 * encounter's period (millisecond precision).</li>
 * </ul>
 * One MIPS rate pools the four groups ({@link GroupAggregation#POOLED}): the Measure's
 * {@code cqfm-rateAggregation} and guidance ("There is only one performance rate calculated for
 * this measure: the weighted average of the four populations") give Performance Rate = (NUM1 + NUM2
 * + NUM3 + NUM4) / sum of (DEN - DENEX - DENEXCEP) over the groups; QPP's 2025 measures data lists
 * 438 as {@code singlePerformanceRate} with these four strata.
 * <p>
 * Quantities (LDL-C, risk): {@link QuantityThreshold}: UCUM mass concentrations convert to mg/dL
 * and a fraction ({@code '1'}) to %, as CQL's unit conversion would; a comparator (an error in
 * FHIRHelpers) or a unit that cannot convert (such as mmol/L, which needs a molar mass) is a
 * patient-level failure naming the resource, field, value and allowed units, not a silent "no".
 * <p>
 * Named gaps: only the first {@code dosageInstruction}'s {@code boundsPeriod} is read (the CQL
 * looks at every dosage instruction; {@code boundsDuration}/{@code boundsRange} are not read);
 * {@code valueQuantity.system} is not checked (FHIRHelpers raises an error for a system other than
 * UCUM; the deck has an LDL-C with system {@code https://ucum.org} that the developers' engine
 * evaluated); {@code intent ~ 'order'} compares case-insensitively with trimmed whitespace.
 * Immutable and thread-safe.
 */
public final class StatinTherapy implements PatientMeasure {

  /** The canonical URL, {@code Measure.url}. */
  public static final String URL =
      "https://madie.cms.gov/Measure/StatinTherapyforthePreventionandTreatmentofCardiovascularDiseaseFHIR";

  private static final String VS = "http://cts.nlm.nih.gov/fhir/ValueSet/";
  static final String[] QUALIFYING_ENCOUNTERS = {VS + "2.16.840.1.113883.3.526.3.1240",
      VS + "2.16.840.1.113883.3.464.1003.101.12.1001", VS + "2.16.840.1.113883.3.464.1003.101.12.1008",
      VS + "2.16.840.1.113883.3.526.3.1576", VS + "2.16.840.1.113883.3.464.1003.101.12.1025",
      VS + "2.16.840.1.113883.3.464.1003.101.12.1026", VS + "2.16.840.1.113883.3.464.1003.101.12.1023",
      VS + "2.16.840.1.113883.3.464.1003.101.11.1150"};
  static final String[] ASCVD_DIAGNOSES = {VS + "2.16.840.1.113883.3.526.3.403", VS + "2.16.840.1.113762.1.4.1047.44",
      VS + "2.16.840.1.113762.1.4.1047.21", VS + "2.16.840.1.113762.1.4.1047.46", VS + "2.16.840.1.113762.1.4.1047.47"};
  static final String[] ASCVD_PROCEDURES = {VS + "2.16.840.1.113762.1.4.1045.67", VS + "2.16.840.1.113883.3.666.5.694",
      VS + "2.16.840.1.113883.3.117.1.7.1.204", VS + "2.16.840.1.113762.1.4.1138.566"};
  static final String[] STATINS = {VS + "2.16.840.1.113883.3.526.3.1574", VS + "2.16.840.1.113883.3.526.3.1575",
      VS + "2.16.840.1.113883.3.526.3.1572"};
  static final String[] EXCLUSION_DIAGNOSES = {VS + "2.16.840.1.113762.1.4.1047.73",
      VS + "2.16.840.1.113762.1.4.1047.102"};
  static final String[] LIVER_DIAGNOSES = {VS + "2.16.840.1.113883.3.464.1003.110.12.1024",
      VS + "2.16.840.1.113883.3.67.1.101.1.269", VS + "2.16.840.1.113762.1.4.1047.42"};
  static final String LDL_CHOLESTEROL = VS + "2.16.840.1.113883.3.526.3.1573";
  static final String FAMILIAL_HYPERCHOLESTEROLEMIA = VS + "2.16.840.1.113762.1.4.1047.100";
  static final String DIABETES = VS + "2.16.840.1.113883.3.464.1003.103.12.1001";
  static final String STATIN_ALLERGEN = VS + "2.16.840.1.113762.1.4.1110.42";
  static final String STATIN_MUSCLE_SYMPTOMS = VS + "2.16.840.1.113762.1.4.1108.85";
  static final String END_STAGE_RENAL_DISEASE = VS + "2.16.840.1.113883.3.526.3.353";
  static final String MEDICAL_REASON = VS + "2.16.840.1.113883.3.526.3.1007";

  /** Creates the measure (the ServiceLoader's constructor). */
  public StatinTherapy() {
  }

  @Override
  public MeasureIdentity identity() {
    return new MeasureIdentity(URL, "CMS347", "0.2.000", "438", CollectionType.ELECTRONIC_HEALTH_RECORD,
        "Statin Therapy for the Prevention and Treatment of Cardiovascular Disease", GroupAggregation.POOLED);
  }

  @Override
  public List<GroupDefinition> groups(MeasureContext ctx) {
    Hospice hospice = Hospice.bind(ctx);
    PalliativeCare palliative = PalliativeCare.bind(ctx);
    QiCoreCommon common = QiCoreCommon.bind(ctx);
    Status status = Status.bind(ctx);
    MeasurementPeriod mp = ctx.period();
    CompiledValueSet qualifyingEncounter = union(ctx, "Qualifying Encounter", QUALIFYING_ENCOUNTERS);
    CompiledValueSet ascvdDiagnosis = union(ctx, "ASCVD diagnoses", ASCVD_DIAGNOSES);
    CompiledValueSet ascvdProcedure = union(ctx, "ASCVD procedures", ASCVD_PROCEDURES);
    CompiledValueSet statin = union(ctx, "Statin Therapy", STATINS);
    CompiledValueSet exclusionDiagnosis = union(ctx, "Breastfeeding or Rhabdomyolysis", EXCLUSION_DIAGNOSES);
    CompiledValueSet liverDiagnosis = union(ctx, "Hepatitis or Liver Disease", LIVER_DIAGNOSES);
    CompiledValueSet subsequentMi = ctx.codes("Subsequent non-ST elevation (NSTEMI) myocardial infarction",
        Code.of(CodeSystems.ICD10_CM, "I22.2"));
    CompiledValueSet cvdRisk = ctx.codes("Cardiovascular disease 10Y risk",
        Code.of(CodeSystems.LOINC, "99055-6"), Code.of(CodeSystems.LOINC, "79423-0"));
    CompiledValueSet ldl = ctx.valueSet(LDL_CHOLESTEROL);
    CompiledValueSet hypercholesterolemia = ctx.valueSet(FAMILIAL_HYPERCHOLESTEROLEMIA);
    CompiledValueSet diabetes = ctx.valueSet(DIABETES);
    CompiledValueSet statinAllergen = ctx.valueSet(STATIN_ALLERGEN);
    CompiledValueSet muscleSymptoms = ctx.valueSet(STATIN_MUSCLE_SYMPTOMS);
    CompiledValueSet esrd = ctx.valueSet(END_STAGE_RENAL_DISEASE);
    CompiledValueSet medicalReason = ctx.valueSet(MEDICAL_REASON);
    int finished = ctx.token("finished");
    int completed = ctx.token("completed");
    TokenSet ldlStatuses = ctx.tokens("final", "amended", "corrected", "appended");
    TokenSet order = equivalentTokens(ctx, "order");
    QuantityThreshold ldl190 = QuantityThreshold.massConcentrationAtLeast(ctx.data(),
        "\"LDL Result Greater Than or Equal To 190\"", "190");
    QuantityThreshold risk20 = QuantityThreshold.percentAtLeast(ctx.data(), "\"Ten Year CVD Risk is High\"", "20");

    // (X.isProblemListItem() or X.isHealthConcern()) and X.prevalenceInterval() ...
    RowPredicate listedByEnd = (p, t, r) -> (common.isProblemListItem(t, r) || common.isHealthConcern(t, r))
        && common.prevalenceStartsOnOrBeforeDayOfEnd(p, t, r);
    RowPredicate listedInPeriod = (p, t, r) -> (common.isProblemListItem(t, r) || common.isHealthConcern(t, r))
        && common.prevalenceOverlapsDayOfPeriod(p, t, r);
    RowPredicate encounterInPeriod = (p, t, r) -> t.token(TokenField.STATUS, r) == finished && finished >= 0
        && Timing.duringDayOfPeriod(p, t, r);
    RowPredicate procedureByEnd = (p, t, r) -> Timing.onOrBeforeDay(Timing.start(p, t, r), mp.endDay(), mp.offset())
        && t.token(TokenField.STATUS, r) == completed && completed >= 0;
    RowPredicate ldlAtLeast190 = (p, t, r) -> ldlStatuses.contains(t.token(TokenField.STATUS, r))
        && Timing.onOrBeforeDay(Timing.start(p, t, r), mp.endDay(), mp.offset()) && ldl190.meets(t, r);
    RowPredicate riskAtLeast20 = (p, t, r) -> Timing.duringDayOfPeriod(p, t, r) && risk20.meets(t, r);
    RowPredicate prescribed = (p, t, r) -> !t.flag(FactFlag.DO_NOT_PERFORM, r) && status.isActiveOrCompleted(t, r)
        && order.contains(t.token(TokenField.INTENT, r))
        && (Timing.fieldDuringDayOfPeriod(p, t, TimeField.AUTHORED_ON, r) || boundsOverlapPeriod(mp, t, r));
    RowPredicate allergy = (p, t, r) -> Timing.overlapsDayOfPeriod(p, t, r) && common.isAllergyActive(t, r);
    RowPredicate reaction = (p, t, r) -> Timing.fieldDuringDayOfPeriod(p, t, TimeField.RECORDED, r);
    RowPredicate notOrderedForMedicalReason = (p, t, r) -> t.flag(FactFlag.DO_NOT_PERFORM, r)
        && t.token(TokenField.STATUS, r) == completed && completed >= 0
        && t.hasCode(CodedField.REASON, r, medicalReason)
        && authoredDuringQualifyingEncounter(p, Timing.value(t, TimeField.AUTHORED_ON, r, mp.offset()),
            qualifyingEncounter, encounterInPeriod);

    Definition qualifying = ctx.define(p -> p.exists(FactKind.ENCOUNTER, qualifyingEncounter, encounterInPeriod));
    Definition ascvd = ctx.define(p -> p.exists(FactKind.CONDITION, ascvdDiagnosis, listedByEnd)
        || p.exists(FactKind.PROCEDURE, ascvdProcedure, procedureByEnd));
    Definition ldlHigh = ctx.define(p -> p.exists(FactKind.OBSERVATION, ldl, ldlAtLeast190));
    Definition familial = ctx.define(p -> p.exists(FactKind.CONDITION, hypercholesterolemia, listedByEnd));
    Definition hasDiabetes = ctx.define(p -> p.exists(FactKind.CONDITION, diabetes, listedInPeriod));

    Definition exclusion = ctx.define(p -> p.exists(FactKind.CONDITION, exclusionDiagnosis, listedInPeriod));
    Definition numerator = ctx.define(p -> p.exists(FactKind.MEDICATION_REQUEST, statin, prescribed));
    Definition exception = ctx.define(p -> p.exists(FactKind.ALLERGY_INTOLERANCE, statinAllergen, allergy)
        || hospice.hasHospiceServices(p)
        || palliative.hasPalliativeCare(p)
        || p.exists(FactKind.CONDITION, liverDiagnosis, listedInPeriod)
        || p.exists(FactKind.CONDITION, muscleSymptoms, listedInPeriod)
        || p.exists(FactKind.CONDITION, esrd, listedInPeriod)
        || p.exists(FactKind.ADVERSE_EVENT, statinAllergen, reaction)
        || p.exists(FactKind.MEDICATION_REQUEST, statin, notOrderedForMedicalReason));
    Definition[] shared = {exclusion, numerator, exception};
    List<GroupDefinition> groups = new ArrayList<>();
    // "Initial Population 1": exists (ASCVD union subsequent NSTEMI) and a qualifying encounter; no age
    groups.add(group(shared, p -> (ascvd.test(p) || p.exists(FactKind.CONDITION, subsequentMi, listedByEnd))
        && qualifying.test(p)));
    // "Initial Population 2": 20-75 at the start, LDL >= 190 or familial hypercholesterolemia, no ASCVD
    groups.add(group(shared, p -> ageAtStartWithin(p, 20, 75) && (ldlHigh.test(p) || familial.test(p))
        && !ascvd.test(p) && qualifying.test(p)));
    // "Initial Population 3": 40-75 at the start with diabetes, without ASCVD, LDL >= 190, hypercholesterolemia
    groups.add(group(shared, p -> ageAtStartWithin(p, 40, 75) && hasDiabetes.test(p)
        && !ascvd.test(p) && !ldlHigh.test(p) && !familial.test(p) && qualifying.test(p)));
    // "Initial Population 4": 40-75 at the start, 10-year risk >= 20%, none of the above
    groups.add(group(shared, p -> ageAtStartWithin(p, 40, 75)
        && p.exists(FactKind.OBSERVATION, cvdRisk, riskAtLeast20)
        && !(ascvd.test(p) || familial.test(p) || ldlHigh.test(p) || hasDiabetes.test(p)) && qualifying.test(p)));
    return List.copyOf(groups);
  }

  /** A group: its own initial population (= denominator), the shared exclusion, numerator, exception. */
  private static GroupDefinition group(Definition[] shared, Definition initialPopulation) {
    PatientCriteria criteria = new PatientCriteria() {
      @Override
      public boolean initialPopulation(PatientRecord p) {
        return initialPopulation.test(p);
      }

      @Override
      public boolean denominatorExclusion(PatientRecord p) {
        return shared[0].test(p);
      }

      @Override
      public boolean numerator(PatientRecord p) {
        return shared[1].test(p);
      }

      @Override
      public boolean denominatorException(PatientRecord p) {
        return shared[2].test(p);
      }
    };
    return GroupDefinition.ofPatients(criteria, Population.INITIAL_POPULATION, Population.DENOMINATOR,
        Population.DENOMINATOR_EXCLUSION, Population.NUMERATOR, Population.DENOMINATOR_EXCEPTION);
  }

  /** {@code AgeInYearsAt(date from start of "Measurement Period") in Interval[low, high]}. */
  private static boolean ageAtStartWithin(PatientRecord p, int low, int high) {
    int age = p.ageAtStart();
    return age >= low && age <= high;
  }

  /**
   * {@code T.repeat.bounds.toInterval() overlaps day of "Measurement Period"} for the first
   * dosage's {@code boundsPeriod} (FHIRHelpers: a missing start is unknown, a missing end ongoing).
   */
  private static boolean boundsOverlapPeriod(MeasurementPeriod mp, FactTable t, int r) {
    long start = Timing.value(t, TimeField.BOUNDS_START, r, mp.offset());
    if (start == Timing.UNKNOWN) {
      return false;
    }
    long end = Timing.periodEnd(t, TimeField.BOUNDS_END, r, mp.offset(), true);
    return Timing.overlapsDays(start, end, mp.startDay(), mp.endDay(), mp.offset());
  }

  /**
   * {@code with "Qualifying Encounter during day of Measurement Period" E such that authoredOn
   * during E.period} (milliseconds, closed).
   */
  private static boolean authoredDuringQualifyingEncounter(PatientRecord p, long authoredOn,
      CompiledValueSet qualifyingEncounter, RowPredicate encounterInPeriod) {
    if (authoredOn == Timing.UNKNOWN) {
      return false;
    }
    FactTable e = p.table(FactKind.ENCOUNTER);
    for (int r = e.start(p.index()), end = e.end(p.index()); r < end; r++) {
      if (e.hasCode(CodedField.CODE, r, qualifyingEncounter) && encounterInPeriod.test(p, e, r)
          && Timing.within(authoredOn, Timing.start(p, e, r), Timing.end(p, e, r))) {
        p.cite(FactKind.ENCOUNTER, r);
        return true;
      }
    }
    return false;
  }

  private static CompiledValueSet union(MeasureContext ctx, String name, String... urls) {
    CompiledValueSet[] sets = new CompiledValueSet[urls.length];
    for (int i = 0; i < urls.length; i++) {
      sets[i] = ctx.valueSet(urls[i]);
    }
    return CompiledValueSet.union(name, sets);
  }

  /** The dataset's strings equivalent to a code under CQL string {@code ~} (case and whitespace). */
  private static TokenSet equivalentTokens(MeasureContext ctx, String value) {
    Tokens tokens = ctx.data().tokens();
    List<String> matches = new ArrayList<>();
    for (int id = 0; id < tokens.size(); id++) {
      String v = tokens.value(id);
      if (v.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT).equals(value)) {
        matches.add(v);
      }
    }
    return ctx.tokens(matches.toArray(new String[0]));
  }
}
