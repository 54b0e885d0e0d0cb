/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.OptionalDouble;

import org.acokit.population.EnrollmentType;
import org.acokit.population.EnrollmentVector;
import org.junit.jupiter.api.Test;

/**
 * Parts of the benchmark package PIT found unreached or untested at a boundary (issue 17): a prior
 * savings adjustment of zero is no adjustment, and a risk renormalization keeps its national means.
 */
class BenchmarkPartsMutationTest {

  @Test
  void aPriorSavingsAdjustmentOfZeroIsNoAdjustment() {
    // 42 CFR 425.658: with a negative regional adjustment, only a positive prior savings adjustment applies.
    assertThat(BenchmarkAdjustment.choose(LocalDate.of(2024, 1, 1), -10, OptionalDouble.of(0)))
        .isEqualTo(BenchmarkAdjustment.Category.NO_ADJUSTMENT);
    assertThat(BenchmarkAdjustment.choose(LocalDate.of(2024, 1, 1), -10, OptionalDouble.of(5)))
        .isEqualTo(BenchmarkAdjustment.Category.PRIOR_SAVINGS_ADJUSTMENT);
  }

  @Test
  void aRiskRenormalizationKeepsItsNationalMeans() {
    EnrollmentVector means = EnrollmentVector.of(1.1, 0.9, 1.2, 1.05);
    RiskRenormalization r = RiskRenormalization.of(means);
    assertThat(r.nationalMeans()).isEqualTo(means);
    assertThat(r.toString()).startsWith("RiskRenormalization{nationalMeans=").endsWith("}");
    EnrollmentVector renormalized = r.renormalize(EnrollmentVector.of(2.2, 0.9, 1.2, 2.1));
    double[] expected = {2, 1, 1, 2};
    EnrollmentType[] types = EnrollmentType.values();
    for (int i = 0; i < types.length; i++) {
      assertThat(renormalized.get(types[i])).as(types[i].label()).isCloseTo(expected[i], within(1e-12));
    }
  }
}
