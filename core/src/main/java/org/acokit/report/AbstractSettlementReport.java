/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.report;

import java.util.Optional;

import com.google.common.collect.ImmutableMap;
import org.acokit.io.FailureException;
import org.acokit.io.FailureCode;
import org.acokit.io.Failure;
import org.acokit.internal.AcoStyle;
import org.immutables.value.Value;

/**
 * A Medicare Shared Savings Program financial reconciliation report as CMS sends it to an ACO
 * each year: its lettered tables and its parameters sheet. Read with
 * {@link SettlementReportReader#read(java.nio.file.Path)}. Immutable and thread-safe.
 */
@Value.Immutable
@AcoStyle
abstract class AbstractSettlementReport {

  /**
   * The lettered tables by id: {@code "1"}, {@code "2"}, {@code "3"}, {@code "A3"}.
   *
   * @return the tables
   */
  public abstract ImmutableMap<String, ReportTable> tables();

  /**
   * The parameters sheet as label to value, labels trimmed; a label that repeats under several
   * headings (such as {@code "Benchmark Year 1 (BY1)"}) or names an enrollment type is prefixed
   * with its heading and {@code " / "}, as in {@code "Benchmark Year Weights / Benchmark Year 1 (BY1)"}.
   *
   * @return the parameters
   */
  public abstract ImmutableMap<String, String> parameters();

  /**
   * A table of the report.
   *
   * @param id the table id, such as {@code "1"} or {@code "A3"}
   * @return the table
   * @throws FailureException if the report has no such table ({@link FailureCode#MISSING_INPUT}
   *     at {@code Table id})
   */
  public ReportTable table(String id) {
    ReportTable table = tables().get(id);
    if (table == null) {
      throw new FailureException(Failure.of(FailureCode.MISSING_INPUT, "Table " + id, null,
          "the report has no Table " + id + ": it has " + tables().keySet()));
    }
    return table;
  }

  /**
   * A parameter of the report.
   *
   * @param label the label, such as {@code "ACO Track"}
   * @return the value, empty if the report has none
   */
  public Optional<String> parameter(String label) {
    return Optional.ofNullable(parameters().get(label));
  }
}
