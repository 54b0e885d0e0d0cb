/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.ecqm;

import java.time.ZoneOffset;
import java.util.List;

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
import org.acokit.measures.logic.PatientRecord;
import org.acokit.measures.logic.RowPredicate;
import org.acokit.measures.logic.Timing;
import org.acokit.measures.patient.CodedField;
import org.acokit.measures.patient.FactFlag;
import org.acokit.measures.patient.FactKind;
import org.acokit.measures.patient.FactTable;
import org.acokit.measures.patient.NumberField;
import org.acokit.measures.patient.TokenField;
import org.acokit.measures.terminology.CodeSystems;
import org.acokit.measures.terminology.CompiledValueSet;

/**
 * CMS122 (MIPS 001), Diabetes: Glycemic Status Assessment Greater Than 9%: the share of patients
 * 18-75 with diabetes whose most recent glycemic status (HbA1c or glucose management indicator) in
 * the measurement period is above 9%, is missing a result, or was never assessed. An inverse
 * measure: the numerator is poor control, a lower rate is better.
 * <p>
 * Populations (one group, patient-based proportion), following the CQL of
 * {@code DiabetesGlycemicStatusAssessmentGreaterThan9PercentFHIR} 0.1.002 (QI-Core 4.1.1,
 * measurement period 2025):
 * <ul>
 *   <li>Initial population and denominator: age 18 to 75 at the end of the period, a qualifying
 *       outpatient encounter during day of the period (AdultOutpatientEncounters), and a "Diabetes"
 *       condition whose prevalence interval overlaps day of the period.</li>
 *   <li>Denominator exclusions: hospice services; 66 or older living long term in a nursing home;
 *       66 or older with frailty and advanced illness or dementia medications; palliative care.</li>
 *   <li>Numerator: take the glycemic status assessments ("HbA1c Laboratory Test" or LOINC 97506-0,
 *       laboratory test performed: final, amended or corrected, category laboratory) whose
 *       {@code latest()} timing falls during day of the period; on the most recent day among them,
 *       the one with the lowest {@code value as Quantity} (CQL sorts nulls first, so a same-day
 *       assessment without a quantity value is the lowest). In the numerator if that assessment has
 *       no {@code value[x]} at all, or its value is greater than 9 %, or there is no assessment.</li>
 * </ul>
 * Named gaps: (1) the deck's test cases 8956ebb5 and 6630d394 ("NUMPass") expect numerator 1 for
 * an assessment whose value is the CodeableConcept SNOMED 373066001 "Yes", which this CQL scores 0
 * (not a Quantity, not null; test case 5ed37c9e has the same shape and expects 0); the following
 * year's upstream content ({@code cqframework/ecqm-content-qicore-2025}) gives those two
 * Observations {@code valueQuantity} 9.1 %. They are reported as mismatches, not special-cased.
 * (2) A {@code valueQuantity} with neither {@code code} nor {@code unit} counts as no quantity
 * (FHIRHelpers would give it the unit '1'); only the UCUM unit {@code %} is compared with 9 %
 * (no unit conversion), and same-day quantities are ordered by value whatever their units.
 * (3) A {@code valueQuantity} with a {@code comparator} is read as its value (FHIRHelpers raises
 * an error). Immutable and thread-safe.
 */
public final class Cms122DiabetesGlycemicStatus implements PatientMeasure {

  /** The Measure's canonical URL. */
  public static final String URL =
      "https://madie.cms.gov/Measure/DiabetesGlycemicStatusAssessmentGreaterThan9PercentFHIR";
  static final String DIABETES = "http://cts.nlm.nih.gov/fhir/ValueSet/2.16.840.1.113883.3.464.1003.103.12.1001";
  static final String HBA1C_LABORATORY_TEST =
      "http://cts.nlm.nih.gov/fhir/ValueSet/2.16.840.1.113883.3.464.1003.198.12.1013";

  /** Creates the measure (ServiceLoader). */
  public Cms122DiabetesGlycemicStatus() {
  }

  @Override
  public MeasureIdentity identity() {
    return new MeasureIdentity(URL, "CMS122", "0.1.002", "001", "electronicHealthRecord",
        "Diabetes: Glycemic Status Assessment Greater Than 9%", GroupAggregation.SINGLE_GROUP);
  }

  @Override
  public List<GroupDefinition> groups(MeasureContext ctx) {
    AdultOutpatientEncounters encounters = AdultOutpatientEncounters.bind(ctx);
    Hospice hospice = Hospice.bind(ctx);
    PalliativeCare palliative = PalliativeCare.bind(ctx);
    AdvancedIllnessAndFrailty frailty = AdvancedIllnessAndFrailty.bind(ctx);
    QiCoreCommon common = QiCoreCommon.bind(ctx);
    Status status = Status.bind(ctx);
    CompiledValueSet diabetes = ctx.valueSet(DIABETES);
    CompiledValueSet hba1c = ctx.valueSet(HBA1C_LABORATORY_TEST);
    int gmi = ctx.code(CodeSystems.LOINC, "97506-0");
    int percent = ctx.token("%");
    ZoneOffset offset = ctx.period().offset();
    RowPredicate prevalent = common::prevalenceOverlapsDayOfPeriod;
    // "Glycemic Status Assessment": ([Observation: "HbA1c Laboratory Test"] union [Observation:
    // "Glucose management indicator"]).isLaboratoryTestPerformed() where latest() during day of MP
    RowPredicate glycemicStatus = (p, t, r) -> (t.hasCode(CodedField.CODE, r, hba1c) || t.hasCode(CodedField.CODE, r, gmi))
        && status.isLaboratoryTestPerformed(t, r) && Timing.latestDuringDayOfPeriod(p, t, r);
    PatientCriteria criteria = new PatientCriteria() {
      @Override
      public boolean initialPopulation(PatientRecord p) {
        int age = p.ageAtEnd();
        return age >= 18 && age <= 75 && encounters.hasQualifyingEncounter(p)
            && p.exists(FactKind.CONDITION, diabetes, prevalent);
      }

      @Override
      public boolean denominatorExclusion(PatientRecord p) {
        return hospice.hasHospiceServices(p) || frailty.isAge66OrOlderLivingLongTermInNursingHome(p)
            || frailty.isAge66OrOlderWithAdvancedIllnessAndFrailty(p) || palliative.hasPalliativeCare(p);
      }

      @Override
      public boolean numerator(PatientRecord p) {
        int lowest = lowestOnMostRecentDay(p, glycemicStatus, offset);
        if (lowest < 0) {
          return true; // "Has No Record Of Glycemic Status Assessment"
        }
        FactTable t = p.table(FactKind.OBSERVATION);
        return !t.flag(FactFlag.HAS_VALUE, lowest) // "... Without Result": value is null
            || isQuantity(t, lowest) && t.token(TokenField.VALUE_UNIT, lowest) == percent
                && t.number(NumberField.VALUE, lowest) > 9; // "... Elevated": value > 9 '%'
      }
    };
    return List.of(GroupDefinition.ofPatients(criteria, Population.INITIAL_POPULATION, Population.DENOMINATOR,
        Population.DENOMINATOR_EXCLUSION, Population.NUMERATOR));
  }

  @Override
  public List<Stratifier> supplementalData(MeasureContext ctx) {
    return SupplementalData.standard(ctx);
  }

  /**
   * {@code "Lowest Glycemic Status Assessment Reading on Most Recent Day"}: among the assessments
   * on the most recent day ({@code date from latest()}), the first by {@code value as Quantity}
   * ascending with nulls first (ties: the earlier row, as a stable sort keeps it); cites it.
   *
   * @return the observation row, or -1 when there is no assessment
   */
  static int lowestOnMostRecentDay(PatientRecord p, RowPredicate glycemicStatus, ZoneOffset offset) {
    FactTable t = p.table(FactKind.OBSERVATION);
    int from = t.start(p.index());
    int to = t.end(p.index());
    long mostRecentDay = Timing.UNKNOWN;
    for (int r = from; r < to; r++) {
      if (glycemicStatus.test(p, t, r)) {
        mostRecentDay = Math.max(mostRecentDay, Timing.day(Timing.latest(p, t, r), offset));
      }
    }
    if (mostRecentDay == Timing.UNKNOWN) {
      return -1;
    }
    int lowest = -1;
    for (int r = from; r < to; r++) {
      if (glycemicStatus.test(p, t, r) && Timing.day(Timing.latest(p, t, r), offset) == mostRecentDay) {
        if (!isQuantity(t, r)) {
          lowest = r; // null sorts first: the first null is the lowest
          break;
        }
        if (lowest < 0 || t.number(NumberField.VALUE, r) < t.number(NumberField.VALUE, lowest)) {
          lowest = r;
        }
      }
    }
    p.cite(FactKind.OBSERVATION, lowest);
    return lowest;
  }

  /** {@code value as Quantity} is not null: a numeric value with a unit (booleans and integers have none). */
  static boolean isQuantity(FactTable t, int row) {
    return t.hasNumber(NumberField.VALUE, row) && t.token(TokenField.VALUE_UNIT, row) >= 0;
  }
}
