/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.examples.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.acokit.population.ExpenditureThresholds;
import org.acokit.population.PopulationAccumulator;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;

/**
 * acokit's population aggregation as a per-partition kernel: {@code Dataset.mapPartitions} reads
 * each partition's rows into the library's columnar arrays (65,536 rows at a time) and adds them
 * with its loop into one {@link PopulationAccumulator} per partition; the partials, one small
 * {@link PopulationSums} per partition, are tree-reduced ({@code JavaRDD.treeReduce}) by
 * {@link PopulationAccumulator#merge}.
 * <p>
 * Unlike {@link PopulationAggregator}, every bad row is kept, as text naming its partition, its
 * 1-based row within the partition, the column, the value and what is allowed. Spark's public
 * Dataset API hands a partition's rows one at a time (its columnar batches are reachable only
 * through internal plan classes), so the kernel builds the columns from rows. Pure; thread-safe.
 */
public final class PopulationPartitions {

  /** Rows per block read into columns. */
  static final int BLOCK = 1 << 16;

  private PopulationPartitions() {
  }

  /**
   * Aggregates a table of beneficiary-years.
   *
   * @param table rows with the columns {@link BeneficiaryYearRow#COLUMNS} (others are ignored)
   * @param thresholds the truncation thresholds
   * @return the sums of all rows, with every bad row's failure
   */
  public static PopulationSums aggregate(Dataset<Row> table, ExpenditureThresholds thresholds) {
    double[] t = PopulationSums.thresholdValues(thresholds);
    Dataset<BeneficiaryYearRow> rows = table
        .select(BeneficiaryYearRow.COLUMNS.stream().map(functions::col).toArray(org.apache.spark.sql.Column[]::new))
        .as(Encoders.bean(BeneficiaryYearRow.class));
    MapPartitionsFunction<BeneficiaryYearRow, PopulationSums> kernel = it -> List.of(partial(it, t)).iterator();
    Dataset<PopulationSums> partials = rows.mapPartitions(kernel, Encoders.bean(PopulationSums.class));
    return partials.toJavaRDD()
        .treeReduce((a, b) -> PopulationSums.merge(a, b, PopulationSums.thresholds(t), Integer.MAX_VALUE));
  }

  /** The partial of one partition. */
  static PopulationSums partial(Iterator<BeneficiaryYearRow> rows, double[] thresholds) {
    TaskContext task = TaskContext.get();
    String source = "partition " + (task == null ? 0 : task.partitionId());
    PopulationAccumulator accumulator = new PopulationAccumulator(PopulationSums.thresholds(thresholds));
    List<String> failures = new ArrayList<>();
    RowBlock block = null;
    while (rows.hasNext()) {
      if (block == null) {
        block = new RowBlock(BLOCK);
      } else if (block.isFull()) {
        block.flushInto(accumulator, source, f -> failures.add(f.toString()));
      }
      block.add(rows.next(), source, f -> failures.add(f.toString()));
    }
    long moreBad = 0;
    if (block != null) {
      block.flushInto(accumulator, source, f -> failures.add(f.toString()));
      moreBad = block.badRows();
    }
    return PopulationSums.of(accumulator, moreBad, failures);
  }
}
