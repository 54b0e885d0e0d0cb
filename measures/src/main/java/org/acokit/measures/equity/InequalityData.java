/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.equity;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import com.google.common.collect.ImmutableList;
import org.acokit.io.Failure;
import org.acokit.io.FailureCode;
import org.acokit.io.FailureException;
import org.acokit.quality.Direction;

/**
 * One indicator in one setting by the subgroups of one dimension of inequality: the input of the
 * summary measures ({@link SummaryMeasures}) and of the pairwise comparisons. The shape of a
 * dataset of WHO's Health Inequality Data Repository and of healthequal's inputs, and of a
 * stratified measure result ({@link StratifiedRates#toInequalityData}).
 * <p>
 * Checked on construction; a bad value is a {@link FailureException} whose {@link Failure} names
 * the dataset, the subgroup, the field and the value, with path
 * {@code dataset[<name>].subgroup[<name>].<field>}: fewer than two subgroups, a blank or repeated
 * subgroup name, a population that is missing or not positive (a subgroup with no population),
 * a negative or non-finite standard error, an estimate outside [0, scale] (a rate outside its
 * scale), ordered and non-ordered subgroups mixed, repeated orders, or more than one reference
 * subgroup. Immutable and thread-safe.
 *
 * @param dataset the dataset's name
 * @param indicator the indicator's name
 * @param dimension the dimension's name
 * @param direction {@link Direction#HIGHER_IS_BETTER} for a favourable indicator (higher is
 *     better), {@link Direction#LOWER_IS_BETTER} for an adverse one: from the measure definition
 * @param ordered whether the dimension is ordered (every subgroup has an order)
 * @param scale the indicator scale: 100 for a percentage, 1000 for a rate per 1000
 * @param subgroups the subgroups, at least two
 */
public record InequalityData(String dataset, String indicator, String dimension, Direction direction, boolean ordered,
    double scale, List<Subgroup> subgroups) {

  /**
   * Checks the dataset.
   *
   * @throws FailureException if a value is not allowed (see the type's description)
   */
  public InequalityData {
    subgroups = ImmutableList.copyOf(subgroups);
    String at = "dataset[" + dataset + "]";
    if (dataset == null || dataset.isBlank()) {
      throw fail(FailureCode.MISSING_VALUE, "dataset", null, "dataset name must not be blank");
    }
    if (!(scale > 0) || !Double.isFinite(scale)) {
      throw fail(FailureCode.INVALID_VALUE, at + ".indicator_scale", Double.toString(scale),
          "dataset " + dataset + ": indicator_scale is " + scale + ", must be a positive number (100 for %, 1000 for"
              + " per 1000)");
    }
    if (subgroups.size() < 2) {
      throw fail(FailureCode.MISSING_INPUT, at + ".subgroup", Integer.toString(subgroups.size()),
          "dataset " + dataset + " has " + subgroups.size() + " subgroup(s): summary measures need at least 2");
    }
    Set<String> names = new HashSet<>();
    Set<Integer> orders = new HashSet<>();
    int references = 0;
    for (Subgroup s : subgroups) {
      String p = at + ".subgroup[" + s.name() + "]";
      String who = "dataset " + dataset + ", subgroup " + s.name() + ": ";
      if (s.name() == null || s.name().isBlank()) {
        throw fail(FailureCode.MISSING_VALUE, at + ".subgroup", null, "dataset " + dataset + ": a subgroup name is blank");
      }
      if (!names.add(s.name())) {
        throw fail(FailureCode.INCONSISTENT, p, s.name(), who + "the subgroup appears twice");
      }
      checkSubgroup(dataset, scale, s);
      if (s.isOrdered() != ordered) {
        throw fail(FailureCode.INCONSISTENT, p + ".subgroup_order", s.isOrdered() ? Integer.toString(s.order()) : "",
            who + (ordered ? "has no order, but the dimension is ordered" : "has order " + s.order()
                + ", but the dimension is not ordered") + ": a dataset must not mix ordered and non-ordered rows");
      }
      if (ordered && (s.order() < 1 || !orders.add(s.order()))) {
        throw fail(FailureCode.INVALID_VALUE, p + ".subgroup_order", Integer.toString(s.order()),
            who + "subgroup_order is " + s.order() + ", must be a positive order not used by another subgroup");
      }
      if (s.reference()) {
        references++;
        if (references > 1) {
          throw fail(FailureCode.INCONSISTENT, p + ".reference_subgroup", "1",
              who + "a second reference subgroup: a dataset has at most one");
        }
      }
    }
  }

  /**
   * Checks one subgroup's own values: population positive, se finite and not negative, estimate
   * within [0, scale].
   */
  static void checkSubgroup(String dataset, double scale, Subgroup s) {
    String p = "dataset[" + dataset + "].subgroup[" + s.name() + "]";
    String who = "dataset " + dataset + ", subgroup " + s.name() + ": ";
    if (!(s.population() > 0) || !Double.isFinite(s.population())) {
      throw fail(FailureCode.INVALID_VALUE, p + ".population", Double.toString(s.population()),
          who + "population is " + s.population() + ", must be a positive number of people (a subgroup with no"
              + " population has no rate)");
    }
    if (!(s.se() >= 0) || !Double.isFinite(s.se())) {
      throw fail(FailureCode.INVALID_VALUE, p + ".se", Double.toString(s.se()),
          who + "se is " + s.se() + ", must be a finite number, 0 or more");
    }
    if (!(s.estimate() >= 0 && s.estimate() <= scale)) {
      throw fail(FailureCode.RATE_OUT_OF_RANGE, p + ".estimate", Double.toString(s.estimate()),
          who + "estimate is " + s.estimate() + ", must be between 0 and the indicator scale " + fmt(scale));
    }
  }

  private static FailureException fail(FailureCode code, String path, String value, String message) {
    return new FailureException(Failure.of(code, path, value, message));
  }

  private static String fmt(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%s", v);
  }

  /**
   * Whether the indicator is favourable (higher is better).
   *
   * @return true for a favourable indicator
   */
  public boolean favourable() {
    return direction == Direction.HIGHER_IS_BETTER;
  }

  /**
   * The reference subgroup, if one is marked.
   *
   * @return the reference
   */
  public Optional<Subgroup> reference() {
    return subgroups.stream().filter(Subgroup::reference).findFirst();
  }

  /**
   * The subgroup of a name.
   *
   * @param name the name
   * @return the subgroup
   * @throws FailureException (MISSING_INPUT) if the dataset has no subgroup of that name: a
   *     reference group that does not exist
   */
  public Subgroup subgroup(String name) {
    for (Subgroup s : subgroups) {
      if (s.name().equals(name)) {
        return s;
      }
    }
    throw fail(FailureCode.MISSING_INPUT, "dataset[" + dataset + "].subgroup[" + name + "]", name,
        "dataset " + dataset + " has no subgroup " + name + "; subgroups are "
            + subgroups.stream().map(Subgroup::name).toList());
  }

  /**
   * The same dataset with another reference subgroup.
   *
   * @param name the new reference subgroup's name
   * @return the dataset
   * @throws FailureException (MISSING_INPUT) if no subgroup has that name
   */
  public InequalityData withReference(String name) {
    subgroup(name);
    return new InequalityData(dataset, indicator, dimension, direction, ordered, scale, subgroups.stream()
        .map(s -> new Subgroup(s.name(), s.order(), s.estimate(), s.se(), s.population(), s.name().equals(name)))
        .toList());
  }
}
