/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.risk;

import java.util.SplittableRandom;

/** Draws one trial's spending; one instance per worker (it may hold scratch arrays). */
interface Sampler {

  /**
   * Draws the trial's person-years, per-capita benchmark and expenditure.
   *
   * @param random the trial's stream
   * @param state receives the draw
   */
  void draw(SplittableRandom random, TrialState state);
}
