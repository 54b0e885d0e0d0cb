/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.equity;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.acokit.measures.definition.PatientMeasure;
import org.acokit.measures.ecqm.BreastCancerScreening;
import org.acokit.measures.ecqm.Cms122DiabetesGlycemicStatus;
import org.acokit.measures.ecqm.Cms165ControllingHighBloodPressure;
import org.acokit.measures.ecqm.Cms2DepressionScreening;
import org.acokit.measures.ecqm.ColorectalCancerScreening;
import org.acokit.measures.ecqm.StatinTherapy;
import org.acokit.measures.synthetic.SyntheticPatients;
import org.acokit.measures.terminology.ValueSets;
import org.acokit.measures.definition.Stratifier;
import org.acokit.measures.evaluation.MeasureEvaluator;
import org.acokit.measures.evaluation.PopulationCounts;
import org.acokit.measures.patient.PatientData;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of equity stratification: the six built-in measures on a synthetic population
 * ({@code PlantedPopulation}: copies of CMS test-deck patients with seeded race, ethnicity,
 * language and sex), evaluated unstratified (the named baseline) and stratified by four
 * dimensions (race, ethnicity, language, sex) with every intersection of two, three and four of
 * them (15 stratifiers; the four-way one has 8 x 4 x 5 x 4 = 640 strata), in the same run. The
 * stratified operation includes making the four dimensions (one classification pass over the
 * patients). Target: stratified / unstratified at most 1.5.
 * <p>
 * Run: {@code mvn -B -pl measures -am -Pjmh test-compile exec:exec
 * -Djmh.args="EquityStratificationBenchmark -p sharedData=/path/to/shared/data -p patients=1000000"}; for 10
 * million generated patients: {@code -p source=synthetic -p patients=10000000}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx15g"})
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 4, time = 5)
public class EquityStratificationBenchmark {

  /** The shared data folder (holding ecqm-test-decks/). */
  @Param({"../../shared/data"})
  public String sharedData;

  /** Synthetic patients. */
  @Param({"1000000"})
  public int patients;

  /**
   * Where the patients come from: {@code planted} (copies of deck patients with planted gaps) or
   * {@code synthetic} ({@code SyntheticPatients}, the generator of the patient-level benchmark,
   * which fits 10 million patients in the heap).
   */
  @Param({"planted"})
  public String source;

  private Population population;

  /** The patients, their value sets and the six measures. */
  static final class Population {
    final PatientData data;
    final ValueSets valueSets;
    final List<PatientMeasure> measures;

    Population(PatientData data, ValueSets valueSets, List<PatientMeasure> measures) {
      this.data = data;
      this.valueSets = valueSets;
      this.measures = measures;
    }
  }

  /** Builds the population once. */
  @Setup
  public void setUp() {
    Path deck = Path.of(sharedData).resolve("ecqm-test-decks");
    if (source.equals("synthetic")) {
      ValueSets valueSets = ValueSets.read(deck.resolve("valuesets"));
      List<PatientMeasure> six = List.of(new Cms122DiabetesGlycemicStatus(), new Cms165ControllingHighBloodPressure(),
          new Cms2DepressionScreening(), new BreastCancerScreening(), new ColorectalCancerScreening(),
          new StatinTherapy());
      population = new Population(SyntheticPatients.of(valueSets, 20261127L).generate(0, patients), valueSets, six);
    } else {
      PlantedPopulation planted = PlantedPopulation.build(deck, patients, 20261127L);
      population = new Population(planted.data, planted.valueSets, planted.measures);
    }
  }

  /**
   * The baseline: the six measures, no stratifier of the evaluator's own.
   *
   * @return the counts
   */
  @Benchmark
  public PopulationCounts unstratified() {
    return MeasureEvaluator.bind(population.data, population.valueSets, PlantedPopulation.PERIOD,
        population.measures).evaluate().values().get(0);
  }

  /**
   * The six measures by four dimensions and all their intersections, one pass.
   *
   * @return the counts
   */
  @Benchmark
  public PopulationCounts stratified() {
    return MeasureEvaluator.bind(population.data, population.valueSets, PlantedPopulation.PERIOD,
        population.measures, stratifiers(population.data)).evaluate().values().get(0);
  }

  /**
   * The baseline on the calling thread only ({@code evaluate(0, n)}): the per-patient work without
   * the fork-join pool, less sensitive to other load on a shared machine.
   *
   * @return the counts
   */
  @Benchmark
  public PopulationCounts unstratifiedOneThread() {
    return MeasureEvaluator.bind(population.data, population.valueSets, PlantedPopulation.PERIOD,
        population.measures).evaluate(0, population.data.size()).values().get(0);
  }

  /**
   * The stratified evaluation on the calling thread only.
   *
   * @return the counts
   */
  @Benchmark
  public PopulationCounts stratifiedOneThread() {
    return MeasureEvaluator.bind(population.data, population.valueSets, PlantedPopulation.PERIOD,
        population.measures, stratifiers(population.data)).evaluate(0, population.data.size()).values().get(0);
  }

  /** Race, ethnicity, language and sex with every intersection of 2, 3 and 4 of them. */
  static List<Stratifier> stratifiers(PatientData data) {
    EquityDimension[] dims = {EquityDimension.race(data), EquityDimension.ethnicity(data),
        EquityDimension.language(data, List.of("en", "es", "zh")), EquityDimension.sex(data)};
    List<Stratifier> out = new ArrayList<>();
    for (int mask = 1; mask < 1 << dims.length; mask++) {
      List<EquityDimension> chosen = new ArrayList<>();
      for (int d = 0; d < dims.length; d++) {
        if ((mask & 1 << d) != 0) {
          chosen.add(dims[d]);
        }
      }
      out.add(chosen.size() == 1 ? chosen.get(0).stratifier()
          : EquityDimension.intersection(chosen.toArray(new EquityDimension[0])));
    }
    return out;
  }
}
