/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.equity;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import org.acokit.io.Failure;
import org.acokit.io.CsvRows;
import org.acokit.io.FailureCode;
import org.acokit.io.FailureException;
import org.acokit.io.ValueWithFailures;
import org.acokit.quality.Direction;

/**
 * Reads subgroup rows in the shape of WHO healthequal's inputs (one row per subgroup, any number
 * of datasets) and writes summary measures in the shape of its outputs.
 * <p>
 * Input columns (header required, any order, extra columns ignored): {@code dataset},
 * {@code indicator}, {@code dimension}, {@code subgroup}, {@code subgroup_order} (1 = most
 * disadvantaged; empty for a non-ordered dimension), {@code estimate}, {@code se},
 * {@code population}, {@code favourable_indicator} (1 higher is better, 0 lower is better),
 * {@code ordered_dimension} (1/0), {@code indicator_scale} (100, 1000...),
 * {@code reference_subgroup} (1 marks the reference, else 0); {@code setting_average} is not
 * used. A batch: a bad cell is a row-level {@link Failure} (source, row, column, value); a dataset
 * with a failed row, or whose rows contradict each other (mixed ordered and non-ordered rows, two
 * scales), is reported and left out; the other datasets are returned. A row the CSV parser
 * cannot read (an unclosed quote, a byte that is not UTF-8, more cells than the header) is a
 * row-level failure too, and reading goes on with the next line. Output columns:
 * {@code dataset,measure,estimate,se,lowerci,upperci}, {@code NaN} where there is no value.
 * Stateless; thread-safe.
 */
public final class InequalityCsv {

  private static final List<String> REQUIRED = List.of("dataset", "indicator", "dimension", "subgroup",
      "subgroup_order", "estimate", "se", "population", "favourable_indicator", "ordered_dimension",
      "indicator_scale", "reference_subgroup");

  private InequalityCsv() {
  }

  /**
   * Reads a file.
   *
   * @param file the CSV file, UTF-8 (a line holding a byte that is not UTF-8 fails its row)
   * @return the datasets in order of first appearance, and the failures
   * @throws UncheckedIOException if the file cannot be read
   * @throws FailureException (MISSING_INPUT) if the file does not exist, (UNPARSEABLE) if it is
   *     UTF-16 or UTF-32 text, (UNKNOWN_LAYOUT) if a required column is missing
   */
  public static ValueWithFailures<InequalityData> read(Path file) {
    String source = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    return read(CsvRows.read(file, source), source);
  }

  /**
   * Reads rows.
   *
   * @param in the text
   * @param source the source's name, for failures
   * @return the datasets in order of first appearance, and the failures
   * @throws UncheckedIOException if the text cannot be read
   * @throws FailureException (UNKNOWN_LAYOUT) if a required column is missing
   */
  public static ValueWithFailures<InequalityData> read(Reader in, String source) {
    return read(CsvRows.read(in, source), source);
  }

  private static ValueWithFailures<InequalityData> read(CsvRows csv, String source) {
    for (String c : REQUIRED) {
      if (!csv.header().contains(c)) {
        throw new FailureException(Failure.of(FailureCode.UNKNOWN_LAYOUT, c, null, source + " has no column " + c
            + "; the columns must include " + REQUIRED));
      }
    }
    List<Map<String, String>> rows = new ArrayList<>();
    List<Integer> numbers = new ArrayList<>();
    for (CsvRows.Row r : csv.rows()) {
      Map<String, String> cells = new HashMap<>();
      for (int i = 0; i < csv.header().size(); i++) {
        cells.putIfAbsent(csv.header().get(i), r.cells().get(i));
      }
      rows.add(cells);
      numbers.add(r.number());
    }
    ValueWithFailures.Builder<InequalityData> out = ValueWithFailures.<InequalityData>builder()
        .addAllFailures(csv.failures());
    Map<String, List<Integer>> byDataset = new LinkedHashMap<>();
    Map<Integer, Subgroup> parsed = new HashMap<>();
    Map<String, Integer> failedRows = new HashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      Map<String, String> row = rows.get(i);
      String dataset = row.getOrDefault("dataset", "").trim();
      byDataset.computeIfAbsent(dataset, k -> new ArrayList<>()).add(i);
      List<Failure> fs = new ArrayList<>();
      Subgroup s = subgroup(row, source, numbers.get(i), fs);
      if (fs.isEmpty()) {
        parsed.put(i, s);
      } else {
        out.addAllFailures(fs);
        failedRows.merge(dataset, 1, Integer::sum);
      }
    }
    for (Map.Entry<String, List<Integer>> e : byDataset.entrySet()) {
      String dataset = e.getKey();
      List<Integer> idx = e.getValue();
      if (failedRows.containsKey(dataset)) {
        out.addFailures(Failure.ofRow(FailureCode.MISSING_INPUT, source, numbers.get(idx.get(0)), "dataset", dataset,
            "dataset " + dataset + " left out: " + failedRows.get(dataset) + " of its " + idx.size()
                + " rows failed"));
        continue;
      }
      Map<String, String> first = rows.get(idx.get(0));
      List<Subgroup> subgroups = new ArrayList<>();
      Failure inconsistent = null;
      for (int i : idx) {
        for (String c : List.of("indicator", "favourable_indicator", "ordered_dimension", "indicator_scale")) {
          if (inconsistent == null && !rows.get(i).get(c).trim().equals(first.get(c).trim())) {
            inconsistent = Failure.ofRow(FailureCode.INCONSISTENT, source, numbers.get(i), c, rows.get(i).get(c),
                "dataset " + dataset + ", subgroup " + rows.get(i).get("subgroup") + ": " + c + " is '"
                    + rows.get(i).get(c) + "' but '" + first.get(c) + "' on the dataset's first row"
                    + (c.equals("ordered_dimension") ? ": a dataset must not mix ordered and non-ordered rows" : ""));
          }
        }
        subgroups.add(parsed.get(i));
      }
      if (inconsistent != null) {
        out.addFailures(inconsistent);
        continue;
      }
      try {
        out.addValues(new InequalityData(dataset, first.get("indicator"), first.get("dimension"),
            first.get("favourable_indicator").trim().equals("1") ? Direction.HIGHER_IS_BETTER
                : Direction.LOWER_IS_BETTER,
            first.get("ordered_dimension").trim().equals("1"), Double.parseDouble(first.get("indicator_scale").trim()),
            subgroups));
      } catch (FailureException ex) {
        Failure f = ex.failure();
        int row = numbers.get(idx.get(0));
        for (int i : idx) {
          if (f.path().contains("subgroup[" + rows.get(i).get("subgroup") + "]")) {
            row = numbers.get(i);
            break;
          }
        }
        out.addFailures(Failure.ofRow(f.code(), source, row, f.path(), f.value().orElse(null), f.message()));
      }
    }
    return out.build();
  }

  private static Subgroup subgroup(Map<String, String> row, String source, int line, List<Failure> fs) {
    String dataset = row.get("dataset").trim();
    String name = row.get("subgroup").trim();
    String who = "dataset " + dataset + ", subgroup " + name + ": ";
    if (dataset.isEmpty()) {
      fs.add(Failure.ofRow(FailureCode.MISSING_VALUE, source, line, "dataset", null, "subgroup " + name
          + ": dataset is empty"));
    }
    if (name.isEmpty()) {
      fs.add(Failure.ofRow(FailureCode.MISSING_VALUE, source, line, "subgroup", null, "dataset " + dataset
          + ": subgroup is empty"));
    }
    for (String c : List.of("favourable_indicator", "ordered_dimension", "reference_subgroup")) {
      String v = row.get(c).trim();
      if (!v.equals("0") && !v.equals("1")) {
        fs.add(Failure.ofRow(FailureCode.INVALID_VALUE, source, line, c, v, who + c + " is '" + v
            + "', an unknown code: must be 1 or 0"));
      }
    }
    double scale = number(row, "indicator_scale", source, line, who, fs);
    double estimate = number(row, "estimate", source, line, who, fs);
    double se = number(row, "se", source, line, who, fs);
    double population = number(row, "population", source, line, who, fs);
    String order = row.get("subgroup_order").trim();
    int o = Subgroup.UNORDERED;
    if (!order.isEmpty()) {
      try {
        o = Integer.parseInt(order);
        if (o < 1) {
          fs.add(Failure.ofRow(FailureCode.INVALID_VALUE, source, line, "subgroup_order", order, who
              + "subgroup_order is " + order + ", must be 1 or more (1 = most disadvantaged)"));
        }
      } catch (NumberFormatException e) {
        fs.add(Failure.ofRow(FailureCode.UNPARSEABLE, source, line, "subgroup_order", order, who
            + "subgroup_order is '" + order + "', must be a whole number or empty"));
      }
    }
    if (fs.isEmpty()) {
      try {
        InequalityData.checkSubgroup(dataset, scale, new Subgroup(name, o, estimate, se, population, false));
      } catch (FailureException e) {
        Failure f = e.failure();
        fs.add(Failure.ofRow(f.code(), source, line, f.path(), f.value().orElse(null), f.message()));
      }
    }
    return new Subgroup(name, o, estimate, se, population, row.get("reference_subgroup").trim().equals("1"));
  }

  private static double number(Map<String, String> row, String c, String source, int line, String who,
      List<Failure> fs) {
    String v = row.get(c).trim();
    if (v.isEmpty()) {
      fs.add(Failure.ofRow(FailureCode.MISSING_VALUE, source, line, c, null, who + c + " is empty"));
      return Double.NaN;
    }
    try {
      double d = Double.parseDouble(v);
      if (!Double.isFinite(d)) {
        fs.add(Failure.ofRow(FailureCode.NOT_FINITE, source, line, c, v, who + c + " is " + v + ", must be finite"));
      }
      return d;
    } catch (NumberFormatException e) {
      fs.add(Failure.ofRow(FailureCode.UNPARSEABLE, source, line, c, v, who + c + " is '" + v + "', not a number"));
      return Double.NaN;
    }
  }

  /**
   * Writes estimates as {@code dataset,measure,estimate,se,lowerci,upperci}: every measure that
   * applies to each dataset, {@code NaN} where there is no value; numbers in Java's shortest
   * round-trip form.
   *
   * @param datasets the datasets, in order
   * @param estimates their estimates (any order)
   * @param out where to write
   * @throws UncheckedIOException if writing fails
   */
  public static void write(List<InequalityData> datasets, List<SummaryEstimate> estimates, Writer out) {
    try {
      out.write("dataset,measure,estimate,se,lowerci,upperci\n");
      for (InequalityData d : datasets) {
        for (SummaryMeasure m : SummaryMeasure.values()) {
          if (!m.appliesTo(d)) {
            continue;
          }
          SummaryEstimate e = estimates.stream().filter(x -> x.dataset().equals(d.dataset()) && x.measure() == m)
              .findFirst().orElse(null);
          out.write(quote(d.dataset()) + "," + m.code() + ","
              + (e == null ? "NaN,NaN,NaN,NaN" : e.estimate() + "," + text(e.se()) + "," + text(e.lower()) + ","
                  + text(e.upper()))
              + "\n");
        }
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write summary measures", e);
    }
  }

  private static String text(OptionalDouble v) {
    return v.isPresent() ? Double.toString(v.getAsDouble()) : "NaN";
  }

  private static String quote(String s) {
    return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
  }
}
