/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.logic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.acokit.measures.library.CumulativeMedicationDuration;
import org.acokit.measures.library.QiCoreCommon;
import org.acokit.measures.patient.CodedField;
import org.acokit.measures.patient.DateTimes;
import org.acokit.measures.patient.FactFlag;
import org.acokit.measures.patient.FactKind;
import org.acokit.measures.patient.FactTable;
import org.acokit.measures.patient.NumberField;
import org.acokit.measures.patient.PatientData;
import org.acokit.measures.patient.PatientDataBuilder;
import org.acokit.measures.patient.TimeField;
import org.acokit.measures.patient.TokenField;
import org.acokit.measures.terminology.CodeSystems;
import org.acokit.measures.terminology.ValueSets;
import org.junit.jupiter.api.Test;

/** Building blocks on hand-made patients with dates at day boundaries and offsets. */
class TimingTest {

  private static DateTimes.Value t(String text) {
    return DateTimes.parse(text);
  }

  private PatientRecord record(PatientData d, MeasurementPeriod mp) {
    return new PatientRecord(new MeasureContext(d, ValueSets.of(List.of()), mp), Evidence.NONE).moveTo(0);
  }

  private PatientData encounters(DateTimes.Value[][] periods) {
    PatientDataBuilder b = new PatientDataBuilder();
    int p = b.patient("p");
    b.birthDate(p, LocalDate.of(1960, 1, 1));
    for (int i = 0; i < periods.length; i++) {
      b.fact(FactKind.ENCOUNTER, p, "e" + i).period(periods[i][0], periods[i][1]);
    }
    return b.build();
  }

  @Test
  void duringAndOverlapsDayOfTheMeasurementPeriodAtItsBoundaries() {
    PatientData d = encounters(new DateTimes.Value[][] {
        {t("2025-01-01T00:00:00.000Z"), t("2025-01-01T00:30:00.000Z")},
        {t("2024-12-31T23:59:59.999Z"), t("2025-01-01T01:00:00.000Z")},
        {t("2025-12-31T23:00:00.000Z"), t("2025-12-31T23:59:59.999Z")},
        {t("2025-12-31T20:00:00.000-08:00"), t("2025-12-31T21:00:00.000-08:00")},
        {t("2025-06-01T10:00:00.000Z"), null},
        {null, t("2025-06-01T10:00:00.000Z")},
        {t("2025-03-01"), t("2025-03-01")}});
    MeasurementPeriod mp = MeasurementPeriod.calendarYear(2025);
    PatientRecord p = record(d, mp);
    FactTable e = d.table(FactKind.ENCOUNTER);
    boolean[] during = new boolean[7];
    boolean[] overlaps = new boolean[7];
    for (int r = 0; r < 7; r++) {
      during[r] = Timing.duringDayOfPeriod(p, e, r);
      overlaps[r] = Timing.overlapsDayOfPeriod(p, e, r);
    }
    // 3: -08:00 evening of Dec 31 is Jan 1 in the UTC evaluation offset
    assertThat(during).containsExactly(true, false, true, false, false, false, true);
    // 4: no end = ongoing (MAX): overlaps, not during; 5: no start = unknown: null, false
    assertThat(overlaps).containsExactly(true, true, true, false, true, false, true);
    assertThat(Timing.end(p, e, 4)).isEqualTo(Timing.MAX);
    assertThat(Timing.start(p, e, 5)).isEqualTo(Timing.UNKNOWN);
    assertThat(Timing.latest(p, e, 4)).as("latest() of an open period is its start").isEqualTo(Timing.start(p, e, 4));
    // in an evaluation offset of -08:00 the same encounter is on Dec 31
    PatientRecord pacific = record(d, MeasurementPeriod.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31),
        ZoneOffset.ofHours(-8)));
    assertThat(Timing.duringDayOfPeriod(pacific, e, 3)).isTrue();
    assertThat(Timing.duringDayOfPeriod(pacific, e, 6)).as("a plain date takes the evaluation offset").isTrue();
    assertThat(Timing.dateFrom(e, TimeField.START, 3)).as("date from: own offset")
        .isEqualTo(LocalDate.of(2025, 12, 31).toEpochDay());
  }

  @Test
  void daysOrLessOnOrBeforeAndAfterDay() {
    ZoneOffset utc = ZoneOffset.UTC;
    long y = t("2025-03-15T09:00:00.000Z").instant();
    assertThat(Timing.daysOrLessOnOrBefore(t("2025-03-01T23:59:59.999Z").instant(), y, 14, utc)).isTrue();
    assertThat(Timing.daysOrLessOnOrBefore(t("2025-02-28T23:59:59.999Z").instant(), y, 14, utc)).isFalse();
    assertThat(Timing.daysOrLessOnOrBefore(t("2025-03-15T23:00:00.000Z").instant(), y, 14, utc))
        .as("same day, later hour: on or before day of").isTrue();
    assertThat(Timing.daysOrLessOnOrBefore(t("2025-03-16T00:00:00.000Z").instant(), y, 14, utc)).isFalse();
    assertThat(Timing.daysOrLessOnOrAfter(t("2025-03-17T23:00:00.000Z").instant(), y, 2, utc)).isTrue();
    assertThat(Timing.daysOrLessOnOrAfter(t("2025-03-18T00:00:00.000Z").instant(), y, 2, utc)).isFalse();
    assertThat(Timing.daysOrLessOnOrBefore(Timing.UNKNOWN, y, 14, utc)).isFalse();
    assertThat(Timing.sameDay(t("2025-03-15T00:00:00.000Z").instant(), y, utc)).isTrue();
  }

  @Test
  void ageInYearsAtBirthdays() {
    PatientDataBuilder b = new PatientDataBuilder();
    b.birthDate(b.patient("p"), LocalDate.of(1959, 12, 31));
    b.patient("q");
    PatientData d = b.build();
    PatientRecord p = record(d, MeasurementPeriod.calendarYear(2025));
    assertThat(p.ageAtEnd()).isEqualTo(66);
    assertThat(p.ageAtStart()).isEqualTo(65);
    assertThat(p.ageInYearsAt(LocalDate.of(2025, 12, 30))).isEqualTo(65);
    p.moveTo(1);
    assertThatThrownBy(p::ageAtEnd).isInstanceOf(PatientFailure.class).hasMessageContaining("Patient/q")
        .hasMessageContaining("birthDate");
  }

  @Test
  void prevalenceIntervalFollowsQiCoreCommon() {
    PatientDataBuilder b = new PatientDataBuilder();
    int p = b.patient("p");
    // 0: active, no onset, no abatement: [MIN, MAX]
    b.fact(FactKind.CONDITION, p, "c0").code(CodedField.CLINICAL_STATUS, CodeSystems.CONDITION_CLINICAL, "active");
    // 1: resolved, onset 2020, no abatement: [2020, null) -> end unknown
    b.fact(FactKind.CONDITION, p, "c1").code(CodedField.CLINICAL_STATUS, CodeSystems.CONDITION_CLINICAL, "resolved")
        .at(t("2020-05-01T00:00:00.000Z"));
    // 2: resolved, abatement period ending 2025-01-01T00:00: [onset, 2024-12-31T23:59:59.999]
    b.fact(FactKind.CONDITION, p, "c2").code(CodedField.CLINICAL_STATUS, CodeSystems.CONDITION_CLINICAL, "resolved")
        .at(t("2020-05-01T00:00:00.000Z")).flag(FactFlag.ABATEMENT_IS_PERIOD)
        .time(TimeField.ABATEMENT_END, t("2025-01-01T00:00:00.000Z"));
    // 3: inactive, abatement date-time on the first day of the period
    b.fact(FactKind.CONDITION, p, "c3").code(CodedField.CLINICAL_STATUS, CodeSystems.CONDITION_CLINICAL, "inactive")
        .at(t("2020-05-01T00:00:00.000Z")).time(TimeField.ABATEMENT_START, t("2025-01-01T00:00:00.000Z"))
        .time(TimeField.ABATEMENT_END, t("2025-01-01T00:00:00.000Z"));
    PatientData d = b.build();
    MeasureContext ctx = new MeasureContext(d, ValueSets.of(List.of()), MeasurementPeriod.calendarYear(2025));
    QiCoreCommon q = QiCoreCommon.bind(ctx);
    PatientRecord r = new PatientRecord(ctx, Evidence.NONE).moveTo(0);
    FactTable c = d.table(FactKind.CONDITION);
    assertThat(q.prevalenceStart(r, c, 0)).isEqualTo(Timing.MIN);
    assertThat(q.prevalenceEnd(r, c, 0)).isEqualTo(Timing.MAX);
    assertThat(q.prevalenceOverlapsDayOfPeriod(r, c, 0)).isTrue();
    assertThat(q.prevalenceEnd(r, c, 1)).isEqualTo(Timing.UNKNOWN);
    assertThat(q.prevalenceOverlapsDayOfPeriod(r, c, 1)).isFalse();
    assertThat(q.prevalenceOverlapsDayOfPeriod(r, c, 2)).as("half-open abatement ends Dec 31").isFalse();
    assertThat(q.prevalenceOverlapsDayOfPeriod(r, c, 3)).isTrue();
    assertThat(q.prevalenceStartsOnOrBeforeDayOfEnd(r, c, 1)).isTrue();
  }

  @Test
  void medicationRequestPeriodFromSupplyOrBounds() {
    PatientDataBuilder b = new PatientDataBuilder();
    int p = b.patient("p");
    // 90 days' supply from authoredOn 2024-11-01: 2024-11-01 to 2025-01-29
    b.fact(FactKind.MEDICATION_REQUEST, p, "m0").time(TimeField.AUTHORED_ON, t("2024-11-01T08:00:00.000+00:00"))
        .number(NumberField.EXPECTED_SUPPLY_DAYS, 90).number(NumberField.DOSAGE_COUNT, 0);
    // quantity 60, dose 1, twice a day (frequency 2 per 1 d), 1 refill: 60 days from the bounds start
    b.fact(FactKind.MEDICATION_REQUEST, p, "m1").time(TimeField.BOUNDS_START, t("2025-06-01T08:00:00.000+00:00"))
        .number(NumberField.DOSAGE_COUNT, 1).number(NumberField.DOSE_AND_RATE_COUNT, 1).number(NumberField.DOSE, 1)
        .number(NumberField.FREQUENCY, 2).number(NumberField.PERIOD, 1).token(TokenField.PERIOD_UNIT, "d")
        .number(NumberField.QUANTITY, 60).number(NumberField.REPEATS_ALLOWED, 1);
    // no supply, no frequency: Count(timeOfDay) = 0 makes the supply null: the bounds' end
    b.fact(FactKind.MEDICATION_REQUEST, p, "m2").time(TimeField.BOUNDS_START, t("2025-12-31T08:00:00.000+00:00"))
        .time(TimeField.BOUNDS_END, t("2026-03-31T08:15:00.000+00:00")).number(NumberField.DOSAGE_COUNT, 1)
        .number(NumberField.DOSE_AND_RATE_COUNT, 0);
    b.fact(FactKind.MEDICATION_REQUEST, p, "m3").time(TimeField.AUTHORED_ON, t("2025-01-01"))
        .number(NumberField.DOSAGE_COUNT, 2);
    PatientData d = b.build();
    CumulativeMedicationDuration cmd = CumulativeMedicationDuration.bind(
        new MeasureContext(d, ValueSets.of(List.of()), MeasurementPeriod.calendarYear(2025)));
    FactTable m = d.table(FactKind.MEDICATION_REQUEST);
    assertThat(LocalDate.ofEpochDay(cmd.startDay(m, 0))).isEqualTo(LocalDate.of(2024, 11, 1));
    assertThat(LocalDate.ofEpochDay(cmd.endDay(m, 0))).isEqualTo(LocalDate.of(2025, 1, 29));
    assertThat(LocalDate.ofEpochDay(cmd.endDay(m, 1))).isEqualTo(LocalDate.of(2025, 7, 30));
    assertThat(LocalDate.ofEpochDay(cmd.endDay(m, 2))).isEqualTo(LocalDate.of(2026, 3, 31));
    long mpStart = LocalDate.of(2025, 1, 1).toEpochDay();
    assertThat(cmd.overlapsDays(m, 0, mpStart, mpStart + 364)).isTrue();
    assertThatThrownBy(() -> cmd.endDay(m, 3)).isInstanceOf(PatientFailure.class)
        .hasMessageContaining("MedicationRequest/m3").hasMessageContaining("dosageInstruction");
  }
}
