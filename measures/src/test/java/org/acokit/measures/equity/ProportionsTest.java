/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.equity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Wilson and Newcombe intervals: published values and invariants. */
class ProportionsTest {

  @Test
  void newcombesExampleOfMethodTen() {
    // Newcombe (1998), Table II, example (a): 56/70 - 48/80, hybrid score interval 0.0524 to 0.3339
    double[] ci = Proportions.newcombe(56, 70, 48, 80);
    assertThat(ci[0]).isCloseTo(0.0524, within(5e-5));
    assertThat(ci[1]).isCloseTo(0.3339, within(5e-5));
  }

  @Test
  void theEquityZIsTheSharedNormalQuantile() {
    assertThat(SummaryMeasures.Z).isCloseTo(org.acokit.measures.internal.Stats.normalQuantile(0.975), within(1e-15));
    assertThat(Proportions.upperTail(1.959963984540054)).isCloseTo(0.025, within(1e-15));
  }

  @Test
  void upperTailOfTheNormal() {
    assertThat(Proportions.upperTail(1.959963984540054)).isCloseTo(0.025, within(1e-7));
    assertThat(Proportions.upperTail(0)).isCloseTo(0.5, within(1e-7));
  }

  @Property
  void wilsonContainsThePointEstimateWithinZeroToOne(@ForAll @IntRange(min = 1, max = 5000) int n,
      @ForAll @IntRange(min = 0, max = 5000) int x0) {
    int x = x0 % (n + 1);
    double[] w = Proportions.wilson(x, n);
    double p = (double) x / n;
    assertThat(w[0]).isBetween(0.0, p + 1e-12);
    assertThat(w[1]).isBetween(p - 1e-12, 1.0);
  }

  @Property
  void newcombeContainsTheDifference(@ForAll @IntRange(min = 1, max = 2000) int n1,
      @ForAll @IntRange(min = 0, max = 2000) int a, @ForAll @IntRange(min = 1, max = 2000) int n2,
      @ForAll @IntRange(min = 0, max = 2000) int b) {
    int x1 = a % (n1 + 1);
    int x2 = b % (n2 + 1);
    double[] ci = Proportions.newcombe(x1, n1, x2, n2);
    double d = (double) x1 / n1 - (double) x2 / n2;
    assertThat(ci[0]).isLessThanOrEqualTo(d + 1e-12);
    assertThat(ci[1]).isGreaterThanOrEqualTo(d - 1e-12);
    assertThat(ci[0]).isGreaterThanOrEqualTo(-1 - 1e-12);
    assertThat(ci[1]).isLessThanOrEqualTo(1 + 1e-12);
  }
}
