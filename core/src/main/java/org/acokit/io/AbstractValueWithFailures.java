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
 * Immutable and thread-safe.
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
   * The rows that could not be used, in input order.
   *
   * @return the failures
   */
  public abstract ImmutableList<RowFailure> failures();

  /**
   * Whether every row succeeded.
   *
   * @return true if there are no failures
   */
  public boolean isComplete() {
    return failures().isEmpty();
  }
}
