/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.safety;

import java.util.Objects;
import java.util.function.Function;

/**
 * A stratification dimension of stays: a name (such as {@code race}, {@code ethnicity},
 * {@code language}, {@code payer}) and the stratum of each stay. {@link SafetyEngine} counts every
 * stay under the key {@code (year, "all", "all")} and under {@code (year, dimension, stratum)} of
 * every stratifier in the same pass: strata are keys of {@link SafetyCounts}, never extra passes.
 * <p>
 * The equity stratifiers plug in through {@link #of(String, Function)}: for a stay, look up its
 * person in the patient data ({@code data.indexOf(stay.personId())}) and return the equity
 * stratifier's stratum for that patient (an unknown person is stratum {@code unknown}).
 */
public interface StayStratifier {

  /**
   * The dimension name.
   *
   * @return the name
   */
  String dimension();

  /**
   * The stratum of a stay.
   *
   * @param stay the stay
   * @return the stratum, never null
   */
  String stratum(Discharge stay);

  /**
   * A stratifier from a function.
   *
   * @param dimension the dimension name
   * @param stratum the stratum of a stay
   * @return the stratifier
   */
  static StayStratifier of(String dimension, Function<Discharge, String> stratum) {
    Objects.requireNonNull(dimension, "dimension");
    Objects.requireNonNull(stratum, "stratum");
    return new StayStratifier() {
      @Override
      public String dimension() {
        return dimension;
      }

      @Override
      public String stratum(Discharge stay) {
        String s = stratum.apply(stay);
        return s == null ? "unknown" : s;
      }
    };
  }

  /**
   * Strata by payer.
   *
   * @return the stratifier
   */
  static StayStratifier payer() {
    return of("payer", Discharge::payer);
  }

  /**
   * Strata from the stay's own strata map (for example race, ethnicity and language carried on the
   * stay); a stay without the dimension is stratum {@code unknown}.
   *
   * @param dimension the dimension
   * @return the stratifier
   */
  static StayStratifier attribute(String dimension) {
    return of(dimension, d -> d.strata().getOrDefault(dimension, "unknown"));
  }
}
