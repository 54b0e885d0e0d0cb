/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.io;

import com.google.common.collect.ImmutableList;
import org.acokit.internal.AcoStyle;
import org.immutables.value.Value;

/**
 * The good results of a batch operation together with the rows that failed.
 * <p>
 * Batch readers and aggregations never lose a file for one bad row: they return the good results
 * together with row-level {@link Failure}s ({@link Failure#source() source} and
 * {@link Failure#row() row} set), one per problem found, each with its {@link FailureCode code},
 * the {@link Failure#path() path} of the column or field and the offending
 * {@link Failure#value() value}. A row with two bad cells has two failures with the same row
 * number; {@code failedRows()} counts rows. Immutable and thread-safe.
 *
 * @param <T> the type of a good result
 */
@Value.Immutable
@AcoStyle
abstract class AbstractValueWithFailures<T> {

  /**
   * The good results, in input order.
   *
   * @return the results
   */
  public abstract ImmutableList<T> values();

  /**
   * Why rows could not be used, in input order: one failure per problem, so a row may have
   * several.
   *
   * @return the failures
   */
  public abstract ImmutableList<Failure> failures();

  /**
   * The number of rows that could not be used: the distinct source and row pairs of the
   * {@code failures()}, plus any failure that names no row.
   *
   * @return the count
   */
  public int failedRows() {
    return Failure.countRows(failures());
  }

  /**
   * Whether every row succeeded.
   *
   * @return true if there are no failures
   */
  public boolean isComplete() {
    return failures().isEmpty();
  }
}
