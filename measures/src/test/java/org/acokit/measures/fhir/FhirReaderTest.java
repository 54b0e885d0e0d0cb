/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.acokit.io.ValueWithFailures;
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
import org.acokit.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FhirReaderTest {

  @TempDir
  Path dir;

  private static final String PATIENT = """
      {"resourceType":"Patient","id":"p1","birthDate":"1960-05-01","gender":"female",
       "extension":[{"url":"http://hl7.org/fhir/us/core/StructureDefinition/us-core-race","extension":[
         {"url":"ombCategory","valueCoding":{"system":"urn:oid:2.16.840.1.113883.6.238","code":"2106-3"}}]}]}""";

  private Path bundle(String name, String... resources) throws IOException {
    StringBuilder b = new StringBuilder("{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[");
    for (int i = 0; i < resources.length; i++) {
      b.append(i == 0 ? "" : ",").append("{\"resource\":").append(resources[i]).append('}');
    }
    Path f = dir.resolve(name);
    Files.writeString(f, b.append("]}").toString());
    return f;
  }

  @Test
  void readsChoiceTypesExtensionsAndMedicationReferences() throws IOException {
    Path f = bundle("b.json", PATIENT,
        """
        {"resourceType":"Observation","id":"o1","status":"cancelled","subject":{"reference":"Patient/p1"},
         "code":{"coding":[{"system":"http://loinc.org","code":"73832-8"}]},
         "extension":[{"url":"http://hl7.org/fhir/us/qicore/StructureDefinition/qicore-notDoneReason",
           "valueCodeableConcept":{"coding":[{"system":"http://snomed.info/sct","code":"720834000"}]}}],
         "effectivePeriod":{"start":"2025-03-01T08:00:00.000-08:00"},"valueQuantity":{"value":9.5,"code":"%"}}""",
        """
        {"resourceType":"MedicationRequest","id":"m1","status":"active","intent":"order","doNotPerform":true,
         "subject":{"reference":"Patient/p1"},"medicationReference":{"reference":"Medication/med1"},
         "authoredOn":"2025-02-01"}""",
        """
        {"resourceType":"Medication","id":"med1","code":{"coding":[{"system":"http://www.nlm.nih.gov/research/umls/rxnorm","code":"312961"}]}}""",
        """
        {"resourceType":"DeviceRequest","id":"d1","status":"active","intent":"order","subject":{"reference":"Patient/p1"},
         "modifierExtension":[{"url":"http://hl7.org/fhir/us/qicore/StructureDefinition/qicore-doNotPeform","valueBoolean":true}],
         "codeCodeableConcept":{"coding":[{"system":"http://snomed.info/sct","code":"1"}]}}""",
        """
        {"resourceType":"DeviceRequest","id":"d2","status":"active","intent":"order","subject":{"reference":"Patient/p1"},
         "modifierExtension":[{"url":"http://hl7.org/fhir/us/qicore/StructureDefinition/qicore-doNotPerform","valueBoolean":true}],
         "codeCodeableConcept":{"coding":[{"system":"http://snomed.info/sct","code":"1"}]}}""");
    ValueWithFailures<PatientData> r = FhirReader.read(List.of(f));
    assertThat(r.failures()).isEmpty();
    PatientData d = r.values().get(0);
    assertThat(d.size()).isEqualTo(1);
    assertThat(d.birthDate(0)).hasToString("1960-05-01");
    assertThat(d.hasRace(0, d.codes().id(CodeSystems.CDC_RACE_ETHNICITY, "2106-3"))).isTrue();
    FactTable obs = d.table(FactKind.OBSERVATION);
    assertThat(obs.end(0) - obs.start(0)).isEqualTo(1);
    assertThat(obs.flag(FactFlag.NOT_DONE, 0)).isTrue();
    assertThat(obs.flag(FactFlag.TIMING_IS_PERIOD, 0)).isTrue();
    assertThat(obs.hasCode(CodedField.REASON, 0, d.codes().id(CodeSystems.SNOMED_CT, "720834000"))).isTrue();
    assertThat(obs.instant(TimeField.END, 0)).isEqualTo(DateTimes.ABSENT);
    assertThat(DateTimes.format(obs.instant(TimeField.START, 0), obs.meta(TimeField.START, 0)))
        .isEqualTo("2025-03-01T08:00:00.000-08:00");
    assertThat(obs.number(NumberField.VALUE, 0)).isEqualTo(9.5);
    assertThat(d.tokens().value(obs.token(TokenField.VALUE_UNIT, 0))).isEqualTo("%");
    assertThat(obs.flag(FactFlag.VALUE_IS_QUANTITY, 0)).isTrue();
    assertThat(obs.token(TokenField.VALUE_COMPARATOR, 0)).as("no comparator").isEqualTo(-1);
    FactTable med = d.table(FactKind.MEDICATION_REQUEST);
    assertThat(med.hasCode(CodedField.CODE, 0, d.codes().id(CodeSystems.RXNORM, "312961"))).isTrue();
    assertThat(med.flag(FactFlag.DO_NOT_PERFORM, 0)).isTrue();
    assertThat(med.flag(FactFlag.MEDICATION_REFERENCE, 0)).as("code read through medicationReference").isTrue();
    FactTable dev = d.table(FactKind.DEVICE_REQUEST);
    assertThat(dev.resourceId(0)).isEqualTo("d1");
    assertThat(dev.flag(FactFlag.DO_NOT_PERFORM, 0)).as("misspelled URL is not doNotPerform").isFalse();
    assertThat(dev.flag(FactFlag.DO_NOT_PERFORM, 1)).isTrue();
  }

  @Test
  void badResourceFailsItsPatientNamingFileResourceAndFieldAndKeepsTheOthers() throws IOException {
    Path good = bundle("good.json", PATIENT.replace("p1", "p2"));
    Path bad = bundle("bad.json", PATIENT, """
        {"resourceType":"Encounter","id":"e1","status":"finished","subject":{"reference":"Patient/p1"},
         "period":{"start":"2025-03-02T00:00:00Z","end":"2025-03-01T00:00:00Z"}}""");
    Path badDate = bundle("bad-date.json", PATIENT.replace("p1", "p3"), """
        {"resourceType":"Condition","id":"c1","subject":{"reference":"Patient/p3"},"onsetDateTime":"2025-13-01"}""");
    ValueWithFailures<PatientData> r = FhirReader.read(List.of(good, bad, badDate));
    PatientData d = r.values().get(0);
    assertThat(d.size()).isEqualTo(1);
    assertThat(d.id(0)).isEqualTo("p2");
    assertThat(r.failures()).hasSize(2);
    assertThat(r.failures().get(0).source().orElseThrow()).endsWith("bad.json");
    assertThat(r.failures().get(0).code()).isEqualTo(org.acokit.io.FailureCode.INVALID_VALUE);
    assertThat(r.failures().get(0).path()).isEqualTo("Encounter.period");
    assertThat(r.failures().get(0).row()).hasValue(2);
    assertThat(r.failures().get(0).message()).contains("Encounter/e1", "field period", "before start");
    assertThat(r.failures().get(1).message()).contains("Condition/c1", "field onsetDateTime", "2025-13-01");
  }

  @Test
  void aQuantityValueIsTellableFromAnIntegerAndKeepsItsComparator() throws IOException {
    Path f = bundle("q.json", PATIENT,
        """
        {"resourceType":"Observation","id":"o1","status":"final","subject":{"reference":"Patient/p1"},
         "code":{"coding":[{"system":"http://loinc.org","code":"13457-7"}]},"effectiveDateTime":"2025-03-01",
         "valueQuantity":{"value":190,"comparator":">=","unit":"mg/dL"}}""",
        """
        {"resourceType":"Observation","id":"o2","status":"final","subject":{"reference":"Patient/p1"},
         "code":{"coding":[{"system":"http://loinc.org","code":"13457-7"}]},"effectiveDateTime":"2025-03-02",
         "valueInteger":190}""");
    ValueWithFailures<PatientData> r = FhirReader.read(List.of(f));
    assertThat(r.failures()).isEmpty();
    PatientData d = r.values().get(0);
    FactTable obs = d.table(FactKind.OBSERVATION);
    assertThat(obs.flag(FactFlag.VALUE_IS_QUANTITY, 0)).isTrue();
    assertThat(d.tokens().value(obs.token(TokenField.VALUE_COMPARATOR, 0))).isEqualTo(">=");
    assertThat(d.tokens().value(obs.token(TokenField.VALUE_UNIT, 0))).isEqualTo("mg/dL");
    assertThat(obs.number(NumberField.VALUE, 1)).isEqualTo(190);
    assertThat(obs.flag(FactFlag.VALUE_IS_QUANTITY, 1)).as("valueInteger is not a Quantity").isFalse();
    assertThat(obs.flag(FactFlag.HAS_VALUE, 1)).isTrue();
  }

  @Test
  void medicationReferenceToNothingIsAFailure() throws IOException {
    Path f = bundle("m.json", PATIENT, """
        {"resourceType":"MedicationRequest","id":"m1","subject":{"reference":"Patient/p1"},
         "medicationReference":{"reference":"Medication/nowhere"}}""");
    ValueWithFailures<PatientData> r = FhirReader.read(List.of(f));
    assertThat(r.values().get(0).size()).isZero();
    assertThat(r.failures().get(0).message()).contains("MedicationRequest/m1", "medicationReference", "nowhere");
  }

  @Test
  void bulkNdjsonJoinsAPatientAcrossFilesAndReportsUnknownPatients() throws IOException {
    Path patients = dir.resolve("Patient.ndjson");
    Files.writeString(patients, PATIENT.replace("\n", "") + "\n");
    Path conditions = dir.resolve("Condition.ndjson");
    Files.writeString(conditions, """
        {"resourceType":"Condition","id":"c1","subject":{"reference":"Patient/p1"},"code":{"coding":[{"system":"http://snomed.info/sct","code":"44054006"}]},"onsetDateTime":"2024-01-01"}
        {"resourceType":"Condition","id":"c2","subject":{"reference":"Patient/ghost"},"onsetDateTime":"2024-01-01"}
        not json
        """);
    ValueWithFailures<PatientData> r = FhirReader.read(List.of(patients, conditions));
    PatientData d = r.values().get(0);
    assertThat(d.size()).isEqualTo(1);
    assertThat(d.table(FactKind.CONDITION).end(0)).isEqualTo(1);
    assertThat(r.failures()).extracting(Object::toString).anySatisfy(s -> assertThat(s).contains("Condition.ndjson line 3", "JSON is not well-formed"))
        .anySatisfy(s -> assertThat(s).contains("Patient/ghost", "no Patient resource"));
  }

  @Test
  void readsEveryTestBundleOfTheEcqmDeckWithoutFailure() throws IOException {
    Path deck = SharedData.subfolder("ecqm-test-decks");
    List<Path> bundles;
    try (Stream<Path> s = Files.walk(deck.resolve("measures"))) {
      bundles = s.filter(p -> p.getFileName().toString().equals("patient-bundle.json")).sorted().toList();
    }
    assertThat(bundles).hasSize(328);
    ValueWithFailures<PatientData> r = FhirReader.read(bundles);
    assertThat(r.failures()).isEmpty();
    PatientData d = r.values().get(0);
    assertThat(d.size()).isEqualTo(328);
    assertThat(d.table(FactKind.ENCOUNTER).size()).isEqualTo(382);
    assertThat(d.table(FactKind.CONDITION).size()).isEqualTo(226);
    assertThat(d.table(FactKind.OBSERVATION).size()).isEqualTo(141);
    assertThat(d.table(FactKind.MEDICATION_REQUEST).size()).isEqualTo(73);
    assertThat(d.table(FactKind.DEVICE_REQUEST).size()).isEqualTo(27);
    int doNotPerform = 0;
    FactTable dev = d.table(FactKind.DEVICE_REQUEST);
    for (int i = 0; i < dev.size(); i++) {
      doNotPerform += dev.flag(FactFlag.DO_NOT_PERFORM, i) ? 1 : 0;
    }
    assertThat(doNotPerform).as("only the 6 correctly spelled modifier extensions (of 25)").isLessThanOrEqualTo(6);
    for (int p = 0; p < d.size(); p++) {
      assertThat(d.source(p)).contains(d.id(p));
    }
  }
}
