/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.logic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.acokit.measures.library.Status;
import org.acokit.measures.patient.PatientData;
import org.acokit.measures.patient.PatientDataBuilder;
import org.acokit.measures.terminology.CodeSystems;
import org.acokit.measures.terminology.ValueSets;
import org.junit.jupiter.api.Test;

/** Libraries bound once per context, their defines cached per patient, and the one-pass code masks. */
class SharedBindingTest {

  private static PatientData twoPatients() {
    PatientDataBuilder b = new PatientDataBuilder();
    int p = b.patient("p");
    b.birthDate(p, LocalDate.of(1960, 1, 1));
    b.race(p, CodeSystems.CDC_RACE_ETHNICITY, "2106-3").race(p, CodeSystems.CDC_RACE_ETHNICITY, "2028-9");
    b.ethnicity(p, CodeSystems.CDC_RACE_ETHNICITY, "2186-5");
    int q = b.patient("q");
    b.birthDate(q, LocalDate.of(1990, 6, 30));
    b.race(q, CodeSystems.CDC_RACE_ETHNICITY, "2028-9");
    return b.build();
  }

  @Test
  void aLibraryIsBoundOncePerContext() {
    PatientData d = twoPatients();
    MeasureContext ctx = new MeasureContext(d, ValueSets.of(List.of()), MeasurementPeriod.calendarYear(2025));
    AtomicInteger binds = new AtomicInteger();
    Object first = ctx.library(StringBuilder.class, c -> {
      binds.incrementAndGet();
      return new StringBuilder("bound");
    });
    Object second = ctx.library(StringBuilder.class, c -> {
      binds.incrementAndGet();
      return new StringBuilder("again");
    });
    assertThat(second).isSameAs(first);
    assertThat(binds).hasValue(1);
    assertThat(Status.bind(ctx)).isSameAs(Status.bind(ctx));
    MeasureContext other = new MeasureContext(d, ValueSets.of(List.of()), MeasurementPeriod.calendarYear(2025));
    assertThat(Status.bind(other)).isNotSameAs(Status.bind(ctx));
  }

  @Test
  void aDefinitionIsEvaluatedOncePerPatient() {
    PatientData d = twoPatients();
    MeasureContext ctx = new MeasureContext(d, ValueSets.of(List.of()), MeasurementPeriod.calendarYear(2025));
    AtomicInteger calls = new AtomicInteger();
    Definition older = ctx.define(p -> {
      calls.incrementAndGet();
      return p.ageAtEnd() >= 60;
    });
    PatientRecord r = new PatientRecord(ctx, Evidence.NONE);
    r.moveTo(0);
    assertThat(older.test(r)).isTrue();
    assertThat(older.test(r)).isTrue();
    assertThat(calls).hasValue(1);
    r.moveTo(1);
    assertThat(older.test(r)).isFalse();
    assertThat(calls).hasValue(2);
    assertThat(r.ageAtEnd()).isEqualTo(35); // birthday June 30: 35 on December 31, 34 on January 1
    assertThat(r.ageAtStart()).isEqualTo(34);
  }

  @Test
  void codeMasks() {
    PatientData d = twoPatients();
    int white = d.codes().id(CodeSystems.CDC_RACE_ETHNICITY, "2106-3");
    int asian = d.codes().id(CodeSystems.CDC_RACE_ETHNICITY, "2028-9");
    int notHispanic = d.codes().id(CodeSystems.CDC_RACE_ETHNICITY, "2186-5");
    assertThat(d.raceMask(0, new int[] {-1, asian, white})).isEqualTo(0b110);
    assertThat(d.raceMask(1, new int[] {-1, asian, white})).isEqualTo(0b010);
    assertThat(d.ethnicityMask(0, new int[] {notHispanic})).isEqualTo(1);
    assertThat(d.ethnicityMask(1, new int[] {notHispanic})).isZero();
  }
}
