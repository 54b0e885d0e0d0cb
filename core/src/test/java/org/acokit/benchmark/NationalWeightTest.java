/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.acokit.population.EnrollmentType;
import org.acokit.population.EnrollmentVector;
import org.junit.jupiter.api.Test;

class NationalWeightTest {

  private static EnrollmentVector agedDual(double n) {
    return EnrollmentVector.of(1, 1, n, 1);
  }

  @Test
  void reproducesTheSpecificationsWorkedExample() {
    // Methodology specification v11 section 3.3: County A 9,000 of 10,000 assignable, County B
    // 2,000 of 12,000; national weight 0.767, regional 0.233.
    EnrollmentVector w = NationalWeight.of(List.of(agedDual(9000), agedDual(2000)),
        List.of(agedDual(10_000), agedDual(12_000)));
    assertThat(w.get(EnrollmentType.AGED_DUAL)).isCloseTo(9.0 / 11 * 0.9 + 2.0 / 11 / 6, within(1e-15))
        .isCloseTo(0.767, within(0.0005));
    assertThat(w.get(EnrollmentType.ESRD)).isEqualTo(0.5 + 0.5);
  }

  @Test
  void oneCountyIsTheAcosShareOfItsRegion() {
    EnrollmentVector w = NationalWeight.ofOneCounty(agedDual(300), agedDual(1200));
    assertThat(w.get(EnrollmentType.AGED_DUAL)).isEqualTo(300.0 / 1200);
  }

  @Test
  void refusesCountsThatCannotBeShares() {
    assertThatThrownBy(() -> NationalWeight.ofOneCounty(agedDual(300), agedDual(200)))
        .hasMessageContaining("300.0 assigned of 200.0 assignable");
    assertThatThrownBy(() -> NationalWeight.of(List.of(agedDual(1)), List.of()))
        .hasMessageContaining("same counties");
    assertThatThrownBy(() -> NationalWeight.ofOneCounty(agedDual(0), agedDual(10)))
        .hasMessageContaining("had none");
  }
}
