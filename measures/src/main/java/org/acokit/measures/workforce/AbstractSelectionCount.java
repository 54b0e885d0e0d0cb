/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.workforce;

import org.acokit.internal.AcoStyle;
import org.immutables.value.Value;

/**
 * The applicants and selections of one group in one selection decision (hiring, promotion, a
 * stage of the applicant pipeline): the input row of {@link AdverseImpact}.
 * <p>
 * Example: {@code SelectionCount.of("women", 10, 2)} (Morris 2017: 10 women applied, 2 were
 * selected). Immutable and thread-safe.
 */
@Value.Immutable
@AcoStyle
abstract class AbstractSelectionCount {

  /**
   * The group's label, such as {@code women} or {@code Black or African American}.
   *
   * @return the group
   */
  public abstract String group();

  /**
   * The number of applicants (people considered), at least 1.
   *
   * @return the applicants
   */
  public abstract long applicants();

  /**
   * The number selected, 0 ≤ selected ≤ applicants.
   *
   * @return the selected
   */
  public abstract long selected();

  /**
   * The selection rate selected / applicants, a fraction.
   *
   * @return the rate
   */
  public double selectionRate() {
    return (double) selected() / applicants();
  }

  /**
   * Creates a count.
   *
   * @param group the group
   * @param applicants the applicants, at least 1
   * @param selected the selected, at most the applicants
   * @return the count
   * @throws IllegalArgumentException if the group is blank, the applicants are fewer than 1 or
   *     the selected are negative or more than the applicants
   */
  public static SelectionCount of(String group, long applicants, long selected) {
    return SelectionCount.builder().group(group).applicants(applicants).selected(selected).build();
  }

  @Value.Check
  void check() {
    if (group().isBlank()) {
      throw new IllegalArgumentException("group must not be blank");
    }
    if (applicants() < 1) {
      throw new IllegalArgumentException("applicants of group '" + group() + "' is " + applicants()
          + ": a group needs at least 1 applicant to have a selection rate (leave out a group nobody applied from)");
    }
    if (selected() < 0 || selected() > applicants()) {
      throw new IllegalArgumentException("selected of group '" + group() + "' is " + selected()
          + ": it must be between 0 and the applicants (" + applicants() + ")");
    }
  }
}
