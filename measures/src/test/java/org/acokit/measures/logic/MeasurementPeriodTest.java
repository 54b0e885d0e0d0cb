/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.logic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** The measurement period's closed day interval and its instants in the evaluation offset. */
class MeasurementPeriodTest {

  @Test
  void aCalendarYearRunsFromTheFirstMillisecondOfJanuaryFirstToTheLastOfDecember31InUtc() {
    MeasurementPeriod mp = MeasurementPeriod.calendarYear(2025);
    assertThat(mp.firstDay()).isEqualTo(LocalDate.of(2025, 1, 1));
    assertThat(mp.lastDay()).isEqualTo(LocalDate.of(2025, 12, 31));
    assertThat(mp.offset()).isEqualTo(ZoneOffset.UTC);
    assertThat(mp.start()).isEqualTo(Instant.parse("2025-01-01T00:00:00Z").toEpochMilli());
    assertThat(mp.end()).isEqualTo(Instant.parse("2025-12-31T23:59:59.999Z").toEpochMilli());
    assertThat(mp.startDay()).isEqualTo(LocalDate.of(2025, 1, 1).toEpochDay());
    assertThat(mp.endDay()).isEqualTo(LocalDate.of(2025, 12, 31).toEpochDay());
    assertThat(mp.firstCivil()).isEqualTo(20250101);
    assertThat(mp.lastCivil()).isEqualTo(20251231);
    assertThat(mp).hasToString("Interval[2025-01-01T00:00:00.000, 2025-12-31T23:59:59.999] (offset Z)");
  }

  @Test
  void theInstantsOfAPeriodInAnOffsetAreItsLocalMidnights() {
    MeasurementPeriod mp = MeasurementPeriod.of(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 1),
        ZoneOffset.ofHours(-5));
    assertThat(mp.start()).as("a one-day period").isEqualTo(Instant.parse("2025-07-01T05:00:00Z").toEpochMilli());
    assertThat(mp.end()).isEqualTo(Instant.parse("2025-07-02T04:59:59.999Z").toEpochMilli());
    MeasurementPeriod east = MeasurementPeriod.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31),
        ZoneOffset.ofHoursMinutes(5, 30));
    assertThat(east.start()).isEqualTo(Instant.parse("2024-12-31T18:30:00Z").toEpochMilli());
    assertThat(east.end()).isEqualTo(Instant.parse("2025-03-31T18:29:59.999Z").toEpochMilli());
  }

  @Test
  void aPeriodEndingBeforeItStartsIsAnErrorNamingBothDays() {
    assertThatThrownBy(() -> MeasurementPeriod.of(LocalDate.of(2025, 1, 2), LocalDate.of(2025, 1, 1), ZoneOffset.UTC))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2025-01-02")
        .hasMessageContaining("ends 2025-01-01");
  }
}
