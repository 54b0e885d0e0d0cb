/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.acokit.quality.mssp.MsspQualityScore;
import org.acokit.quality.QualityStandard;
import org.junit.jupiter.api.Test;

/**
 * Runs the Shared Savings Program (2019) and MassHealth quality examples.
 */
class OtherQualityExamplesTest {

  @Test
  void msspExampleExplainsItsDomains() {
    StandardOutput.Printed<MsspQualityScore> printed = StandardOutput.capture(MsspQualityScoreExample::run);
    MsspQualityScore s = printed.value();
    String out = printed.text();
    assertThat(out).contains("Shared Savings Program quality score, PY2019").contains("AT_RISK_POPULATION: domain score")
        .contains("illustrative flat benchmark for ACO-8");
    assertThat(s.domains()).hasSize(4);
    assertThat(s.score()).isBetween(0.0, 1.0);
    assertThat(s.standard()).isEqualTo(QualityStandard.MET);
    // ACO-13 at 93.4 reaches CMS's published 90th percentile (90.73): full points
    assertThat(s.domains().get(1).measureScores()).filteredOn(m -> m.measureId().equals("ACO-13"))
        .singleElement().satisfies(m -> assertThat(m.points()).isEqualTo(2.0));
  }

  @Test
  void massHealthExample() {
    StandardOutput.Printed<Double> printed = StandardOutput.capture(MassHealthQualityExample::run);
    double d = printed.value();
    // A: 10 x (58.17 - 50) / 10.5; B: 10 x (30 - 24) / 15 = 4; improvement 5 (A) + 0 (B)
    assertThat(d).isCloseTo((10 * 8.17 / 10.5 + 4 + 5) / 20, within(1e-9));
    assertThat(printed.text()).contains("HAC rate 115");
  }
}
