/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.ecqm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.acokit.io.ValueWithFailures;
import org.acokit.measures.definition.PatientMeasure;
import org.acokit.measures.definition.Population;
import org.acokit.measures.evaluation.MeasureEvaluator;
import org.acokit.measures.evaluation.PopulationCounts;
import org.acokit.measures.fhir.FhirReader;
import org.acokit.measures.logic.MeasurementPeriod;
import org.acokit.measures.patient.PatientData;
import org.acokit.measures.terminology.ValueSets;
import org.acokit.testing.SharedData;

/**
 * Small FHIR bundles written by hand, one per patient, read by the FHIR reader and evaluated with
 * the deck's value sets over calendar year 2025.
 */
final class HandBuiltBundles {

  private final Path dir;
  private final List<Path> bundles = new ArrayList<>();

  HandBuiltBundles(Path dir) {
    this.dir = dir;
  }

  /** Adds a patient: its id, birth date, gender and resources (JSON, {@code $P} = the patient reference). */
  HandBuiltBundles patient(String id, String birthDate, String gender, String... resources) {
    StringBuilder b = new StringBuilder("{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[");
    b.append("{\"resource\":{\"resourceType\":\"Patient\",\"id\":\"").append(id).append('"');
    if (birthDate != null) {
      b.append(",\"birthDate\":\"").append(birthDate).append('"');
    }
    b.append(",\"gender\":\"").append(gender).append("\"}}");
    for (String r : resources) {
      b.append(",{\"resource\":").append(r.replace("$P", "Patient/" + id)).append('}');
    }
    Path f = dir.resolve("patient-" + bundles.size() + ".json");
    try {
      Files.writeString(f, b.append("]}").toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    bundles.add(f);
    return this;
  }

  /** Evaluates every patient: the counts of the good ones and the failures of the others. */
  Evaluation evaluate(PatientMeasure measure) {
    ValueWithFailures<PatientData> read = FhirReader.read(bundles);
    assertThat(read.failures()).as("hand-built bundles read").isEmpty();
    PatientData data = read.values().get(0);
    ValueSets valueSets = ValueSets.read(SharedData.subfolder("ecqm-test-decks").resolve("valuesets"));
    return new Evaluation(measure, data,
        MeasureEvaluator.bind(data, valueSets, MeasurementPeriod.calendarYear(2025), List.of(measure)));
  }

  record Evaluation(PatientMeasure measure, PatientData data, MeasureEvaluator evaluator) {

    /** The patient's counts per group as strings like {@code "IP DEN DENEX NUM DENEXCEP"} of 0/1. */
    String counts(String patientId) {
      int i = index(patientId);
      PopulationCounts c = evaluator.evaluatePatient(i);
      String url = measure.identity().canonicalUrl();
      StringBuilder b = new StringBuilder();
      for (int g = 0; g < c.groups(url); g++) {
        b.append(g == 0 ? "" : " | ");
        String sep = "";
        for (Population pop : List.of(Population.INITIAL_POPULATION, Population.DENOMINATOR,
            Population.DENOMINATOR_EXCLUSION, Population.NUMERATOR, Population.DENOMINATOR_EXCEPTION)) {
          if (c.declares(url, g, pop)) {
            b.append(sep).append(c.count(url, g, pop));
            sep = " ";
          }
        }
      }
      return b.toString();
    }

    int index(String patientId) {
      for (int i = 0; i < data.size(); i++) {
        if (data.id(i).equals(patientId)) {
          return i;
        }
      }
      throw new IllegalArgumentException("no patient " + patientId);
    }
  }
}
