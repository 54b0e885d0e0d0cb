/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.evaluation;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.acokit.io.ValueWithFailures;
import org.acokit.measures.definition.PatientMeasure;
import org.acokit.measures.definition.PatientMeasures;
import org.acokit.measures.definition.Population;
import org.acokit.measures.logic.MeasurementPeriod;
import org.acokit.measures.patient.FactKind;
import org.acokit.measures.patient.PatientData;
import org.acokit.measures.synthetic.SyntheticPatients;
import org.acokit.measures.terminology.ValueSets;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The six eCQMs of the APM Performance Pathway on 10 million synthetic patients
 * ({@link SyntheticPatients}), acokit's {@link MeasureEvaluator} against the same measure logic
 * as SQL in DuckDB ({@link MeasuresSql}: in-memory, same JVM, same data, same run, threads =
 * cores). The two must give the same counts before anything is timed.
 * <p>
 * Run: {@code mvn -B -pl measures -am -Pjmh test-compile exec:exec -Djmh.skip.core=true
 * -Djmh.args="MeasureEvaluationBenchmark -prof gc -p sharedData=/work/shared/data"}. One operation
 * evaluates every patient for every measure: patient-measure evaluations per second =
 * {@code patients x 6 / (seconds per op)}; compare {@code duckdb / acokitParallel} (seconds per op)
 * and divide the single-thread rate by nothing (it is one core). Memory: {@code gc.alloc.rate.norm}
 * (bytes allocated per op) and the printed column bytes and resident heap of the dataset. DuckDB
 * is loaded only in the fork that times it (memory: the dataset in the heap and DuckDB's copy).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx14g", "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=20"})
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class MeasureEvaluationBenchmark {

  /** The synthetic patients and the six measures bound to them. */
  @State(Scope.Benchmark)
  public static class Patients {

    /** Synthetic patients. */
    @Param("10000000")
    public int patients;

    /** The shared data folder (holding {@code ecqm-test-decks}); defaults to the acokit.sharedData property. */
    @Param("")
    public String sharedData;

    ValueSets valueSets;
    PatientData data;
    List<PatientMeasure> measures;
    MeasureEvaluator evaluator;

    /** Generates the patients and binds the measures. */
    @Setup(Level.Trial)
    public void setUp() {
      String dir = sharedData.isEmpty() ? System.getProperty("acokit.sharedData", "") : sharedData;
      if (dir.isEmpty()) {
        throw new IllegalArgumentException("set -p sharedData=<dir holding ecqm-test-decks>");
      }
      valueSets = ValueSets.read(Path.of(dir, "ecqm-test-decks", "valuesets"));
      long before = usedHeapAfterGc();
      long t0 = System.nanoTime();
      data = SyntheticPatients.of(valueSets, 2026).generate(0, patients);
      long t1 = System.nanoTime();
      long heap = usedHeapAfterGc() - before;
      measures = PatientMeasures.load().all().stream()
          .filter(m -> m.getClass().getPackageName().equals("org.acokit.measures.ecqm")).toList();
      if (measures.size() != 6) {
        throw new IllegalStateException("expected the six built-in measures, found " + measures.size());
      }
      evaluator = MeasureEvaluator.bind(data, valueSets, MeasurementPeriod.calendarYear(2025), measures);
      long facts = 0;
      for (FactKind k : FactKind.values()) {
        facts += data.table(k).size();
      }
      System.out.printf(Locale.ROOT, "%n# %,d patients, %,d facts, %d cores; generated in %.1f s; column bytes %,d"
          + " (%.1f MB), dataset heap after GC %,d (%.2f x column bytes)%n", data.size(), facts,
          Runtime.getRuntime().availableProcessors(), (t1 - t0) / 1e9, data.columnBytes(), data.columnBytes() / 1e6,
          heap, (double) heap / data.columnBytes());
    }
  }

  /** The same data in DuckDB, checked to give the same counts. */
  @State(Scope.Benchmark)
  public static class DuckDb {

    MeasuresSql sql;

    /**
     * Loads DuckDB (threads = cores) and checks both engines agree.
     *
     * @param p the patients
     * @throws SQLException if DuckDB fails
     */
    @Setup(Level.Trial)
    public void setUp(Patients p) throws SQLException {
      long t0 = System.nanoTime();
      sql = MeasuresSql.load(p.data, p.valueSets, Runtime.getRuntime().availableProcessors());
      long t1 = System.nanoTime();
      PopulationCounts ours = p.evaluator.evaluate().values().get(0);
      Map<String, long[][]> theirs = sql.run();
      Population[] columns = {Population.INITIAL_POPULATION, Population.DENOMINATOR,
          Population.DENOMINATOR_EXCLUSION, Population.NUMERATOR, Population.DENOMINATOR_EXCEPTION};
      for (PatientMeasure m : p.measures) {
        String url = m.identity().canonicalUrl();
        long[][] groups = theirs.get(m.identity().catalogMeasureId());
        for (int g = 0; g < groups.length; g++) {
          for (int c = 0; c < columns.length; c++) {
            long java = ours.declares(url, g, columns[c]) ? ours.count(url, g, columns[c]) : 0;
            if (java != groups[g][c]) {
              throw new IllegalStateException("DuckDB and acokit disagree on " + m.identity().catalogMeasureId()
                  + " group " + (g + 1) + " " + columns[c] + ": " + groups[g][c] + " vs " + java);
            }
          }
        }
      }
      System.out.printf(Locale.ROOT, "# DuckDB loaded in %.1f s; counts agree with acokit's%n", (t1 - t0) / 1e9);
    }

    /**
     * Closes DuckDB.
     *
     * @throws SQLException if DuckDB fails
     */
    @TearDown(Level.Trial)
    public void tearDown() throws SQLException {
      sql.close();
    }
  }

  private static long usedHeapAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  /**
   * acokit on all cores (the common fork-join pool).
   *
   * @param p the patients
   * @return the counts
   */
  @Benchmark
  public ValueWithFailures<PopulationCounts> acokitParallel(Patients p) {
    return p.evaluator.evaluate();
  }

  /**
   * acokit on one thread.
   *
   * @param p the patients
   * @return the counts
   */
  @Benchmark
  public ValueWithFailures<PopulationCounts> acokitSingleThread(Patients p) {
    return p.evaluator.evaluate(0, p.patients);
  }

  /**
   * The same six measures as SQL in DuckDB, threads = cores.
   *
   * @param d DuckDB
   * @return the counts by measure
   * @throws SQLException if DuckDB fails
   */
  @Benchmark
  public Map<String, long[][]> duckdb(DuckDb d) throws SQLException {
    return d.sql.run();
  }
}
