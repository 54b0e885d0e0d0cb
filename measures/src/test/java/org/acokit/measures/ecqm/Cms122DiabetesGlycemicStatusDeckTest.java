/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.ecqm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.acokit.measures.definition.PatientMeasures;
import org.acokit.testing.SharedData;
import org.junit.jupiter.api.Test;

/**
 * CMS122 on the deck's 36 test patients: every expected population count is reproduced except the
 * two numerators the deck gets wrong (see {@link Cms122DiabetesGlycemicStatus}, named gap 1).
 */
class Cms122DiabetesGlycemicStatusDeckTest {

  static final String FOLDER = "DiabetesGlycemicStatusAssessmentGreaterThan9PercentFHIR";

  @Test
  void reproducesEveryTestCaseButTheTwoKnownDeckDataErrors() {
    TestDeck deck = TestDeck.read(SharedData.subfolder("ecqm-test-decks"));
    DeckRun run = deck.run(PatientMeasures.load(), List.of(FOLDER));
    assertThat(run.testCases()).containsEntry(FOLDER, 36);
    assertThat(run.rows()).hasSize(36 * 4);
    // 8956ebb5 and 6630d394 expect numerator 1 for a valueCodeableConcept "Yes" result, which the
    // CQL scores 0; the 2025 upstream content changes both values to valueQuantity 9.1 %.
    assertThat(run.mismatches()).as(run.report()).extracting(m -> m.testCase() + " " + m.population() + " "
        + m.expected() + "->" + m.actual()).containsExactlyInAnyOrder(
            "8956ebb5-d3c0-4112-a34a-200961713efd numerator 1->0",
            "6630d394-c81d-42f5-a218-40b73a2a4949 numerator 1->0");
    assertThat(run.matched()).containsEntry(FOLDER, 34);
  }
}
