/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.ecqm;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.acokit.measures.definition.PatientMeasures;
import org.acokit.measures.fhir.FhirReader;
import org.acokit.measures.patient.PatientData;
import org.acokit.testing.SharedData;

/** Runs one built-in measure, found through the ServiceLoader, over its deck folder. */
final class BuiltInDecks {

  private BuiltInDecks() {
  }

  /**
   * Runs the deck folder with the registered built-in measures and asserts every expected count of
   * every group of every test case is reproduced.
   */
  static DeckRun assertReproduced(String folder, int testCases, int populationsPerCase) {
    TestDeck deck = TestDeck.read(SharedData.subfolder("ecqm-test-decks"));
    DeckRun run = deck.run(PatientMeasures.load(), List.of(folder));
    System.out.print(run.report());
    assertThat(run.testCases()).containsEntry(folder, testCases);
    assertThat(run.mismatches()).as(run.report()).isEmpty();
    assertThat(run.matched()).containsEntry(folder, testCases);
    assertThat(run.rows()).hasSize(testCases * populationsPerCase);
    return run;
  }

  /** The patients of a deck measure's test cases, read without failure. */
  static PatientData patients(TestDeck deck, String folder) {
    DeckMeasure m = deck.measures().stream().filter(x -> x.folder().equals(folder)).findFirst().orElseThrow();
    List<Path> bundles = m.testCases().stream().map(c -> c.resolve("patient-bundle.json")).toList();
    var read = FhirReader.read(bundles);
    assertThat(read.failures()).isEmpty();
    return read.values().get(0);
  }
}
