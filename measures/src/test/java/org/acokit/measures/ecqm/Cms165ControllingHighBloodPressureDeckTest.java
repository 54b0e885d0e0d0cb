/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.ecqm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.acokit.measures.definition.PatientMeasures;
import org.acokit.testing.SharedData;
import org.junit.jupiter.api.Test;

/** CMS165 on the deck's 41 test patients: every expected population count is reproduced. */
class Cms165ControllingHighBloodPressureDeckTest {

  static final String FOLDER = "ControllingHighBloodPressureFHIR";

  @Test
  void reproducesEveryTestCase() {
    TestDeck deck = TestDeck.read(SharedData.subfolder("ecqm-test-decks"));
    DeckRun run = deck.run(PatientMeasures.load(), List.of(FOLDER));
    assertThat(run.testCases()).containsEntry(FOLDER, 41);
    assertThat(run.rows()).hasSize(41 * 4);
    assertThat(run.mismatches()).as(run.report()).isEmpty();
    assertThat(run.matched()).containsEntry(FOLDER, 41);
  }
}
