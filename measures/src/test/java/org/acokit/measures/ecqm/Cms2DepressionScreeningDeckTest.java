/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.ecqm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.acokit.measures.definition.PatientMeasures;
import org.acokit.testing.SharedData;
import org.junit.jupiter.api.Test;

/** CMS2 on the deck's 28 test patients: every expected population count is reproduced. */
class Cms2DepressionScreeningDeckTest {

  static final String FOLDER = "PCSDepressionScreenAndFollowUpFHIR";

  @Test
  void reproducesEveryTestCase() {
    TestDeck deck = TestDeck.read(SharedData.subfolder("ecqm-test-decks"));
    DeckRun run = deck.run(PatientMeasures.load(), List.of(FOLDER));
    assertThat(run.testCases()).containsEntry(FOLDER, 28);
    assertThat(run.rows()).hasSize(28 * 5);
    assertThat(run.mismatches()).as(run.report()).isEmpty();
    assertThat(run.matched()).containsEntry(FOLDER, 28);
  }
}
