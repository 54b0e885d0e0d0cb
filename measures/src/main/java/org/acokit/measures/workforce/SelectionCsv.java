/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.workforce;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

import org.acokit.io.Failure;
import org.acokit.io.FailureCode;
import org.acokit.io.ValueWithFailures;

/**
 * Reads selection counts ({@code dataset,group,applicants,selected}, any number of data sets and
 * groups) and writes adverse-impact statistics ({@code dataset,group,measure,estimate,se,lowerci,upperci},
 * the layout of the equity data README's {@code morris2017_outputs.csv}).
 * <p>
 * Reading never loses the file for a bad row: a row with an empty or non-numeric count, zero
 * applicants, selected above applicants or a group repeated within its data set is a row-level
 * {@link Failure} naming the row, the column and the value, and the other rows are kept. A data
 * set left with fewer than two groups is reported as a failure too (at its first row), since no
 * comparison can be made. Stateless and thread-safe.
 */
public final class SelectionCsv {

  /** The required columns. */
  public static final List<String> COLUMNS = List.of("dataset", "group", "applicants", "selected");
  /** The header of the statistics file. */
  public static final String OUTPUT_HEADER = "dataset,group,measure,estimate,se,lowerci,upperci";

  private SelectionCsv() {
  }

  /**
   * Reads selection counts.
   *
   * @param reader the CSV text
   * @param source the source's name for failures, such as the file name
   * @return the data sets in order of first appearance, with the row-level failures
   * @throws org.acokit.io.FailureException (UNKNOWN_LAYOUT) if a required column is missing
   */
  public static ValueWithFailures<SelectionTable> read(Reader reader, String source) {
    CsvTable table = CsvTable.read(reader, source, COLUMNS);
    List<Failure> failures = new ArrayList<>();
    Map<String, List<SelectionCount>> byDataset = new LinkedHashMap<>();
    Map<String, Integer> firstRow = new LinkedHashMap<>();
    Map<String, Set<String>> groups = new LinkedHashMap<>();
    for (CsvTable.Row row : table.rows) {
      int before = failures.size();
      String dataset = table.text(row, "dataset", failures);
      String group = table.text(row, "group", failures);
      long n = table.count(row, "applicants", failures);
      long x = table.count(row, "selected", failures);
      if (n == 0) {
        failures.add(table.failure(FailureCode.INVALID_VALUE, row, "applicants", "0",
            "applicants is 0 for group '" + group + "': a group nobody applied from has no selection rate; leave it out"));
      }
      if (n > 0 && x > n) {
        failures.add(table.failure(FailureCode.INCONSISTENT, row, "selected", Long.toString(x),
            "selected is " + x + " but applicants is " + n + " for group '" + group + "': selected must not exceed applicants"));
      }
      if (dataset != null && group != null && groups.computeIfAbsent(dataset, d -> new LinkedHashSet<>()).contains(group)) {
        failures.add(table.failure(FailureCode.INCONSISTENT, row, "group", group,
            "group '" + group + "' appears twice in data set '" + dataset + "'"));
      }
      if (failures.size() > before) {
        continue;
      }
      groups.get(dataset).add(group);
      firstRow.putIfAbsent(dataset, row.number());
      byDataset.computeIfAbsent(dataset, d -> new ArrayList<>()).add(SelectionCount.of(group, n, x));
    }
    failures.addAll(table.parseFailures);
    List<SelectionTable> tables = new ArrayList<>();
    for (Map.Entry<String, List<SelectionCount>> e : byDataset.entrySet()) {
      if (e.getValue().size() < 2) {
        failures.add(Failure.ofRow(FailureCode.MISSING_INPUT, source, firstRow.get(e.getKey()), "group", e.getKey(),
            source + ": data set '" + e.getKey() + "' has " + e.getValue().size()
                + " usable group; an adverse-impact analysis needs at least 2"));
        continue;
      }
      tables.add(SelectionTable.builder().dataset(e.getKey()).counts(e.getValue()).build());
    }
    return ValueWithFailures.<SelectionTable>builder().values(tables).failures(failures).build();
  }

  /**
   * Writes the statistics of data sets, one row per statistic, with the header
   * {@link #OUTPUT_HEADER}. Numbers are written with Java's shortest round-trip form; an
   * undefined estimate is written {@code NaN} (the README's convention), absent se and bounds as
   * empty cells.
   *
   * @param results data set name → analysis
   * @param writer where to write
   */
  public static void write(Map<String, AdverseImpactResult> results, Writer writer) {
    try {
      writer.write(OUTPUT_HEADER);
      writer.write('\n');
      for (Map.Entry<String, AdverseImpactResult> e : results.entrySet()) {
        for (Statistic s : e.getValue().statistics()) {
          writer.write(quote(e.getKey()) + ',' + quote(s.group().orElse("")) + ',' + s.measure() + ','
              + (s.estimate().isPresent() ? number(s.estimate()) : "NaN") + ',' + number(s.se()) + ','
              + number(s.lower()) + ',' + number(s.upper()) + '\n');
        }
      }
      writer.flush();
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  private static String number(OptionalDouble v) {
    return v.isPresent() ? Double.toString(v.getAsDouble()) : "";
  }

  private static String quote(String s) {
    return s.contains(",") || s.contains("\"") || s.contains("\n") ? '"' + s.replace("\"", "\"\"") + '"' : s;
  }
}
