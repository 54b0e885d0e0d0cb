/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.ecqm;

import static org.acokit.measures.definition.Population.DENOMINATOR;
import static org.acokit.measures.definition.Population.DENOMINATOR_EXCLUSION;
import static org.acokit.measures.definition.Population.INITIAL_POPULATION;
import static org.acokit.measures.definition.Population.NUMERATOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.acokit.io.FailureCode;
import org.acokit.io.ValueWithFailures;
import org.acokit.measures.evaluation.PopulationCounts;
import org.acokit.measures.logic.PatientFailure;
import org.acokit.measures.patient.CodedField;
import org.acokit.measures.patient.FactFlag;
import org.acokit.measures.patient.FactKind;
import org.acokit.measures.patient.FactWriter;
import org.acokit.measures.patient.NumberField;
import org.acokit.measures.patient.PatientData;
import org.acokit.measures.patient.TimeField;
import org.acokit.measures.patient.TokenField;
import org.acokit.measures.terminology.CodeSystems;
import org.junit.jupiter.api.Test;

/**
 * CMS165 rules on hand-built patients: the half-open six-month hypertension window at millisecond
 * precision, readings outside inpatient or emergency encounters (CQL null propagation), the
 * same-day minima with nulls first, and dementia medications named through a reference.
 */
class Cms165ControllingHighBloodPressureTest {

  private static final String[] LOINC = {CodeSystems.LOINC};
  private final Cms165ControllingHighBloodPressure measure = new Cms165ControllingHighBloodPressure();

  private static int hypertensive(HandBuiltPatients h, String id, String birthDate, String onset) {
    int p = h.patient(id, birthDate);
    h.encounter(p, CodeSystems.CPT, "99202", "2025-03-01T09:00:00.000Z", "2025-03-01T09:30:00.000Z")
        .code(CodedField.CLASS, CodeSystems.ACT_CODE, "AMB");
    h.activeCondition(p, CodeSystems.ICD10_CM, "I10", onset);
    return p;
  }

  /** A blood pressure reading, optionally taken in a new encounter of the given class. */
  private static FactWriter reading(HandBuiltPatients h, int p, String effective, double systolic, double diastolic,
      String encounterClass) {
    FactWriter bp = h.fact(FactKind.OBSERVATION, p, CodeSystems.LOINC, "85354-9").at(HandBuiltPatients.t(effective))
        .token(TokenField.STATUS, "final");
    if (encounterClass != null) {
      h.fact(FactKind.ENCOUNTER, p, CodeSystems.SNOMED_CT, "4525004").period(HandBuiltPatients.t(effective),
          HandBuiltPatients.t(effective)).token(TokenField.STATUS, "finished")
          .code(CodedField.CLASS, CodeSystems.ACT_CODE, encounterClass);
      // the builder names facts itself: reference the encounter through its generated id
      bp.token(TokenField.ENCOUNTER_REFERENCE, h.lastId());
    }
    if (!Double.isNaN(systolic)) {
      bp.component(LOINC, new String[] {"8480-6"}, systolic, "mm[Hg]");
    }
    bp.component(LOINC, new String[] {"8462-4"}, diastolic, "mm[Hg]");
    return bp;
  }

  private long[] counts(PatientData d, int p) {
    return HandBuiltPatients.counts(d, measure, p, INITIAL_POPULATION, DENOMINATOR, DENOMINATOR_EXCLUSION, NUMERATOR);
  }

  @Test
  void hypertensionMustStartBeforeTheFirstJulyInstant() {
    HandBuiltPatients h = new HandBuiltPatients();
    int lastMillisecond = hypertensive(h, "june-30", "1960-01-01", "2025-06-30T23:59:59.999Z");
    int firstJuly = hypertensive(h, "july-1", "1960-01-01", "2025-07-01T00:00:00.000Z");
    int age85 = hypertensive(h, "age-85", "1940-12-31", "2020-01-01T00:00:00.000Z");
    int age86 = hypertensive(h, "age-86", "1939-12-31", "2020-01-01T00:00:00.000Z");
    PatientData d = h.build();
    assertThat(counts(d, lastMillisecond)).containsExactly(1, 1, 0, 0);
    assertThat(counts(d, firstJuly)).as("the window's high bound is open").containsExactly(0, 0, 0, 0);
    assertThat(counts(d, age85)).containsExactly(1, 1, 0, 0);
    assertThat(counts(d, age86)).containsExactly(0, 0, 0, 0);
  }

  @Test
  void readingsCountOnlyInAnEncounterOfAKnownNonInpatientClass() {
    HandBuiltPatients h = new HandBuiltPatients();
    String onset = "2020-01-01T00:00:00.000Z";
    int ambulatory = hypertensive(h, "ambulatory", "1960-01-01", onset);
    reading(h, ambulatory, "2025-09-01T10:00:00.000Z", 130, 80, "AMB");
    reading(h, ambulatory, "2025-10-01T10:00:00.000Z", 150, 95, "EMER");
    int noEncounter = hypertensive(h, "no-encounter", "1960-01-01", onset);
    reading(h, noEncounter, "2025-09-01T10:00:00.000Z", 130, 80, "AMB");
    reading(h, noEncounter, "2025-10-01T10:00:00.000Z", 150, 95, null);
    int inpatientOnly = hypertensive(h, "inpatient-only", "1960-01-01", onset);
    reading(h, inpatientOnly, "2025-09-01T10:00:00.000Z", 130, 80, "IMP");
    PatientData d = h.build();
    assertThat(counts(d, ambulatory)).as("the later emergency-department reading is dropped").containsExactly(1, 1, 0, 1);
    assertThat(counts(d, noEncounter)).as("a reading without encounter is dropped (null)").containsExactly(1, 1, 0, 1);
    assertThat(counts(d, inpatientOnly)).containsExactly(1, 1, 0, 0);
  }

  @Test
  void sameDayMinimaAreTakenSeparatelyWithNullsFirst() {
    HandBuiltPatients h = new HandBuiltPatients();
    String onset = "2020-01-01T00:00:00.000Z";
    int split = hypertensive(h, "split", "1960-01-01", onset);
    reading(h, split, "2025-09-01T08:00:00.000Z", 139, 95, "AMB");
    reading(h, split, "2025-09-01T18:00:00.000Z", 150, 89, "AMB");
    int boundary = hypertensive(h, "boundary", "1960-01-01", onset);
    reading(h, boundary, "2025-09-01T08:00:00.000Z", 140, 80, "AMB");
    int missingSystolic = hypertensive(h, "missing-systolic", "1960-01-01", onset);
    reading(h, missingSystolic, "2025-09-01T08:00:00.000Z", 120, 70, "AMB");
    reading(h, missingSystolic, "2025-09-01T18:00:00.000Z", Double.NaN, 70, "AMB");
    PatientData d = h.build();
    assertThat(counts(d, split)).as("139 from one reading, 89 from the other").containsExactly(1, 1, 0, 1);
    assertThat(counts(d, boundary)).as("140 is not below 140").containsExactly(1, 1, 0, 0);
    assertThat(counts(d, missingSystolic)).as("a same-day reading without systolic makes the minimum null")
        .containsExactly(1, 1, 0, 0);
  }

  @Test
  void dementiaMedicationsNamedThroughAReferenceDoNotCount() {
    HandBuiltPatients h = new HandBuiltPatients();
    int[] patients = new int[2];
    for (int i = 0; i < 2; i++) {
      int p = hypertensive(h, i == 0 ? "coded" : "by-reference", "1955-06-01", "2020-01-01T00:00:00.000Z");
      h.fact(FactKind.DEVICE_REQUEST, p, CodeSystems.SNOMED_CT, "183240000").token(TokenField.STATUS, "completed")
          .token(TokenField.INTENT, "order").time(TimeField.AUTHORED_ON,
              HandBuiltPatients.t("2025-11-01T10:00:00.000Z"));
      FactWriter med = h.fact(FactKind.MEDICATION_REQUEST, p, CodeSystems.RXNORM, "312836")
          .token(TokenField.STATUS, "active").token(TokenField.INTENT, "order")
          .time(TimeField.AUTHORED_ON, HandBuiltPatients.t("2025-06-01T10:00:00.000Z"))
          .number(NumberField.EXPECTED_SUPPLY_DAYS, 90);
      if (i == 1) {
        med.flag(FactFlag.MEDICATION_REFERENCE);
      }
      patients[i] = p;
    }
    PatientData d = h.build();
    assertThat(counts(d, patients[0])).as("70 with frailty and dementia medications").containsExactly(1, 1, 1, 0);
    assertThat(counts(d, patients[1])).as("AdvancedIllnessandFrailty's retrieve does not resolve references")
        .containsExactly(1, 1, 0, 0);
  }

  @Test
  void twoSystolicComponentsInOneReadingAreAPatientFailure() {
    HandBuiltPatients h = new HandBuiltPatients();
    int p = hypertensive(h, "two-systolic", "1960-01-01", "2020-01-01T00:00:00.000Z");
    reading(h, p, "2025-09-01T08:00:00.000Z", 120, 70, "AMB").component(LOINC, new String[] {"8480-6"}, 125, "mm[Hg]");
    PatientData d = h.build();
    assertThatThrownBy(() -> counts(d, p)).isInstanceOf(PatientFailure.class).hasMessageContaining("Observation/")
        .hasMessageContaining("8480-6");
  }

  /** A reading in an ambulatory encounter with both components in the given unit (null: no code or unit). */
  private static String readingIn(HandBuiltPatients h, int p, String effective, double systolic, double diastolic,
      String unit) {
    FactWriter bp = h.fact(FactKind.OBSERVATION, p, CodeSystems.LOINC, "85354-9").at(HandBuiltPatients.t(effective))
        .token(TokenField.STATUS, "final");
    String observation = h.lastId();
    h.fact(FactKind.ENCOUNTER, p, CodeSystems.SNOMED_CT, "4525004").period(HandBuiltPatients.t(effective),
        HandBuiltPatients.t(effective)).token(TokenField.STATUS, "finished")
        .code(CodedField.CLASS, CodeSystems.ACT_CODE, "AMB");
    bp.token(TokenField.ENCOUNTER_REFERENCE, h.lastId());
    bp.component(LOINC, new String[] {"8480-6"}, systolic, unit);
    bp.component(LOINC, new String[] {"8462-4"}, diastolic, unit);
    return observation;
  }

  @Test
  void readingsInMmHgStillCountAndKilopascalsConvertExactlyWithUcumsFactor() {
    HandBuiltPatients h = new HandBuiltPatients();
    String onset = "2020-01-01T00:00:00.000Z";
    int mmHg = hypertensive(h, "mm-hg", "1960-01-01", onset);
    reading(h, mmHg, "2025-09-01T08:00:00.000Z", 139, 89, "AMB");
    int justBelow = hypertensive(h, "kpa-just-below", "1960-01-01", onset);
    readingIn(h, justBelow, "2025-09-01T08:00:00.000Z", 18.665, 11.9, "kPa"); // 18 665 Pa < 18 665.08 Pa
    int justAbove = hypertensive(h, "kpa-just-above", "1960-01-01", onset);
    readingIn(h, justAbove, "2025-09-01T08:00:00.000Z", 18.6651, 11.9, "kPa");
    int pascals = hypertensive(h, "pascals", "1960-01-01", onset);
    readingIn(h, pascals, "2025-09-01T08:00:00.000Z", 17000, 11998.97, "Pa"); // 90 mm[Hg] = 11 998.98 Pa
    int mixed = hypertensive(h, "mixed-same-day", "1960-01-01", onset);
    readingIn(h, mixed, "2025-09-01T08:00:00.000Z", 18.7, 11.0, "kPa"); // 140.26 and 82.5 mm[Hg]
    reading(h, mixed, "2025-09-01T18:00:00.000Z", 139, 95, "AMB");
    PatientData d = h.build();
    assertThat(counts(d, mmHg)).containsExactly(1, 1, 0, 1);
    assertThat(counts(d, justBelow)).as("18.665 kPa is below 140 mm[Hg]").containsExactly(1, 1, 0, 1);
    assertThat(counts(d, justAbove)).as("18.6651 kPa is above 140 mm[Hg]").containsExactly(1, 1, 0, 0);
    assertThat(counts(d, pascals)).containsExactly(1, 1, 0, 1);
    assertThat(counts(d, mixed)).as("139 mm[Hg] and 11.0 kPa are the day's minima").containsExactly(1, 1, 0, 1);
  }

  @Test
  void aComponentInAUnitThatCannotConvertFailsThePatientOnlyOnTheMostRecentDay() {
    HandBuiltPatients h = new HandBuiltPatients();
    String onset = "2020-01-01T00:00:00.000Z";
    int printSymbol = hypertensive(h, "print-symbol", "1960-01-01", onset);
    String id = readingIn(h, printSymbol, "2025-09-01T08:00:00.000Z", 130, 80, "mmHg");
    int noUnit = hypertensive(h, "no-unit", "1960-01-01", onset);
    readingIn(h, noUnit, "2025-09-01T08:00:00.000Z", 130, 80, null);
    int beside = hypertensive(h, "beside-a-null", "1960-01-01", onset);
    reading(h, beside, "2025-09-01T08:00:00.000Z", Double.NaN, 70, "AMB");
    readingIn(h, beside, "2025-09-01T18:00:00.000Z", 130, 80, "mmHg");
    int earlier = hypertensive(h, "earlier-day", "1960-01-01", onset);
    readingIn(h, earlier, "2025-08-01T08:00:00.000Z", 130, 80, "mmHg");
    reading(h, earlier, "2025-09-01T08:00:00.000Z", 130, 80, "AMB");
    int good = hypertensive(h, "good", "1960-01-01", onset);
    reading(h, good, "2025-09-01T08:00:00.000Z", 130, 80, "AMB");
    PatientData d = h.build();
    assertThatThrownBy(() -> counts(d, printSymbol)).isInstanceOfSatisfying(PatientFailure.class, f -> {
      assertThat(f.code()).isEqualTo(FailureCode.INVALID_VALUE);
      assertThat(f.path()).isEqualTo("Observation.component.valueQuantity.code");
      assertThat(f.getMessage()).contains("Observation/" + id, "component[0]", "'mmHg'", "130.0",
          "140 'mm[Hg]'", "[mm[Hg], kPa, Pa]");
    });
    assertThatThrownBy(() -> counts(d, noUnit)).isInstanceOf(PatientFailure.class)
        .hasMessageContaining("'1'").hasMessageContaining("no unit is UCUM '1'");
    assertThatThrownBy(() -> counts(d, beside)).as("the sort orders every same-day quantity")
        .isInstanceOf(PatientFailure.class).hasMessageContaining("'mmHg'");
    assertThat(counts(d, earlier)).as("an earlier day's reading is never compared").containsExactly(1, 1, 0, 1);
    ValueWithFailures<PopulationCounts> all = HandBuiltPatients.evaluate(d, measure);
    assertThat(all.failures()).hasSize(3);
    assertThat(all.values().get(0).count(Cms165ControllingHighBloodPressure.URL, 0, NUMERATOR))
        .as("the earlier-day and good patients are kept").isEqualTo(2);
  }
  @Test
  void anEarlierDaysReadingListedAfterTheMostRecentDayIsNeverCompared() {
    HandBuiltPatients h = new HandBuiltPatients();
    String onset = "2020-01-01T00:00:00.000Z";
    int later = hypertensive(h, "recent-day-first", "1960-01-01", onset);
    reading(h, later, "2025-09-01T08:00:00.000Z", 130, 80, "AMB");
    readingIn(h, later, "2025-08-01T08:00:00.000Z", 130, 80, "mmHg");
    reading(h, later, "2025-09-01T18:00:00.000Z", 150, 70, "AMB");
    int laterLow = hypertensive(h, "recent-day-high", "1960-01-01", onset);
    reading(h, laterLow, "2025-08-01T08:00:00.000Z", 120, 70, "AMB");
    reading(h, laterLow, "2025-09-01T08:00:00.000Z", 150, 95, "AMB");
    reading(h, laterLow, "2025-09-01T18:00:00.000Z", 145, 85, "AMB");
    PatientData d = h.build();
    assertThat(counts(d, later)).as("the inconvertible earlier-day unit is skipped, 130/70 are the day's minima")
        .containsExactly(1, 1, 0, 1);
    assertThat(counts(d, laterLow)).as("only the most recent day's minima 145/85 count, not the earlier 120/70")
        .containsExactly(1, 1, 0, 0);
  }
}
