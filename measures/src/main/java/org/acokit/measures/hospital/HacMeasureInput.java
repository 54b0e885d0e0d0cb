/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.hospital;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One hospital's input for one HACRP measure: a result (SIR or PSI 90 value), a published
 * Winsorized z-score, or "did not submit" (which scores the measure's maximum z).
 * <p>
 * A z-score, when given, is used as is (CMS's published z-scores carry the exact Winsorizing of
 * CMS's population); otherwise the result is scored against the measure's distribution. Immutable
 * and thread-safe.
 */
public final class HacMeasureInput {

  private final HacMeasure measure;
  private final OptionalDouble result;
  private final OptionalDouble zScore;
  private final boolean notSubmitted;

  private HacMeasureInput(HacMeasure measure, OptionalDouble result, OptionalDouble zScore, boolean notSubmitted) {
    this.measure = measure;
    this.result = result;
    this.zScore = zScore;
    this.notSubmitted = notSubmitted;
  }

  /**
   * A measure result, to be scored against the measure's distribution.
   *
   * @param measure the measure
   * @param result the SIR or PSI 90 value, finite and 0 or more
   * @return the input
   * @throws IllegalArgumentException naming the measure if the result is negative or not a number
   */
  public static HacMeasureInput ofResult(HacMeasure measure, double result) {
    check(measure, "result", result);
    return new HacMeasureInput(measure, OptionalDouble.of(result), OptionalDouble.empty(), false);
  }

  /**
   * A published z-score, optionally with the result behind it.
   *
   * @param measure the measure
   * @param zScore the Winsorized z-score, finite
   * @param result the result, or empty (non-submitters and data discrepancies have none)
   * @return the input
   * @throws IllegalArgumentException naming the measure if the z-score is not finite or the result
   *     is negative or not a number
   */
  public static HacMeasureInput ofZScore(HacMeasure measure, double zScore, OptionalDouble result) {
    Objects.requireNonNull(measure, "measure");
    if (!Double.isFinite(zScore)) {
      throw new IllegalArgumentException(measure.label() + " W z-score must be a finite number, but was " + zScore);
    }
    if (result.isPresent()) {
      check(measure, "result", result.getAsDouble());
    }
    return new HacMeasureInput(measure, result, OptionalDouble.of(zScore), false);
  }

  /**
   * A hospital that did not submit the measure's data without an exemption (CMS footnote 18) or
   * whose data had discrepancies (footnote 11): scored at the measure's maximum z.
   *
   * @param measure the measure
   * @return the input
   */
  public static HacMeasureInput notSubmitted(HacMeasure measure) {
    return new HacMeasureInput(Objects.requireNonNull(measure, "measure"), OptionalDouble.empty(),
        OptionalDouble.empty(), true);
  }

  private static void check(HacMeasure measure, String field, double v) {
    Objects.requireNonNull(measure, "measure");
    if (!Double.isFinite(v) || v < 0) {
      throw new IllegalArgumentException(measure.label() + " " + field + " must be a finite number 0 or more, but was "
          + v);
    }
  }

  /**
   * The measure.
   *
   * @return the measure
   */
  public HacMeasure measure() {
    return measure;
  }

  /**
   * The result (SIR or PSI 90 value).
   *
   * @return the result, empty if not given
   */
  public OptionalDouble result() {
    return result;
  }

  /**
   * The given z-score.
   *
   * @return the z-score, empty if not given
   */
  public OptionalDouble zScore() {
    return zScore;
  }

  /**
   * Whether the hospital did not submit (scored at the maximum z).
   *
   * @return true if not submitted
   */
  public boolean isNotSubmitted() {
    return notSubmitted;
  }
}
