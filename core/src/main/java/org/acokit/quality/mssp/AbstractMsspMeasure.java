/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.quality.mssp;

import java.util.List;

import org.acokit.quality.CollectionType;
import org.acokit.internal.AcoStyle;
import org.acokit.internal.Checks;
import org.immutables.value.Value;

/**
 * One measure of an ACO's PY2012-2020 measure set: its domain, whether it is pay for
 * performance in the ACO's year, its weight, and, for an all-or-nothing composite scored by the
 * regulatory rule, its component measures.
 * <p>
 * A composite whose rate is already all-or-nothing at the patient level (the diabetes composite
 * ACO-27/41 as CMS benchmarks it) is an ordinary measure with its own benchmark; list components
 * only to score it by 425.502(c)(3): "maximum available points if all criteria are met and zero
 * points if one or more of the criteria are not met", a criterion being a component at or above
 * its minimum attainment level. Example: ACO-11 (EHR incentive) has weight 2. Immutable and
 * thread-safe.
 */
@Value.Immutable
@AcoStyle
abstract class AbstractMsspMeasure {

  /**
   * The measure id, such as {@code ACO-13}, matching the result's and benchmark's id.
   *
   * @return the id
   */
  public abstract String measureId();

  /**
   * The domain.
   *
   * @return the domain
   */
  public abstract MsspDomain domain();

  /**
   * The collection type of the measure's benchmark and result.
   *
   * @return the collection type
   */
  public abstract CollectionType collectionType();

  /**
   * Whether the measure is pay for performance in the year (false: pay for reporting, full
   * points when reported; 425.502(a)(4)-(5)).
   *
   * @return true for pay for performance
   */
  @Value.Default
  public boolean payForPerformance() {
    return true;
  }

  /**
   * The weight multiplying the measure's points (2 for ACO-11 through 2018).
   *
   * @return the weight
   */
  @Value.Default
  public double weight() {
    return 1;
  }

  /**
   * The component measure ids of an all-or-nothing composite scored by 425.502(c)(3); empty
   * for an ordinary measure.
   *
   * @return the components
   */
  public abstract List<String> allOrNothingComponents();

  @Value.Check
  void check() {
    Checks.positive("weight of measure " + measureId(), weight());
  }
}
