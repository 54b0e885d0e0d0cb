/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.equity;

import java.util.Optional;

/**
 * The reference group of pairwise comparisons: the largest group (most people in the
 * denominator), the best-performing group (by the measure's direction), or a named group.
 * AHRQ's National Healthcare Disparities Report uses "either the largest subgroup or the best
 * performing subgroup" as the reference (AHRQ, NHDR 2010, Chapter 1, Analyses,
 * http://www.ahrq.gov/research/findings/nhqrdr/nhdr10/Chap1a.html). Immutable and thread-safe.
 */
public final class Reference {

  /** The group with the largest denominator. */
  public static final Reference LARGEST = new Reference(null, true);
  /** The group with the best rate (highest when higher is better). */
  public static final Reference BEST = new Reference(null, false);

  private final String name;
  private final boolean largest;

  private Reference(String name, boolean largest) {
    this.name = name;
    this.largest = largest;
  }

  /**
   * A named group, such as {@code White} or an intersection stratum.
   *
   * @param stratum the stratum name
   * @return the reference
   */
  public static Reference named(String stratum) {
    return new Reference(java.util.Objects.requireNonNull(stratum, "stratum"), false);
  }

  /**
   * The named stratum, empty for largest or best.
   *
   * @return the name
   */
  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  /**
   * Whether the reference is the largest group.
   *
   * @return true for {@link #LARGEST}
   */
  public boolean largest() {
    return largest;
  }

  @Override
  public String toString() {
    return name != null ? name : largest ? "largest group" : "best group";
  }
}
