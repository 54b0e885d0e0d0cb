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
import org.acokit.measures.definition.Stratifier;
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
import org.acokit.measures.patient.FactFlag;
import org.acokit.measures.patient.FactKind;
import org.acokit.measures.terminology.CompiledValueSet;

/**
 * CMS130 / MIPS 113, Colorectal Cancer Screening: the percentage of patients 46-75 years of age
 * who had appropriate screening for colorectal cancer. Follows the CQL library
 * {@code ColonCancerScreeningFHIR} 0.1.000 (QI-Core 4.1.1, measurement period 2025), one
 * patient-based proportion group with two stratifiers.
 * <ul>
 * <li>Initial population (= denominator): aged 46 to 75 at the end of the measurement period, with
 * a qualifying outpatient encounter (AdultOutpatientEncounters); no sex criterion.</li>
 * <li>Denominator exclusion (the Measure names it {@code "Denominator Exclusion"}): hospice
 * services; a malignant neoplasm of the colon whose prevalence starts on or before day of the end
 * of the period; a completed total colectomy ending on or before day of the end of the period; age
 * 66 or older with advanced illness and frailty, or living long term in a nursing home; palliative
 * care.</li>
 * <li>Numerator, look-backs by calendar day ending on the last day of the period: a laboratory
 * FOBT with a value whose latest time is in the period; an sDNA-FIT test with a value in the
 * period or the 2 years before; a completed flexible sigmoidoscopy ending in the period or the 4
 * years before; a CT colonography ({@code isDiagnosticStudyPerformed}: no category needed) ending
 * in the period or the 4 years before; a completed colonoscopy ending in the period or the 9 years
 * before.</li>
 * <li>Stratifiers: {@code "Stratification 1"} ages 46-49, {@code "Stratification 2"} ages 50-75,
 * at the end of the period.</li>
 * </ul>
 * Named gaps: none beyond the foundation's (values of less than day precision). Immutable and
 * thread-safe.
 */
public final class ColorectalCancerScreening implements PatientMeasure {

  /** The canonical URL, {@code Measure.url}. */
  public static final String URL = "https://madie.cms.gov/Measure/ColonCancerScreeningFHIR";

  private static final String VS = "http://cts.nlm.nih.gov/fhir/ValueSet/";
  static final String COLONOSCOPY = VS + "2.16.840.1.113883.3.464.1003.108.12.1020";
  static final String CT_COLONOGRAPHY = VS + "2.16.840.1.113883.3.464.1003.108.12.1038";
  static final String FOBT = VS + "2.16.840.1.113883.3.464.1003.198.12.1011";
  static final String SDNA_FIT = VS + "2.16.840.1.113883.3.464.1003.108.12.1039";
  static final String FLEXIBLE_SIGMOIDOSCOPY = VS + "2.16.840.1.113883.3.464.1003.198.12.1010";
  static final String MALIGNANT_NEOPLASM_OF_COLON = VS + "2.16.840.1.113883.3.464.1003.108.12.1001";
  static final String TOTAL_COLECTOMY = VS + "2.16.840.1.113883.3.464.1003.198.12.1019";

  /** Creates the measure (the ServiceLoader's constructor). */
  public ColorectalCancerScreening() {
  }

  @Override
  public MeasureIdentity identity() {
    return new MeasureIdentity(URL, "CMS130", "0.1.000", "113", "electronicHealthRecord",
        "Colorectal Cancer Screening", GroupAggregation.SINGLE_GROUP);
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
    CompiledValueSet neoplasm = ctx.valueSet(MALIGNANT_NEOPLASM_OF_COLON);
    CompiledValueSet colectomy = ctx.valueSet(TOTAL_COLECTOMY);
    CompiledValueSet fobt = ctx.valueSet(FOBT);
    CompiledValueSet sdna = ctx.valueSet(SDNA_FIT);
    CompiledValueSet sigmoidoscopy = ctx.valueSet(FLEXIBLE_SIGMOIDOSCOPY);
    CompiledValueSet colonography = ctx.valueSet(CT_COLONOGRAPHY);
    CompiledValueSet colonoscopy = ctx.valueSet(COLONOSCOPY);
    long end = mp.endDay();
    long twoYears = mp.firstDay().minusYears(2).toEpochDay();
    long fourYears = mp.firstDay().minusYears(4).toEpochDay();
    long nineYears = mp.firstDay().minusYears(9).toEpochDay();

    RowPredicate cancer = common::prevalenceStartsOnOrBeforeDayOfEnd;
    RowPredicate colectomyByEnd = (p, t, r) -> status.isCompleted(t, r)
        && Timing.onOrBeforeDay(Timing.end(p, t, r), end, mp.offset());
    RowPredicate fobtInPeriod = (p, t, r) -> status.isLaboratoryTestPerformed(t, r) && t.flag(FactFlag.HAS_VALUE, r)
        && Timing.latestDuringDayOfPeriod(p, t, r);
    RowPredicate sdnaInThreeYears = (p, t, r) -> status.isLaboratoryTestPerformed(t, r)
        && t.flag(FactFlag.HAS_VALUE, r) && Timing.dayWithin(Timing.latest(p, t, r), twoYears, end, mp.offset());
    RowPredicate sigmoidoscopyInFiveYears = (p, t, r) -> status.isCompleted(t, r)
        && Timing.dayWithin(Timing.end(p, t, r), fourYears, end, mp.offset());
    RowPredicate colonographyInFiveYears = (p, t, r) -> status.isFinalObservation(t, r)
        && Timing.dayWithin(Timing.end(p, t, r), fourYears, end, mp.offset());
    RowPredicate colonoscopyInTenYears = (p, t, r) -> status.isCompleted(t, r)
        && Timing.dayWithin(Timing.end(p, t, r), nineYears, end, mp.offset());

    PatientCriteria criteria = new PatientCriteria() {
      @Override
      public boolean initialPopulation(PatientRecord p) {
        int age = p.ageAtEnd();
        return age >= 46 && age <= 75 && encounters.hasQualifyingEncounter(p);
      }

      @Override
      public boolean denominatorExclusion(PatientRecord p) {
        return hospice.hasHospiceServices(p)
            || p.exists(FactKind.CONDITION, neoplasm, cancer)
            || p.exists(FactKind.PROCEDURE, colectomy, colectomyByEnd)
            || frailty.isAge66OrOlderWithAdvancedIllnessAndFrailty(p)
            || frailty.isAge66OrOlderLivingLongTermInNursingHome(p)
            || palliative.hasPalliativeCare(p);
      }

      @Override
      public boolean numerator(PatientRecord p) {
        return p.exists(FactKind.OBSERVATION, fobt, fobtInPeriod)
            || p.exists(FactKind.OBSERVATION, sdna, sdnaInThreeYears)
            || p.exists(FactKind.PROCEDURE, sigmoidoscopy, sigmoidoscopyInFiveYears)
            || p.exists(FactKind.OBSERVATION, colonography, colonographyInFiveYears)
            || p.exists(FactKind.PROCEDURE, colonoscopy, colonoscopyInTenYears);
      }
    };
    List<Stratifier> strata = List.of(
        Stratifier.ofCriterion("Stratification 1", p -> ageAtEndWithin(p, 46, 49)),
        Stratifier.ofCriterion("Stratification 2", p -> ageAtEndWithin(p, 50, 75)));
    return List.of(GroupDefinition.ofPatients(criteria, Population.INITIAL_POPULATION, Population.DENOMINATOR,
        Population.DENOMINATOR_EXCLUSION, Population.NUMERATOR).withStratifiers(strata));
  }

  /** {@code AgeInYearsAt(date from end of "Measurement Period") in Interval[low, high]}. */
  private static boolean ageAtEndWithin(PatientRecord p, int low, int high) {
    int age = p.ageAtEnd();
    return age >= low && age <= high;
  }
}
