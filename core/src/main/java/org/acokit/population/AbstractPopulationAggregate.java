/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.population;

import com.google.common.collect.ImmutableList;
import org.acokit.internal.AcoStyle;
import org.acokit.io.Failure;
import org.immutables.value.Value;

/**
 * The result of aggregating a batch of beneficiary-year rows: the summary of the good rows and
 * one failure per bad row. Immutable and thread-safe.
 */
@Value.Immutable
@AcoStyle
abstract class AbstractPopulationAggregate {

  /**
   * The summary of the good rows.
   *
   * @return the summary
   */
  public abstract PopulationSummary summary();

  /**
   * The rows left out, in row order, each naming the column, the value and what is allowed.
   *
   * @return the failures
   */
  public abstract ImmutableList<Failure> failures();
}
