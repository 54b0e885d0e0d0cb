/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.program.mssp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Tests {@link MinimumSavingsRate} against Appendix Table A4 of CMS's PY2022 report for ACO A1540.
 */
class MinimumSavingsRateTest {

  @ParameterizedTest
  @CsvSource({
      "500, 0.122", "999, 0.087", "1000, 0.087", "2999, 0.05", "3000, 0.05", "4999, 0.039",
      "5000, 0.039", "5999, 0.036", "6000, 0.036", "7000, 0.034", "8000, 0.032", "9000, 0.031",
      "10000, 0.03", "14999, 0.027", "15000, 0.027", "20000, 0.025", "49999, 0.022", "50000, 0.022",
      "59999, 0.02", "60000, 0.02", "250000, 0.02"})
  void matchesTableA4AtTheEndsOfEveryRow(int beneficiaries, double rate) {
    assertThat(MinimumSavingsRate.slidingScale(beneficiaries)).isCloseTo(rate, within(1e-15));
  }

  @Test
  void interpolatesOverThePrintedRowWidthAsCmsDoes() {
    // Table 3 [L] of the A1540 PY2022 report: 7,207 beneficiaries.
    assertThat(MinimumSavingsRate.slidingScale(7207)).isCloseTo(0.0335855855855856, within(1e-16));
    assertThat(MinimumSavingsRate.slidingScale(12500)).isCloseTo(0.03 - 2500.0 / 4999 * 0.003, within(1e-16));
    // Section 4.2.1 example of the methodology specification v11: 5,333 beneficiaries.
    assertThat(MinimumSavingsRate.slidingScale(5333)).isCloseTo(0.038, within(1e-15));
  }

  @Test
  void refusesSizesWithoutAPublishedRate() {
    assertThatThrownBy(() -> MinimumSavingsRate.slidingScale(499)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("assignedBeneficiaries must be at least 500 for the sliding-scale MSR (CMS publishes only "
            + "'>=12.2%' below 500), but was 499");
  }
}
