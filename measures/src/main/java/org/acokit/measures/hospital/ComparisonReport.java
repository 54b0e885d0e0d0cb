/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.hospital;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.acokit.io.Failure;

/**
 * What the reconciliation reports of the package share: the rows compared with CMS's published
 * values, the rows that failed, the notes, the exact and within-tolerance counts, the CSV output
 * and the summary's closing lines. Package-private; immutable once built.
 *
 * @param <R> the type of a compared row
 */
abstract class ComparisonReport<R extends ComparisonReport.Compared> {

  /** One recomputed value compared with the published one. */
  interface Compared {

    /**
     * Whether the recomputed value rounds to the published one (4 decimals).
     *
     * @return true if exact
     */
    boolean exact();

    /**
     * Whether the recomputed value is within 0.0001 of the published one.
     *
     * @return true if within
     */
    boolean within();
  }

  final ImmutableList<R> rows;
  final ImmutableList<Failure> failures;
  final List<String> notes;

  ComparisonReport(ImmutableList<R> rows, ImmutableList<Failure> failures, List<String> notes) {
    this.rows = rows;
    this.failures = failures;
    this.notes = List.copyOf(notes);
  }

  /**
   * The hospitals compared.
   *
   * @return the rows
   */
  public ImmutableList<R> rows() {
    return rows;
  }

  /**
   * Rows that could not be read or computed.
   *
   * @return the failures
   */
  public ImmutableList<Failure> failures() {
    return failures;
  }

  /**
   * Rows whose recomputed value is exact to 4 decimals.
   *
   * @return the count
   */
  public long exact() {
    return rows.stream().filter(Compared::exact).count();
  }

  /**
   * Rows whose recomputed value is within 0.0001 of the published one.
   *
   * @return the count
   */
  public long within() {
    return rows.stream().filter(Compared::within).count();
  }

  /** Writes a header line and one line per row. */
  void writeCsv(Path csv, String header, Function<R, String> line) {
    StringBuilder s = new StringBuilder(header).append('\n');
    for (R r : rows) {
      s.append(line.apply(r)).append('\n');
    }
    try {
      Files.writeString(csv, s, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + csv, e);
    }
  }

  /** Appends the notes and the failed rows, one per line, to a summary. */
  void appendNotesAndFailures(StringBuilder s) {
    for (String n : notes) {
      s.append("  ").append(n).append('\n');
    }
    for (Failure f : failures) {
      s.append("  FAILED ").append(f).append('\n');
    }
  }
}
