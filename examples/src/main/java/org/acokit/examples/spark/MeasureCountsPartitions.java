/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.examples.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.acokit.measures.evaluation.MeasureEvaluator;
import org.acokit.measures.patient.PatientData;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;

/**
 * Measure population counts as a per-partition kernel: {@code Dataset.mapPartitions} reads each
 * partition's patients, {@value #BATCH} at a time, into acokit's columnar patient data, binds the
 * measures to each batch and counts it with {@link MeasureEvaluator#evaluate(int, int)}; the
 * partials are tree-reduced. Counts are integers: the result equals one JVM's exactly, whatever
 * the partitioning. Every failed patient is kept. Pure; thread-safe.
 */
public final class MeasureCountsPartitions {

  /** Patients read and bound per batch. */
  static final int BATCH = 2048;

  private MeasureCountsPartitions() {
  }

  /**
   * Counts every patient.
   *
   * @param <T> the row type
   * @param patients one row per patient
   * @param reader reads a batch of rows into patient data
   * @param binding binds the measures to a batch
   * @return the counts, with every failed patient
   */
  public static <T> CountsPartial evaluate(Dataset<T> patients, PatientReader<T> reader, MeasureBinding binding) {
    MapPartitionsFunction<T, CountsPartial> kernel = it -> List.of(partial(it, reader, binding)).iterator();
    return patients.mapPartitions(kernel, Encoders.bean(CountsPartial.class)).toJavaRDD()
        .treeReduce((a, b) -> a.add(b, Integer.MAX_VALUE));
  }

  /** The partial of one partition. */
  static <T> CountsPartial partial(Iterator<T> rows, PatientReader<T> reader, MeasureBinding binding) {
    CountsPartial total = new CountsPartial();
    List<T> batch = new ArrayList<>(BATCH);
    while (rows.hasNext()) {
      batch.add(rows.next());
      if (batch.size() == BATCH || !rows.hasNext()) {
        total.add(evaluate(batch, reader, binding), Integer.MAX_VALUE);
        batch.clear();
      }
    }
    return total;
  }

  /** The counts of one batch. */
  static <T> CountsPartial evaluate(List<T> batch, PatientReader<T> reader, MeasureBinding binding) {
    PatientData data = reader.read(batch);
    MeasureEvaluator evaluator = binding.bind(data);
    return CountsPartial.of(evaluator.evaluate(0, data.size()));
  }
}
