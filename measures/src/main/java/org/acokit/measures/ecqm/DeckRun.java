/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.ecqm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;

/**
 * The result of running a test deck: every output row, every mismatch, and per measure the test
 * cases whose every expected count was reproduced. Immutable and thread-safe.
 *
 * @param rows the rows, measure by measure, test case by test case, populations in Measure order
 * @param mismatches the mismatches
 * @param matched per measure folder, the number of test cases fully reproduced
 * @param testCases per measure folder, the number of test cases
 */
public record DeckRun(ImmutableList<DeckRow> rows, ImmutableList<DeckMismatch> mismatches,
    ImmutableMap<String, Integer> matched, ImmutableMap<String, Integer> testCases) {

  /** The CSV header. */
  public static final String HEADER = "measure,test_case,population,count";

  /**
   * Writes the rows as CSV with the header {@value #HEADER}.
   *
   * @param file the file
   * @throws UncheckedIOException if it cannot be written
   */
  public void writeCsv(Path file) {
    List<String> lines = new ArrayList<>();
    lines.add(HEADER);
    rows.forEach(r -> lines.add(r.csv()));
    try {
      Files.write(file, lines);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /**
   * A text report: per measure the test cases matched, then every mismatch with its reason.
   *
   * @return the report
   */
  public String report() {
    StringBuilder b = new StringBuilder();
    for (Map.Entry<String, Integer> e : testCases.entrySet()) {
      b.append(e.getKey()).append(": ").append(matched.getOrDefault(e.getKey(), 0)).append(" of ")
          .append(e.getValue()).append(" test cases matched\n");
    }
    mismatches.forEach(m -> b.append("  MISMATCH ").append(m).append('\n'));
    return b.toString();
  }

  /**
   * Whether every expected count was reproduced.
   *
   * @return true if there is no mismatch
   */
  public boolean allMatched() {
    return mismatches.isEmpty();
  }
}
