/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.ecqm;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.acokit.measures.definition.PatientMeasures;
import org.acokit.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestDeckTest {

  @TempDir
  Path tmp;

  @Test
  void sharedLibrariesReproduceCms122InitialPopulationDenominatorAndExclusions() throws Exception {
    TestDeck deck = TestDeck.read(SharedData.subfolder("ecqm-test-decks"));
    assertThat(deck.measures()).hasSize(6);
    assertThat(deck.valueSets().size()).isEqualTo(85);
    DeckRun run = deck.run(PatientMeasures.of(List.of(new GlycemicExclusionsMeasure())));
    String folder = "DiabetesGlycemicStatusAssessmentGreaterThan9PercentFHIR";
    assertThat(run.testCases()).containsEntry(folder, 36);
    assertThat(run.rows()).hasSize(36 * 3);
    // the test measure declares no numerator: every other count must match, every numerator is reported
    assertThat(run.mismatches()).allSatisfy(m -> assertThat(m.population()).as(m.toString()).isEqualTo("numerator"));
    assertThat(run.mismatches()).allSatisfy(m -> assertThat(m.reason()).contains("does not declare numerator"));
    assertThat(run.matched().get(folder)).isEqualTo(36 - run.mismatches().size());
    assertThat(run.matched()).containsEntry("ColonCancerScreeningFHIR", 0);
    Path out = tmp.resolve("out.csv");
    run.writeCsv(out);
    List<String> lines = Files.readAllLines(out);
    assertThat(lines.get(0)).isEqualTo("measure,test_case,population,count");
    assertThat(lines.get(1)).startsWith(folder + ",").matches(".*,initial-population,[01]");
    assertThat(run.report()).contains(folder + ": ");
  }
}
