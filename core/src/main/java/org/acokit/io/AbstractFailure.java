/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.io;

import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import org.acokit.internal.AcoStyle;
import org.immutables.value.Value;

/**
 * Why a value, a row of a batch input, a resource or a term of a contract cannot be used: one
 * shape for every failure of the library.
 * <p>
 * A failure has a {@link #code() code} from the closed {@link FailureCode} set (so callers
 * classify by code), the {@link #path() path} of the field (a JSON path such as
 * {@code lossBands[1].lower}, a column name such as {@code ABtotBnchmk}, or a FHIR path such as
 * {@code Observation.effectiveDateTime}), the offending {@link #value() value} as text when there
 * is one, and a message naming the field, the value and what is allowed. Failures of batch inputs
 * also name their {@link #source() source} (a file) and {@link #row() row}. Example:
 * <pre>{@code
 * Failure.of(FailureCode.RATE_WRITTEN_AS_PERCENT, "savingsBands[0].rate", "50.0",
 *     "savingsBands[0].rate is 50.0: rates are fractions between 0 and 1, write 0.5 for 50.0%")
 * }</pre>
 * Immutable and thread-safe.
 */
@Value.Immutable
@AcoStyle
abstract class AbstractFailure {

  /**
   * The kind of failure.
   *
   * @return the code
   */
  public abstract FailureCode code();

  /**
   * Where the input came from, such as a file name; empty for a value or terms given in code.
   *
   * @return the source
   */
  public abstract Optional<String> source();

  /**
   * The 1-based data row (or line) in the source, the header not counted; empty when the
   * failure is not about a row.
   *
   * @return the row
   */
  public abstract OptionalInt row();

  /**
   * The path of the field: a JSON path, a column name or a resource path.
   *
   * @return the path
   */
  public abstract String path();

  /**
   * The offending value as text, empty when the value is absent.
   *
   * @return the value
   */
  public abstract Optional<String> value();

  /**
   * What is wrong, naming the field, the value and what is allowed.
   *
   * @return the message
   */
  public abstract String message();

  @Value.Check
  void check() {
    if (row().isPresent() && row().getAsInt() < 1) {
      throw new IllegalArgumentException("row of a failure must be 1 or more (1-based, the header not counted), but was "
          + row().getAsInt());
    }
  }

  /**
   * Creates a failure about a value or a term.
   *
   * @param code the kind
   * @param path the path of the field
   * @param value the offending value as text, or null when absent
   * @param message what is wrong
   * @return the failure
   */
  public static Failure of(FailureCode code, String path, String value, String message) {
    return Failure.builder().code(code).path(path).value(Optional.ofNullable(value)).message(message).build();
  }

  /**
   * Creates a failure about one row of a batch input.
   *
   * @param code the kind
   * @param source the source, such as a file name
   * @param row the 1-based data row
   * @param path the column or field, or the empty string for the whole row
   * @param value the offending value as text, or null when absent
   * @param message what is wrong
   * @return the failure
   */
  public static Failure ofRow(FailureCode code, String source, int row, String path, String value, String message) {
    return Failure.builder().code(code).source(source).row(row).path(path).value(Optional.ofNullable(value))
        .message(message).build();
  }

  /**
   * Creates a failure about a whole input, such as a file or a JSON document, that is not about
   * one row.
   *
   * @param code the kind
   * @param source the source, such as a file name
   * @param path the field, column, sheet or JSON path, or the empty string for the whole input
   * @param value the offending value as text, or null when absent
   * @param message what is wrong
   * @return the failure
   */
  public static Failure ofSource(FailureCode code, String source, String path, String value, String message) {
    return Failure.builder().code(code).source(source).path(path).value(Optional.ofNullable(value))
        .message(message).build();
  }

  /**
   * The number of rows a list of failures is about: the distinct {@link #source() source} and
   * {@link #row() row} pairs, each failure without a row counted once. A row with two bad cells
   * has two failures but counts once.
   *
   * @param failures the failures
   * @return the count
   */
  public static int countRows(Collection<Failure> failures) {
    Set<String> rows = new HashSet<>();
    int withoutRow = 0;
    for (Failure f : failures) {
      if (f.row().isPresent()) {
        rows.add(f.source().orElse("") + '\u0000' + f.row().getAsInt());
      } else {
        withoutRow++;
      }
    }
    return rows.size() + withoutRow;
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder();
    source().ifPresent(v -> s.append(v).append(' '));
    if (row().isPresent()) {
      s.append("row ").append(row().getAsInt()).append(' ');
    }
    s.append(code());
    if (!path().isEmpty()) {
      s.append(" at ").append(path());
    }
    return s.append(": ").append(message()).toString();
  }
}
