/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.io;

import org.acokit.internal.AcoStyle;
import org.immutables.value.Value;

/**
 * A row of a batch input that could not be used, with the reason.
 * <p>
 * Batch readers and reconciliations never lose a file for one bad row: they return the good
 * results together with one failure per bad row. Immutable and thread-safe.
 */
@Value.Immutable
@AcoStyle
abstract class AbstractRowFailure {

  /**
   * The source, such as a file name.
   *
   * @return the source
   */
  @Value.Parameter
  public abstract String source();

  /**
   * The 1-based data row in the source (the header is not counted).
   *
   * @return the row
   */
  @Value.Parameter
  public abstract int row();

  /**
   * What is wrong, naming the field, the value and what is allowed.
   *
   * @return the message
   */
  @Value.Parameter
  public abstract String message();

  /**
   * Creates a failure.
   *
   * @param source the source
   * @param row the 1-based data row
   * @param message the reason
   * @return the failure
   */
  public static RowFailure of(String source, int row, String message) {
    return RowFailure.builder().source(source).row(row).message(message).build();
  }

  @Override
  public String toString() {
    return source() + " row " + row() + ": " + message();
  }
}
