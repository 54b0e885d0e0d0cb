/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.examples;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.acokit.io.Failure;
import org.acokit.io.ValueWithFailures;
import org.acokit.measures.equity.InequalityCsv;
import org.acokit.measures.equity.InequalityData;
import org.acokit.measures.equity.SummaryEstimate;
import org.acokit.measures.equity.SummaryMeasures;

/**
 * Summary measures of health inequality for every dataset of a file of subgroup rows (the shape
 * of WHO healthequal's sample inputs): {@code EquitySummaryMeasures INPUT_CSV OUT_CSV} writes
 * {@code dataset,measure,estimate,se,lowerci,upperci} for every measure that applies to each
 * dataset ({@code NaN} where the definition gives no value) and prints failed rows to standard
 * error; the good datasets are written.
 */
public final class EquitySummaryMeasures {

  private EquitySummaryMeasures() {
  }

  /**
   * Reads, computes and writes.
   *
   * @param input the subgroup rows
   * @param output the summary measures file to write
   * @return the failures (bad rows and the datasets left out)
   * @throws IOException if a file cannot be read or written
   */
  public static List<Failure> run(Path input, Path output) throws IOException {
    ValueWithFailures<InequalityData> data = InequalityCsv.read(input);
    List<SummaryEstimate> estimates = new ArrayList<>();
    for (InequalityData d : data.values()) {
      estimates.addAll(SummaryMeasures.compute(d));
    }
    try (Writer w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
      InequalityCsv.write(data.values(), estimates, w);
    }
    return data.failures();
  }

  /**
   * Runs from the command line.
   *
   * @param args INPUT_CSV OUT_CSV
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: EquitySummaryMeasures INPUT_CSV OUT_CSV");
      System.exit(2);
    }
    List<Failure> failures = run(Path.of(args[0]), Path.of(args[1]));
    failures.forEach(f -> System.err.println(f));
  }
}
