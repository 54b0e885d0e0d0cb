/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.equity;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.acokit.measures.definition.PatientMeasure;
import org.acokit.measures.ecqm.BreastCancerScreening;
import org.acokit.measures.ecqm.Cms122DiabetesGlycemicStatus;
import org.acokit.measures.ecqm.Cms165ControllingHighBloodPressure;
import org.acokit.measures.ecqm.Cms2DepressionScreening;
import org.acokit.measures.ecqm.ColorectalCancerScreening;
import org.acokit.measures.ecqm.DeckMeasure;
import org.acokit.measures.ecqm.StatinTherapy;
import org.acokit.measures.ecqm.TestDeck;
import org.acokit.measures.evaluation.MeasureEvaluator;
import org.acokit.measures.evaluation.PerformanceCounts;
import org.acokit.measures.evaluation.PopulationCounts;
import org.acokit.measures.fhir.FhirReader;
import org.acokit.measures.logic.MeasurementPeriod;
import org.acokit.measures.logic.PatientFailure;
import org.acokit.measures.patient.CodedField;
import org.acokit.measures.patient.DataSource;
import org.acokit.measures.patient.DateTimes;
import org.acokit.measures.patient.FactKind;
import org.acokit.measures.patient.TokenField;
import org.acokit.measures.patient.PatientData;
import org.acokit.measures.patient.PatientDataBuilder;
import org.acokit.measures.terminology.CodeSystems;
import org.acokit.measures.terminology.ValueSets;
import org.acokit.quality.Direction;

/**
 * A seeded synthetic population with planted disparities in the six built-in measures, by race,
 * ethnicity and preferred language.
 * <p>
 * Honest by construction: every synthetic patient is a copy of a real test-deck patient's
 * clinical record (the CMS test cases, read with acokit's FHIR reader) that the measures place
 * in a measure's performance denominator, in its numerator or not (a patient in no other
 * measure's denominator where the deck has such patients; otherwise its other memberships are
 * counted as they are, and enter the planted expectation as they are); the measures are
 * then evaluated on the copies like on any data. Demographics are drawn from a seeded generator;
 * each patient is assigned one measure and, within each (race, ethnicity, language, measure)
 * cell, exactly round(p x n) patients get a numerator template, where p is the planted rate: the measure's base rate shifted by the planted
 * gaps (Black or African American, Hispanic or Latino, Spanish-speaking: each a worse rate by a
 * fixed number of points; lower for a higher-is-better measure, higher for CMS122). So the
 * planted gap between two strata is known exactly and the engine must recover it.
 */
final class PlantedPopulation {

  static final MeasurementPeriod PERIOD = MeasurementPeriod.calendarYear(2025);
  static final String LANGUAGE_SYSTEM = "urn:ietf:bcp:47";
  static final String WHITE = "2106-3";
  static final String BLACK = "2054-5";
  static final String ASIAN = "2028-9";
  static final String AIAN = "1002-5";
  static final String HISPANIC = "2135-2";
  static final String NOT_HISPANIC = "2186-5";
  /** Planted gaps, percentage points worse: Black, Hispanic, Spanish-speaking. */
  static final double GAP_BLACK = 12;
  static final double GAP_HISPANIC = 8;
  static final double GAP_SPANISH = 6;

  final List<PatientMeasure> measures;
  final ValueSets valueSets;
  final PatientData data;
  /**
   * Per patient and measure: the planted expected numerator (the planted rate as a fraction for
   * the patient's own measure; the template's actual numerator for a measure it also falls in)
   * and the denominator the patient adds.
   */
  final double[][] expectedNumerator;
  final long[][] denominator;
  final String[] race;
  final String[] ethnicity;
  final String[] language;

  private PlantedPopulation(List<PatientMeasure> measures, ValueSets valueSets, PatientData data,
      double[][] expectedNumerator, long[][] denominator, String[] race, String[] ethnicity, String[] language) {
    this.measures = measures;
    this.valueSets = valueSets;
    this.data = data;
    this.expectedNumerator = expectedNumerator;
    this.denominator = denominator;
    this.race = race;
    this.ethnicity = ethnicity;
    this.language = language;
  }

  /** The base rate (percent) of each measure for the reference groups. */
  static double base(PatientMeasure m) {
    return m.direction() == Direction.LOWER_IS_BETTER ? 20 : 70;
  }

  static double plantedRate(PatientMeasure m, String race, String ethnicity, String language) {
    double worse = (BLACK.equals(race) ? GAP_BLACK : 0) + (HISPANIC.equals(ethnicity) ? GAP_HISPANIC : 0)
        + ("es".equals(language) ? GAP_SPANISH : 0);
    return m.direction() == Direction.LOWER_IS_BETTER ? base(m) + worse : base(m) - worse;
  }

  /**
   * Template patients per measure: [measure][0] in its numerator, [measure][1] in its denominator
   * only; a patient in exactly one measure's denominator is preferred (used when the measure has
   * such templates of both kinds). {@code counts[template][measure]} = {numerator, denominator}.
   */
  static List<List<List<Integer>>> templates(PatientData deck, ValueSets valueSets, List<PatientMeasure> measures,
      Map<Integer, long[][]> counts) {
    MeasureEvaluator ev = MeasureEvaluator.bind(deck, valueSets, PERIOD, measures);
    List<List<List<Integer>>> exclusive = new ArrayList<>();
    List<List<List<Integer>>> any = new ArrayList<>();
    for (int m = 0; m < measures.size(); m++) {
      exclusive.add(List.of(new ArrayList<>(), new ArrayList<>()));
      any.add(List.of(new ArrayList<>(), new ArrayList<>()));
    }
    for (int i = 0; i < deck.size(); i++) {
      PopulationCounts c;
      try {
        c = ev.evaluatePatient(i);
      } catch (PatientFailure e) {
        continue;
      }
      long[][] pc = new long[measures.size()][];
      int inDen = 0;
      for (int m = 0; m < measures.size(); m++) {
        PerformanceCounts x = c.performance(measures.get(m).identity().canonicalUrl());
        pc[m] = new long[] {x.numerator(), x.denominator()};
        inDen += x.denominator() > 0 ? 1 : 0;
      }
      counts.put(i, pc);
      for (int m = 0; m < measures.size(); m++) {
        if (pc[m][1] == 1) {
          any.get(m).get(pc[m][0] == 1 ? 0 : 1).add(i);
          if (inDen == 1) {
            exclusive.get(m).get(pc[m][0] == 1 ? 0 : 1).add(i);
          }
        }
      }
    }
    List<List<List<Integer>>> out = new ArrayList<>();
    for (int m = 0; m < measures.size(); m++) {
      boolean ok = !exclusive.get(m).get(0).isEmpty() && !exclusive.get(m).get(1).isEmpty();
      out.add(ok ? exclusive.get(m) : any.get(m));
    }
    return out;
  }

  /** The six built-in measures of the patient-level issue. */
  static List<PatientMeasure> sixMeasures() {
    return List.of(new Cms122DiabetesGlycemicStatus(), new Cms165ControllingHighBloodPressure(),
        new Cms2DepressionScreening(), new BreastCancerScreening(), new ColorectalCancerScreening(), new StatinTherapy());
  }

  static PlantedPopulation build(Path deckDir, int patients, long seed) {
    TestDeck deck = TestDeck.read(deckDir);
    List<PatientMeasure> measures = sixMeasures();
    // one folder at a time: test patients of different measures' decks may share ids
    PatientDataBuilder all = new PatientDataBuilder();
    int folder = 0;
    for (DeckMeasure dm : deck.measures()) {
      PatientData part = FhirReader.read(dm.testCases().stream().map(c -> c.resolve("patient-bundle.json")).toList())
          .values().get(0);
      for (int i = 0; i < part.size(); i++) {
        all.copyClinicalRecord(part, i, "deck" + folder + "-" + part.id(i));
      }
      folder++;
    }
    PatientData deckData = all.build();
    Map<Integer, long[][]> templateCounts = new HashMap<>();
    List<List<List<Integer>>> templates = templates(deckData, deck.valueSets(), measures, templateCounts);
    // CMS125's deck has no numerator case: its numerator patients are denominator patients
    // completed with a mammogram (Observation LOINC 24606-6, imaging, final) in the period
    boolean[] mammogram = new boolean[measures.size()];
    for (int m = 0; m < measures.size(); m++) {
      if (templates.get(m).get(0).isEmpty() && measures.get(m) instanceof BreastCancerScreening) {
        mammogram[m] = true;
        templates.set(m, List.of(templates.get(m).get(1), templates.get(m).get(1)));
      }
      if (templates.get(m).get(0).isEmpty() || templates.get(m).get(1).isEmpty()) {
        throw new IllegalStateException("no numerator or denominator-only template for "
            + measures.get(m).identity().ecqmId() + ": " + templates.get(m) + " of " + deckData.size() + " deck patients, "
            + templateCounts.size() + " evaluated without failure");
      }
    }
    SplittableRandom random = new SplittableRandom(seed);
    String[] race = new String[patients];
    String[] eth = new String[patients];
    String[] lang = new String[patients];
    int[] measureOf = new int[patients];
    Map<String, List<Integer>> cells = new HashMap<>();
    for (int i = 0; i < patients; i++) {
      race[i] = pick(random, new String[] {WHITE, BLACK, ASIAN, AIAN, "ASKU", null},
          new double[] {0.58, 0.22, 0.09, 0.02, 0.04, 0.05});
      eth[i] = pick(random, new String[] {NOT_HISPANIC, HISPANIC, "ASKU", null}, new double[] {0.78, 0.17, 0.02, 0.03});
      lang[i] = pick(random, new String[] {"en", "es", "zh", null},
          new double[] {HISPANIC.equals(eth[i]) ? 0.55 : 0.92, HISPANIC.equals(eth[i]) ? 0.43 : 0.02, 0.03, 0.03});
      measureOf[i] = i % measures.size();
      cells.computeIfAbsent(race[i] + "/" + eth[i] + "/" + lang[i] + "/" + measureOf[i], k -> new ArrayList<>()).add(i);
    }
    boolean[] numerator = new boolean[patients];
    double[] planted = new double[patients];
    for (List<Integer> cell : cells.values()) {
      int first = cell.get(0);
      double p = plantedRate(measures.get(measureOf[first]), race[first], eth[first], lang[first]);
      long k = Math.round(p / 100 * cell.size());
      for (int j = 0; j < cell.size(); j++) {
        numerator[cell.get(j)] = j < k;
        planted[cell.get(j)] = p;
      }
    }
    double[][] expectedNumerator = new double[patients][measures.size()];
    long[][] denominator = new long[patients][measures.size()];
    PatientDataBuilder b = new PatientDataBuilder();
    for (int i = 0; i < patients; i++) {
      List<Integer> pool = templates.get(measureOf[i]).get(numerator[i] ? 0 : 1);
      int template = pool.get(random.nextInt(pool.size()));
      long[][] tc = templateCounts.get(template);
      for (int m = 0; m < measures.size(); m++) {
        expectedNumerator[i][m] = m == measureOf[i] ? planted[i] / 100 : tc[m][0];
        denominator[i][m] = tc[m][1];
      }
      int q = b.copyClinicalRecord(deckData, template, "synthetic-" + i);
      if (numerator[i] && mammogram[measureOf[i]]) {
        b.fact(FactKind.OBSERVATION, q, "synthetic-mammogram-" + i).code(CodedField.CODE, CodeSystems.LOINC, "24606-6")
            .code(CodedField.CATEGORY, CodeSystems.OBSERVATION_CATEGORY, "imaging")
            .at(DateTimes.parse("2025-05-01T00:00:00.000Z")).token(TokenField.STATUS, "final");
      }
      if (race[i] == null) {
        b.race(q, EquityDimension.NULL_FLAVOR, "UNK");
      } else if (race[i].equals("ASKU")) {
        b.race(q, EquityDimension.NULL_FLAVOR, "ASKU");
      } else {
        b.race(q, CodeSystems.CDC_RACE_ETHNICITY, race[i]);
      }
      if (eth[i] != null) {
        b.ethnicity(q, eth[i].equals("ASKU") ? EquityDimension.NULL_FLAVOR : CodeSystems.CDC_RACE_ETHNICITY, eth[i]);
      }
      if (lang[i] != null) {
        b.language(q, LANGUAGE_SYSTEM, lang[i]);
      }
      double u = random.nextDouble();
      b.raceSource(q, u < 0.8 ? DataSource.DIRECT : u < 0.95 ? DataSource.INDIRECT : DataSource.UNKNOWN);
    }
    return new PlantedPopulation(measures, deck.valueSets(), b.build(), expectedNumerator, denominator, race, eth,
        lang);
  }

  private static String pick(SplittableRandom r, String[] values, double[] weights) {
    double u = r.nextDouble();
    double c = 0;
    for (int i = 0; i < values.length; i++) {
      c += weights[i];
      if (u < c) {
        return values[i];
      }
    }
    return values[values.length - 1];
  }
}
