/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.ecqm;

import org.junit.jupiter.api.Test;

class Cms125DeckTest {

  @Test
  void everyExpectedCountOfThe46TestCasesIsReproduced() {
    BuiltInDecks.assertReproduced("BreastCancerScreeningFHIR", 46, 4);
  }
}
