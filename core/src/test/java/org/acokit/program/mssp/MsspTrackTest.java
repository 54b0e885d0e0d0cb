/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.program.mssp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * Tests {@link Track} against Table A5 of CMS's report and 42 CFR 425.604-610.
 */
class MsspTrackTest {

  @Test
  void tableA5MaximumSharingRatesAndCaps() {
    assertThat(MsspTrack.BASIC_A.maximumSharingRate()).isEqualTo(0.4);
    assertThat(MsspTrack.BASIC_B.maximumSharingRate()).isEqualTo(0.4);
    assertThat(MsspTrack.BASIC_C.maximumSharingRate()).isEqualTo(0.5);
    assertThat(MsspTrack.BASIC_E.maximumSharingRate()).isEqualTo(0.5);
    assertThat(MsspTrack.ENHANCED.maximumSharingRate()).isEqualTo(0.75);
    assertThat(MsspTrack.BASIC_D.performancePaymentLimitRate()).isEqualTo(0.10);
    assertThat(MsspTrack.ENHANCED.performancePaymentLimitRate()).isEqualTo(0.20);
    assertThat(MsspTrack.TRACK_1.maximumSharingRate()).isEqualTo(0.5);
    assertThat(MsspTrack.TRACK_2.maximumSharingRate()).isEqualTo(0.6);
    assertThat(MsspTrack.TRACK_2.performancePaymentLimitRate()).isEqualTo(0.15);
  }

  @Test
  void yearsOffered() {
    assertThat(MsspTrack.TRACK_1.isOfferedIn(2021)).isTrue();
    assertThat(MsspTrack.TRACK_1.isOfferedIn(2022)).isFalse();
    assertThat(MsspTrack.BASIC_E.isOfferedIn(2018)).isFalse();
    assertThat(MsspTrack.TRACK_1_PLUS.isOfferedIn(2017)).isFalse();
    assertThatThrownBy(() -> MsspTrack.TRACK_3.checkOfferedIn(2015)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("track Track 3 is not offered in performance year 2015: it was offered in performance years 2016-2021");
  }

  @Test
  void parsesLabelsAndNames() {
    assertThat(MsspTrack.parse("BASIC Level B")).isEqualTo(MsspTrack.BASIC_B);
    assertThat(MsspTrack.parse("enhanced")).isEqualTo(MsspTrack.ENHANCED);
    assertThat(MsspTrack.parse("TRACK_1_PLUS")).isEqualTo(MsspTrack.TRACK_1_PLUS);
    assertThatThrownBy(() -> MsspTrack.parse("Track 4")).hasMessageStartingWith("track 'Track 4' is unknown: expected one of Track 1");
  }

  @Test
  void sequestrationByPerformanceYear() {
    assertThat(MsspProgramYear.of(2018).sequestrationRate()).isEqualTo(0.02);
    assertThat(MsspProgramYear.of(2019).sequestrationRate()).isZero();
    assertThat(MsspProgramYear.of(2020).sequestrationRate()).isZero();
    assertThat(MsspProgramYear.of(2022).sequestrationRate()).isEqualTo(0.02);
    assertThatThrownBy(() -> MsspProgramYear.of(2027)).hasMessage("performanceYear must be between 2012 and 2026 inclusive, but was 2027");
  }

  @Test
  void lossSharingLimitRates() {
    assertThat(MsspTrack.BASIC_C.revenueLossLimitRate()).hasValue(0.02);
    assertThat(MsspTrack.BASIC_C.benchmarkLossLimitRate()).hasValue(0.01);
    assertThat(MsspTrack.BASIC_E.revenueLossLimitRate()).hasValue(0.08);
    assertThat(MsspTrack.BASIC_E.benchmarkLossLimitRate()).hasValue(0.04);
    assertThat(MsspTrack.ENHANCED.revenueLossLimitRate()).isEmpty();
    assertThat(MsspTrack.ENHANCED.benchmarkLossLimitRate()).hasValue(0.15);
    assertThat(MsspTrack.TRACK_2.benchmarkLossLimitRate()).isEmpty();
    assertThat(MsspTrack.BASIC_B.benchmarkLossLimitRate()).isEmpty();
  }
}
