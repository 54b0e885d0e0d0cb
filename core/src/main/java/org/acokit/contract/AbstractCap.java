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
 * A cap on shared savings or shared losses: a share of the settlement benchmark, a share of the
 * ACO participants' revenue, or both combined by {@link #combination()}.
 * <p>
 * Example, MSSP BASIC Level E losses (42 CFR 425.605(d)(1)): revenue rate 0.08 and benchmark
 * rate 0.04, the lesser applies; with a $120M benchmark and $30M revenue the cap is
 * min(0.08 x $30M, 0.04 x $120M) = min($2.4M, $4.8M) = $2.4M. Immutable and thread-safe.
 */
@Value.Immutable
@AcoStyle
@JsonSerialize(as = Cap.class)
@JsonDeserialize(as = Cap.class)
abstract class AbstractCap {

  /**
   * The cap as a fraction of the settlement benchmark.
   *
   * @return the rate, empty if the cap has no benchmark-based part
   */
  public abstract OptionalDouble benchmarkRate();

  /**
   * The cap as a fraction of the participants' revenue
   * ({@link PerformanceInputs#participantRevenue()}).
   *
   * @return the rate, empty if the cap has no revenue-based part
   */
  public abstract OptionalDouble revenueRate();

  /**
   * Which of the two amounts applies when both are given.
   *
   * @return the combination, {@link CapCombination#LESSER} unless set
   */
  @Value.Default
  public CapCombination combination() {
    return CapCombination.LESSER;
  }

  /**
   * A cap at a share of the settlement benchmark.
   *
   * @param rate the share, a fraction
   * @return the cap
   */
  public static Cap ofBenchmark(double rate) {
    return Cap.builder().benchmarkRate(rate).build();
  }

  /**
   * A cap at a share of revenue, never above a share of the benchmark.
   *
   * @param revenueRate the share of revenue, a fraction
   * @param benchmarkRate the share of the benchmark, a fraction
   * @return the cap
   */
  public static Cap lesserOfRevenueAndBenchmark(double revenueRate, double benchmarkRate) {
    return Cap.builder().revenueRate(revenueRate).benchmarkRate(benchmarkRate).build();
  }
}
