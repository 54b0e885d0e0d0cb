/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.contract;

import java.util.List;
import java.util.OptionalInt;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.acokit.internal.AcoStyle;
import org.acokit.io.Failure;
import org.acokit.io.FailureCode;
import org.acokit.io.FailureException;
import org.immutables.value.Value;

/**
 * A minimum savings and loss rate that depends on the number of beneficiaries: rows of sizes with
 * linearly interpolated rates and a flat rate above the last row.
 * <p>
 * Within a row [lowSize, highSize] with rates [lowRate, highRate] the rate for n beneficiaries is
 * the weighted average of the row's ends, dividing by the row's width as printed:
 * <pre>{@code rate(n) = lowRate x (highSize - n) / (highSize - lowSize) + highRate x (n - lowSize) / (highSize - lowSize)}</pre>
 * (the MSSP's Table A4 and methodology specification v11 section 4.2.1: 7,207 beneficiaries give
 * 0.034 x 792/999 + 0.032 x 207/999 = 0.0335855855855856). Above the last row the rate is
 * {@link #rateAboveLargestSize()}; below the first row the scale has no rate and settling fails,
 * naming the size.
 * <p>
 * With {@link #replacesFixedRateBelow()} the scale is a fallback: the contract's fixed minimum
 * savings and loss rates apply, except for ACOs with fewer beneficiaries than that, which get the
 * scale (the MSSP's rule for two-sided ACOs that elected a fixed MSR/MLR, 42 CFR 425.110(b)(3)).
 * Without it the scale always sets both rates (one-sided MSSP tracks and the variable election).
 * Immutable and thread-safe.
 */
@Value.Immutable
@AcoStyle
@JsonSerialize(as = MinimumRateScale.class)
@JsonDeserialize(as = MinimumRateScale.class)
abstract class AbstractMinimumRateScale {

  /**
   * The name of the scale for the explanation, such as {@code "MSSP Table A4"}.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * The rows in ascending order of size, each starting one beneficiary after the previous ends.
   *
   * @return the rows; at least one
   */
  public abstract List<SizeRate> rows();

  /**
   * The rate above the last row's {@link SizeRate#highSize()}, a fraction.
   *
   * @return the rate
   */
  public abstract double rateAboveLargestSize();

  /**
   * When present, the scale replaces the contract's fixed rates only for fewer beneficiaries
   * than this; when empty, the scale always sets the rates.
   *
   * @return the size threshold
   */
  public abstract OptionalInt replacesFixedRateBelow();

  /**
   * Whether the scale sets the rates for a number of beneficiaries.
   *
   * @param beneficiaries the number of beneficiaries
   * @return true if the scale applies
   */
  public boolean appliesTo(int beneficiaries) {
    return replacesFixedRateBelow().isEmpty() || beneficiaries < replacesFixedRateBelow().getAsInt();
  }

  /**
   * The rate for a number of beneficiaries.
   *
   * @param beneficiaries the number of beneficiaries
   * @return the rate, a fraction
   * @throws FailureException (an {@link IllegalArgumentException}) with code
   *     {@link FailureCode#MISSING_INPUT} if below the first row
   */
  public double rate(int beneficiaries) {
    List<SizeRate> rows = rows();
    if (beneficiaries < rows.get(0).lowSize()) {
      throw new FailureException(Failure.of(FailureCode.MISSING_INPUT, "beneficiaries", String.valueOf(beneficiaries),
          "beneficiaries must be at least " + rows.get(0).lowSize() + " for the minimum rate scale '" + name()
              + "' (it publishes no rate below), but was " + beneficiaries));
    }
    for (SizeRate row : rows) {
      if (beneficiaries <= row.highSize()) {
        double width = row.highSize() - row.lowSize();
        return row.lowRate() * (row.highSize() - beneficiaries) / width
            + row.highRate() * (beneficiaries - row.lowSize()) / width;
      }
    }
    return rateAboveLargestSize();
  }
}
