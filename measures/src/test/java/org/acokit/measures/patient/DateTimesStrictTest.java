/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** Every separator and field range of the FHIR date and dateTime forms, fractions and the meta word. */
class DateTimesStrictTest {

  @Test
  void aWrongSeparatorOrAnOutOfRangeFieldIsRejected() {
    for (String bad : new String[] {"2025/01/01", "2025-01/01", "2025-01-01 10:00:00Z", "2025-01-01T10-00:00Z",
        "2025-01-01T10:00-00Z", "2025-01-01T10:00:00+05-30", "2025-01-01T25:00:00Z", "2025-01-01T10:60:00Z",
        "2025-01-01T10:00:60Z", "2025-01-01T10:00:00.Z", "2025-01-01T10:00:00+05:300", "2025-01-0", "2025-0"}) {
      assertThatThrownBy(() -> DateTimes.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(bad);
    }
  }

  @Test
  void fractionsAndOffsetsAtTheirLimitsAreRead() {
    assertThat(DateTimes.parse("2025-01-01T10:00:00.5Z").instant())
        .isEqualTo(Instant.parse("2025-01-01T10:00:00.500Z").toEpochMilli());
    assertThat(DateTimes.parse("2025-01-01T10:00:00.12345Z").instant()).as("milliseconds kept, the rest dropped")
        .isEqualTo(Instant.parse("2025-01-01T10:00:00.123Z").toEpochMilli());
    DateTimes.Value east = DateTimes.parse("2025-01-01T23:59:59.999+14:00");
    assertThat(east.instant()).isEqualTo(Instant.parse("2025-01-01T09:59:59.999Z").toEpochMilli());
    assertThat(DateTimes.offsetMinutes(east.meta())).isEqualTo(840);
    assertThat(DateTimes.offsetMinutes(DateTimes.parse("2025-01-01T00:00:00-12:00").meta())).isEqualTo(-720);
    assertThat(DateTimes.parse("2025-01-01T24:00:00Z").instant()).as("24:00 is the next midnight")
        .isEqualTo(Instant.parse("2025-01-02T00:00:00Z").toEpochMilli());
    assertThat(DateTimes.precision(DateTimes.parse("2025-01-01T10:00Z").meta())).isEqualTo(DateTimes.MINUTE);
  }

  @Test
  void theMetaWordHoldsAPrecisionAndAnOptionalOffset() {
    short m = DateTimes.meta(DateTimes.MILLISECOND, ZoneOffset.ofHoursMinutes(5, 30));
    assertThat(DateTimes.precision(m)).isEqualTo(DateTimes.MILLISECOND);
    assertThat(DateTimes.hasOffset(m)).isTrue();
    assertThat(DateTimes.offsetMinutes(m)).isEqualTo(330);
    short y = DateTimes.meta(DateTimes.YEAR, null);
    assertThat(DateTimes.precision(y)).isEqualTo(DateTimes.YEAR);
    assertThat(DateTimes.hasOffset(y)).isFalse();
    assertThat(DateTimes.hasOffset(DateTimes.meta(DateTimes.DAY, ZoneOffset.UTC))).as("UTC is an offset").isTrue();
    assertThatThrownBy(() -> DateTimes.meta(7, null)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0 (year) to 6 (millisecond)").hasMessageContaining("7");
    assertThatThrownBy(() -> DateTimes.meta(-1, null)).isInstanceOf(IllegalArgumentException.class);
    long noon = Instant.parse("2025-06-30T22:00:00Z").toEpochMilli();
    assertThat(DateTimes.day(noon, DateTimes.meta(DateTimes.SECOND, ZoneOffset.UTC), ZoneOffset.ofHours(3)))
        .as("in +03:00 it is July 1").isEqualTo(java.time.LocalDate.of(2025, 7, 1).toEpochDay());
  }
}
