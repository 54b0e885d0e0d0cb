/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.ecqm;

import static org.acokit.measures.definition.Population.DENOMINATOR;
import static org.acokit.measures.definition.Population.DENOMINATOR_EXCEPTION;
import static org.acokit.measures.definition.Population.DENOMINATOR_EXCLUSION;
import static org.acokit.measures.definition.Population.INITIAL_POPULATION;
import static org.acokit.measures.definition.Population.NUMERATOR;
import static org.assertj.core.api.Assertions.assertThat;

import org.acokit.measures.patient.CodedField;
import org.acokit.measures.patient.FactFlag;
import org.acokit.measures.patient.FactKind;
import org.acokit.measures.patient.FactWriter;
import org.acokit.measures.patient.PatientData;
import org.acokit.measures.patient.TimeField;
import org.acokit.measures.patient.TokenField;
import org.acokit.measures.terminology.CodeSystems;
import org.junit.jupiter.api.Test;

/**
 * CMS2 rules on hand-built patients: ages at the start of the period, the 14-day screening window by
 * day, status exactly final, bipolar history before the encounter by the millisecond, the follow-up
 * window of 2 days after the encounter, and a medication order marked do-not-perform.
 */
class Cms2DepressionScreeningTest {

  private static final String NEGATIVE = "428171000124102";
  private static final String POSITIVE = "428181000124104";
  private final Cms2DepressionScreening measure = new Cms2DepressionScreening();

  /** A patient with a telephone visit on 2025-06-21 08:00-08:15 UTC. */
  private static int visited(HandBuiltPatients h, String id, String birthDate) {
    int p = h.patient(id, birthDate);
    h.encounter(p, CodeSystems.SNOMED_CT, "185317003", "2025-06-21T08:00:00.000Z", "2025-06-21T08:15:00.000Z");
    return p;
  }

  private static FactWriter screening(HandBuiltPatients h, int p, String loinc, String effective, String result) {
    return h.fact(FactKind.OBSERVATION, p, CodeSystems.LOINC, loinc).at(HandBuiltPatients.t(effective))
        .token(TokenField.STATUS, "final").flag(FactFlag.HAS_VALUE).code(CodedField.VALUE, CodeSystems.SNOMED_CT, result);
  }

  private long[] counts(PatientData d, int p) {
    return HandBuiltPatients.counts(d, measure, p, INITIAL_POPULATION, DENOMINATOR, DENOMINATOR_EXCLUSION, NUMERATOR,
        DENOMINATOR_EXCEPTION);
  }

  @Test
  void agesAreAtTheStartOfThePeriodAndTheScreeningWindowIsCountedInDays() {
    HandBuiltPatients h = new HandBuiltPatients();
    int eleven = visited(h, "twelve-only-later-in-2025", "2013-01-02");
    screening(h, eleven, "73831-0", "2025-06-20T08:00:00.000Z", NEGATIVE);
    int adolescent = visited(h, "adolescent-14-days", "2010-05-01");
    screening(h, adolescent, "73831-0", "2025-06-07T00:00:00.000Z", NEGATIVE);
    int adolescentAdultTool = visited(h, "adolescent-adult-tool", "2010-05-01");
    screening(h, adolescentAdultTool, "73832-8", "2025-06-20T08:00:00.000Z", NEGATIVE);
    int seventeen = visited(h, "seventeen-adult-tool", "2007-06-01");
    screening(h, seventeen, "73832-8", "2025-06-21T23:00:00.000Z", NEGATIVE);
    int adult = visited(h, "adult-15-days", "1980-05-01");
    screening(h, adult, "73832-8", "2025-06-06T23:59:59.999Z", NEGATIVE);
    int amended = visited(h, "adult-amended", "1980-05-01");
    screening(h, amended, "73832-8", "2025-06-20T08:00:00.000Z", NEGATIVE).token(TokenField.STATUS, "amended");
    PatientData d = h.build();
    assertThat(counts(d, eleven)).as("11 on 2025-01-01").containsExactly(0, 0, 0, 0, 0);
    assertThat(counts(d, adolescent)).as("14 days before, by day").containsExactly(1, 1, 0, 1, 0);
    assertThat(counts(d, adolescentAdultTool)).as("12-16 use the adolescent tool").containsExactly(1, 1, 0, 0, 0);
    assertThat(counts(d, seventeen)).as("17 may use either; later the same day counts")
        .containsExactly(1, 1, 0, 1, 0);
    assertThat(counts(d, adult)).as("15 days before").containsExactly(1, 1, 0, 0, 0);
    assertThat(counts(d, amended)).as("status must be exactly final").containsExactly(1, 1, 0, 0, 0);
  }

  @Test
  void bipolarHistoryMustStartBeforeTheEncounterToTheMillisecond() {
    HandBuiltPatients h = new HandBuiltPatients();
    int before = visited(h, "one-ms-before", "1980-05-01");
    h.activeCondition(before, CodeSystems.ICD10_CM, "F30.10", "2025-06-21T07:59:59.999Z")
        .code(CodedField.CATEGORY, CodeSystems.CONDITION_CATEGORY, "problem-list-item");
    int same = visited(h, "same-instant", "1980-05-01");
    h.activeCondition(same, CodeSystems.ICD10_CM, "F30.10", "2025-06-21T08:00:00.000Z")
        .code(CodedField.CATEGORY, CodeSystems.CONDITION_CATEGORY, "problem-list-item");
    int encounterDiagnosis = visited(h, "encounter-diagnosis", "1980-05-01");
    h.activeCondition(encounterDiagnosis, CodeSystems.ICD10_CM, "F30.10", "2020-01-01T00:00:00.000Z")
        .code(CodedField.CATEGORY, CodeSystems.CONDITION_CATEGORY, "encounter-diagnosis");
    PatientData d = h.build();
    assertThat(counts(d, before)).containsExactly(1, 1, 1, 0, 0);
    assertThat(counts(d, same)).as("starts before is strict").containsExactly(1, 1, 0, 0, 0);
    assertThat(counts(d, encounterDiagnosis)).as("only problem-list items and health concerns")
        .containsExactly(1, 1, 0, 0, 0);
  }

  @Test
  void aPositiveScreeningNeedsAFollowUpWithinTwoDaysOfTheEncounterEnd() {
    HandBuiltPatients h = new HandBuiltPatients();
    String[] authored = {"2025-06-23T23:59:59.999Z", "2025-06-24T00:00:00.000Z", "2025-06-22T10:00:00.000Z"};
    int[] patients = new int[authored.length];
    for (int i = 0; i < authored.length; i++) {
      int p = visited(h, "follow-up-" + i, "1980-05-01");
      screening(h, p, "73832-8", "2025-06-15T08:00:00.000Z", POSITIVE);
      FactWriter med = h.fact(FactKind.MEDICATION_REQUEST, p, CodeSystems.RXNORM, "1000048")
          .token(TokenField.STATUS, "active").token(TokenField.INTENT, "order")
          .time(TimeField.AUTHORED_ON, HandBuiltPatients.t(authored[i]));
      if (i == 2) {
        med.flag(FactFlag.DO_NOT_PERFORM);
      }
      patients[i] = p;
    }
    PatientData d = h.build();
    assertThat(counts(d, patients[0])).as("2 days after the end, by day").containsExactly(1, 1, 0, 1, 0);
    assertThat(counts(d, patients[1])).as("3 days after").containsExactly(1, 1, 0, 0, 0);
    assertThat(counts(d, patients[2])).as("a medication not requested is no follow-up").containsExactly(1, 1, 0, 0, 0);
  }

  @Test
  void aDeclinedScreeningIsAnExceptionOnlyWithoutAScreeningOfThatKind() {
    HandBuiltPatients h = new HandBuiltPatients();
    int declined = visited(h, "declined", "1980-05-01");
    notDone(h, declined, "2025-06-21T08:15:00.000Z");
    int declinedButScreened = visited(h, "declined-but-screened", "1980-05-01");
    notDone(h, declinedButScreened, "2025-06-21T08:00:00.000Z");
    screening(h, declinedButScreened, "73832-8", "2025-06-20T08:00:00.000Z", POSITIVE);
    int issuedAfter = visited(h, "issued-after-the-encounter", "1980-05-01");
    notDone(h, issuedAfter, "2025-06-21T08:15:00.001Z");
    PatientData d = h.build();
    assertThat(counts(d, declined)).as("issued at the encounter's end").containsExactly(1, 1, 0, 0, 1);
    assertThat(counts(d, declinedButScreened)).containsExactly(1, 1, 0, 0, 0);
    assertThat(counts(d, issuedAfter)).as("issued during the encounter, by the millisecond")
        .containsExactly(1, 1, 0, 0, 0);
  }

  private static void notDone(HandBuiltPatients h, int p, String issued) {
    h.fact(FactKind.OBSERVATION, p, CodeSystems.LOINC, "73832-8").token(TokenField.STATUS, "cancelled")
        .flag(FactFlag.NOT_DONE).code(CodedField.REASON, CodeSystems.SNOMED_CT, "720834000")
        .time(TimeField.ISSUED, HandBuiltPatients.t(issued));
  }
}
