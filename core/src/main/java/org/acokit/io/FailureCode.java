/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.io;

/**
 * The closed set of reasons a value, a row, a resource or a set of contract terms cannot be used:
 * the {@link Failure#code() code} of every {@link Failure}, so that batch readers,
 * reconciliations and contract validation are classified by code, never by catching exceptions
 * or reading messages.
 * <p>
 * The first group is general (any reader or input); the second is the contract validator's
 * (the contract package's {@code ContractValidator}).
 */
public enum FailureCode {
  /** A field or column that is required is absent or empty. */
  MISSING_VALUE,
  /** A text that cannot be parsed as the number, date, code or flag it must be. */
  UNPARSEABLE,
  /** A value that parses but is outside what is allowed (a negative count, an unknown track). */
  INVALID_VALUE,
  /** A file or resource whose layout or structure the reader does not know. */
  UNKNOWN_LAYOUT,
  /** An input the computation needs is not published or not given (a reconciliation cannot run). */
  MISSING_INPUT,
  /** Values that contradict each other (an end before a start, a total that is not its sum). */
  INCONSISTENT,
  /** A value that must be unique appears twice (a measure id, a catalog record, a JSON key). */
  DUPLICATE,
  /** A number is NaN or infinite. */
  NOT_FINITE,
  /** A rate between 1 and 100 where a fraction is meant: 50 written for 0.5. */
  RATE_WRITTEN_AS_PERCENT,
  /** A rate outside [0, 1] that is not a percent mistake. */
  RATE_OUT_OF_RANGE,
  /** No savings band: the terms share nothing. */
  NO_SAVINGS_BANDS,
  /** The first band of a list does not start at 0. */
  CORRIDOR_NOT_FROM_ZERO,
  /** A band ends at or before it starts. */
  CORRIDOR_EMPTY,
  /** A gap between a band's upper bound and the next band's lower bound. */
  CORRIDOR_GAP,
  /** A band starts before the previous band ends. */
  CORRIDOR_OVERLAP,
  /** An open band (no upper bound) is not the last, or the last band is not open. */
  CORRIDOR_NOT_OPEN_ENDED,
  /** A loss band's rate is outside the loss rate floor and ceiling of the quality terms. */
  LOSS_RATE_OUTSIDE_BOUNDS,
  /** The loss rate floor is above the ceiling. */
  FLOOR_ABOVE_CEILING,
  /** A cap rate is negative. */
  NEGATIVE_CAP,
  /** A cap has neither a benchmark rate nor a revenue rate. */
  CAP_WITHOUT_BASIS,
  /** A rule needs a parameter that is not given. */
  MISSING_PARAMETER,
  /** The rows of a size-based minimum rate scale are empty, not ascending or not contiguous. */
  SIZE_SCALE_NOT_CONTIGUOUS,
  /** Sliding-scale steps are not in strictly ascending order of score. */
  SLIDING_SCALE_NOT_ASCENDING,
  /** A term about losses in a contract without loss bands (one-sided). */
  LOSS_TERM_WITHOUT_LOSSES,
  /** The discount and withhold together take the whole benchmark or more. */
  BENCHMARK_FULLY_DISCOUNTED,
  /** A negative stop-loss attachment point. */
  NEGATIVE_ATTACHMENT_POINT
}
