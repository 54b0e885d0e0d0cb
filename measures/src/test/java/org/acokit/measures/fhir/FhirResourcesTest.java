/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.acokit.io.ValueWithFailures;
import org.acokit.measures.patient.AdministrativeSex;
import org.acokit.measures.patient.CodedField;
import org.acokit.measures.patient.DateTimes;
import org.acokit.measures.patient.FactFlag;
import org.acokit.measures.patient.FactKind;
import org.acokit.measures.patient.FactTable;
import org.acokit.measures.patient.NumberField;
import org.acokit.measures.patient.PatientData;
import org.acokit.measures.patient.TimeField;
import org.acokit.measures.patient.TokenField;
import org.acokit.measures.terminology.CodeSystems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which FHIR element lands in which column, for every resource type the reader maps: one resource
 * of each type with every mapped element set, read back field by field.
 */
class FhirResourcesTest {

  @TempDir
  Path dir;

  private static final String SCT = CodeSystems.SNOMED_CT;

  private PatientData read(String... resources) throws IOException {
    StringBuilder b = new StringBuilder("{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[");
    b.append("""
        {"resource":{"resourceType":"Patient","id":"p1","birthDate":"1960-05-01","gender":"male",
         "extension":[{"url":"http://hl7.org/fhir/us/core/StructureDefinition/us-core-ethnicity","extension":[
           {"url":"detailed","valueCoding":{"system":"urn:oid:2.16.840.1.113883.6.238","code":"2148-5"}},
           {"url":"text","valueString":"Mexican"}]}],
         "communication":[{"language":{"coding":[{"system":"urn:ietf:bcp:47","code":"en"}]}},
           {"preferred":true,"language":{"coding":[{"system":"urn:ietf:bcp:47"},{"system":"urn:ietf:bcp:47","code":"es"}]}}]}}""");
    for (String r : resources) {
      b.append(",{\"resource\":").append(r).append('}');
    }
    Path f = dir.resolve("b.json");
    Files.writeString(f, b.append("]}").toString());
    ValueWithFailures<PatientData> v = FhirReader.read(List.of(f));
    assertThat(v.failures()).isEmpty();
    return v.values().get(0);
  }

  private static boolean has(PatientData d, FactTable t, CodedField f, String system, String code) {
    int id = d.codes().id(system, code);
    return id >= 0 && t.hasCode(f, 0, id);
  }

  private static String time(FactTable t, TimeField f) {
    return t.instant(f, 0) == DateTimes.ABSENT ? null : DateTimes.format(t.instant(f, 0), t.meta(f, 0));
  }

  private static String token(PatientData d, FactTable t, TokenField f) {
    return t.token(f, 0) < 0 ? null : d.tokens().value(t.token(f, 0));
  }

  @Test
  void patientSexEthnicityAndThePreferredLanguage() throws IOException {
    PatientData d = read();
    assertThat(d.sex(0)).isEqualTo(AdministrativeSex.ofCode("male"));
    assertThat(d.hasEthnicity(0, d.codes().id(CodeSystems.CDC_RACE_ETHNICITY, "2148-5"))).as("detailed").isTrue();
    assertThat(d.ethnicities(0)).hasSize(1);
    assertThat(d.races(0)).isEmpty();
    assertThat(d.codes().toCode(d.language(0)).code()).as("the preferred language's first coded coding").isEqualTo("es");
  }

  @Test
  void encounterConditionAndProcedureElements() throws IOException {
    PatientData d = read("""
        {"resourceType":"Encounter","id":"e1","status":"finished","subject":{"reference":"Patient/p1"},
         "type":[{"coding":[{"system":"http://www.ama-assn.org/go/cpt","code":"99213"}]}],
         "class":{"system":"http://terminology.hl7.org/CodeSystem/v3-ActCode","code":"AMB"},
         "hospitalization":{"dischargeDisposition":{"coding":[{"system":"http://snomed.info/sct","code":"306701001"}]}},
         "period":{"start":"2025-03-01T08:00:00.000Z","end":"2025-03-01T09:00:00.000Z"}}""", """
        {"resourceType":"Condition","id":"c1","subject":{"reference":"Patient/p1"},
         "meta":{"profile":["http://hl7.org/fhir/us/qicore/StructureDefinition/qicore-condition-problems-health-concerns"]},
         "code":{"coding":[{"system":"http://snomed.info/sct","code":"44054006"}]},
         "category":[{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/condition-category","code":"problem-list-item"}]}],
         "clinicalStatus":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/condition-clinical","code":"resolved"}]},
         "verificationStatus":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/condition-ver-status","code":"confirmed"}]},
         "bodySite":[{"coding":[{"system":"http://snomed.info/sct","code":"368209003"}]}],
         "onsetPeriod":{"start":"2020-01-01"},"abatementDateTime":"2025-02-01","recordedDate":"2020-01-05"}""", """
        {"resourceType":"Procedure","id":"pr1","status":"completed","subject":{"reference":"Patient/p1"},
         "code":{"coding":[{"system":"http://www.ama-assn.org/go/cpt","code":"45378"}]},
         "category":{"coding":[{"system":"http://snomed.info/sct","code":"387713003"}]},
         "reasonCode":[{"coding":[{"system":"http://snomed.info/sct","code":"1"}]}],
         "performedDateTime":"2025-04-01","encounter":{"reference":"Encounter/e1"},
         "extension":[{"url":"http://hl7.org/fhir/us/qicore/StructureDefinition/qicore-recorded","valueDateTime":"2025-04-02"}]}""");
    FactTable e = d.table(FactKind.ENCOUNTER);
    assertThat(has(d, e, CodedField.CODE, CodeSystems.CPT, "99213")).isTrue();
    assertThat(has(d, e, CodedField.CLASS, CodeSystems.ACT_CODE, "AMB")).isTrue();
    assertThat(has(d, e, CodedField.DISCHARGE_DISPOSITION, SCT, "306701001")).isTrue();
    assertThat(time(e, TimeField.END)).isEqualTo("2025-03-01T09:00:00.000+00:00");
    assertThat(e.flag(FactFlag.TIMING_IS_PERIOD, 0)).isTrue();
    assertThat(token(d, e, TokenField.STATUS)).isEqualTo("finished");
    FactTable c = d.table(FactKind.CONDITION);
    assertThat(token(d, c, TokenField.PROFILE)).endsWith("qicore-condition-problems-health-concerns");
    assertThat(has(d, c, CodedField.CODE, SCT, "44054006")).isTrue();
    assertThat(has(d, c, CodedField.CATEGORY, CodeSystems.CONDITION_CATEGORY, "problem-list-item")).isTrue();
    assertThat(has(d, c, CodedField.CLINICAL_STATUS, CodeSystems.CONDITION_CLINICAL, "resolved")).isTrue();
    assertThat(has(d, c, CodedField.VERIFICATION_STATUS, CodeSystems.CONDITION_VERIFICATION, "confirmed")).isTrue();
    assertThat(has(d, c, CodedField.BODY_SITE, SCT, "368209003")).isTrue();
    assertThat(c.flag(FactFlag.TIMING_IS_PERIOD, 0)).isTrue();
    assertThat(time(c, TimeField.START)).startsWith("2020-01-01");
    assertThat(time(c, TimeField.END)).as("onsetPeriod without end").isNull();
    assertThat(c.flag(FactFlag.ABATEMENT_IS_PERIOD, 0)).isFalse();
    assertThat(time(c, TimeField.ABATEMENT_START)).startsWith("2025-02-01");
    assertThat(time(c, TimeField.ABATEMENT_END)).startsWith("2025-02-01");
    assertThat(time(c, TimeField.RECORDED)).startsWith("2020-01-05");
    FactTable p = d.table(FactKind.PROCEDURE);
    assertThat(has(d, p, CodedField.CODE, CodeSystems.CPT, "45378")).isTrue();
    assertThat(has(d, p, CodedField.CATEGORY, SCT, "387713003")).isTrue();
    assertThat(has(d, p, CodedField.REASON, SCT, "1")).isTrue();
    assertThat(time(p, TimeField.START)).startsWith("2025-04-01");
    assertThat(time(p, TimeField.END)).startsWith("2025-04-01");
    assertThat(time(p, TimeField.RECORDED)).startsWith("2025-04-02");
    assertThat(token(d, p, TokenField.ENCOUNTER_REFERENCE)).isEqualTo("e1");
  }

  @Test
  void observationComponentsValuesAndEncounterContext() throws IOException {
    PatientData d = read("""
        {"resourceType":"Observation","id":"o1","status":"final","subject":{"reference":"Patient/p1"},
         "code":{"coding":[{"system":"http://loinc.org","code":"85354-9"}]},
         "category":[{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/observation-category","code":"vital-signs"}]}],
         "effectiveDateTime":"2025-05-01T10:00:00.000Z","issued":"2025-05-01T11:00:00.000Z",
         "encounter":{"reference":"Encounter/e9"},"value":"not a value[x]",
         "component":[{"code":{"coding":[{"system":"http://loinc.org","code":"8480-6"},{"system":"http://snomed.info/sct","code":"271649006"}]},
           "valueQuantity":{"value":128,"code":"mm[Hg]"}},
           {"code":{"coding":[{"system":"http://loinc.org","code":"8462-4"}]},"valueQuantity":{"value":82,"unit":"mmHg"}}]}""",
        """
        {"resourceType":"Observation","id":"o2","status":"final","subject":{"reference":"Patient/p1"},
         "code":{"coding":[{"system":"http://loinc.org","code":"1"}]},"effectiveInstant":"2025-05-02T10:00:00.000Z",
         "valueCodeableConcept":{"coding":[{"system":"http://snomed.info/sct","code":"2"}]}}""",
        """
        {"resourceType":"Observation","id":"o3","status":"final","subject":{"reference":"Patient/p1"},
         "code":{"coding":[{"system":"http://loinc.org","code":"3"}]},"effectiveDateTime":"2025-05-03","valueBoolean":true}""");
    FactTable o = d.table(FactKind.OBSERVATION);
    assertThat(has(d, o, CodedField.CODE, CodeSystems.LOINC, "85354-9")).isTrue();
    assertThat(has(d, o, CodedField.CATEGORY, CodeSystems.OBSERVATION_CATEGORY, "vital-signs")).isTrue();
    assertThat(time(o, TimeField.ISSUED)).isEqualTo("2025-05-01T11:00:00.000+00:00");
    assertThat(token(d, o, TokenField.ENCOUNTER_REFERENCE)).isEqualTo("e9");
    assertThat(o.flag(FactFlag.HAS_VALUE, 0)).as("a field named plain 'value' is not value[x]").isFalse();
    assertThat(o.componentEnd(0) - o.componentStart(0)).isEqualTo(2);
    int first = o.componentStart(0);
    assertThat(o.componentHasCode(first, d.codes().id(CodeSystems.LOINC, "8480-6"))).isTrue();
    assertThat(o.componentHasCode(first, d.codes().id(SCT, "271649006"))).as("every coding of a component").isTrue();
    assertThat(o.componentValue(first)).isEqualTo(128);
    assertThat(d.tokens().value(o.componentUnit(first))).isEqualTo("mm[Hg]");
    assertThat(o.componentHasCode(first + 1, d.codes().id(CodeSystems.LOINC, "8462-4"))).isTrue();
    assertThat(o.componentValue(first + 1)).isEqualTo(82);
    assertThat(d.tokens().value(o.componentUnit(first + 1))).as("unit when no code").isEqualTo("mmHg");
    assertThat(time(o, TimeField.START)).isEqualTo("2025-05-01T10:00:00.000+00:00");
    assertThat(time(o, TimeField.END)).isEqualTo("2025-05-01T10:00:00.000+00:00");
    assertThat(o.flag(FactFlag.TIMING_IS_PERIOD, 0)).isFalse();
    assertThat(o.flag(FactFlag.HAS_VALUE, 1)).isTrue();
    assertThat(o.hasCode(CodedField.VALUE, 1, d.codes().id(SCT, "2"))).isTrue();
    assertThat(o.number(NumberField.VALUE, 2)).as("valueBoolean true").isEqualTo(1);
    assertThat(DateTimes.format(o.instant(TimeField.START, 1), o.meta(TimeField.START, 1)))
        .isEqualTo("2025-05-02T10:00:00.000+00:00");
  }

  @Test
  void medicationRequestAndDispenseSupplyAndDosage() throws IOException {
    PatientData d = read("""
        {"resourceType":"MedicationRequest","id":"m1","status":"active","intent":"order","subject":{"reference":"Patient/p1"},
         "medicationCodeableConcept":{"coding":[{"system":"http://www.nlm.nih.gov/research/umls/rxnorm","code":"617310"}]},
         "category":[{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/medicationrequest-category","code":"community"}]}],
         "reasonCode":[{"coding":[{"system":"http://snomed.info/sct","code":"55822004"}]}],
         "authoredOn":"2025-01-10","encounter":{"reference":"Encounter/e2"},
         "dispenseRequest":{"validityPeriod":{"start":"2025-01-10","end":"2025-07-10"},"quantity":{"value":30},
           "numberOfRepeatsAllowed":3,"expectedSupplyDuration":{"value":2,"code":"wk"}},
         "dosageInstruction":[{"timing":{"repeat":{"boundsPeriod":{"start":"2025-01-11","end":"2025-03-11"},
           "frequency":1,"frequencyMax":2,"period":1,"periodUnit":"d","timeOfDay":["08:00:00","20:00:00"]}},
           "doseAndRate":[{"doseRange":{"low":{"value":1},"high":{"value":2}}}]}]}""", """
        {"resourceType":"MedicationDispense","id":"md1","status":"completed","subject":{"reference":"Patient/p1"},
         "medicationCodeableConcept":{"coding":[{"system":"http://www.nlm.nih.gov/research/umls/rxnorm","code":"617310"}]},
         "whenPrepared":"2025-01-11","whenHandedOver":"2025-01-12","quantity":{"value":30},
         "daysSupply":{"value":36,"unit":"hours"},"context":{"reference":"Encounter/e3"},
         "dosageInstruction":[{"timing":{"repeat":{"boundsPeriod":{"start":"2025-01-11"}}},"doseAndRate":[{"doseQuantity":{"value":1}}]}]}""");
    FactTable m = d.table(FactKind.MEDICATION_REQUEST);
    assertThat(token(d, m, TokenField.INTENT)).isEqualTo("order");
    assertThat(has(d, m, CodedField.REASON, SCT, "55822004")).isTrue();
    assertThat(m.hasAnyCode(CodedField.CATEGORY, 0)).isTrue();
    assertThat(time(m, TimeField.AUTHORED_ON)).startsWith("2025-01-10");
    assertThat(time(m, TimeField.VALIDITY_START)).startsWith("2025-01-10");
    assertThat(time(m, TimeField.VALIDITY_END)).startsWith("2025-07-10");
    assertThat(m.number(NumberField.QUANTITY, 0)).isEqualTo(30);
    assertThat(m.number(NumberField.REPEATS_ALLOWED, 0)).isEqualTo(3);
    assertThat(m.number(NumberField.EXPECTED_SUPPLY_DAYS, 0)).as("2 weeks in days").isEqualTo(14);
    assertThat(time(m, TimeField.BOUNDS_START)).startsWith("2025-01-11");
    assertThat(time(m, TimeField.BOUNDS_END)).startsWith("2025-03-11");
    assertThat(m.number(NumberField.DOSAGE_COUNT, 0)).isEqualTo(1);
    assertThat(m.number(NumberField.FREQUENCY, 0)).isEqualTo(1);
    assertThat(m.number(NumberField.FREQUENCY_MAX, 0)).isEqualTo(2);
    assertThat(m.number(NumberField.PERIOD, 0)).isEqualTo(1);
    assertThat(token(d, m, TokenField.PERIOD_UNIT)).isEqualTo("d");
    assertThat(m.number(NumberField.TIME_OF_DAY_COUNT, 0)).isEqualTo(2);
    assertThat(m.number(NumberField.DOSE_AND_RATE_COUNT, 0)).isEqualTo(1);
    assertThat(m.number(NumberField.DOSE, 0)).as("a dose range's high").isEqualTo(2);
    assertThat(token(d, m, TokenField.ENCOUNTER_REFERENCE)).isEqualTo("e2");
    assertThat(m.flag(FactFlag.DO_NOT_PERFORM, 0)).isFalse();
    FactTable md = d.table(FactKind.MEDICATION_DISPENSE);
    assertThat(has(d, md, CodedField.CODE, CodeSystems.RXNORM, "617310")).isTrue();
    assertThat(time(md, TimeField.WHEN_PREPARED)).startsWith("2025-01-11");
    assertThat(time(md, TimeField.WHEN_HANDED_OVER)).startsWith("2025-01-12");
    assertThat(md.number(NumberField.QUANTITY, 0)).isEqualTo(30);
    assertThat(md.number(NumberField.DAYS_SUPPLY, 0)).as("36 hours in days").isEqualTo(1.5);
    assertThat(md.number(NumberField.DOSE, 0)).isEqualTo(1);
    assertThat(time(md, TimeField.BOUNDS_START)).as("a dispense's bounds are not read").isNull();
    assertThat(token(d, md, TokenField.ENCOUNTER_REFERENCE)).as("context for a dispense").isEqualTo("e3");
  }

  @Test
  void immunizationDiagnosticReportServiceRequestCoverageAllergyAndAdverseEvent() throws IOException {
    PatientData d = read("""
        {"resourceType":"Immunization","id":"i1","status":"not-done","patient":{"reference":"Patient/p1"},
         "vaccineCode":{"coding":[{"system":"http://hl7.org/fhir/sid/cvx","code":"140"}]},
         "statusReason":{"coding":[{"system":"http://snomed.info/sct","code":"591000119102"}]},
         "occurrenceDateTime":"2025-10-01","recorded":"2025-10-02"}""", """
        {"resourceType":"DiagnosticReport","id":"dr1","status":"final","subject":{"reference":"Patient/p1"},
         "code":{"coding":[{"system":"http://loinc.org","code":"24606-6"}]},
         "category":[{"coding":[{"system":"http://loinc.org","code":"LP29684-5"}]}],
         "effectivePeriod":{"start":"2025-06-01","end":"2025-06-02"},"issued":"2025-06-03T00:00:00.000Z"}""", """
        {"resourceType":"ServiceRequest","id":"s1","status":"active","intent":"order","doNotPerform":true,
         "subject":{"reference":"Patient/p1"},"code":{"coding":[{"system":"http://snomed.info/sct","code":"3"}]},
         "category":[{"coding":[{"system":"http://snomed.info/sct","code":"4"}]}],
         "reasonCode":[{"coding":[{"system":"http://snomed.info/sct","code":"5"}]}],
         "authoredOn":"2025-07-01","occurrenceDateTime":"2025-07-05","encounter":{"reference":"Encounter/e4"}}""", """
        {"resourceType":"Coverage","id":"cv1","status":"active","beneficiary":{"reference":"Patient/p1"},
         "type":{"coding":[{"system":"https://nahdo.org/sopt","code":"1"}]},"period":{"start":"2025-01-01","end":"2025-12-31"}}""", """
        {"resourceType":"AllergyIntolerance","id":"a1","patient":{"reference":"Patient/p1"},
         "code":{"coding":[{"system":"http://snomed.info/sct","code":"6"}]},
         "clinicalStatus":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical","code":"active"}]},
         "verificationStatus":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/allergyintolerance-verification","code":"confirmed"}]},
         "onsetDateTime":"2019-01-01","recordedDate":"2019-01-02"}""", """
        {"resourceType":"AdverseEvent","id":"ae1","actuality":"actual","subject":{"reference":"Patient/p1"},
         "event":{"coding":[{"system":"http://snomed.info/sct","code":"7"}]},"date":"2025-08-01","recordedDate":"2025-08-03"}""");
    FactTable i = d.table(FactKind.IMMUNIZATION);
    assertThat(has(d, i, CodedField.CODE, CodeSystems.CVX, "140")).isTrue();
    assertThat(has(d, i, CodedField.REASON, SCT, "591000119102")).isTrue();
    assertThat(time(i, TimeField.START)).startsWith("2025-10-01");
    assertThat(time(i, TimeField.RECORDED)).startsWith("2025-10-02");
    FactTable r = d.table(FactKind.DIAGNOSTIC_REPORT);
    assertThat(has(d, r, CodedField.CODE, CodeSystems.LOINC, "24606-6")).isTrue();
    assertThat(has(d, r, CodedField.CATEGORY, CodeSystems.LOINC, "LP29684-5")).isTrue();
    assertThat(r.flag(FactFlag.TIMING_IS_PERIOD, 0)).isTrue();
    assertThat(time(r, TimeField.END)).startsWith("2025-06-02");
    assertThat(time(r, TimeField.ISSUED)).startsWith("2025-06-03");
    FactTable s = d.table(FactKind.SERVICE_REQUEST);
    assertThat(has(d, s, CodedField.CODE, SCT, "3")).isTrue();
    assertThat(has(d, s, CodedField.CATEGORY, SCT, "4")).isTrue();
    assertThat(has(d, s, CodedField.REASON, SCT, "5")).isTrue();
    assertThat(time(s, TimeField.AUTHORED_ON)).startsWith("2025-07-01");
    assertThat(time(s, TimeField.START)).startsWith("2025-07-05");
    assertThat(s.flag(FactFlag.DO_NOT_PERFORM, 0)).isTrue();
    assertThat(token(d, s, TokenField.ENCOUNTER_REFERENCE)).isEqualTo("e4");
    FactTable cv = d.table(FactKind.COVERAGE);
    assertThat(has(d, cv, CodedField.CODE, CodeSystems.PAYER_TYPOLOGY, "1")).isTrue();
    assertThat(time(cv, TimeField.END)).startsWith("2025-12-31");
    FactTable a = d.table(FactKind.ALLERGY_INTOLERANCE);
    assertThat(has(d, a, CodedField.CODE, SCT, "6")).isTrue();
    assertThat(has(d, a, CodedField.CLINICAL_STATUS, CodeSystems.ALLERGY_CLINICAL, "active")).isTrue();
    assertThat(has(d, a, CodedField.VERIFICATION_STATUS, CodeSystems.ALLERGY_VERIFICATION, "confirmed")).isTrue();
    assertThat(time(a, TimeField.START)).startsWith("2019-01-01");
    assertThat(time(a, TimeField.RECORDED)).startsWith("2019-01-02");
    FactTable ae = d.table(FactKind.ADVERSE_EVENT);
    assertThat(has(d, ae, CodedField.CODE, SCT, "7")).isTrue();
    assertThat(token(d, ae, TokenField.STATUS)).as("actuality is the status").isEqualTo("actual");
    assertThat(time(ae, TimeField.START)).startsWith("2025-08-01");
    assertThat(time(ae, TimeField.END)).startsWith("2025-08-01");
    assertThat(time(ae, TimeField.RECORDED)).startsWith("2025-08-03");
  }
}
