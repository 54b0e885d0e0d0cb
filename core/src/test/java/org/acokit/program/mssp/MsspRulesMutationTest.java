/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.program.mssp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/**
 * {@link MsspRules}, {@link MsspTrack} and {@link MsspResult} details that mutation testing (PIT)
 * left untested: the rules' accessors, the track offered check, the limits of sharing below the
 * minimum savings rate (42 CFR 425.605(d)(1)(i)(B)) and the result's pass-through values (issue 17).
 */
class MsspRulesMutationTest {

  private static final LocalDate JAN_2024 = LocalDate.of(2024, 1, 1);

  @Test
  void rulesKeepTheirYearTrackAndStart() {
    MsspRules rules = MsspRules.of(2024, MsspTrack.BASIC_A, JAN_2024);
    assertThat(rules.year().performanceYear()).isEqualTo(2024);
    assertThat(rules.track()).isEqualTo(MsspTrack.BASIC_A);
    assertThat(rules.agreementStart()).isEqualTo(JAN_2024);
    assertThatThrownBy(() -> MsspRules.of(2022, MsspTrack.TRACK_1, LocalDate.of(2019, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("track Track 1 is not offered in performance year 2022: it was offered in performance years 2012-2021");
  }

  @Test
  void belowMinimumSharingLimits() {
    MsspRules basic2024 = MsspRules.of(2024, MsspTrack.BASIC_A, JAN_2024);
    assertThat(basic2024.belowMinimumSharing(5000, true)).isTrue();
    assertThat(basic2024.belowMinimumSharing(4999, true)).isFalse();
    assertThat(basic2024.belowMinimumSharing(5000, false)).isFalse();
    assertThat(MsspRules.of(2024, MsspTrack.ENHANCED, JAN_2024).belowMinimumSharing(5000, true)).isFalse();
    assertThat(MsspRules.of(2024, MsspTrack.BASIC_A, LocalDate.of(2023, 12, 31)).belowMinimumSharing(5000, true))
        .isFalse();
    assertThat(MsspRules.of(2023, MsspTrack.BASIC_A, LocalDate.of(2023, 1, 1)).belowMinimumSharing(5000, true))
        .isFalse();
  }

  @Test
  void onlyBasicLevelsAreBasic() {
    assertThat(MsspTrack.BASIC_A.isBasic()).isTrue();
    assertThat(MsspTrack.BASIC_E.isBasic()).isTrue();
    assertThat(MsspTrack.ENHANCED.isBasic()).isFalse();
    assertThat(MsspTrack.TRACK_1.isBasic()).isFalse();
  }

  @Test
  void resultPassesThroughTheContractResult() {
    MsspResult s = MsspSettlement.settle(MsspSettlementTest.a1540());
    assertThat(s.sequestrationRate()).isEqualTo(0.02);
    assertThat(s.reducedSharingRate()).isFalse();
    assertThat(s.contractResult()).isNotNull();
    assertThat(s.contractResult().terms().sequestrationRate()).isEqualTo(0.02);
    assertThat(MsspSettlement.settle(MsspInput.builder().from(MsspSettlementTest.a1540()).performanceYear(2020)
        .agreementStart(LocalDate.of(2019, 7, 1)).build()).sequestrationRate()).isZero();
  }
}
