/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.ecqm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.acokit.measures.definition.Population;
import org.acokit.measures.evaluation.MeasureEvaluator;
import org.acokit.measures.evaluation.PopulationCounts;
import org.acokit.measures.logic.MeasurementPeriod;
import org.acokit.testing.SharedData;
import org.junit.jupiter.api.Test;

class Cms130DeckTest {

  static final String FOLDER = "ColonCancerScreeningFHIR";

  @Test
  void everyExpectedCountOfThe46TestCasesIsReproduced() {
    BuiltInDecks.assertReproduced(FOLDER, 46, 4);
  }

  @Test
  void theTwoAgeStratifiersPartitionEveryPopulationOfTheDeck() {
    TestDeck deck = TestDeck.read(SharedData.subfolder("ecqm-test-decks"));
    MeasureEvaluator evaluator = MeasureEvaluator.bind(BuiltInDecks.patients(deck, FOLDER), deck.valueSets(),
        MeasurementPeriod.calendarYear(2025), List.of(new ColorectalCancerScreening()));
    PopulationCounts counts = evaluator.evaluate().values().get(0);
    String url = ColorectalCancerScreening.URL;
    long youngIp = counts.count(url, 0, "Stratification 1", "true", Population.INITIAL_POPULATION);
    assertThat(youngIp).as("the deck's 46-49 year olds with a qualifying encounter").isPositive();
    for (Population pop : List.of(Population.INITIAL_POPULATION, Population.DENOMINATOR,
        Population.DENOMINATOR_EXCLUSION, Population.NUMERATOR)) {
      assertThat(counts.count(url, 0, "Stratification 1", "true", pop)
          + counts.count(url, 0, "Stratification 2", "true", pop)).as(pop.toString())
          .isEqualTo(counts.count(url, 0, pop));
    }
    assertThat(counts.toMeasureResult(url).measureId()).isEqualTo("113");
    assertThat(counts.toMeasureResult(url).collectionType()).isEqualTo("electronicHealthRecord");
  }
}
