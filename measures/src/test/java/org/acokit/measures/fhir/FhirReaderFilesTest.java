/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.acokit.io.Failure;
import org.acokit.io.FailureCode;
import org.acokit.io.ValueWithFailures;
import org.acokit.measures.patient.FactKind;
import org.acokit.measures.patient.PatientData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Folders, single resources, CRLF NDJSON and malformed bundle entries. */
class FhirReaderFilesTest {

  @TempDir
  Path dir;

  @Test
  void aFolderIsReadRecursivelyJsonAndNdjsonOnlyWithCrlfLines() throws IOException {
    Path sub = Files.createDirectories(dir.resolve("export/2025"));
    Files.writeString(dir.resolve("p1.json"), """
        {"resourceType":"Patient","id":"p1","birthDate":"1960-05-01"}""");
    Files.writeString(sub.resolve("Condition.ndjson"),
        "{\"resourceType\":\"Condition\",\"id\":\"c1\",\"subject\":{\"reference\":\"Patient/p1\"},\"onsetDateTime\":\"2024-01-01\"}\r\n"
        + "\r\n"
        + "{\"resourceType\":\"Condition\",\"id\":\"c2\",\"subject\":{\"reference\":\"Patient/p1\"},\"onsetDateTime\":\"2024-02-01\"}\r\n");
    Files.writeString(sub.resolve("notes.txt"), "not FHIR");
    ValueWithFailures<PatientData> r = FhirReader.readFolder(dir);
    assertThat(r.failures()).isEmpty();
    PatientData d = r.values().get(0);
    assertThat(d.size()).isEqualTo(1);
    assertThat(d.birthDate(0)).hasToString("1960-05-01");
    assertThat(d.table(FactKind.CONDITION).end(0) - d.table(FactKind.CONDITION).start(0)).isEqualTo(2);
  }

  @Test
  void malformedEntriesFailNamingTheirPositionAndTheRestIsKept() throws IOException {
    Path f = dir.resolve("b.json");
    Files.writeString(f, """
        {"resourceType":"Bundle","entry":[
          {"resource":{"resourceType":"Patient","id":"p1","birthDate":"1960-05-01"}},
          {"fullUrl":"urn:uuid:1"},
          {"resource":{"resourceType":"Condition","id":"c1","subject":{"reference":"Patient/p1"}}}]}""");
    Path e = dir.resolve("e.json");
    Files.writeString(e, """
        {"resourceType":"Bundle","entry":[
          {"resource":{"resourceType":"Patient","id":"p4","birthDate":"1960-05-01"}},
          {"resource":{"resourceType":"Encounter","subject":{"reference":"Patient/p4"}}}]}""");
    Path g = dir.resolve("c.json");
    Files.writeString(g, """
        {"resourceType":"Bundle","entry":[
          {"resource":{"resourceType":"Patient","id":"p2"}},{"resource":{"resourceType":"Patient","id":"p3"}},
          {"resource":{"resourceType":"Condition","id":"c9"}},
          {"resource":{"resourceType":"Encounter","id":"e9","subject":{"reference":"Patient/p2"},
            "period":{"start":"2025-02-01","end":"2025-01-01"}}}]}""");
    Path h = dir.resolve("d.json");
    Files.writeString(h, """
        {"resourceType":"Bundle","entry":{"resource":{}}}""");
    ValueWithFailures<PatientData> r = FhirReader.read(List.of(f, g, h, e));
    PatientData d = r.values().get(0);
    assertThat(d.failures()).containsKeys("p1", "p4");
    assertThat(d.size()).as("every patient of these files failed").isZero();
    List<String> messages = r.failures().stream().map(Failure::message).toList();
    assertThat(messages).anySatisfy(m -> assertThat(m).contains("Bundle.entry[1] has no resource object"));
    assertThat(messages).anySatisfy(m -> assertThat(m).contains("Encounter/", "field id", "is missing"));
    assertThat(messages).anySatisfy(m -> assertThat(m).contains("Condition/c9", "field subject", "must reference"));
    assertThat(messages).anySatisfy(m -> assertThat(m).contains("Bundle.entry must be an array", "OBJECT"));
    assertThat(r.failures()).filteredOn(x -> x.message().contains("Condition/c9")).singleElement()
        .satisfies(x -> {
          assertThat(x.row()).hasValue(3);
          assertThat(x.code()).isEqualTo(FailureCode.INVALID_VALUE);
        });
  }
}
