/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.ecqm;

import org.acokit.quality.CollectionType;
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
import org.acokit.measures.logic.MeasureContext;
import org.acokit.measures.logic.PatientRecord;
import org.acokit.measures.logic.RowPredicate;
import org.acokit.measures.patient.FactKind;
import org.acokit.measures.terminology.CompiledValueSet;

/**
 * A test measure: CMS122's initial population, denominator and denominator exclusions only (no
 * numerator), under CMS122's canonical URL, to test the deck runner and the shared libraries
 * against the deck's expected counts.
 */
public final class GlycemicExclusionsMeasure implements PatientMeasure {

  static final String URL = "https://madie.cms.gov/Measure/DiabetesGlycemicStatusAssessmentGreaterThan9PercentFHIR";
  static final String DIABETES = "http://cts.nlm.nih.gov/fhir/ValueSet/2.16.840.1.113883.3.464.1003.103.12.1001";

  @Override
  public MeasureIdentity identity() {
    return new MeasureIdentity(URL, "CMS122", "0.1.002", "001", CollectionType.ELECTRONIC_HEALTH_RECORD,
        "Diabetes: Glycemic Status Assessment Greater Than 9% (populations up to the exclusions)",
        GroupAggregation.SINGLE_GROUP);
  }

  @Override
  public List<GroupDefinition> groups(MeasureContext ctx) {
    AdultOutpatientEncounters encounters = AdultOutpatientEncounters.bind(ctx);
    Hospice hospice = Hospice.bind(ctx);
    PalliativeCare palliative = PalliativeCare.bind(ctx);
    AdvancedIllnessAndFrailty frailty = AdvancedIllnessAndFrailty.bind(ctx);
    QiCoreCommon common = QiCoreCommon.bind(ctx);
    CompiledValueSet diabetes = ctx.valueSet(DIABETES);
    RowPredicate prevalent = common::prevalenceOverlapsDayOfPeriod;
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
    };
    return List.of(GroupDefinition.ofPatients(criteria, Population.INITIAL_POPULATION, Population.DENOMINATOR,
        Population.DENOMINATOR_EXCLUSION));
  }
}
