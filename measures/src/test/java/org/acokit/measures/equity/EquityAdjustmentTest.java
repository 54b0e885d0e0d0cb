/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.equity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import org.acokit.quality.app.HealthEquityAdjustment;
import org.junit.jupiter.api.Test;

/** The one equity-adjustment pattern and its three CMS presets. */
class EquityAdjustmentTest {

  @Property
  void msspPresetEqualsCoresHealthEquityAdjustment(@ForAll @Size(max = 8) List<Third> thirds,
      @ForAll @DoubleRange(min = 0, max = 1) double share) {
    List<Integer> values = new ArrayList<>();
    thirds.forEach(t -> values.add((int) EquityAdjustment.MSSP_HEA_PY2023_2024.points(t)));
    double core = HealthEquityAdjustment.builder().performerValues(values).underservedMultiplier(share).build().bonus();
    assertThat(EquityAdjustment.MSSP_HEA_PY2023_2024.bonus(thirds, share, 0)).isCloseTo(core, within(1e-12));
  }

  @Test
  void msspRegulationExamples() {
    List<Third> six = List.of(Third.TOP, Third.TOP, Third.TOP, Third.TOP, Third.TOP, Third.TOP);
    assertThat(EquityAdjustment.MSSP_HEA_PY2023_2024.bonus(six, 0.35, 0)).isCloseTo(8.4, within(1e-12));
    assertThat(EquityAdjustment.MSSP_HEA_PY2023_2024.bonus(six, 0.50, 0)).isEqualTo(10);
    assertThat(EquityAdjustment.MSSP_HEA_PY2023_2024.bonus(six, 0.18, 0)).isZero();
  }

  @Test
  void hospitalVbpSumsFourDomainsAndCapsAtTen() {
    List<Third> domains = List.of(Third.TOP, Third.TOP, Third.MIDDLE, Third.BOTTOM);
    assertThat(EquityAdjustment.HOSPITAL_VBP_FY2026.scaler(domains)).isEqualTo(10);
    assertThat(EquityAdjustment.HOSPITAL_VBP_FY2026.bonus(domains, 0.5, 0)).isEqualTo(5);
    assertThat(EquityAdjustment.HOSPITAL_VBP_FY2026.bonus(List.of(Third.TOP, Third.TOP, Third.TOP, Third.TOP), 1, 0))
        .isEqualTo(10);
  }

  @Test
  void maHeiAveragesPlusOneZeroMinusOneAndTiersByTheMedianShare() {
    List<Third> measures = List.of(Third.TOP, Third.TOP, Third.MIDDLE, Third.BOTTOM, Third.NOT_SCORED);
    assertThat(EquityAdjustment.MA_HEI_2027.scaler(measures)).isCloseTo(0.25, within(1e-12));
    assertThat(EquityAdjustment.MA_HEI_2027.bonus(measures, 0.40, 0.30)).isCloseTo(0.1, within(1e-12));
    assertThat(EquityAdjustment.MA_HEI_2027.bonus(measures, 0.20, 0.30)).isCloseTo(0.05, within(1e-12));
    assertThat(EquityAdjustment.MA_HEI_2027.bonus(measures, 0.10, 0.30)).isZero();
    assertThat(EquityAdjustment.MA_HEI_2027.bonus(List.of(Third.BOTTOM), 0.9, 0.3)).isZero();
  }
}
