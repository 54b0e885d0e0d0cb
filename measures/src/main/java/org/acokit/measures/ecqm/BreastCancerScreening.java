/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.ecqm;

import java.util.List;

import org.acokit.measures.definition.GroupAggregation;
import org.acokit.measures.definition.GroupDefinition;
import org.acokit.measures.definition.MeasureIdentity;
import org.acokit.measures.definition.PatientCriteria;
import org.acokit.measures.definition.PatientMeasure;
import org.acokit.measures.definition.Population;
import org.acokit.measures.library.AdultOutpatientEncounters;
import org.acokit.measures.library.AdvancedIllnessAndFrailty;
import org.acokit.measures.library.Hospice;
import org.acokit.measures.library.PalliativeCare;
import org.acokit.measures.library.QiCoreCommon;
import org.acokit.measures.library.Status;
import org.acokit.measures.logic.MeasureContext;
import org.acokit.measures.logic.MeasurementPeriod;
import org.acokit.measures.logic.PatientRecord;
import org.acokit.measures.logic.RowPredicate;
import org.acokit.measures.logic.Timing;
import org.acokit.measures.patient.AdministrativeSex;
import org.acokit.measures.patient.CodedField;
import org.acokit.measures.patient.FactKind;
import org.acokit.measures.terminology.CodeSystems;
import org.acokit.measures.terminology.CompiledValueSet;

/**
 * CMS125 / MIPS 112, Breast Cancer Screening: the percentage of women 52-74 years of age who had a
 * mammogram to screen for breast cancer in the 27 months before the end of the measurement period.
 * Follows the CQL library {@code BreastCancerScreeningFHIR} 0.0.001 (QI-Core 4.1.1, measurement
 * period 2025), one patient-based proportion group.
 * <ul>
 * <li>Initial population (= denominator): women ({@code Patient.gender = 'female'}) aged 52 to 74
 * at the end of the measurement period with a qualifying outpatient encounter
 * (AdultOutpatientEncounters).</li>
 * <li>Denominator exclusions: hospice services; a right and a left mastectomy (each by a
 * "status post" or unspecified-laterality diagnosis with the body site, or a completed unilateral
 * procedure), a bilateral mastectomy diagnosis or procedure, all on or before the end of the
 * period at millisecond precision (the CQL writes no "day of" here); age 66 or older with
 * advanced illness and frailty, or living long term in a nursing home; palliative care.</li>
 * <li>Numerator: a performed mammogram ({@code isDiagnosticStudyPerformed}) whose effective time
 * ends during day of October 1 two years before the period through its end.</li>
 * </ul>
 * The CQL declares the code "Female" (v3 AdministrativeGender F) but compares the FHIR gender
 * string: so does this class. Named gaps: none beyond the foundation's (values of less than day
 * precision). Immutable and thread-safe.
 */
public final class BreastCancerScreening implements PatientMeasure {

  /** The canonical URL, {@code Measure.url}. */
  public static final String URL = "https://madie.cms.gov/Measure/BreastCancerScreeningFHIR";

  private static final String VS = "http://cts.nlm.nih.gov/fhir/ValueSet/";
  static final String BILATERAL_MASTECTOMY = VS + "2.16.840.1.113883.3.464.1003.198.12.1005";
  static final String HISTORY_OF_BILATERAL_MASTECTOMY = VS + "2.16.840.1.113883.3.464.1003.198.12.1068";
  static final String MAMMOGRAPHY = VS + "2.16.840.1.113883.3.464.1003.108.12.1018";
  static final String STATUS_POST_LEFT_MASTECTOMY = VS + "2.16.840.1.113883.3.464.1003.198.12.1069";
  static final String STATUS_POST_RIGHT_MASTECTOMY = VS + "2.16.840.1.113883.3.464.1003.198.12.1070";
  static final String UNILATERAL_MASTECTOMY_LEFT = VS + "2.16.840.1.113883.3.464.1003.198.12.1133";
  static final String UNILATERAL_MASTECTOMY_RIGHT = VS + "2.16.840.1.113883.3.464.1003.198.12.1134";
  static final String UNILATERAL_MASTECTOMY_UNSPECIFIED = VS + "2.16.840.1.113883.3.464.1003.198.12.1071";

  /** Creates the measure (the ServiceLoader's constructor). */
  public BreastCancerScreening() {
  }

  @Override
  public MeasureIdentity identity() {
    return new MeasureIdentity(URL, "CMS125", "0.0.001", "112", "electronicHealthRecord", "Breast Cancer Screening",
        GroupAggregation.SINGLE_GROUP);
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
    CompiledValueSet rightDiagnosis = ctx.valueSet(STATUS_POST_RIGHT_MASTECTOMY);
    CompiledValueSet leftDiagnosis = ctx.valueSet(STATUS_POST_LEFT_MASTECTOMY);
    CompiledValueSet unspecifiedDiagnosis = ctx.valueSet(UNILATERAL_MASTECTOMY_UNSPECIFIED);
    CompiledValueSet bilateralDiagnosis = ctx.valueSet(HISTORY_OF_BILATERAL_MASTECTOMY);
    CompiledValueSet rightProcedure = ctx.valueSet(UNILATERAL_MASTECTOMY_RIGHT);
    CompiledValueSet leftProcedure = ctx.valueSet(UNILATERAL_MASTECTOMY_LEFT);
    CompiledValueSet bilateralProcedure = ctx.valueSet(BILATERAL_MASTECTOMY);
    CompiledValueSet mammography = ctx.valueSet(MAMMOGRAPHY);
    int right = ctx.code(CodeSystems.SNOMED_CT, "24028007");
    int left = ctx.code(CodeSystems.SNOMED_CT, "7771000");
    // "October 1 Two Years Prior to the Measurement Period": DateTime(year from start of MP - 2, 10, 1, ..., offset 0)
    long octoberFirst = mp.firstDay().minusYears(2).withMonth(10).withDayOfMonth(1).toEpochDay();

    // prevalenceInterval() starts on or before end of "Measurement Period" (milliseconds)
    RowPredicate diagnosedByEnd = (p, t, r) -> Timing.onOrBefore(common.prevalenceStart(p, t, r), mp.end());
    RowPredicate rightUnspecified = (p, t, r) -> t.hasCode(CodedField.BODY_SITE, r, right)
        && diagnosedByEnd.test(p, t, r);
    RowPredicate leftUnspecified = (p, t, r) -> t.hasCode(CodedField.BODY_SITE, r, left)
        && diagnosedByEnd.test(p, t, r);
    // isProcedurePerformed() where performed.toInterval() ends on or before end of "Measurement Period" (milliseconds)
    RowPredicate performedByEnd = (p, t, r) -> status.isCompleted(t, r)
        && Timing.onOrBefore(Timing.end(p, t, r), mp.end());
    RowPredicate mammogram = (p, t, r) -> status.isFinalObservation(t, r)
        && Timing.dayWithin(Timing.end(p, t, r), octoberFirst, mp.endDay(), mp.offset());

    PatientCriteria criteria = new PatientCriteria() {
      @Override
      public boolean initialPopulation(PatientRecord p) {
        int age = p.ageAtEnd();
        return age >= 52 && age <= 74 && p.data().sex(p.index()) == AdministrativeSex.FEMALE
            && encounters.hasQualifyingEncounter(p);
      }

      @Override
      public boolean denominatorExclusion(PatientRecord p) {
        return hospice.hasHospiceServices(p)
            || (rightMastectomy(p) && leftMastectomy(p))
            || p.exists(FactKind.CONDITION, bilateralDiagnosis, diagnosedByEnd)
            || p.exists(FactKind.PROCEDURE, bilateralProcedure, performedByEnd)
            || frailty.isAge66OrOlderWithAdvancedIllnessAndFrailty(p)
            || frailty.isAge66OrOlderLivingLongTermInNursingHome(p)
            || palliative.hasPalliativeCare(p);
      }

      private boolean rightMastectomy(PatientRecord p) {
        return p.exists(FactKind.CONDITION, rightDiagnosis, diagnosedByEnd)
            || p.exists(FactKind.CONDITION, unspecifiedDiagnosis, rightUnspecified)
            || p.exists(FactKind.PROCEDURE, rightProcedure, performedByEnd);
      }

      private boolean leftMastectomy(PatientRecord p) {
        return p.exists(FactKind.CONDITION, leftDiagnosis, diagnosedByEnd)
            || p.exists(FactKind.CONDITION, unspecifiedDiagnosis, leftUnspecified)
            || p.exists(FactKind.PROCEDURE, leftProcedure, performedByEnd);
      }

      @Override
      public boolean numerator(PatientRecord p) {
        return p.exists(FactKind.OBSERVATION, mammography, mammogram);
      }
    };
    return List.of(GroupDefinition.ofPatients(criteria, Population.INITIAL_POPULATION, Population.DENOMINATOR,
        Population.DENOMINATOR_EXCLUSION, Population.NUMERATOR));
  }
}
