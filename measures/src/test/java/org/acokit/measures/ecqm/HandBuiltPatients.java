/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.ecqm;

import java.time.LocalDate;
import java.util.List;

import org.acokit.io.ValueWithFailures;
import org.acokit.measures.definition.PatientMeasure;
import org.acokit.measures.definition.Population;
import org.acokit.measures.evaluation.MeasureEvaluator;
import org.acokit.measures.evaluation.PopulationCounts;
import org.acokit.measures.logic.MeasurementPeriod;
import org.acokit.measures.patient.CodedField;
import org.acokit.measures.patient.DateTimes;
import org.acokit.measures.patient.FactFlag;
import org.acokit.measures.patient.FactKind;
import org.acokit.measures.patient.FactWriter;
import org.acokit.measures.patient.NumberField;
import org.acokit.measures.patient.PatientData;
import org.acokit.measures.patient.PatientDataBuilder;
import org.acokit.measures.patient.TokenField;
import org.acokit.measures.terminology.CodeSystems;
import org.acokit.measures.terminology.ValueSets;
import org.acokit.testing.SharedData;

/**
 * Hand-built test patients for the built-in measures' focused tests: a thin layer over
 * {@link PatientDataBuilder}, evaluated with the deck's value sets over 2025.
 */
final class HandBuiltPatients {

  private static ValueSets valueSets;

  private final PatientDataBuilder builder = new PatientDataBuilder();
  private int facts;
  private String lastId;

  static DateTimes.Value t(String text) {
    return DateTimes.parse(text);
  }

  int patient(String id, String birthDate) {
    int p = builder.patient(id);
    builder.birthDate(p, LocalDate.parse(birthDate));
    return p;
  }

  FactWriter fact(FactKind kind, int patient, String system, String code) {
    lastId = kind.resourceType().toLowerCase() + "-" + facts++;
    return builder.fact(kind, patient, lastId).code(CodedField.CODE, system, code);
  }

  /** The resource id of the last fact made. */
  String lastId() {
    return lastId;
  }

  FactWriter encounter(int patient, String system, String code, String start, String end) {
    return fact(FactKind.ENCOUNTER, patient, system, code).period(t(start), t(end)).token(TokenField.STATUS, "finished");
  }

  FactWriter activeCondition(int patient, String system, String code, String onset) {
    return fact(FactKind.CONDITION, patient, system, code).at(t(onset))
        .code(CodedField.CLINICAL_STATUS, CodeSystems.CONDITION_CLINICAL, "active");
  }

  /** An Observation with a {@code valueQuantity}. */
  FactWriter quantity(int patient, String loinc, String effective, double value, String unit) {
    return fact(FactKind.OBSERVATION, patient, CodeSystems.LOINC, loinc).at(t(effective))
        .token(TokenField.STATUS, "final").flag(FactFlag.HAS_VALUE).flag(FactFlag.VALUE_IS_QUANTITY)
        .number(NumberField.VALUE, value)
        .token(TokenField.VALUE_UNIT, unit);
  }

  PatientData build() {
    return builder.build();
  }

  private static synchronized ValueSets valueSets() {
    if (valueSets == null) {
      valueSets = ValueSets.read(SharedData.subfolder("ecqm-test-decks").resolve("valuesets"));
    }
    return valueSets;
  }

  /** Every patient evaluated as one batch: the counts of the good ones and a failure per bad one. */
  static ValueWithFailures<PopulationCounts> evaluate(PatientData data, PatientMeasure measure) {
    return MeasureEvaluator.bind(data, valueSets(), MeasurementPeriod.calendarYear(2025), List.of(measure)).evaluate();
  }

  /** The patient's counts, in the order of the populations asked for. */
  static long[] counts(PatientData data, PatientMeasure measure, int patient, Population... populations) {
    PopulationCounts c = MeasureEvaluator.bind(data, valueSets(), MeasurementPeriod.calendarYear(2025),
        List.of(measure)).evaluatePatient(patient);
    long[] out = new long[populations.length];
    for (int i = 0; i < populations.length; i++) {
      out[i] = c.count(measure.identity().canonicalUrl(), 0, populations[i]);
    }
    return out;
  }
}
