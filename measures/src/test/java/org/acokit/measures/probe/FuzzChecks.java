/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.probe;

import org.acokit.io.Failure;
import org.acokit.io.FailureException;
import org.acokit.io.ValueWithFailures;

/** What every fuzz test asserts about a reader's answer. */
public final class FuzzChecks {

  private FuzzChecks() {
  }

  /**
   * A result's failures each carry a code and a message, and row-level ones a row of 1 or more.
   *
   * @param result the reader's result
   */
  public static void wellFormed(ValueWithFailures<?> result) {
    for (Failure f : result.failures()) {
      check(f);
    }
  }

  /**
   * A thrown failure carries a code and a message.
   *
   * @param e the exception
   */
  public static void named(FailureException e) {
    check(e.failure());
  }

  private static void check(Failure f) {
    if (f.code() == null || f.message().isBlank() || (f.row().isPresent() && f.row().getAsInt() < 1)) {
      throw new AssertionError("malformed failure: " + f);
    }
  }
}
