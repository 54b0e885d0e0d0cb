/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.equity;

/**
 * One subgroup of an inequality dimension: its estimate of the indicator (a rate on the
 * indicator's scale, such as percent or per 1000), the estimate's standard error, its population
 * (the weight: people in the subgroup) and, for an ordered dimension, its order (1 = most
 * disadvantaged ... n = most advantaged; {@link #UNORDERED} for a non-ordered dimension).
 * Validated by {@link InequalityData}, which names the dataset and field of a bad value.
 * Immutable and thread-safe.
 *
 * @param name the subgroup's name, such as {@code Quintile 1 (poorest)} or a stratum key
 * @param order the order, 1 to n, or {@link #UNORDERED}
 * @param estimate the estimate, on the indicator scale (0 to scale)
 * @param se its standard error, on the same scale, not negative
 * @param population the population, positive
 * @param reference whether this is the dataset's reference subgroup
 */
public record Subgroup(String name, int order, double estimate, double se, double population, boolean reference) {

  /** The order of a subgroup of a non-ordered dimension. */
  public static final int UNORDERED = 0;

  /**
   * Whether the subgroup has an order.
   *
   * @return true for a subgroup of an ordered dimension
   */
  public boolean isOrdered() {
    return order != UNORDERED;
  }
}
