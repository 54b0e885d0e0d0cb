/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.ecqm;

/**
 * An expected count not reproduced, with the reason.
 *
 * @param measure the measure folder name
 * @param testCase the test case folder name
 * @param population the population column (as in {@link DeckRow})
 * @param expected the expected count
 * @param actual the evaluated count, or -1 if there is none
 * @param reason why: the evaluation's explanation of the group, or the failure
 */
public record DeckMismatch(String measure, String testCase, String population, long expected, long actual,
    String reason) {

  @Override
  public String toString() {
    return measure + " " + testCase + " " + population + ": expected " + expected + ", evaluated "
        + (actual < 0 ? "nothing" : Long.toString(actual)) + " -- " + reason;
  }
}
