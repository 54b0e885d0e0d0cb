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
import org.acokit.measures.patient.NumberField;
import org.acokit.measures.patient.PatientData;
import org.acokit.measures.patient.TokenField;
import org.acokit.measures.terminology.CodeSystems;
import org.junit.jupiter.api.Test;

/**
 * CMS122's numerator rules the deck does not exercise, on hand-built patients: the lowest quantity
 * of the most recent day, nulls first, strictly greater than 9 %.
 */
class Cms122DiabetesGlycemicStatusTest {

  private final Cms122DiabetesGlycemicStatus measure = new Cms122DiabetesGlycemicStatus();

  /** A diabetic 55-year-old with an office visit in 2025, in the denominator. */
  private static int diabetic(HandBuiltPatients h, String id) {
    int p = h.patient(id, "1970-03-01");
    h.encounter(p, CodeSystems.CPT, "99202", "2025-03-01T09:00:00.000Z", "2025-03-01T09:30:00.000Z");
    h.activeCondition(p, CodeSystems.ICD10_CM, "E10.10", "2020-01-01T00:00:00.000Z");
    return p;
  }

  private static void hba1c(HandBuiltPatients h, int p, String effective, double percent) {
    h.quantity(p, "4548-4", effective, percent, "%")
        .code(CodedField.CATEGORY, CodeSystems.OBSERVATION_CATEGORY, "laboratory");
  }

  private long[] counts(PatientData d, int p) {
    return HandBuiltPatients.counts(d, measure, p, INITIAL_POPULATION, DENOMINATOR, DENOMINATOR_EXCLUSION, NUMERATOR);
  }

  @Test
  void theLowestReadingOfTheMostRecentDayDecidesAndNineIsNotAboveNine() {
    HandBuiltPatients h = new HandBuiltPatients();
    int twoSameDay = diabetic(h, "two-same-day");
    hba1c(h, twoSameDay, "2025-10-01T08:00:00.000Z", 9.5);
    hba1c(h, twoSameDay, "2025-10-01T17:00:00.000Z", 8.0);
    int olderHigh = diabetic(h, "older-high-recent-low");
    hba1c(h, olderHigh, "2025-05-01T08:00:00.000Z", 12.0);
    hba1c(h, olderHigh, "2025-11-01T08:00:00.000Z", 7.0);
    int recentHigh = diabetic(h, "older-low-recent-high");
    hba1c(h, recentHigh, "2025-05-01T08:00:00.000Z", 7.0);
    hba1c(h, recentHigh, "2025-11-01T08:00:00.000Z", 9.1);
    int nine = diabetic(h, "exactly-nine");
    hba1c(h, nine, "2025-11-01T08:00:00.000Z", 9.0);
    int lastYear = diabetic(h, "only-before-the-period");
    hba1c(h, lastYear, "2024-12-31T23:59:59.999Z", 6.0);
    PatientData d = h.build();
    assertThat(counts(d, twoSameDay)).containsExactly(1, 1, 0, 0);
    assertThat(counts(d, olderHigh)).containsExactly(1, 1, 0, 0);
    assertThat(counts(d, recentHigh)).containsExactly(1, 1, 0, 1);
    assertThat(counts(d, nine)).as("strictly greater than 9 %").containsExactly(1, 1, 0, 0);
    assertThat(counts(d, lastYear)).as("no assessment in the period: no record").containsExactly(1, 1, 0, 1);
  }

  @Test
  void aSameDayReadingWithoutQuantitySortsFirst() {
    HandBuiltPatients h = new HandBuiltPatients();
    int noValue = diabetic(h, "high-and-no-value");
    hba1c(h, noValue, "2025-10-01T08:00:00.000Z", 10.0);
    h.fact(FactKind.OBSERVATION, noValue, CodeSystems.LOINC, "4548-4").at(HandBuiltPatients.t("2025-10-01T09:00:00.000Z"))
        .token(TokenField.STATUS, "final").code(CodedField.CATEGORY, CodeSystems.OBSERVATION_CATEGORY, "laboratory");
    int concept = diabetic(h, "high-and-a-concept");
    hba1c(h, concept, "2025-10-01T08:00:00.000Z", 10.0);
    h.fact(FactKind.OBSERVATION, concept, CodeSystems.LOINC, "97506-0").at(HandBuiltPatients.t("2025-10-01T09:00:00.000Z"))
        .token(TokenField.STATUS, "amended").code(CodedField.CATEGORY, CodeSystems.OBSERVATION_CATEGORY, "laboratory")
        .flag(FactFlag.HAS_VALUE).code(CodedField.VALUE, CodeSystems.SNOMED_CT, "373066001");
    int notLab = diabetic(h, "high-and-a-survey");
    hba1c(h, notLab, "2025-10-01T08:00:00.000Z", 10.0);
    h.fact(FactKind.OBSERVATION, notLab, CodeSystems.LOINC, "4548-4").at(HandBuiltPatients.t("2025-10-01T09:00:00.000Z"))
        .token(TokenField.STATUS, "final").code(CodedField.CATEGORY, CodeSystems.OBSERVATION_CATEGORY, "survey");
    PatientData d = h.build();
    assertThat(counts(d, noValue)).as("the lowest has no value: without result").containsExactly(1, 1, 0, 1);
    assertThat(counts(d, concept)).as("the lowest is a concept: neither null nor above 9 %")
        .containsExactly(1, 1, 0, 0);
    assertThat(counts(d, notLab)).as("not a laboratory test: only the 10 % counts").containsExactly(1, 1, 0, 1);
  }

  private static String hba1c(HandBuiltPatients h, int p, String effective, double value, String unit) {
    h.quantity(p, "4548-4", effective, value, unit)
        .code(CodedField.CATEGORY, CodeSystems.OBSERVATION_CATEGORY, "laboratory");
    return h.lastId();
  }

  @Test
  void anIfccResultInMmolPerMolOnTheMostRecentDayFailsThePatientNamingTheUnitAndTheOthersAreKept() {
    HandBuiltPatients h = new HandBuiltPatients();
    int ifcc = diabetic(h, "ifcc");
    String id = hba1c(h, ifcc, "2025-10-01T08:00:00.000Z", 75, "mmol/mol");
    int good = diabetic(h, "good");
    hba1c(h, good, "2025-10-01T08:00:00.000Z", 9.5, "%");
    PatientData d = h.build();
    assertThatThrownBy(() -> counts(d, ifcc)).isInstanceOfSatisfying(PatientFailure.class, f -> {
      assertThat(f.code()).isEqualTo(FailureCode.INVALID_VALUE);
      assertThat(f.path()).isEqualTo("Observation.valueQuantity.code");
      assertThat(f.getMessage()).contains("Observation/" + id, "'mmol/mol'", "75.0", "[%, 1]", "9 '%'",
          "master equation");
    });
    ValueWithFailures<PopulationCounts> all = HandBuiltPatients.evaluate(d, measure);
    assertThat(all.failures()).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(FailureCode.INVALID_VALUE);
      assertThat(f.message()).contains("'mmol/mol'");
    });
    assertThat(all.values().get(0).count(Cms122DiabetesGlycemicStatus.URL, 0, NUMERATOR))
        .as("the good patient (9.5 %) is kept and counted").isEqualTo(1);
  }

  @Test
  void unitsAreCheckedOnlyWhereTheCqlComparesThem() {
    HandBuiltPatients h = new HandBuiltPatients();
    int earlier = diabetic(h, "ifcc-on-an-earlier-day");
    hba1c(h, earlier, "2025-05-01T08:00:00.000Z", 86, "mmol/mol");
    hba1c(h, earlier, "2025-10-01T08:00:00.000Z", 7.0, "%");
    int sameDayWithNull = diabetic(h, "ifcc-beside-a-null");
    hba1c(h, sameDayWithNull, "2025-10-01T08:00:00.000Z", 75, "mmol/mol");
    h.fact(FactKind.OBSERVATION, sameDayWithNull, CodeSystems.LOINC, "4548-4")
        .at(HandBuiltPatients.t("2025-10-01T09:00:00.000Z")).token(TokenField.STATUS, "final")
        .code(CodedField.CATEGORY, CodeSystems.OBSERVATION_CATEGORY, "laboratory");
    int excluded = diabetic(h, "ifcc-but-in-hospice");
    hba1c(h, excluded, "2025-10-01T08:00:00.000Z", 75, "mmol/mol");
    h.fact(FactKind.ENCOUNTER, excluded, CodeSystems.SNOMED_CT, "183919006")
        .period(HandBuiltPatients.t("2025-06-01T09:00:00.000Z"), HandBuiltPatients.t("2025-06-01T10:00:00.000Z"))
        .token(TokenField.STATUS, "finished");
    PatientData d = h.build();
    assertThat(counts(d, earlier)).as("only the most recent day is compared").containsExactly(1, 1, 0, 0);
    assertThatThrownBy(() -> counts(d, sameDayWithNull)).as("the sort orders every same-day quantity")
        .isInstanceOf(PatientFailure.class).hasMessageContaining("'mmol/mol'");
    assertThat(counts(d, excluded)).as("an excluded patient's numerator is not evaluated")
        .containsExactly(1, 1, 1, 0);
  }

  @Test
  void aFractionInUcumUnityConvertsExactlyToPercent() {
    HandBuiltPatients h = new HandBuiltPatients();
    int above = diabetic(h, "fraction-above");
    hba1c(h, above, "2025-10-01T08:00:00.000Z", 0.0901, "1");
    int nine = diabetic(h, "fraction-nine");
    hba1c(h, nine, "2025-10-01T08:00:00.000Z", 0.09, "1");
    int mixed = diabetic(h, "mixed-units-same-day");
    hba1c(h, mixed, "2025-10-01T08:00:00.000Z", 9.2, "%");
    hba1c(h, mixed, "2025-10-01T09:00:00.000Z", 0.091, "1");
    PatientData d = h.build();
    assertThat(counts(d, above)).as("0.0901 is 9.01 %").containsExactly(1, 1, 0, 1);
    assertThat(counts(d, nine)).as("0.09 is exactly 9 %, not above").containsExactly(1, 1, 0, 0);
    assertThat(counts(d, mixed)).as("0.091 (9.1 %) is the lowest and above 9 %").containsExactly(1, 1, 0, 1);
  }

  @Test
  void aQuantityWithoutUnitIsUcumOneAndAComparatorIsAPatientFailure() {
    HandBuiltPatients h = new HandBuiltPatients();
    int noUnit = diabetic(h, "no-unit");
    h.fact(FactKind.OBSERVATION, noUnit, CodeSystems.LOINC, "4548-4").at(HandBuiltPatients.t("2025-10-01T08:00:00.000Z"))
        .token(TokenField.STATUS, "final").code(CodedField.CATEGORY, CodeSystems.OBSERVATION_CATEGORY, "laboratory")
        .flag(FactFlag.HAS_VALUE).flag(FactFlag.VALUE_IS_QUANTITY).number(NumberField.VALUE, 0.085);
    int comparator = diabetic(h, "comparator");
    h.quantity(comparator, "4548-4", "2025-10-01T08:00:00.000Z", 14, "%").token(TokenField.VALUE_COMPARATOR, ">")
        .code(CodedField.CATEGORY, CodeSystems.OBSERVATION_CATEGORY, "laboratory");
    PatientData d = h.build();
    assertThat(counts(d, noUnit)).as("0.085 '1' is 8.5 %").containsExactly(1, 1, 0, 0);
    assertThatThrownBy(() -> counts(d, comparator)).isInstanceOfSatisfying(PatientFailure.class,
        f -> assertThat(f.path()).isEqualTo("Observation.valueQuantity.comparator"));
  }
}
