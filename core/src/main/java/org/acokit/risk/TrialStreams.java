/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.risk;

import java.util.SplittableRandom;

/**
 * Counter-based random streams: the stream of trial {@code t} of a simulation seeded with
 * {@code seed} is a pure function of the two, so any number of threads gives the same draws.
 * <p>
 * The master key is {@code new SplittableRandom(seed).nextLong()}; trial t is seeded with the
 * (t+1)-th output of {@code new SplittableRandom(key)} (SplitMix64, whose n-th output is
 * {@code mix64(key + n x gamma)}, so it is read at any position without stepping), and draws from
 * {@code new SplittableRandom(trialSeed)}. Both generators are the JDK's own
 * ({@link SplittableRandom}, no dependency); normal draws use the JDK's
 * {@code RandomGenerator.nextGaussian()} (McFarland's modified ziggurat, the same in every JDK 17+
 * run). Two trials' streams can only overlap if their seeds fall within a stream's length of each
 * other on the same Weyl sequence: about 2 x 64 / 2^64 per pair of trials for the few draws a
 * trial takes.
 */
final class TrialStreams {

  /** SplitMix64's increment (the golden ratio), as in {@link SplittableRandom}. */
  private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

  private final long key;

  TrialStreams(long seed) {
    this.key = new SplittableRandom(seed).nextLong();
  }

  /** The seed of trial t: the (t+1)-th output of SplitMix64 from the key. */
  long trialSeed(long trial) {
    return new SplittableRandom(key + trial * GOLDEN_GAMMA).nextLong();
  }

  /** The random stream of trial t. */
  SplittableRandom stream(long trial) {
    return new SplittableRandom(trialSeed(trial));
  }
}
