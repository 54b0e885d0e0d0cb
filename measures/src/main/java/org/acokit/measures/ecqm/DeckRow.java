/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.ecqm;

/**
 * One output row: {@code measure,test_case,population,count}. {@code population} is the FHIR
 * population code, preceded by {@code group-N/} (N from 1 in Measure.group order) for a measure
 * with several groups.
 *
 * @param measure the measure folder name
 * @param testCase the test case folder name
 * @param population the population column
 * @param count the evaluated count
 */
public record DeckRow(String measure, String testCase, String population, long count) {

  /**
   * The CSV line (no quoting needed: the fields hold no commas).
   *
   * @return the line
   */
  public String csv() {
    return measure + "," + testCase + "," + population + "," + count;
  }
}
