/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.logic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.acokit.measures.patient.PatientData;
import org.acokit.measures.patient.PatientDataBuilder;
import org.acokit.measures.terminology.ValueSets;

/** The allocation-free age equals {@code java.time.Period.between(birth, date).getYears()}. */
class AgeProperties {

  @Property
  void ageEqualsPeriodBetween(@ForAll @IntRange(min = -80_000, max = 80_000) int birthDay,
      @ForAll @IntRange(min = 0, max = 60_000) int daysLater) {
    LocalDate birth = LocalDate.ofEpochDay(birthDay);
    LocalDate on = birth.plusDays(daysLater);
    PatientDataBuilder b = new PatientDataBuilder();
    b.birthDate(b.patient("p"), birth);
    PatientData d = b.build();
    PatientRecord p = new PatientRecord(new MeasureContext(d, ValueSets.of(java.util.List.of()),
        MeasurementPeriod.calendarYear(2025)), Evidence.NONE);
    p.moveTo(0);
    assertThat(p.ageInYearsAt(on)).isEqualTo(Period.between(birth, on).getYears());
  }
}
