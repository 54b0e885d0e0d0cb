/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * Unit workforce measures joined with unit care rates: a hand-computed correlation and the Fisher
 * z interval.
 */
class WorkforceCareTest {

  @Test
  void pearsonAndSpearmanWithTheirIntervals() {
    double[] turnover = {0.10, 0.20, 0.15, 0.30, 0.25, 0.05};
    double[] falls = {2, 5, 3, 6, 4, 1};
    List<UnitWorkforce> units = new ArrayList<>();
    List<WorkforceCare.UnitRate> rates = new ArrayList<>();
    for (int i = 0; i < turnover.length; i++) {
      units.add(new UnitWorkforce("G", "U" + i, 100, Math.round(turnover[i] * 100), 10, 0, Optional.empty()));
      rates.add(new WorkforceCare.UnitRate("G", "U" + i, falls[i], 1000));
    }
    rates.add(new WorkforceCare.UnitRate("G", "not staffed", 3, 1000));
    WorkforceCare.Correlation c =
        WorkforceCare.correlate(units, UnitWorkforce::separationRate, rates, 0.95).orElseThrow();
    assertThat(c.units()).isEqualTo(6);
    // by hand: the ranks agree except units 1 and 4, which swap (d = ±1): rho = 1 − 6·2 / (6·35)
    assertThat(c.spearman()).isCloseTo(1 - 12.0 / 210, within(1e-12));
    double r = 0.9428571428571428; // Σ(x − x̄)(y − ȳ) / √(Σ(x − x̄)² Σ(y − ȳ)²), computed separately
    assertThat(c.pearson()).isCloseTo(r, within(1e-12));
    double half = 1.959963984540054 / Math.sqrt(3);
    assertThat(c.pearsonLower()).isCloseTo(Math.tanh(0.5 * Math.log((1 + r) / (1 - r)) - half), within(1e-12));
    assertThat(c.pearsonUpper()).isLessThan(1.0);
    assertThat(WorkforceCare.correlate(units.subList(0, 3), UnitWorkforce::separationRate, rates, 0.95)).isEmpty();
    assertThatThrownBy(() -> new WorkforceCare.UnitRate("G", "ICU", 3, 0)).hasMessageContaining("denominator of unit G/ICU is 0.0");
  }
}
