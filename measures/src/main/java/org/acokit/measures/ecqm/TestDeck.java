/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.ecqm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import org.acokit.io.Failure;
import org.acokit.io.FailureCode;
import org.acokit.io.FailureException;
import org.acokit.io.AcoJson;
import org.acokit.io.ValueWithFailures;
import org.acokit.measures.definition.PatientMeasure;
import org.acokit.measures.definition.PatientMeasures;
import org.acokit.measures.definition.Population;
import org.acokit.measures.evaluation.MeasureEvaluator;
import org.acokit.measures.evaluation.PatientExplanation;
import org.acokit.measures.evaluation.PopulationCounts;
import org.acokit.measures.fhir.FhirReader;
import org.acokit.measures.logic.MeasurementPeriod;
import org.acokit.measures.logic.PatientFailure;
import org.acokit.measures.patient.PatientData;
import org.acokit.measures.terminology.ValueSets;

/**
 * An eCQM test deck laid out like {@code ecqm-test-decks} (see its README): {@code valuesets/}
 * with FHIR ValueSets, and {@code measures/<folder>/Measure.json} with
 * {@code test-cases/<id>/patient-bundle.json} and {@code expected-measure-report.json}; run
 * against registered measure definitions and compared with the expected counts.
 * <p>
 * A deck measure is evaluated by the {@link PatientMeasure} whose canonical URL is the Measure's
 * {@code url}; a measure no definition is registered for is skipped (listed by
 * {@link #run(PatientMeasures)} as having 0 test cases matched). The test patients of one measure
 * are read into one dataset and evaluated from their clinical data only; folder names serve only
 * to name the output rows (the row's test case is the folder the patient's bundle was read from).
 * Expected reports match groups by position. The measurement period is the calendar year of the
 * Measure's {@code effectivePeriod} start (UTC). Example:
 * {@code TestDeck.read(dir).run(PatientMeasures.load()).writeCsv(out)}. Immutable and
 * thread-safe.
 */
public final class TestDeck {

  private final Path dir;
  private final ValueSets valueSets;
  private final ImmutableList<DeckMeasure> measures;
  private final ImmutableMap<String, MeasurementPeriod> periods;

  private TestDeck(Path dir, ValueSets valueSets, List<DeckMeasure> measures, Map<String, MeasurementPeriod> periods) {
    this.dir = dir;
    this.valueSets = valueSets;
    this.measures = ImmutableList.copyOf(measures);
    this.periods = ImmutableMap.copyOf(periods);
  }

  /**
   * Reads a deck's layout, Measures and value sets (the bundles are read when run).
   *
   * @param dir the deck folder
   * @return the deck
   * @throws FailureException (an {@link IllegalArgumentException}) naming the file and field if a
   *     value set is bad, or a Measure.json is not JSON, has no url or no readable
   *     {@code effectivePeriod.start} (the measurement period is never guessed)
   * @throws UncheckedIOException if a file cannot be read
   */
  public static TestDeck read(Path dir) {
    ValueSets valueSets = ValueSets.read(dir.resolve("valuesets"));
    List<DeckMeasure> measures = new ArrayList<>();
    Map<String, MeasurementPeriod> periods = new HashMap<>();
    try (Stream<Path> folders = Files.list(dir.resolve("measures"))) {
      for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
        Path measureFile = folder.resolve("Measure.json");
        JsonNode measure = AcoJson.readTree(measureFile, "FHIR Measure");
        String url = measure.path("url").asText("");
        if (url.isBlank()) {
          throw new FailureException(Failure.of(FailureCode.MISSING_VALUE, "Measure.url", null, measureFile
              + ": field url must be the Measure's canonical URL, but is missing"));
        }
        List<List<String>> groups = new ArrayList<>();
        for (JsonNode g : measure.path("group")) {
          List<String> codes = new ArrayList<>();
          for (JsonNode p : g.path("population")) {
            codes.add(p.path("code").path("coding").path(0).path("code").asText());
          }
          groups.add(List.copyOf(codes));
        }
        List<Path> cases;
        try (Stream<Path> s = Files.list(folder.resolve("test-cases"))) {
          cases = s.filter(Files::isDirectory).sorted().toList();
        }
        periods.put(url, MeasurementPeriod.calendarYear(year(measure, measureFile)));
        measures.add(new DeckMeasure(folder.getFileName().toString(), url, List.copyOf(groups), cases));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the test deck " + dir, e);
    }
    return new TestDeck(dir, valueSets, measures, periods);
  }

  /** The calendar year of a Measure's effectivePeriod.start, never guessed. */
  private static int year(JsonNode measure, Path file) {
    JsonNode start = measure.path("effectivePeriod").path("start");
    if (!start.isTextual()) {
      throw new FailureException(Failure.of(FailureCode.MISSING_VALUE, "Measure.effectivePeriod.start",
          start.isMissingNode() ? null : start.toString(), file + ": Measure.effectivePeriod.start must be the"
              + " measurement period's first day (such as 2025-01-01), but is " + (start.isMissingNode() ? "missing"
              : start)));
    }
    String text = start.asText();
    try {
      return java.time.LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text).getYear();
    } catch (java.time.format.DateTimeParseException e) {
      throw new FailureException(Failure.of(FailureCode.UNPARSEABLE, "Measure.effectivePeriod.start", text, file
          + ": Measure.effectivePeriod.start is '" + text + "', not a date such as 2025-01-01"));
    }
  }

  /**
   * The deck's folder.
   *
   * @return the folder
   */
  public Path dir() {
    return dir;
  }

  /**
   * The deck's value sets.
   *
   * @return the registry
   */
  public ValueSets valueSets() {
    return valueSets;
  }

  /**
   * The deck's measures, by folder name.
   *
   * @return the measures
   */
  public ImmutableList<DeckMeasure> measures() {
    return measures;
  }

  /**
   * Runs every deck measure that has a registered definition.
   *
   * @param registry the definitions
   * @return the run
   */
  public DeckRun run(PatientMeasures registry) {
    return run(registry, measures.stream().map(DeckMeasure::folder).toList());
  }

  /**
   * Runs the named deck measures.
   *
   * @param registry the definitions
   * @param folders the measure folder names to run
   * @return the run
   * @throws IllegalArgumentException if a folder is not a measure of the deck
   */
  public DeckRun run(PatientMeasures registry, List<String> folders) {
    List<DeckRow> rows = new ArrayList<>();
    List<DeckMismatch> mismatches = new ArrayList<>();
    Map<String, Integer> matched = new LinkedHashMap<>();
    Map<String, Integer> total = new LinkedHashMap<>();
    for (String folder : folders) {
      DeckMeasure m = measures.stream().filter(x -> x.folder().equals(folder)).findFirst()
          .orElseThrow(() -> new IllegalArgumentException("measure folder must be one of "
              + measures.stream().map(DeckMeasure::folder).toList() + ", but was " + folder));
      total.put(m.folder(), m.testCases().size());
      matched.put(m.folder(), 0);
      registry.find(m.url()).ifPresent(def -> runMeasure(m, def, rows, mismatches, matched));
    }
    return new DeckRun(ImmutableList.copyOf(rows), ImmutableList.copyOf(mismatches), ImmutableMap.copyOf(matched),
        ImmutableMap.copyOf(total));
  }

  private void runMeasure(DeckMeasure m, PatientMeasure def, List<DeckRow> rows, List<DeckMismatch> mismatches,
      Map<String, Integer> matched) {
    List<Path> bundles = m.testCases().stream().map(c -> c.resolve("patient-bundle.json")).toList();
    ValueWithFailures<PatientData> read = FhirReader.read(bundles);
    PatientData data = read.values().get(0);
    Map<String, String> readFailures = new HashMap<>();
    for (Failure f : read.failures()) {
      String source = f.source().orElse("");
      readFailures.merge(Path.of(source).getParent() == null ? source
          : Path.of(source).getParent().getFileName().toString(), f.toString(), (a, b) -> a + "; " + b);
    }
    Map<String, Integer> patientOfCase = new HashMap<>();
    for (int p = 0; p < data.size(); p++) {
      Path source = Path.of(data.source(p));
      patientOfCase.put(source.getParent().getFileName().toString(), p);
    }
    MeasureEvaluator evaluator = MeasureEvaluator.bind(data, valueSets, periods.get(m.url()), List.of(def));
    boolean multi = m.groups().size() > 1;
    for (Path testCase : m.testCases()) {
      String id = testCase.getFileName().toString();
      JsonNode expected = AcoJson.readTree(testCase.resolve("expected-measure-report.json"),
          "expected MeasureReport");
      Integer patient = patientOfCase.get(id);
      PopulationCounts counts = null;
      String failure = readFailures.get(id);
      if (patient != null) {
        try {
          counts = evaluator.evaluatePatient(patient);
        } catch (PatientFailure e) {
          failure = e.getMessage();
        }
      } else if (failure == null) {
        failure = "no patient was read from " + testCase.resolve("patient-bundle.json");
      }
      boolean ok = true;
      for (int g = 0; g < m.groups().size(); g++) {
        JsonNode expectedGroup = expected.path("group").path(g);
        for (String code : m.groups().get(g)) {
          String column = (multi ? "group-" + (g + 1) + "/" : "") + code;
          long actual = -1;
          String why = failure;
          if (counts != null) {
            Population pop = Population.ofCode(code);
            if (g < counts.groups(m.url()) && counts.declares(m.url(), g, pop)) {
              actual = counts.count(m.url(), g, pop);
            } else {
              why = "the definition's group " + (g + 1) + " does not declare " + code;
            }
          }
          if (actual >= 0) {
            rows.add(new DeckRow(m.folder(), id, column, actual));
          }
          long exp = -1;
          for (JsonNode pop : expectedGroup.path("population")) {
            if (pop.path("code").path("coding").path(0).path("code").asText().equals(code)) {
              exp = pop.path("count").asLong();
            }
          }
          if (exp >= 0 && exp != actual) {
            ok = false;
            if (why == null && patient != null) {
              PatientExplanation x = evaluator.explain(patient);
              why = x.groups().size() > g ? x.groups().get(g).populations().toString() : x.render();
            }
            mismatches.add(new DeckMismatch(m.folder(), id, column, exp, actual, why == null ? "" : why));
          }
        }
      }
      if (ok) {
        matched.merge(m.folder(), 1, Integer::sum);
      }
    }
  }
}
