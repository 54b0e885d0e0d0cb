/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.contract;

import java.util.List;
import java.util.OptionalDouble;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.acokit.internal.AcoStyle;
import org.immutables.value.Value;

/**
 * How quality changes a settlement: a gate, a multiplier or sliding scale on savings, a
 * modulation of losses, and a withhold earned back by quality.
 * <p>
 * The quality score (a fraction 0-1) and whether the quality gate was met are performance
 * inputs ({@link PerformanceInputs#qualityScore()}, {@link PerformanceInputs#qualityStandard()});
 * they come from the quality engine or the payer. The default, {@code none()}, leaves the
 * settlement untouched. Immutable and thread-safe.
 */
@Value.Immutable
@AcoStyle
@JsonSerialize(as = QualityTerms.class)
@JsonDeserialize(as = QualityTerms.class)
abstract class AbstractQualityTerms {

  /**
   * Whether savings are shared only when the quality gate is met (MSSP: the quality performance
   * standard, 42 CFR 425.512); a missed gate also gives a quality score of 0 to
   * {@link LossQuality#COMPLEMENT_OF_SHARING_RATE}.
   *
   * @return true if the gate is required, false unless set
   */
  @Value.Default
  public boolean gateRequired() {
    return false;
  }

  /**
   * A minimum quality score below which no savings are shared.
   *
   * @return the minimum score, a fraction; empty for none
   */
  public abstract OptionalDouble minimumScore();

  /**
   * How the quality score changes shared savings.
   *
   * @return the rule, {@link SavingsQuality#NONE} unless set
   */
  @Value.Default
  public SavingsQuality savings() {
    return SavingsQuality.NONE;
  }

  /**
   * The sliding scale of {@link SavingsQuality#SLIDING_SCALE} and
   * {@link WithholdEarnBack#SLIDING_SCALE}, in ascending order of score.
   *
   * @return the steps
   */
  public abstract List<ScaleStep> slidingScale();

  /**
   * How the quality score changes shared losses.
   *
   * @return the rule, {@link LossQuality#NONE} unless set
   */
  @Value.Default
  public LossQuality losses() {
    return LossQuality.NONE;
  }

  /**
   * The sharing rate whose quality-adjusted complement is the loss rate under
   * {@link LossQuality#COMPLEMENT_OF_SHARING_RATE} (0.75 for MSSP ENHANCED).
   *
   * @return the rate, a fraction
   */
  public abstract OptionalDouble complementSharingRate();

  /**
   * The lowest loss rate under {@link LossQuality#COMPLEMENT_OF_SHARING_RATE} (0.40 for ENHANCED).
   *
   * @return the floor, a fraction; empty means 0
   */
  public abstract OptionalDouble lossRateFloor();

  /**
   * The highest loss rate under {@link LossQuality#COMPLEMENT_OF_SHARING_RATE} (0.75 for
   * ENHANCED, 0.60 for Track 2); also the bound every loss band's rate must respect.
   *
   * @return the ceiling, a fraction; empty means 1
   */
  public abstract OptionalDouble lossRateCeiling();

  /**
   * The largest share of shared losses a perfect quality score forgives under
   * {@link LossQuality#MITIGATE}.
   *
   * @return the maximum mitigation, a fraction
   */
  public abstract OptionalDouble maximumLossMitigation();

  /**
   * The share of the benchmark withheld for quality (after any discount) and earned back by
   * {@link #withholdEarnBack()} (ACO REACH: 2% in PY2023-2025).
   *
   * @return the withhold rate, a fraction; 0 unless set
   */
  @Value.Default
  public double withholdRate() {
    return 0;
  }

  /**
   * How the withhold is earned back.
   *
   * @return the rule, {@link WithholdEarnBack#SCORE} unless set
   */
  @Value.Default
  public WithholdEarnBack withholdEarnBack() {
    return WithholdEarnBack.SCORE;
  }

  /**
   * Terms in which quality changes nothing.
   *
   * @return the terms
   */
  public static QualityTerms none() {
    return QualityTerms.builder().build();
  }

  /**
   * The sliding-scale factor a score reaches: the factor of the highest step whose minimum score
   * the score reaches, 0 below the first step.
   *
   * @param score the quality score, a fraction
   * @return the factor
   */
  public double slidingScaleFactor(double score) {
    double factor = 0;
    for (ScaleStep step : slidingScale()) {
      if (score >= step.minimumScore()) {
        factor = step.factor();
      }
    }
    return factor;
  }
}
