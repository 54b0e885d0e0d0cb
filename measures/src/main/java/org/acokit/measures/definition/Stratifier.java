/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.definition;

import java.util.List;
import java.util.Objects;
import java.util.function.ToIntFunction;

import com.google.common.collect.ImmutableList;
import org.acokit.measures.logic.PatientRecord;

/**
 * A classification of patients into named strata, used for a group's stratifiers (CMS130's
 * "Stratification 1": ages 46-49) and a measure's supplemental data (sex, race, ethnicity, payer,
 * language for equity stratification). Counts are kept per stratum of every population.
 * <p>
 * The function returns the stratum index (0 to {@code strata().size() - 1}) or -1 for a patient in
 * none; it must be thread-safe and allocation-free. A boolean CQL stratifier is
 * {@link #ofCriterion(String, java.util.function.Predicate)} (one stratum, {@code true}).
 * Immutable and thread-safe.
 */
public final class Stratifier {

  private final String name;
  private final ImmutableList<String> strata;
  private final ToIntFunction<PatientRecord> function;
  private final ImmutableList<Stratifier> components;

  private Stratifier(String name, List<String> strata, ToIntFunction<PatientRecord> function) {
    this(name, strata, function, List.of());
  }

  private Stratifier(String name, List<String> strata, ToIntFunction<PatientRecord> function,
      List<Stratifier> components) {
    this.components = ImmutableList.copyOf(components);
    this.name = Objects.requireNonNull(name, "name");
    this.strata = ImmutableList.copyOf(strata);
    this.function = Objects.requireNonNull(function, "function");
    if (this.strata.isEmpty()) {
      throw new IllegalArgumentException("stratifier " + name + " must have at least one stratum");
    }
  }

  /**
   * A stratifier with named strata.
   *
   * @param name the name, such as {@code "Stratification 1"} or {@code "race"}
   * @param strata the strata's names, such as OMB race category codes
   * @param function the patient's stratum index, or -1
   * @return the stratifier
   * @throws IllegalArgumentException if there are no strata
   */
  public static Stratifier of(String name, List<String> strata, ToIntFunction<PatientRecord> function) {
    return new Stratifier(name, strata, function);
  }

  /**
   * A boolean stratifier: the patients for whom the criterion holds form its one stratum,
   * {@code true}.
   *
   * @param name the name
   * @param criterion the criterion
   * @return the stratifier
   */
  public static Stratifier ofCriterion(String name, java.util.function.Predicate<PatientRecord> criterion) {
    return new Stratifier(name, List.of("true"), p -> criterion.test(p) ? 0 : -1);
  }

  /**
   * The intersection of stratifiers: one stratum per combination of their strata, named by
   * joining the components' stratum names with {@code |} in the order given (race {@code Black}
   * and ethnicity {@code Hispanic or Latino}: {@code Black|Hispanic or Latino}); index
   * {@code s_1 + n_1 (s_2 + n_2 (s_3 + ...))} (the first component varies fastest). A patient in
   * no stratum of some component is in no stratum of the intersection. Counted in the same pass
   * as its components: a stratum is one more key of the accumulator.
   *
   * @param name the name, such as {@code race x ethnicity x language}
   * @param components the stratifiers, at least two
   * @return the stratifier
   * @throws IllegalArgumentException if there are fewer than two components or more than
   *     {@code Integer.MAX_VALUE} combinations
   */
  public static Stratifier intersection(String name, List<Stratifier> components) {
    if (components.size() < 2) {
      throw new IllegalArgumentException("intersection " + name + " must have at least two stratifiers, but had "
          + components.size());
    }
    long size = 1;
    for (int c = 0; c < components.size(); c++) {
      size *= components.get(c).strata().size();
      if (size > Integer.MAX_VALUE) {
        throw new IllegalArgumentException("intersection " + name + " has more than " + Integer.MAX_VALUE + " strata");
      }
    }
    // names: first component fastest
    List<String> out = new java.util.ArrayList<>();
    int[] radix = new int[components.size()];
    for (int c = 0; c < radix.length; c++) {
      radix[c] = components.get(c).strata().size();
    }
    for (int i = 0; i < size; i++) {
      StringBuilder b = new StringBuilder();
      int rest = i;
      for (int c = 0; c < radix.length; c++) {
        if (c > 0) {
          b.append('|');
        }
        b.append(components.get(c).strata().get(rest % radix[c]));
        rest /= radix[c];
      }
      out.add(b.toString());
    }
    Stratifier[] parts = components.toArray(new Stratifier[0]);
    return new Stratifier(name, out, p -> {
      int index = 0;
      int mul = 1;
      for (int c = 0; c < parts.length; c++) {
        int k = parts[c].stratum(p);
        if (k < 0) {
          return -1;
        }
        index += k * mul;
        mul *= radix[c];
      }
      return index;
    }, components);
  }

  /**
   * The components of an intersection ({@link #intersection}), empty for a simple stratifier.
   *
   * @return the components
   */
  public ImmutableList<Stratifier> components() {
    return components;
  }

  /**
   * The name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * The strata names.
   *
   * @return the strata
   */
  public ImmutableList<String> strata() {
    return strata;
  }

  /**
   * The stratum of a patient.
   *
   * @param p the patient
   * @return the stratum index, or -1
   * @throws IllegalStateException if the function returns an index out of range
   */
  public int stratum(PatientRecord p) {
    int s = function.applyAsInt(p);
    if (s < -1 || s >= strata.size()) {
      throw new IllegalStateException("stratifier " + name + " must return -1 or a stratum index 0-"
          + (strata.size() - 1) + ", but returned " + s);
    }
    return s;
  }
}
