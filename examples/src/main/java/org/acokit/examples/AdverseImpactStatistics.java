/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.Map;

import org.acokit.io.Failure;
import org.acokit.io.ValueWithFailures;
import org.acokit.measures.workforce.AdverseImpactResult;
import org.acokit.measures.workforce.SelectionCsv;
import org.acokit.measures.workforce.SelectionTable;

/**
 * Adverse-impact statistics for every data set of a selection file.
 * <p>
 * Usage: {@code AdverseImpactStatistics INPUT_CSV OUT_CSV}. INPUT_CSV has the columns
 * {@code dataset,group,applicants,selected} (any number of data sets and groups); OUT_CSV gets
 * {@code dataset,group,measure,estimate,se,lowerci,upperci}, every statistic of
 * {@link org.acokit.measures.workforce.AdverseImpact} (table-level rows with an empty group).
 * Bad rows are printed as failures and left out; the other rows are analysed.
 */
public final class AdverseImpactStatistics {

  private AdverseImpactStatistics() {
  }

  /**
   * Reads, analyses and writes.
   *
   * @param input the selection counts
   * @param output the statistics file to write
   * @param out where to print the summary and the failures
   * @return the analyses by data set
   */
  public static Map<String, AdverseImpactResult> run(Path input, Path output, PrintStream out) {
    ValueWithFailures<SelectionTable> tables;
    try (Reader reader = Files.newBufferedReader(input, StandardCharsets.UTF_8)) {
      tables = SelectionCsv.read(reader, input.getFileName().toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + input, e);
    }
    Map<String, AdverseImpactResult> results = new LinkedHashMap<>();
    for (SelectionTable t : tables.values()) {
      results.put(t.dataset(), t.analyze());
    }
    try (Writer writer = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
      SelectionCsv.write(results, writer);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + output, e);
    }
    for (Failure f : tables.failures()) {
      out.println("left out: " + f);
    }
    results.forEach((dataset, r) -> out.println(dataset + ": reference " + r.referenceGroup() + ", "
        + r.statistics().size() + " statistics"));
    out.println("Wrote " + output);
    return results;
  }

  /**
   * Runs the example.
   *
   * @param args INPUT_CSV OUT_CSV
   */
  public static void main(String[] args) {
    if (args.length != 2) {
      System.err.println("usage: AdverseImpactStatistics INPUT_CSV OUT_CSV");
      System.exit(2);
    }
    run(Paths.get(args[0]), Paths.get(args[1]), System.out);
  }
}
