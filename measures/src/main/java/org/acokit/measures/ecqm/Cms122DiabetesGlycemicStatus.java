/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.ecqm;

import org.acokit.quality.CollectionType;
import org.acokit.quality.Direction;
import java.math.BigDecimal;
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
import org.acokit.measures.logic.PatientFailure;
import org.acokit.measures.logic.PatientRecord;
import org.acokit.measures.logic.RowPredicate;
import org.acokit.measures.logic.Timing;
import org.acokit.measures.patient.CodedField;
import org.acokit.measures.patient.FactFlag;
import org.acokit.measures.patient.FactKind;
import org.acokit.measures.patient.FactTable;
import org.acokit.measures.patient.NumberField;
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
 * (2) {@code valueQuantity.system} is not read (FHIRHelpers raises an error for a system other
 * than UCUM).
 * <p>
 * Units (the numerator is evaluated for patients in the denominator and not excluded): the CQL converts every assessment of the most recent day with {@code value as Quantity}
 * (FHIRHelpers {@code ToQuantity}: the unit is {@code valueQuantity.code}, else {@code .unit}, else
 * UCUM {@code '1'}), orders them ({@code sort by}) and compares the lowest with {@code 9 '%'}. So
 * every same-day quantity must be in {@code %} or the UCUM unity {@code 1} (a fraction: 0.095 is
 * 9.5 %), compared in exact decimal arithmetic; any other unit on that day, or a
 * {@code comparator} (an error in FHIRHelpers), fails the patient ({@link PatientFailure},
 * {@code INVALID_VALUE} at {@code Observation.valueQuantity.code} or {@code .comparator}, naming
 * the Observation, the unit, the value and the allowed units) instead of counting as "not above
 * 9 %". An IFCC result in {@code mmol/mol} is such a failure on purpose: UCUM makes mmol/mol
 * dimensionless and would turn 75 mmol/mol into 7.5 %, but 75 mmol/mol is an NGSP 9.0 % by the
 * IFCC-NGSP master equation (NGSP = 0.0915 x IFCC + 2.15, a calibration between two measurands,
 * not a unit conversion), which the measure does not specify. Assessments of earlier days are never
 * compared, so their units are not checked. Immutable and thread-safe.
 */
public final class Cms122DiabetesGlycemicStatus implements PatientMeasure {

  /** The Measure's canonical URL. */
  public static final String URL =
      "https://madie.cms.gov/Measure/DiabetesGlycemicStatusAssessmentGreaterThan9PercentFHIR";
  static final String DIABETES = "http://cts.nlm.nih.gov/fhir/ValueSet/2.16.840.1.113883.3.464.1003.103.12.1001";
  static final String HBA1C_LABORATORY_TEST =
      "http://cts.nlm.nih.gov/fhir/ValueSet/2.16.840.1.113883.3.464.1003.198.12.1013";

  /** Appended to an unconvertible-unit failure: why mmol/mol is not among the allowed units. */
  static final String IFCC_NOTE = "; an IFCC HbA1c in mmol/mol is not converted: UCUM makes mmol/mol a"
      + " dimensionless 0.1 %, but the NGSP % the threshold is written in relates to IFCC mmol/mol by the"
      + " IFCC-NGSP master equation (NGSP = 0.0915 x IFCC + 2.15), a calibration, not a unit conversion";

  /** Creates the measure (ServiceLoader). */
  public Cms122DiabetesGlycemicStatus() {
  }

  /**
   * Lower is better: an inverse measure (its eCQM specification: "a lower score indicates better
   * quality"). The deck's Measure resources are no help here: every group's
   * {@code cqfm-improvementNotation} reads code {@code decrease} with display {@code increase}.
   *
   * @return {@link Direction#LOWER_IS_BETTER}
   */
  @Override
  public Direction direction() {
    return Direction.LOWER_IS_BETTER;
  }

  @Override
  public MeasureIdentity identity() {
    return new MeasureIdentity(URL, "CMS122", "0.1.002", "001", CollectionType.ELECTRONIC_HEALTH_RECORD,
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
    QuantityThreshold above9 = QuantityThreshold.percent(ctx.data(),
        "\"Has Most Recent Elevated Glycemic Status Assessment\"", QuantityThreshold.Comparison.GREATER_THAN, "9",
        IFCC_NOTE);
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
        int lowest = lowestOnMostRecentDay(p, glycemicStatus, above9, offset);
        if (lowest < 0) {
          return true; // "Has No Record Of Glycemic Status Assessment"
        }
        FactTable t = p.table(FactKind.OBSERVATION);
        return !t.flag(FactFlag.HAS_VALUE, lowest) // "... Without Result": value is null
            || above9.meets(t, lowest); // "... Elevated": value > 9 '%'
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
   * ascending with nulls first (ties: the earlier row, as a stable sort keeps it); cites it. The
   * sort converts and orders every same-day quantity, so each must be in a unit that converts to
   * {@code %}, whether or not a null sorts first.
   *
   * @return the observation row, or -1 when there is no assessment
   * @throws PatientFailure if a same-day quantity has a comparator or a unit that does not convert
   */
  static int lowestOnMostRecentDay(PatientRecord p, RowPredicate glycemicStatus, QuantityThreshold units,
      ZoneOffset offset) {
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
    BigDecimal lowestFactor = null;
    int firstNull = -1;
    for (int r = from; r < to; r++) {
      if (glycemicStatus.test(p, t, r) && Timing.day(Timing.latest(p, t, r), offset) == mostRecentDay) {
        if (!QuantityThreshold.isQuantity(t, r)) {
          firstNull = firstNull < 0 ? r : firstNull; // null sorts first: the first null is the lowest
          continue;
        }
        BigDecimal factor = units.factor(t, r);
        if (lowest < 0 || QuantityThreshold.compare(t.number(NumberField.VALUE, r), factor,
            t.number(NumberField.VALUE, lowest), lowestFactor) < 0) {
          lowest = r;
          lowestFactor = factor;
        }
      }
    }
    int decided = firstNull >= 0 ? firstNull : lowest;
    p.cite(FactKind.OBSERVATION, decided);
    return decided;
  }
}
