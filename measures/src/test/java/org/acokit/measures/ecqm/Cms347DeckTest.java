/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.ecqm;

import org.junit.jupiter.api.Test;

class Cms347DeckTest {

  @Test
  void everyExpectedCountOfTheFourGroupsOfThe131TestCasesIsReproduced() {
    BuiltInDecks.assertReproduced("StatinTherapyforthePreventionandTreatmentofCardiovascularDiseaseFHIR", 131, 4 * 5);
  }
}
