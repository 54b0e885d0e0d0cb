/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.workforce;

import com.google.common.collect.ImmutableList;
import org.acokit.internal.AcoStyle;
import org.immutables.value.Value;

/**
 * The groups of one named selection decision (a data set): what {@link SelectionCsv} reads for
 * each {@code dataset}, ready for {@link AdverseImpact#analyze(java.util.List)}. Immutable and
 * thread-safe.
 */
@Value.Immutable
@AcoStyle
abstract class AbstractSelectionTable {

  /**
   * The data set's name.
   *
   * @return the name
   */
  public abstract String dataset();

  /**
   * The groups, in input order.
   *
   * @return the counts
   */
  public abstract ImmutableList<SelectionCount> counts();

  /**
   * The adverse-impact analysis against the highest-rate group.
   *
   * @return the analysis
   * @throws IllegalArgumentException if the data set has fewer than two groups
   */
  public AdverseImpactResult analyze() {
    return AdverseImpact.analyze(counts());
  }
}
