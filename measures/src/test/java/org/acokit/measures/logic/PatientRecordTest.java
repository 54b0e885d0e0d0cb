/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.logic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.acokit.measures.patient.DateTimes;
import org.acokit.measures.patient.FactKind;
import org.acokit.measures.patient.FactTable;
import org.acokit.measures.patient.PatientData;
import org.acokit.measures.patient.PatientDataBuilder;
import org.acokit.measures.patient.TimeField;
import org.acokit.measures.terminology.ValueSets;
import org.junit.jupiter.api.Test;

/** First and last facts, ages in years, same-day tests and the definition cache under evidence. */
class PatientRecordTest {

  private static final MeasurementPeriod MP = MeasurementPeriod.calendarYear(2025);

  /** p: encounters on days 5, 9, 9 of March (rows 0-2); q: one encounter on March 1 (row 3); r: none. */
  private static PatientData data() {
    PatientDataBuilder b = new PatientDataBuilder();
    int p = b.patient("p");
    b.birthDate(p, LocalDate.of(1960, 2, 29));
    for (String day : new String[] {"05", "09", "09"}) {
      b.fact(FactKind.ENCOUNTER, p, "p-" + day).period(DateTimes.parse("2025-03-" + day + "T10:00:00Z"),
          DateTimes.parse("2025-03-" + day + "T11:00:00Z"));
    }
    int q = b.patient("q");
    b.fact(FactKind.ENCOUNTER, q, "q-01").period(DateTimes.parse("2025-03-01T10:00:00Z"),
        DateTimes.parse("2025-03-01T11:00:00Z"));
    b.patient("r");
    return b.build();
  }

  @Test
  void firstIsTheFirstQualifyingRowAndLastTheGreatestKeyLaterRowOnATie() {
    PatientData d = data();
    MeasureContext ctx = new MeasureContext(d, ValueSets.of(List.of()), MP);
    List<Integer> cited = new ArrayList<>();
    PatientRecord r = new PatientRecord(ctx, (kind, row) -> cited.add(row));
    RowKey start = (p, t, row) -> t.instant(TimeField.START, row);
    r.moveTo(0);
    assertThat(r.first(FactKind.ENCOUNTER, null, null)).isZero();
    assertThat(r.first(FactKind.ENCOUNTER, null, (p, t, row) -> t.resourceId(row).equals("p-09"))).isEqualTo(1);
    assertThat(r.last(FactKind.ENCOUNTER, null, null, start)).as("two on the 9th: the later row").isEqualTo(2);
    assertThat(r.last(FactKind.ENCOUNTER, null, null, (p, t, row) -> -t.instant(TimeField.START, row)))
        .as("greatest key").isZero();
    assertThat(r.last(FactKind.ENCOUNTER, null, (p, t, row) -> false, start)).isEqualTo(-1);
    assertThat(cited).containsExactly(0, 1, 2, 0);
    r.moveTo(1);
    assertThat(r.first(FactKind.ENCOUNTER, null, null)).as("the patient's own row").isEqualTo(3);
    assertThat(r.last(FactKind.ENCOUNTER, null, null, start)).isEqualTo(3);
    r.moveTo(2);
    assertThat(r.first(FactKind.ENCOUNTER, null, null)).isEqualTo(-1);
    assertThat(r.exists(FactKind.ENCOUNTER, null, null)).isFalse();
  }

  @Test
  void aDefinitionIsReEvaluatedAndCitesWhileEvidenceIsRecorded() {
    PatientData d = data();
    MeasureContext ctx = new MeasureContext(d, ValueSets.of(List.of()), MP);
    AtomicInteger calls = new AtomicInteger();
    Definition hasEncounter = ctx.define(p -> {
      calls.incrementAndGet();
      return p.exists(FactKind.ENCOUNTER, null, null);
    });
    PatientRecord r = new PatientRecord(ctx, Evidence.NONE).moveTo(0);
    assertThat(hasEncounter.test(r)).isTrue();
    assertThat(hasEncounter.test(r)).isTrue();
    assertThat(calls).as("cached in the batch path").hasValue(1);
    List<Integer> cited = new ArrayList<>();
    r.evidence((kind, row) -> cited.add(row));
    assertThat(r.evidence()).isNotSameAs(Evidence.NONE);
    assertThat(hasEncounter.test(r)).isTrue();
    assertThat(hasEncounter.test(r)).isTrue();
    assertThat(calls).as("never answered from the cache while explaining").hasValue(3);
    assertThat(cited).containsExactly(0, 0);
    r.moveTo(2);
    assertThat(hasEncounter.test(r)).as("patient without encounters").isFalse();
    r.evidence(Evidence.NONE);
    r.moveTo(0);
    assertThat(hasEncounter.test(r)).isTrue();
    r.evidence(Evidence.NONE);
    int before = calls.get();
    assertThat(hasEncounter.test(r)).isTrue();
    assertThat(calls.get()).as("switching the sink clears the cache").isEqualTo(before + 1);
    r.moveTo(2);
    assertThat(hasEncounter.test(r)).isFalse();
  }

  @Test
  void aLeapDayBirthdayAndSameDay() {
    PatientData d = data();
    PatientRecord r = new PatientRecord(new MeasureContext(d, ValueSets.of(List.of()), MP), Evidence.NONE).moveTo(0);
    assertThat(r.ageInYearsAt(LocalDate.of(2025, 2, 28))).isEqualTo(64);
    assertThat(r.ageInYearsAt(LocalDate.of(2025, 3, 1))).isEqualTo(65);
    FactTable e = d.table(FactKind.ENCOUNTER);
    long fifth = e.instant(TimeField.START, 0);
    long ninth = e.instant(TimeField.START, 1);
    assertThat(Timing.sameDay(ninth, e.instant(TimeField.END, 2), ZoneOffset.UTC)).isTrue();
    assertThat(Timing.sameDay(fifth, ninth, ZoneOffset.UTC)).isFalse();
    assertThat(Timing.sameDay(Timing.UNKNOWN, ninth, ZoneOffset.UTC)).isFalse();
    assertThat(Timing.earliest(r, e, 0)).isEqualTo(fifth);
  }
}
