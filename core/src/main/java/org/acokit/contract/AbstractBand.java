/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.contract;

import java.util.OptionalDouble;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.acokit.internal.AcoStyle;
import org.immutables.value.Value;

/**
 * One band (risk corridor) of savings or losses: the share of the savings (losses) that fall
 * between {@link #lower()} and {@link #upper()}, both fractions of the settlement benchmark.
 * <p>
 * Bands apply marginally, like income-tax brackets. Example, ACO REACH Global (PY2023-2025):
 * bands [0, 0.25) at 1.0, [0.25, 0.35) at 0.5, [0.35, 0.50) at 0.25 and [0.50, open) at 0.10, so
 * gross savings of 30% of the benchmark give 0.25 x 1.0 + 0.05 x 0.5 = 27.5% of the benchmark. A
 * flat sharing rate is one band from 0, open above. The model accepts any numbers so that
 * {@link ContractValidator} can report every problem; settling checks them. Immutable and
 * thread-safe.
 */
@Value.Immutable
@AcoStyle
@JsonSerialize(as = Band.class)
@JsonDeserialize(as = Band.class)
abstract class AbstractBand {

  /**
   * Where the band starts, as a fraction of the settlement benchmark (0.25 = 25%).
   *
   * @return the lower bound, inclusive
   */
  public abstract double lower();

  /**
   * Where the band ends, as a fraction of the settlement benchmark; empty for the last, open
   * band.
   *
   * @return the upper bound, exclusive
   */
  public abstract OptionalDouble upper();

  /**
   * The share of the savings (losses) in this band that the ACO receives (owes), a fraction.
   *
   * @return the rate
   */
  public abstract double rate();

  /**
   * A band between two bounds.
   *
   * @param lower the lower bound, a fraction of the benchmark
   * @param upper the upper bound, a fraction of the benchmark
   * @param rate the sharing (loss) rate, a fraction
   * @return the band
   */
  public static Band of(double lower, double upper, double rate) {
    return Band.builder().lower(lower).upper(upper).rate(rate).build();
  }

  /**
   * An open band from a lower bound up.
   *
   * @param lower the lower bound, a fraction of the benchmark
   * @param rate the sharing (loss) rate, a fraction
   * @return the band
   */
  public static Band above(double lower, double rate) {
    return Band.builder().lower(lower).rate(rate).build();
  }

  /**
   * A flat rate: one open band from 0.
   *
   * @param rate the sharing (loss) rate, a fraction
   * @return the band
   */
  public static Band flat(double rate) {
    return above(0, rate);
  }
}
