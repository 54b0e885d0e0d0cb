/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.hospital;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class Psi90CompositeTest {

  /** Illustrative reference rates and signal variances (not AHRQ's: a named gap). */
  private static Psi90Version version() {
    Map<Psi90Component, Double> ref = new EnumMap<>(Psi90Component.class);
    Map<Psi90Component, Double> sig = new EnumMap<>(Psi90Component.class);
    for (Psi90Component c : Psi90Component.values()) {
      ref.put(c, 0.001 * (c.ordinal() + 1));
      sig.put(c, 0.05);
    }
    return Psi90Version.of("test", Psi90Version.AHRQ_V2025_WEIGHTS, ref, sig);
  }

  @Test
  void aHospitalAtEveryReferenceRateScoresOne() {
    Psi90Version v = version();
    List<Psi90ComponentRate> rates = new ArrayList<>();
    for (Psi90Component c : Psi90Component.values()) {
      rates.add(new Psi90ComponentRate(c, 1000, v.referenceRate(c), 1e-6));
    }
    assertThat(Psi90Composite.compute(v, rates).value()).isCloseTo(1.0, within(1e-9));
    assertThat(Psi90Composite.compute(v, List.of()).value()).isCloseTo(1.0, within(1e-9));
  }

  @Test
  void reliabilityWeightShrinksTowardsOne() {
    Psi90Version v = version();
    double ref = v.referenceRate(Psi90Component.PSI_03);
    Psi90Composite c = Psi90Composite.compute(v, List.of(new Psi90ComponentRate(Psi90Component.PSI_03, 500,
        2 * ref, 0.05 * ref * ref)));
    // A = 0.05 / (0.05 + 0.05) = 0.5: smoothed ratio 1.5; composite = 1 + w03 x 0.5
    assertThat(c.value()).isCloseTo(1 + 0.218621 * 0.5, within(1e-9));
    assertThat(Psi90Composite.compute(v, List.of(new Psi90ComponentRate(Psi90Component.PSI_03, 2, 2 * ref, 0)))
        .value()).isCloseTo(1.0, within(1e-12));
    assertThat(c.explain().toTextTable()).contains("PSI_03 contribution");
  }

  @Property
  void compositeIsAWeightedMeanOfSmoothedRatios(@ForAll @DoubleRange(min = 0, max = 0.05) double rate) {
    Psi90Version v = version();
    Psi90Composite c = Psi90Composite.compute(v, List.of(new Psi90ComponentRate(Psi90Component.PSI_11, 100, rate,
        1e-6)));
    double ratio = rate / v.referenceRate(Psi90Component.PSI_11);
    assertThat(c.value()).isBetween(Math.min(1, 1 + 0.215183 * (ratio - 1)) - 1e-9,
        Math.max(1, 1 + 0.215183 * (ratio - 1)) + 1e-9);
    assertThat(c.variance()).isGreaterThanOrEqualTo(0);
  }

  @Test
  void versionParametersAreRequired() {
    assertThatThrownBy(() -> Psi90Version.of("v2025", Psi90Version.AHRQ_V2025_WEIGHTS, Map.of(), Map.of()))
        .hasMessageContaining("reference rate of PSI_03 is required");
    assertThat(Psi90Version.AHRQ_V2025_WEIGHTS.values().stream().mapToDouble(Double::doubleValue).sum())
        .isCloseTo(1.0, within(1e-5));
  }
}
