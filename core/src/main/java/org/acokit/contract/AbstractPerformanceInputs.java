/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.contract;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.acokit.internal.AcoStyle;
import org.acokit.internal.Checks;
import org.acokit.quality.QualityStandard;
import org.immutables.value.Value;

/**
 * What one ACO did in one performance year, as a settlement under contract terms needs it.
 * <p>
 * Dollars are totals for the performance year. Inputs a term needs (the quality score for a
 * quality multiplier, participant revenue for a revenue-based cap, the spending above the
 * stop-loss attachment point) are optional here and required by the settlement when the terms
 * use them, with an error that names the field. Example:
 * <pre>{@code
 * PerformanceInputs.builder().benchmark(200_000_000).expenditure(192_000_000)
 *     .qualityScore(0.9).qualityStandard(QualityStandard.MET).build();
 * }</pre>
 * Invalid values fail at {@code build()} with an {@link IllegalArgumentException} naming the
 * field, the value and what is allowed. Immutable and thread-safe.
 */
@Value.Immutable
@AcoStyle
@JsonSerialize(as = PerformanceInputs.class)
@JsonDeserialize(as = PerformanceInputs.class)
abstract class AbstractPerformanceInputs {

  /**
   * The benchmark (target, budget) before any discount or withhold, total dollars.
   *
   * @return the benchmark, greater than 0
   */
  public abstract double benchmark();

  /**
   * The ACO's expenditure (total cost of care) for the performance year, total dollars, before
   * any stop-loss.
   *
   * @return the expenditure, 0 or more
   */
  public abstract double expenditure();

  /**
   * The quality score, a fraction 0-1.
   *
   * @return the score, empty if not given
   */
  public abstract OptionalDouble qualityScore();

  /**
   * The quality standard met, which is the quality gate of the terms: {@link QualityStandard#MET},
   * {@link QualityStandard#ALTERNATIVE_MET} (MSSP from PY2023: meets the gate, and
   * {@link SavingsQuality#MULTIPLY_UNDER_ALTERNATIVE} scales savings by the score) or
   * {@link QualityStandard#NOT_MET}.
   *
   * @return the standard, empty if not given
   */
  public abstract Optional<QualityStandard> qualityStandard();

  /**
   * Months the ACO took part in the performance year when it left during the year, 1-12; empty
   * for a full year. Used by {@link ContractTerms#partialYear()}.
   *
   * @return months of participation
   */
  public abstract OptionalInt monthsParticipated();

  /**
   * A recalculated benchmark, total dollars, for {@link ContractTerms#recalculatedBenchmarkGuardrail()}
   * (MSSP: the updated benchmark recalculated with the two-way national-regional blend, times
   * person-years, 42 CFR 425.652(b)(5)).
   *
   * @return the recalculated benchmark, empty if not given
   */
  public abstract OptionalDouble recalculatedBenchmark();

  /**
   * The ACO participants' revenue from the payer, total dollars, for revenue-based caps.
   *
   * @return the revenue, empty if not given
   */
  public abstract OptionalDouble participantRevenue();

  /**
   * Spending above the stop-loss attachment point, summed over beneficiaries, total dollars
   * (see {@code StopLoss.excessAbove(double[])}).
   *
   * @return the excess, empty if not given
   */
  public abstract OptionalDouble expenditureAboveAttachmentPoint();

  /**
   * A dollar adjustment added to the benchmark after the discount and withhold, such as the ACO
   * REACH health equity benchmark adjustment; may be negative.
   *
   * @return the adjustment, total dollars; 0 unless set
   */
  @Value.Default
  public double benchmarkAdjustment() {
    return 0;
  }

  /**
   * The share of owed shared losses forgiven after the loss cap, such as the MSSP extreme and
   * uncontrollable circumstances adjustment.
   *
   * @return the share, a fraction; 0 unless set
   */
  @Value.Default
  public double lossReduction() {
    return 0;
  }

  /**
   * Number of assigned (aligned, attributed) beneficiaries, for presets whose minimum savings
   * rate depends on size and for the explanation.
   *
   * @return the count, empty if not given
   */
  public abstract OptionalInt beneficiaries();

  /**
   * The quality standard's ordinal, or -1 when none is given: read once at construction so the
   * settlement reads it without allocating an {@code Optional} per call. Not part of equality,
   * JSON or the public API.
   *
   * @return the ordinal of {@link #qualityStandard()}, or -1
   */
  @Value.Derived
  @Value.Auxiliary
  @JsonIgnore
  int qualityStandardOrdinal() {
    return qualityStandard().map(Enum::ordinal).orElse(-1);
  }

  @Value.Check
  void check() {
    Checks.positive("benchmark", benchmark());
    Checks.nonNegative("expenditure", expenditure());
    if (qualityScore().isPresent()) {
      Checks.fraction("qualityScore", qualityScore().getAsDouble());
    }
    if (participantRevenue().isPresent()) {
      Checks.nonNegative("participantRevenue", participantRevenue().getAsDouble());
    }
    if (expenditureAboveAttachmentPoint().isPresent()) {
      double excess = Checks.nonNegative("expenditureAboveAttachmentPoint",
          expenditureAboveAttachmentPoint().getAsDouble());
      if (excess > expenditure()) {
        throw new IllegalArgumentException("expenditureAboveAttachmentPoint must not exceed expenditure ("
            + expenditure() + "), but was " + excess);
      }
    }
    Checks.finite("benchmarkAdjustment", benchmarkAdjustment());
    Checks.checkedSum("benchmark + benchmarkAdjustment", benchmark(), benchmarkAdjustment());
    if (monthsParticipated().isPresent()) {
      int months = monthsParticipated().getAsInt();
      if (months < 1 || months > 12) {
        throw new IllegalArgumentException("monthsParticipated must be between 1 and 12 inclusive, but was " + months);
      }
    }
    if (recalculatedBenchmark().isPresent()) {
      Checks.positive("recalculatedBenchmark", recalculatedBenchmark().getAsDouble());
    }
    Checks.fraction("lossReduction", lossReduction());
    if (beneficiaries().isPresent() && beneficiaries().getAsInt() < 1) {
      throw new IllegalArgumentException("beneficiaries must be at least 1, but was " + beneficiaries().getAsInt());
    }
  }
}
