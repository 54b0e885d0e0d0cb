/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.workforce;

import java.util.Optional;
import java.util.OptionalDouble;

import org.acokit.internal.AcoStyle;
import org.immutables.value.Value;

/**
 * The adverse-impact statistics of one group against the reference group R, as
 * {@link AdverseImpact} defines them (group g: n_g applicants, x_g selected, SR_g = x_g / n_g).
 * <p>
 * For the reference group itself only the selection rate, the impact ratio (1) and the
 * four-fifths flag (false) are given; every pairwise statistic is empty. A statistic whose
 * definition divides by zero (no selections in the pair, a group selecting everybody) is empty,
 * never NaN or infinite. Immutable and thread-safe.
 */
@Value.Immutable
@AcoStyle
abstract class AbstractGroupImpact {

  /** @return the group */
  public abstract String group();

  /** @return n_g, the applicants */
  public abstract long applicants();

  /** @return x_g, the selected */
  public abstract long selected();

  /** @return SR_g = x_g / n_g, a fraction */
  public abstract double selectionRate();

  /** @return whether this is the reference group R */
  public abstract boolean reference();

  /** @return the impact ratio SR_g / SR_R; empty when SR_R = 0 */
  public abstract OptionalDouble impactRatio();

  /**
   * The standard error of ln(impact ratio): √((1 − SR_g)/(n_g SR_g) + (1 − SR_R)/(n_R SR_R));
   * empty for R and when SR_g = 0.
   *
   * @return the standard error
   */
  public abstract OptionalDouble impactRatioLogSe();

  /** @return exp(ln IR − 1.96 se) */
  public abstract OptionalDouble impactRatioLower();

  /** @return exp(ln IR + 1.96 se) */
  public abstract OptionalDouble impactRatioUpper();

  /** @return whether the impact ratio is below 0.8 (UGESP four-fifths rule); empty with the ratio */
  public abstract Optional<Boolean> fourFifthsFlag();

  /** @return z = (SR_g − SR_R) / √(P̄(1 − P̄)(1/n_g + 1/n_R)), P̄ the pair's pooled rate */
  public abstract OptionalDouble z();

  /** @return 2(1 − Φ(|z|)) */
  public abstract OptionalDouble zPTwoSided();

  /** @return 1 − Φ(|z|) */
  public abstract OptionalDouble zPOneSided();

  /** @return whether |z| &gt; 1.96 (the two-standard-deviation rule) */
  public abstract Optional<Boolean> twoSdFlag();

  /** @return Fisher's exact two-sided p of the 2 × 2 table (g, R) */
  public abstract OptionalDouble fisherPTwoSided();

  /** @return P(g gets ≤ x_g of the pair's selections), Fisher's one-sided p ("less") */
  public abstract OptionalDouble fisherPOneSided();

  /** @return the one-sided p minus half the probability of the observed table (Lancaster mid-p) */
  public abstract OptionalDouble fisherMidP();

  /** @return the pair's Pearson chi-square without continuity correction (= z²) */
  public abstract OptionalDouble chiSquare();

  /** @return its upper-tail p with 1 degree of freedom */
  public abstract OptionalDouble chiSquareP();

  /** @return φ = (f_g x_R − f_R x_g) / √(F₂ X₂ n_g n_R), positive when g is selected less */
  public abstract OptionalDouble phi();

  /** @return the odds ratio [SR_g/(1 − SR_g)] / [SR_R/(1 − SR_R)]; empty when infinite or 0/0 */
  public abstract OptionalDouble oddsRatio();

  /** @return |SR_g − SR_R| */
  public abstract OptionalDouble absRateDifference();

  /** @return Cohen's h = 2 asin √SR_g − 2 asin √SR_R */
  public abstract OptionalDouble cohensH();

  /** @return ⌈(x_R/n_R)·n_g⌉ − x_g, the selections g lacks to reach R's rate */
  public abstract OptionalDouble shortfall();

  /** @return shortfall / X₂ */
  public abstract OptionalDouble adjustedShortfall();

  /** @return ⌈n_g·P̄ − x_g⌉, the selections g lacks to reach the pair's pooled rate */
  public abstract OptionalDouble shortfallPooled();

  /** @return x_g / X₂ − n_g / N₂, share of selections minus share of applicants */
  public abstract OptionalDouble disparityAd();

  /** @return ⌈disparity_ad · X₂⌉ */
  public abstract OptionalDouble disparityAi();
}
