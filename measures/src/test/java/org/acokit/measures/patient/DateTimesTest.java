/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class DateTimesTest {

  @Test
  void offsetsAreKeptAndDaysComputedInTheEvaluationOrOwnOffset() {
    DateTimes.Value v = DateTimes.parse("2025-12-31T20:00:00.000-08:00");
    assertThat(v.instant()).isEqualTo(Instant.parse("2026-01-01T04:00:00Z").toEpochMilli());
    assertThat(DateTimes.offsetMinutes(v.meta())).isEqualTo(-480);
    assertThat(DateTimes.precision(v.meta())).isEqualTo(DateTimes.MILLISECOND);
    assertThat(DateTimes.day(v.instant(), v.meta(), ZoneOffset.UTC)).isEqualTo(LocalDate.of(2026, 1, 1).toEpochDay());
    assertThat(DateTimes.ownDay(v.instant(), v.meta())).isEqualTo(LocalDate.of(2025, 12, 31).toEpochDay());
    assertThat(DateTimes.format(v.instant(), v.meta())).isEqualTo("2025-12-31T20:00:00.000-08:00");
  }

  @Test
  void plainDatesHaveNoOffsetAndTakeTheEvaluationOne() {
    DateTimes.Value v = DateTimes.parse("1960-05-01");
    assertThat(DateTimes.hasOffset(v.meta())).isFalse();
    assertThat(DateTimes.precision(v.meta())).isEqualTo(DateTimes.DAY);
    assertThat(DateTimes.day(v.instant(), v.meta(), ZoneOffset.ofHours(-8)))
        .isEqualTo(LocalDate.of(1960, 5, 1).toEpochDay());
    assertThat(DateTimes.utc(v.instant(), v.meta(), ZoneOffset.ofHours(-8)))
        .isEqualTo(Instant.parse("1960-05-01T08:00:00Z").toEpochMilli());
    assertThat(DateTimes.precision(DateTimes.parse("2025").meta())).isEqualTo(DateTimes.YEAR);
    assertThat(DateTimes.precision(DateTimes.parse("2025-03").meta())).isEqualTo(DateTimes.MONTH);
    assertThat(DateTimes.precision(DateTimes.parse("2025-03-01T10:00:00Z").meta())).isEqualTo(DateTimes.SECOND);
  }

  @Test
  void badTextIsRejectedNamingTheValueAndTheForms() {
    for (String bad : new String[] {"2025-13-01", "2025-1-01", "20250101", "2025-01-01T10:00:00+25:00",
        "2025-01-01T10:00:00.000X", "yesterday", "2025-02-30"}) {
      assertThatThrownBy(() -> DateTimes.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(bad).hasMessageContaining("YYYY-MM-DD");
    }
  }

  @Property
  void formatParsesBack(@ForAll @LongRange(min = -2_000_000_000_000L, max = 4_000_000_000_000L) long millis,
      @ForAll @IntRange(min = -14 * 4, max = 14 * 4) int quarterHours) {
    ZoneOffset off = ZoneOffset.ofTotalSeconds(quarterHours * 15 * 60);
    String full = Instant.ofEpochMilli(millis).atOffset(off)
        .format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSxxx"));
    DateTimes.Value v = DateTimes.parse(full);
    assertThat(v.instant()).isEqualTo(millis);
    assertThat(DateTimes.format(v.instant(), v.meta())).isEqualTo(full);
  }
}
