/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.risk;

import org.acokit.internal.AcoStyle;
import org.acokit.program.mssp.MsrElection;
import org.acokit.program.mssp.MsspTrack;
import org.immutables.value.Value;

/**
 * One scenario of a {@link SensitivityGrid} and its simulated statistics. Dollars are totals for
 * the performance year. Immutable and thread-safe.
 */
@Value.Immutable
@AcoStyle
abstract class AbstractGridCell {

  /**
   * The true savings rate of the scenario.
   *
   * @return a fraction
   */
  public abstract double trueSavingsRate();

  /**
   * The size: assigned beneficiaries (and person-years).
   *
   * @return the count
   */
  public abstract int size();

  /**
   * The per-beneficiary coefficient of variation.
   *
   * @return the CV
   */
  public abstract double coefficientOfVariation();

  /**
   * The track.
   *
   * @return the track
   */
  public abstract MsspTrack track();

  /**
   * The MSR/MLR election (variable for one-sided tracks).
   *
   * @return the election
   */
  public abstract MsrElection election();

  /**
   * P(shared savings earned).
   *
   * @return the probability
   */
  public abstract double probabilityEarnedSavings();

  /**
   * P(shared losses owed).
   *
   * @return the probability
   */
  public abstract double probabilitySharedLosses();

  /**
   * The expected net payment.
   *
   * @return dollars
   */
  public abstract double expectedPayment();

  /**
   * The Monte Carlo standard error of the expected payment.
   *
   * @return dollars
   */
  public abstract double expectedPaymentStandardError();

  /**
   * The 95% value-at-risk of losses.
   *
   * @return dollars
   */
  public abstract double valueAtRisk95();

  /**
   * The CARA certainty equivalent at the grid's risk tolerance.
   *
   * @return dollars
   */
  public abstract double certaintyEquivalent();
}
