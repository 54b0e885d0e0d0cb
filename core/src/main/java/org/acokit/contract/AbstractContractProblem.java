/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.contract;

import org.acokit.internal.AcoStyle;
import org.immutables.value.Value;

/**
 * One inconsistency in contract terms: its kind, the JSON path of the field and a message that
 * names the value and what is allowed.
 * <p>
 * Example: code {@link ProblemCode#RATE_WRITTEN_AS_PERCENT}, path
 * {@code savingsBands[0].rate}, message "savingsBands[0].rate is 50.0: rates are fractions,
 * write 0.5 for 50%". Immutable and thread-safe.
 */
@Value.Immutable
@AcoStyle
abstract class AbstractContractProblem {

  /**
   * The kind of problem.
   *
   * @return the code
   */
  @Value.Parameter
  public abstract ProblemCode code();

  /**
   * The path of the field in the JSON form of the terms, such as {@code lossBands[1].lower}.
   *
   * @return the path
   */
  @Value.Parameter
  public abstract String path();

  /**
   * What is wrong, naming the value and what is allowed.
   *
   * @return the message
   */
  @Value.Parameter
  public abstract String message();

  /**
   * Creates a problem.
   *
   * @param code the kind
   * @param path the JSON path of the field
   * @param message what is wrong
   * @return the problem
   */
  public static ContractProblem of(ProblemCode code, String path, String message) {
    return ContractProblem.builder().code(code).path(path).message(message).build();
  }

  @Override
  public String toString() {
    return code() + " at " + path() + ": " + message();
  }
}
