/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.ecqm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.acokit.io.ValueWithFailures;
import org.acokit.measures.evaluation.PopulationCounts;
import org.acokit.measures.logic.PatientFailure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CMS347's subtle rules on hand-built patients (counts per group: IP DEN DENEX NUM DENEXCEP). */
class Cms347RulesTest {

  @TempDir
  Path dir;

  static final String OFFICE_VISIT = """
      {"resourceType":"Encounter","id":"e1","status":"finished","subject":{"reference":"$P"},
       "type":[{"coding":[{"system":"http://www.ama-assn.org/go/cpt","code":"99213"}]}],
       "period":{"start":"2025-03-01T09:00:00.000Z","end":"2025-03-01T10:00:00.000Z"}}""";
  static final String MI = """
      {"resourceType":"Condition","id":"mi","subject":{"reference":"$P"},
       "category":[{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/condition-category","code":"problem-list-item"}]}],
       "clinicalStatus":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/condition-clinical","code":"active"}]},
       "code":{"coding":[{"system":"http://hl7.org/fhir/sid/icd-10-cm","code":"I21.01"}]},"onsetDateTime":"2015-01-01T00:00:00Z"}""";
  static final String DIABETES = """
      {"resourceType":"Condition","id":"dm","subject":{"reference":"$P"},
       "category":[{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/condition-category","code":"problem-list-item"}]}],
       "clinicalStatus":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/condition-clinical","code":"active"}]},
       "code":{"coding":[{"system":"http://hl7.org/fhir/sid/icd-10-cm","code":"E10.10"}]},"onsetDateTime":"2020-01-01T00:00:00Z"}""";
  static final String STATIN = """
      {"resourceType":"MedicationRequest","id":"%s","status":"completed","intent":"order","doNotPerform":%s,
       "subject":{"reference":"$P"},"authoredOn":"2025-03-01T09:30:00.000Z",
       "medicationCodeableConcept":{"coding":[{"system":"http://www.nlm.nih.gov/research/umls/rxnorm","code":"1422096"}]},
       "reasonCode":[{"coding":[{"system":"http://snomed.info/sct","code":"%s"}]}]}""";

  static String ldl(String id, String quantity) {
    return """
        {"resourceType":"Observation","id":"%s","status":"final","subject":{"reference":"$P"},
         "code":{"coding":[{"system":"http://loinc.org","code":"13457-7"}]},"effectiveDateTime":"2024-06-01T00:00:00Z",
         "valueQuantity":%s}""".formatted(id, quantity);
  }

  static String breastfeeding(String id, String status, String abatement) {
    return """
        {"resourceType":"Condition","id":"%s","subject":{"reference":"$P"},
         "category":[{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/condition-category","code":"problem-list-item"}]}],
         "clinicalStatus":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/condition-clinical","code":"%s"}]},
         "code":{"coding":[{"system":"http://hl7.org/fhir/sid/icd-10-cm","code":"O91.03"}]},
         "onsetDateTime":"2024-06-01T00:00:00Z"%s}""".formatted(id, status, abatement);
  }

  @Test
  void aDoNotPerformStatinIsNoPrescriptionButWithAMedicalReasonInTheVisitItIsAnException() {
    HandBuiltBundles.Evaluation e = new HandBuiltBundles(dir)
        .patient("prescribed", "1960-01-01", "male", OFFICE_VISIT, MI, STATIN.formatted("s", "false", "1"))
        .patient("not-prescribed", "1960-01-01", "male", OFFICE_VISIT, MI, STATIN.formatted("s", "true", "1"))
        .patient("medical-reason", "1960-01-01", "male", OFFICE_VISIT, MI, STATIN.formatted("s", "true", "183932001"))
        .evaluate(new StatinTherapy());
    assertThat(e.counts("prescribed")).isEqualTo("1 1 0 1 0 | 0 0 0 0 0 | 0 0 0 0 0 | 0 0 0 0 0");
    assertThat(e.counts("not-prescribed")).isEqualTo("1 1 0 0 0 | 0 0 0 0 0 | 0 0 0 0 0 | 0 0 0 0 0");
    assertThat(e.counts("medical-reason")).isEqualTo("1 1 0 0 1 | 0 0 0 0 0 | 0 0 0 0 0 | 0 0 0 0 0");
  }

  @Test
  void agesAreAtTheStartOfThePeriodAndGroupOneHasNone() {
    HandBuiltBundles.Evaluation e = new HandBuiltBundles(dir)
        .patient("75-at-start", "1949-12-31", "female", OFFICE_VISIT, DIABETES)
        .patient("76-at-start", "1948-12-31", "female", OFFICE_VISIT, DIABETES)
        .patient("ascvd-at-2", "2023-01-01", "female", OFFICE_VISIT, MI)
        .evaluate(new StatinTherapy());
    assertThat(e.counts("75-at-start")).as("76 at the end, 75 at the start").isEqualTo(
        "0 0 0 0 0 | 0 0 0 0 0 | 1 1 0 0 0 | 0 0 0 0 0");
    assertThat(e.counts("76-at-start")).isEqualTo("0 0 0 0 0 | 0 0 0 0 0 | 0 0 0 0 0 | 0 0 0 0 0");
    assertThat(e.counts("ascvd-at-2")).isEqualTo("1 1 0 0 0 | 0 0 0 0 0 | 0 0 0 0 0 | 0 0 0 0 0");
  }

  @Test
  void ldlIsInclusiveAt190MgPerDlAndConvertsMassConcentrations() {
    HandBuiltBundles.Evaluation e = new HandBuiltBundles(dir)
        .patient("190", "1980-01-01", "male", OFFICE_VISIT, ldl("l", "{\"value\":190,\"code\":\"mg/dL\"}"))
        .patient("189.9", "1980-01-01", "male", OFFICE_VISIT, ldl("l", "{\"value\":189.9,\"code\":\"mg/dL\"}"))
        .patient("1.9-g/L", "1980-01-01", "male", OFFICE_VISIT, ldl("l", "{\"value\":1.9,\"code\":\"g/L\"}"))
        .patient("1.89-g/L", "1980-01-01", "male", OFFICE_VISIT, ldl("l", "{\"value\":1.89,\"code\":\"g/L\"}"))
        .patient("integer", "1980-01-01", "male", OFFICE_VISIT, """
            {"resourceType":"Observation","id":"l","status":"final","subject":{"reference":"$P"},
             "code":{"coding":[{"system":"http://loinc.org","code":"13457-7"}]},"effectiveDateTime":"2024-06-01T00:00:00Z",
             "valueInteger":250}""")
        .evaluate(new StatinTherapy());
    String inGroup2 = "0 0 0 0 0 | 1 1 0 0 0 | 0 0 0 0 0 | 0 0 0 0 0";
    String nowhere = "0 0 0 0 0 | 0 0 0 0 0 | 0 0 0 0 0 | 0 0 0 0 0";
    assertThat(e.counts("190")).isEqualTo(inGroup2);
    assertThat(e.counts("189.9")).isEqualTo(nowhere);
    assertThat(e.counts("1.9-g/L")).isEqualTo(inGroup2);
    assertThat(e.counts("1.89-g/L")).isEqualTo(nowhere);
    assertThat(e.counts("integer")).as("value as Quantity is null for a valueInteger").isEqualTo(nowhere);
  }

  @Test
  void anLdlInAUnitThatCannotConvertFailsItsPatientNamingResourceFieldValueAndUnitsAndKeepsTheOthers() {
    HandBuiltBundles.Evaluation e = new HandBuiltBundles(dir)
        .patient("molar", "1980-01-01", "male", OFFICE_VISIT, ldl("ldl-mmol", "{\"value\":5.2,\"code\":\"mmol/L\"}"))
        .patient("comparator", "1980-01-01", "male", OFFICE_VISIT,
            ldl("ldl-gt", "{\"value\":190,\"comparator\":\">\",\"code\":\"mg/dL\"}"))
        .patient("good", "1980-01-01", "male", OFFICE_VISIT, ldl("l", "{\"value\":200,\"code\":\"mg/dL\"}"))
        .evaluate(new StatinTherapy());
    assertThatThrownBy(() -> e.counts("molar")).isInstanceOf(PatientFailure.class)
        .hasMessageContaining("Observation/ldl-mmol").hasMessageContaining("valueQuantity")
        .hasMessageContaining("'mmol/L'").hasMessageContaining("5.2").hasMessageContaining("mg/dL")
        .hasMessageContaining("g/L");
    assertThatThrownBy(() -> e.counts("comparator")).isInstanceOf(PatientFailure.class)
        .hasMessageContaining("Observation/ldl-gt").hasMessageContaining("valueQuantity.comparator")
        .hasMessageContaining("'>'");
    ValueWithFailures<PopulationCounts> all = e.evaluator().evaluate();
    assertThat(all.failures()).hasSize(2);
    PopulationCounts counts = all.values().get(0);
    assertThat(counts.count(StatinTherapy.URL, 1, org.acokit.measures.definition.Population.INITIAL_POPULATION))
        .as("the good patient is kept").isEqualTo(1);
  }

  @Test
  void anInactiveConditionWithoutAbatementNeverOverlapsAndAnAbatementPeriodIsHalfOpen() {
    HandBuiltBundles.Evaluation e = new HandBuiltBundles(dir)
        .patient("active", "1960-01-01", "female", OFFICE_VISIT, MI, breastfeeding("b", "active", ""))
        .patient("inactive", "1960-01-01", "female", OFFICE_VISIT, MI, breastfeeding("b", "inactive", ""))
        .patient("abated-period", "1960-01-01", "female", OFFICE_VISIT, MI,
            breastfeeding("b", "resolved", ",\"abatementPeriod\":{\"end\":\"2025-01-01T00:00:00.000Z\"}"))
        .patient("abated-date", "1960-01-01", "female", OFFICE_VISIT, MI,
            breastfeeding("b", "resolved", ",\"abatementDateTime\":\"2025-01-01T00:00:00.000Z\""))
        .evaluate(new StatinTherapy());
    String excluded = "1 1 1 0 0 | 0 0 0 0 0 | 0 0 0 0 0 | 0 0 0 0 0";
    String kept = "1 1 0 0 0 | 0 0 0 0 0 | 0 0 0 0 0 | 0 0 0 0 0";
    assertThat(e.counts("active")).isEqualTo(excluded);
    assertThat(e.counts("inactive")).as("prevalence end unknown").isEqualTo(kept);
    assertThat(e.counts("abated-period")).as("[.., 2025-01-01T00:00Z) ends 2024-12-31").isEqualTo(kept);
    assertThat(e.counts("abated-date")).isEqualTo(excluded);
  }

  @Test
  void aHealthConcernCountsOnlyInTheUsCoreCategorySystem() {
    String usCore = breastfeeding("b", "active", "").replace(
        "http://terminology.hl7.org/CodeSystem/condition-category\",\"code\":\"problem-list-item",
        "http://hl7.org/fhir/us/core/CodeSystem/condition-category\",\"code\":\"health-concern");
    String hl7 = breastfeeding("b", "active", "").replace("problem-list-item", "health-concern");
    HandBuiltBundles.Evaluation e = new HandBuiltBundles(dir)
        .patient("us-core", "1960-01-01", "female", OFFICE_VISIT, MI, usCore)
        .patient("hl7", "1960-01-01", "female", OFFICE_VISIT, MI, hl7)
        .evaluate(new StatinTherapy());
    assertThat(e.counts("us-core")).isEqualTo("1 1 1 0 0 | 0 0 0 0 0 | 0 0 0 0 0 | 0 0 0 0 0");
    assertThat(e.counts("hl7")).isEqualTo("1 1 0 0 0 | 0 0 0 0 0 | 0 0 0 0 0 | 0 0 0 0 0");
  }

  @Test
  void theMipsRatePoolsTheFourGroups() {
    HandBuiltBundles.Evaluation e = new HandBuiltBundles(dir)
        .patient("g1-met", "1960-01-01", "male", OFFICE_VISIT, MI, STATIN.formatted("s", "false", "1"))
        .patient("g3-not-met", "1970-01-01", "male", OFFICE_VISIT, DIABETES)
        .patient("g3-exception", "1970-01-01", "male", OFFICE_VISIT, DIABETES,
            STATIN.formatted("s", "true", "183932001"))
        .evaluate(new StatinTherapy());
    PopulationCounts counts = e.evaluator().evaluate().values().get(0);
    // (1 + 0 + 0 + 0) / ((1 - 0 - 0) + 0 + (2 - 0 - 1) + 0) = 50%
    assertThat(counts.performanceRatePercent(StatinTherapy.URL)).isEqualTo(50.0);
    assertThat(counts.toMeasureResult(StatinTherapy.URL).measureId()).isEqualTo("438");
  }
}
