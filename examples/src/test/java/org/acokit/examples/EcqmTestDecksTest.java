/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.acokit.measures.ecqm.DeckMismatch;
import org.acokit.measures.ecqm.DeckRun;
import org.acokit.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CI test of the whole eCQM test deck: every expected population count of every test case of
 * the six measures is reproduced by the registered measures, except the deck's known data errors,
 * listed here exactly so that a regression (or a fix upstream) fails.
 */
class EcqmTestDecksTest {

  /**
   * Known deck data errors (measure folder, test case, population): CMS122 8956ebb5 and 6630d394
   * expect numerator 1 for a glycemic result written as valueCodeableConcept "Yes" instead of a
   * 9.1% quantity; the same shape in 5ed37c9e expects 0, and the next year's upstream content
   * fixes exactly these two (see the CMS122 measure's javadoc).
   */
  private static final List<String> KNOWN_DATA_ERRORS = List.of(
      "DiabetesGlycemicStatusAssessmentGreaterThan9PercentFHIR 6630d394-c81d-42f5-a218-40b73a2a4949 numerator",
      "DiabetesGlycemicStatusAssessmentGreaterThan9PercentFHIR 8956ebb5-d3c0-4112-a34a-200961713efd numerator");

  private static final Map<String, Integer> TEST_CASES = Map.of(
      "DiabetesGlycemicStatusAssessmentGreaterThan9PercentFHIR", 36, "ControllingHighBloodPressureFHIR", 41,
      "PCSDepressionScreenAndFollowUpFHIR", 28, "BreastCancerScreeningFHIR", 46, "ColonCancerScreeningFHIR", 46,
      "StatinTherapyforthePreventionandTreatmentofCardiovascularDiseaseFHIR", 131);

  @TempDir
  Path tmp;

  @Test
  void everyExpectedCountIsReproducedButTheKnownDataErrors() throws Exception {
    Path csv = tmp.resolve("deck.csv");
    StandardOutput.Printed<DeckRun> printed =
        StandardOutput.capture(out -> EcqmTestDecks.run(SharedData.subfolder("ecqm-test-decks"), csv, out));
    DeckRun run = printed.value();

    assertThat(run.testCases()).containsExactlyInAnyOrderEntriesOf(TEST_CASES);
    assertThat(run.mismatches()).extracting(m -> m.measure() + " " + m.testCase() + " " + m.population())
        .containsExactlyInAnyOrderElementsOf(KNOWN_DATA_ERRORS);
    assertThat(run.mismatches()).allSatisfy(m -> {
      assertThat(m.expected()).isEqualTo(1);
      assertThat(m.actual()).isEqualTo(0);
    });
    TEST_CASES.forEach((measure, cases) -> assertThat(run.matched().get(measure)).as(measure)
        .isEqualTo(cases - (int) run.mismatches().stream().map(DeckMismatch::measure).filter(measure::equals)
            .count()));

    List<String> lines = Files.readAllLines(csv);
    assertThat(lines.get(0)).isEqualTo("measure,test_case,population,count");
    // four populations per case for CMS122/165/125/130, five for CMS2, four groups of five for CMS347
    assertThat(lines).hasSize(1 + 36 * 4 + 41 * 4 + 46 * 4 + 46 * 4 + 28 * 5 + 131 * 20);
    assertThat(lines).anyMatch(l -> l.matches(
        "StatinTherapyforthePreventionandTreatmentofCardiovascularDiseaseFHIR,[0-9a-f-]{36},group-4/"
            + "denominator-exception,[01]"));
    assertThat(lines).allMatch(l -> l.equals(lines.get(0)) || l.matches("[A-Za-z0-9]+,[0-9a-f-]{36},"
        + "(group-[1-4]/)?(initial-population|denominator|denominator-exclusion|denominator-exception|numerator),[01]"));
    assertThat(printed.text()).contains("DiabetesGlycemicStatusAssessmentGreaterThan9PercentFHIR: 34 of 36 test cases"
        + " matched").contains("MISMATCH DiabetesGlycemicStatusAssessmentGreaterThan9PercentFHIR 8956ebb5");
  }
}
