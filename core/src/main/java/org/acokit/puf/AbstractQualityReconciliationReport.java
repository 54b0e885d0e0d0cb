/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.puf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.google.common.collect.ImmutableList;
import org.acokit.internal.AcoStyle;
import org.acokit.io.Failure;
import org.immutables.value.Value;

/**
 * The quality score reconciliation of many published ACO-years: one result per row read, the
 * rows that could not be read, the prior-year scores found, counts per performance year and
 * status, and a CSV export. Immutable and thread-safe.
 */
@Value.Immutable
@AcoStyle
abstract class AbstractQualityReconciliationReport {

  /** The header of {@code writeCsv(Path)}. */
  public static final List<String> CSV_HEADER = List.of("performance_year", "aco_id", "quality_score");

  /**
   * One result per record read, in year and file order.
   *
   * @return the results
   */
  public abstract ImmutableList<ReconciledQualityScore> results();

  /**
   * Why rows of the public use files could not be reconciled, as row-level failures classified by
   * {@link Failure#code() code}: cells the reader could not read (see {@link PufReader}); a
   * quality-measure cell that is not a number ({@link org.acokit.io.FailureCode#UNPARSEABLE}) or
   * not valid in its unit ({@link org.acokit.io.FailureCode#INVALID_VALUE}), with the column as
   * path (see {@link PufQualityColumns#read(PufRecord)}); and every row of a year whose quality standard
   * score cannot be inferred ({@link org.acokit.io.FailureCode#MISSING_INPUT} at
   * {@code Recvd30p}/{@code Recvd40p}). The other rows are reconciled.
   *
   * @return the failures
   */
  public abstract ImmutableList<Failure> readFailures();

  /**
   * The number of ACOs with a PY2020 Web Interface achievement percent, the prior of PY2021
   * improvement scoring.
   *
   * @return the count
   */
  public abstract int priorYear2020Acos();

  /**
   * Why rows of the PY2018-2022 measure-level extract could not be read or their Web Interface
   * values could not be used, row-level and classified by {@link Failure#code() code}.
   *
   * @return the failures
   */
  public abstract ImmutableList<Failure> priorYear2020ReadFailures();

  /**
   * The performance years reconciled, ascending.
   *
   * @return the years
   */
  public SortedSet<Integer> performanceYears() {
    return results().stream().map(r -> r.record().performanceYear()).collect(Collectors.toCollection(TreeSet::new));
  }

  /**
   * The ACO-years of a performance year.
   *
   * @param performanceYear the year
   * @return the count
   */
  public int acos(int performanceYear) {
    return (int) ofYear(performanceYear).count();
  }

  /**
   * The ACO-years of a performance year whose score is within 0.01 of the published one.
   *
   * @param performanceYear the year
   * @return the count
   */
  public int matched(int performanceYear) {
    return (int) ofYear(performanceYear).filter(ReconciledQualityScore::isReproduced).count();
  }

  /**
   * The ACO-years of a performance year whose quality standard (met, alternative met, not met)
   * is the one CMS published in {@code Met_QPS} / {@code Met_AltQPS}.
   *
   * @param performanceYear the year
   * @return the count
   */
  public int standardAsPublished(int performanceYear) {
    return (int) ofYear(performanceYear).filter(ReconciledQualityScore::standardAsPublished).count();
  }

  /**
   * Counts per status of a performance year, every status present (0 if none).
   *
   * @param performanceYear the year
   * @return status to count, in the order of the statuses
   */
  public Map<QualityReconciliationStatus, Integer> statusCounts(int performanceYear) {
    Map<QualityReconciliationStatus, Integer> counts = new EnumMap<>(QualityReconciliationStatus.class);
    for (QualityReconciliationStatus s : QualityReconciliationStatus.values()) {
      counts.put(s, 0);
    }
    ofYear(performanceYear).forEach(r -> counts.merge(r.status(), 1, Integer::sum));
    return counts;
  }

  /**
   * A readable summary: per year the ACOs, matches, share and quality standards as published,
   * then the mismatches by status; then the PY2021-2023 total.
   *
   * @return the text
   */
  public String summary() {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "PY2020 Web Interface achievement (the PY2021 prior): %d ACOs; %d rows of "
        + "the extract unreadable%n", priorYear2020Acos(), Failure.countRows(priorYear2020ReadFailures())));
    out.append("PY    ACOs  match  share   (within 0.01 of the published QualScore)\n");
    int n = 0;
    int m = 0;
    for (int y : performanceYears()) {
      out.append(String.format(Locale.ROOT, "%d  %4d   %4d  %5.1f%%   quality standard as published: %d%n", y, acos(y),
          matched(y), 100.0 * matched(y) / acos(y), standardAsPublished(y)));
      statusCounts(y).forEach((status, count) -> {
        if (status != QualityReconciliationStatus.MATCH && count > 0) {
          out.append(String.format(Locale.ROOT, "        %4d  %s %s%n", count, status, status.description()));
        }
      });
      if (y <= 2023) {
        n += acos(y);
        m += matched(y);
      }
    }
    if (n > 0) {
      out.append(String.format(Locale.ROOT, "PY2021-2023: %d of %d within 0.01 (%.1f%%)%n", m, n, 100.0 * m / n));
    }
    for (Failure f : readFailures()) {
      out.append("UNREADABLE ").append(f).append('\n');
    }
    return out.toString();
  }

  /**
   * Writes one CSV row per ACO-year with the header {@code CSV_HEADER}: the recomputed score in
   * points to 4 decimals.
   *
   * @param file the file to write
   * @throws UncheckedIOException if the file cannot be written
   */
  public void writeCsv(Path file) {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(String.join(",", CSV_HEADER) + "\n");
      for (ReconciledQualityScore r : results()) {
        w.write(r.record().performanceYear() + "," + r.record().acoId() + ","
            + String.format(Locale.ROOT, "%.4f", r.computedScore()) + "\n");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  private java.util.stream.Stream<ReconciledQualityScore> ofYear(int performanceYear) {
    return results().stream().filter(r -> r.record().performanceYear() == performanceYear);
  }
}
