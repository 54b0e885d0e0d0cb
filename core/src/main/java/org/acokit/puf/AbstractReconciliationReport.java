/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.puf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.google.common.collect.ImmutableList;
import org.acokit.internal.AcoStyle;
import org.acokit.io.Failure;
import org.acokit.program.mssp.MsspResult;
import org.immutables.value.Value;

/**
 * The reconciliation of many published ACO-years: one result per row read, the rows that could
 * not be read, a summary per performance year and a CSV export. Immutable and thread-safe.
 */
@Value.Immutable
@AcoStyle
abstract class AbstractReconciliationReport {

  /** The header of {@code writeCsv(Path)}. */
  public static final List<String> CSV_HEADER = List.of("source_file", "row", "performance_year", "aco_id",
      "minimum_savings_rate", "generated_savings_losses", "final_sharing_rate", "final_loss_rate",
      "earned_savings_losses");

  /**
   * One result per record read, in input order.
   *
   * @return the results
   */
  public abstract ImmutableList<ReconciledAcoYear> results();

  /**
   * Why the reader could not read rows: row-level failures, one per bad cell (see
   * {@link PufReader}), classified by {@link Failure#code() code}.
   *
   * @return the failures
   */
  public abstract ImmutableList<Failure> readFailures();

  /**
   * The number of rows that could not be read ({@code Failure.countRows(failures)}: a row with two bad
   * cells counts once).
   *
   * @return the count
   */
  public int unreadableRows() {
    return Failure.countRows(readFailures());
  }

  /**
   * The number of ACO-years: results plus rows that could not be read.
   *
   * @return the count
   */
  public int acoYears() {
    return results().size() + unreadableRows();
  }

  /**
   * The number of ACO-years reproduced (within $1 or within the precision of the inputs).
   *
   * @return the count
   */
  public int reproduced() {
    return (int) results().stream().filter(ReconciledAcoYear::isReproduced).count();
  }

  /**
   * The results that were not reproduced.
   *
   * @return the results, in input order
   */
  public List<ReconciledAcoYear> notReproduced() {
    return results().stream().filter(r -> !r.isReproduced()).collect(Collectors.toList());
  }

  /**
   * Counts per performance year and status.
   *
   * @return year to status to count, years ascending
   */
  public SortedMap<Integer, Map<ReconciliationStatus, Integer>> countsByYear() {
    SortedMap<Integer, Map<ReconciliationStatus, Integer>> counts = new TreeMap<>();
    for (ReconciledAcoYear r : results()) {
      Map<ReconciliationStatus, Integer> year = counts.computeIfAbsent(r.record().performanceYear(), y -> {
        Map<ReconciliationStatus, Integer> empty = new LinkedHashMap<>();
        for (ReconciliationStatus s : ReconciliationStatus.values()) {
          empty.put(s, 0);
        }
        return empty;
      });
      year.merge(r.status(), 1, Integer::sum);
    }
    return counts;
  }

  /**
   * A readable summary: per year the rows, matches and mismatches, then every row not
   * reproduced with its reason, and every row that could not be read.
   *
   * @return the text
   */
  public String summary() {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "%-6s %6s %7s %10s %9s %8s%n", "PY", "rows", "match", "precision",
        "mismatch", "missing"));
    countsByYear().forEach((year, c) -> out.append(String.format(Locale.ROOT, "%-6d %6d %7d %10d %9d %8d%n", year,
        c.values().stream().mapToInt(Integer::intValue).sum(), c.get(ReconciliationStatus.MATCH),
        c.get(ReconciliationStatus.MATCH_WITHIN_INPUT_PRECISION), c.get(ReconciliationStatus.MISMATCH),
        c.get(ReconciliationStatus.MISSING_INPUT))));
    out.append(String.format(Locale.ROOT, "all    %6d reproduced %d of %d ACO-years (%.2f%%); %d rows could not be read%n",
        results().size(), reproduced(), acoYears(), 100.0 * reproduced() / Math.max(1, acoYears()),
        unreadableRows()));
    for (ReconciledAcoYear r : notReproduced()) {
      out.append(String.format(Locale.ROOT, "%s %s row %d PY%d %s: %s%n", r.status(), r.record().sourceFile(),
          r.record().row(), r.record().performanceYear(), r.record().acoId(), r.reason().orElse("")));
    }
    for (Failure f : readFailures()) {
      out.append("UNREADABLE ").append(f).append('\n');
    }
    return out.toString();
  }

  /**
   * Writes one CSV row per ACO-year with the header {@code CSV_HEADER}: rates as fractions,
   * dollars unrounded; the computed columns are empty for a row that could not be settled.
   *
   * @param file the file to write
   * @throws UncheckedIOException if the file cannot be written
   */
  public void writeCsv(Path file) {
    CsvSchema.Builder schema = CsvSchema.builder();
    CSV_HEADER.forEach(schema::addColumn);
    try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
         SequenceWriter rows = new CsvMapper().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).writer(schema.build().withHeader()).writeValues(writer)) {
      for (ReconciledAcoYear r : results()) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("source_file", r.record().sourceFile());
        row.put("row", Integer.toString(r.record().row()));
        row.put("performance_year", Integer.toString(r.record().performanceYear()));
        row.put("aco_id", r.record().acoId());
        MsspResult s = r.settlement().orElse(null);
        row.put("minimum_savings_rate", s == null ? "" : plain(s.minimumSavingsRate()));
        row.put("generated_savings_losses", s == null ? "" : plain(s.generatedSavingsLosses()));
        row.put("final_sharing_rate", s == null ? "" : plain(s.finalSharingRate()));
        row.put("final_loss_rate", s == null || s.sharedLossRate().isEmpty() ? ""
            : plain(s.sharedLossRate().getAsDouble()));
        row.put("earned_savings_losses", s == null ? "" : plain(s.earnedSavingsLosses()));
        rows.write(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /** The shortest decimal that reads back as the same double, without an exponent. */
  private static String plain(double value) {
    return BigDecimal.valueOf(value).toPlainString();
  }
}
