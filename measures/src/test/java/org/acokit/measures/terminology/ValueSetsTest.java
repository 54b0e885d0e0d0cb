/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.terminology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.acokit.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValueSetsTest {

  @TempDir
  Path dir;

  @Test
  void theDeck85ValueSetsLoadWithTheirExpansions() {
    ValueSets v = ValueSets.read(SharedData.subfolder("ecqm-test-decks").resolve("valuesets"));
    assertThat(v.size()).isEqualTo(85);
    int codes = v.urls().stream().mapToInt(u -> v.get(u).codes().size()).sum();
    assertThat(codes).isEqualTo(9232);
    ValueSet diabetes = v.get("http://cts.nlm.nih.gov/fhir/ValueSet/2.16.840.1.113883.3.464.1003.103.12.1001");
    assertThat(diabetes.name()).isEqualTo("Diabetes");
    assertThat(diabetes.contains(Code.of(CodeSystems.ICD10_CM, "E11.9"))).isTrue();
    assertThat(diabetes.contains(Code.of(CodeSystems.SNOMED_CT, "E11.9"))).as("system matters").isFalse();
  }

  @Test
  void compiledMembershipIsBySystemAndCode() {
    CodeDictionary d = new CodeDictionary();
    int a = d.intern(CodeSystems.LOINC, "1");
    int b = d.intern(CodeSystems.SNOMED_CT, "1");
    int c = d.intern(CodeSystems.LOINC, "2");
    CompiledValueSet vs = ValueSet.of("urn:x", "x", "", java.util.List.of(Code.of(CodeSystems.LOINC, "1"),
        Code.of(CodeSystems.CPT, "99213"))).compile(d.freeze());
    assertThat(vs.contains(a)).isTrue();
    assertThat(vs.contains(b)).isFalse();
    assertThat(vs.contains(c)).isFalse();
    assertThat(vs.contains(-1)).isFalse();
    assertThat(vs.size()).isEqualTo(1);
  }

  @Test
  void aUnionHoldsTheMembersOfEverySetAndNoOther() {
    CodeDictionary d = new CodeDictionary();
    int a = d.intern(CodeSystems.LOINC, "1");
    for (int i = 0; i < 200; i++) {
      d.intern(CodeSystems.CPT, "filler" + i);
    }
    int b = d.intern(CodeSystems.SNOMED_CT, "2");
    int c = d.intern(CodeSystems.LOINC, "3");
    CompiledValueSet small = CompiledValueSet.ofCodeIds("a", a);
    CompiledValueSet large = CompiledValueSet.ofCodeIds("a and b", a, b);
    CompiledValueSet u = CompiledValueSet.union("both", small, large);
    assertThat(u.contains(a)).isTrue();
    assertThat(u.contains(b)).isTrue();
    assertThat(u.contains(c)).isFalse();
    assertThat(u.size()).isEqualTo(2);
    assertThat(u.name()).isEqualTo("both");
    assertThatThrownBy(() -> CompiledValueSet.union("none")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("none");
  }

  @Test
  void aValueSetWithoutExpansionIsAnErrorNamingIt() throws IOException {
    Files.writeString(dir.resolve("vs.json"), """
        {"resourceType":"ValueSet","id":"1.2.3","url":"http://example.org/ValueSet/1.2.3","title":"No Expansion",
         "compose":{"include":[{"system":"http://loinc.org"}]}}""");
    assertThatThrownBy(() -> ValueSets.read(dir)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("No Expansion").hasMessageContaining("http://example.org/ValueSet/1.2.3")
        .hasMessageContaining("no expansion");
  }

  @Test
  void anUnknownCodeSystemIsAnErrorNamingTheValueSetTheSystemAndTheKnownOnes() throws IOException {
    Files.writeString(dir.resolve("vs.json"), """
        {"resourceType":"ValueSet","id":"1.2.4","url":"http://example.org/ValueSet/1.2.4","title":"Odd",
         "expansion":{"contains":[{"system":"http://example.org/local-codes","code":"A"}]}}""");
    assertThatThrownBy(() -> ValueSets.read(dir)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"Odd\"").hasMessageContaining("http://example.org/local-codes")
        .hasMessageContaining(CodeSystems.SNOMED_CT);
    assertThat(ValueSets.read(dir, CodeSystems.standard().with("http://example.org/local-codes", "LOCAL")).size())
        .isEqualTo(1);
  }

  @Test
  void aReferencedButAbsentValueSetIsAnErrorNamingIt() {
    ValueSets v = ValueSets.of(java.util.List.of());
    assertThatThrownBy(() -> v.get("http://cts.nlm.nih.gov/fhir/ValueSet/9.9.9"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("9.9.9")
        .hasMessageContaining("referenced but absent");
  }

  @Test
  void nestedExpansionEntriesAreMembersAndTheRegistryAnswersByUrl() throws IOException {
    Files.writeString(dir.resolve("vs.json"), """
        {"resourceType":"ValueSet","id":"1.2.5","url":"http://example.org/ValueSet/1.2.5","title":"Nested",
         "version":"20240501",
         "expansion":{"contains":[{"system":"http://loinc.org","code":"1","contains":[
           {"system":"http://loinc.org","code":"2"},{"abstract":true,"contains":[{"system":"http://loinc.org","code":"3"}]}]}]}}""");
    ValueSets v = ValueSets.read(dir);
    assertThat(v.contains("http://example.org/ValueSet/1.2.5")).isTrue();
    assertThat(v.contains("http://example.org/ValueSet/9.9.9")).isFalse();
    ValueSet nested = v.get("http://example.org/ValueSet/1.2.5|20240501");
    assertThat(nested.version()).isEqualTo("20240501");
    assertThat(nested.codes()).containsExactlyInAnyOrder(Code.of(CodeSystems.LOINC, "1"), Code.of(CodeSystems.LOINC, "2"),
        Code.of(CodeSystems.LOINC, "3"));
  }

  @Test
  void aBadCodeIsAnErrorNamingItsPositionInTheExpansion() throws IOException {
    Files.writeString(dir.resolve("vs.json"), """
        {"resourceType":"ValueSet","id":"1.2.6","url":"http://example.org/ValueSet/1.2.6","title":"Bad",
         "expansion":{"contains":[{"system":"http://loinc.org","code":"1"},{"system":"http://loinc.org","code":"2"},
           {"system":"http://loinc.org","code":7}]}}""");
    assertThatThrownBy(() -> ValueSets.read(dir)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ValueSet.expansion.contains[2].code").hasMessageContaining("\"Bad\"")
        .hasMessageContaining("non-blank text code");
  }
}
