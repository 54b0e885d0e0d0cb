/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.quality;

import java.util.OptionalDouble;

import org.acokit.internal.AcoStyle;
import org.immutables.value.Value;

/**
 * One measure's result as reported or calculated for an ACO: the measure, the collection type
 * and the performance rate, or no rate when the measure was required but not reported.
 * <p>
 * The rate is in the measure's {@link #unit()} (a proportion in percent unless set: 74.2 means
 * 74.2%), so it compares with CMS's benchmark tables and public use file columns directly.
 * Example: {@code MeasureResult.of("236", CollectionType.ELECTRONIC_HEALTH_RECORD, 70.0)}. Immutable and
 * thread-safe.
 */
@Value.Immutable
@AcoStyle
abstract class AbstractMeasureResult {

  /**
   * The measure identifier ({@code "236"}, {@code "CAHPS_1"}, {@code "ACO-13"}).
   *
   * @return the id
   */
  public abstract String measureId();

  /**
   * The collection type, which with the measure id selects the benchmark.
   *
   * @return the collection type
   */
  public abstract CollectionType collectionType();

  /**
   * The unit of the rate.
   *
   * @return the unit, {@link RateUnit#PERCENT} unless set
   */
  @Value.Default
  public RateUnit unit() {
    return RateUnit.PERCENT;
  }

  /**
   * The performance rate, empty if the measure was required but not reported.
   *
   * @return the rate
   */
  public abstract OptionalDouble rate();

  @Value.Check
  void check() {
    if (measureId().isBlank()) {
      throw new IllegalArgumentException("measure id must not be blank, but was '" + measureId() + "'");
    }
    if (rate().isPresent()) {
      unit().check("rate of measure " + measureId() + " (" + collectionType() + ")", rate().getAsDouble());
    }
  }

  /**
   * A reported proportion in percent.
   *
   * @param measureId the measure
   * @param collectionType the collection type
   * @param ratePercent the rate in percent, 0 to 100
   * @return the result
   * @throws IllegalArgumentException if the rate is outside 0-100
   */
  public static MeasureResult of(String measureId, CollectionType collectionType, double ratePercent) {
    return MeasureResult.builder().measureId(measureId).collectionType(collectionType).rate(ratePercent).build();
  }

  /**
   * A reported rate in the given unit.
   *
   * @param measureId the measure
   * @param collectionType the collection type
   * @param unit the unit of the rate
   * @param rate the rate
   * @return the result
   * @throws IllegalArgumentException if the rate is not valid in the unit
   */
  public static MeasureResult of(String measureId, CollectionType collectionType, RateUnit unit, double rate) {
    return MeasureResult.builder().measureId(measureId).collectionType(collectionType).unit(unit).rate(rate).build();
  }

  /**
   * A required measure that was not reported.
   *
   * @param measureId the measure
   * @param collectionType the collection type
   * @return the result with no rate
   */
  public static MeasureResult notReported(String measureId, CollectionType collectionType) {
    return MeasureResult.builder().measureId(measureId).collectionType(collectionType).build();
  }
}
