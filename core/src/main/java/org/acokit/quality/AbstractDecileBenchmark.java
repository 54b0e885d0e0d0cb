/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.quality;

import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import org.acokit.internal.AcoStyle;
import org.acokit.internal.Checks;
import org.immutables.value.Value;

/**
 * A measure's benchmark for one performance year and collection type: the nine decile bounds
 * that place a performance rate in a benchmark decile 1-10.
 * <p>
 * {@link #decileBounds()} holds the inclusive bounds of deciles 2 through 10, from the worst to
 * the best, in the measure's {@link #unit()}: a rate that is at least as good as bound {@code i}
 * (0-based) reaches decile {@code i + 2}. This is CMS's {@code deciles} array of the 2017-2022
 * qpp-measures-data benchmark files ("the inclusive lower bounds of deciles 2 through 10"), and
 * the percentiles p10...p90 of the 2023 on files (for inverse measures read from p90 down to p10,
 * since p10 is the best bound). Two equal neighbouring bounds make the lower decile empty; it is
 * skipped. {@link #decileOneStart()} is p1 (p99 for inverse measures) of the 2023 on files, the
 * start of decile 1.
 * <p>
 * Example (PY2024 eCQM 236, higher is better): bounds 45.28, 55.56, 61.54, 65.61, 68.98, 72.00,
 * 75.00, 78.70, 84.04; a rate of 70.00 reaches bound 68.98 (index 4) and not 72.00, so it is in
 * decile 6. Immutable and thread-safe.
 */
@Value.Immutable
@AcoStyle
@JsonSerialize(as = DecileBenchmark.class)
@JsonDeserialize(as = DecileBenchmark.class)
abstract class AbstractDecileBenchmark {

  /** The number of decile bounds, of deciles 2 through 10. */
  public static final int BOUNDS = 9;

  /**
   * The measure identifier as CMS prints it ({@code "236"}, {@code "CAHPS_1"}, {@code "001SSP"}).
   *
   * @return the measure id
   */
  public abstract String measureId();

  /**
   * The collection type (in JSON its qpp-measures-data {@code submissionMethod} name, such as
   * {@code cmsWebInterface}).
   *
   * @return the collection type
   */
  public abstract CollectionType collectionType();

  /**
   * The performance year the benchmark scores.
   *
   * @return the performance year
   */
  public abstract int performanceYear();

  /**
   * The year of the data the benchmark was built from, when published.
   *
   * @return the benchmark year
   */
  public abstract OptionalInt benchmarkYear();

  /**
   * Which way performance improves.
   *
   * @return the direction
   */
  public abstract Direction direction();

  /**
   * The unit of the bounds and of the rates they score.
   *
   * @return the unit, {@link RateUnit#PERCENT} unless set
   */
  @Value.Default
  public RateUnit unit() {
    return RateUnit.PERCENT;
  }

  /**
   * The inclusive bounds of deciles 2 through 10, worst to best.
   *
   * @return nine bounds
   */
  public abstract ImmutableList<Double> decileBounds();

  /**
   * The start of decile 1 (p1, or p99 for inverse measures), published from PY2023.
   *
   * @return the start of decile 1, if published
   */
  public abstract OptionalDouble decileOneStart();

  /**
   * Whether CMS flags the benchmark as topped out for the program ({@code isToppedOutByProgram}).
   *
   * @return true if topped out by program
   */
  @Value.Default
  public boolean toppedOut() {
    return false;
  }

  @Value.Check
  void check() {
    String what = "decile bounds of measure " + measureId() + " (" + collectionType() + ", PY"
        + performanceYear() + ")";
    if (decileBounds().size() != BOUNDS) {
      throw new IllegalArgumentException(what + " must be " + BOUNDS
          + " values (the bounds of deciles 2 through 10), but were " + decileBounds().size() + ": " + decileBounds());
    }
    for (int i = 0; i < BOUNDS; i++) {
      Checks.finite(what + " [decile " + (i + 2) + "]", decileBounds().get(i));
    }
    for (int i = 1; i < BOUNDS; i++) {
      double prev = decileBounds().get(i - 1);
      double cur = decileBounds().get(i);
      if (!direction().atLeastAsGood(cur, prev)) {
        throw new IllegalArgumentException(what + " must be monotone from worst to best ("
            + (direction() == Direction.HIGHER_IS_BETTER ? "never decreasing" : "never increasing")
            + " for " + direction() + "), but the bound of decile " + (i + 2) + " (" + cur
            + ") is worse than the bound of decile " + (i + 1) + " (" + prev + ")");
      }
    }
    if (decileOneStart().isPresent()) {
      double start = Checks.finite(what + " [decile 1 start]", decileOneStart().getAsDouble());
      if (!direction().atLeastAsGood(decileBounds().get(0), start)) {
        throw new IllegalArgumentException(what + ": the start of decile 1 (" + start
            + ") must not be better than the bound of decile 2 (" + decileBounds().get(0) + ")");
      }
    }
  }

  /**
   * The benchmark decile of a rate: the highest decile whose bound the rate reaches.
   *
   * @param rate the performance rate in {@link #unit()}
   * @return the decile, 1 to 10
   * @throws IllegalArgumentException if the rate is not valid in the unit
   */
  public int decile(double rate) {
    unit().check("rate of measure " + measureId(), rate);
    int decile = 1;
    List<Double> b = decileBounds();
    for (int i = 0; i < BOUNDS; i++) {
      if (direction().atLeastAsGood(rate, b.get(i))) {
        decile = i + 2;
      }
    }
    return decile;
  }

  /**
   * Short text naming the benchmark, such as {@code "236 electronicHealthRecord PY2024"}.
   *
   * @return the label
   */
  public String label() {
    return measureId() + " " + collectionType() + " PY" + performanceYear();
  }
}
