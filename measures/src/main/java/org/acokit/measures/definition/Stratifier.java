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

  private Stratifier(String name, List<String> strata, ToIntFunction<PatientRecord> function) {
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
