/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.examples.spark;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import org.acokit.population.ExpenditureThresholds;
import org.acokit.population.PopulationAccumulator;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.expressions.Aggregator;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;

/**
 * acokit's population aggregation as a Spark {@link Aggregator} of {@link BeneficiaryYearRow}s:
 * per group, a {@link PopulationAccumulator} fed a block of rows at a time (rows are gathered into
 * the library's columnar arrays, 4,096 at a time, and added by its loop), merged across partitions
 * by {@link PopulationAccumulator#merge}, finished as {@link PopulationSums}.
 * <p>
 * Use: {@code df.groupBy("year").agg(PopulationAggregator.column(thresholds).as("population"))};
 * the table needs the columns {@link BeneficiaryYearRow#COLUMNS} (months as integers; no nulls:
 * Spark fails the job on a null read into a primitive, so fill or filter them first). Bad rows are
 * counted and the first {@value #MAX_FAILURES} of each group kept as text; to list every bad row
 * use {@link PopulationPartitions}. Immutable and thread-safe (Spark gives each task its own
 * buffers).
 */
public final class PopulationAggregator extends Aggregator<BeneficiaryYearRow, PopulationAggregator.Buffer,
    PopulationSums> {

  private static final long serialVersionUID = 1L;

  /** Failures kept as text per group. */
  public static final int MAX_FAILURES = 100;
  /** Rows gathered before the library's loop adds them. */
  static final int BLOCK = 4096;

  private final double[] thresholds;

  /**
   * An aggregator truncating at the given thresholds.
   *
   * @param thresholds the truncation thresholds
   */
  public PopulationAggregator(ExpenditureThresholds thresholds) {
    this.thresholds = PopulationSums.thresholdValues(thresholds);
  }

  /**
   * The aggregator registered as a Spark user-defined aggregate function over the columns
   * {@link BeneficiaryYearRow#COLUMNS}, in the order of {@link #inputColumns()}.
   *
   * @param thresholds the truncation thresholds
   * @return the function, to call with {@link #inputColumns()} or to register with
   *     {@code spark.udf().register(name, f)} for SQL
   */
  public static UserDefinedFunction udaf(ExpenditureThresholds thresholds) {
    return functions.udaf(new PopulationAggregator(thresholds), Encoders.bean(BeneficiaryYearRow.class));
  }

  /**
   * The input columns in the order the function reads them (the bean encoder's, which sorts the
   * properties by name).
   *
   * @return the columns
   */
  public static Column[] inputColumns() {
    return java.util.Arrays.stream(Encoders.bean(BeneficiaryYearRow.class).schema().fieldNames())
        .map(functions::col).toArray(Column[]::new);
  }

  /**
   * The aggregate as a column of {@link PopulationSums} (a struct), for {@code agg(...)}.
   *
   * @param thresholds the truncation thresholds
   * @return the column
   */
  public static Column column(ExpenditureThresholds thresholds) {
    return udaf(thresholds).apply(inputColumns());
  }

  @Override
  public Buffer zero() {
    return new Buffer(thresholds);
  }

  @Override
  public Buffer reduce(Buffer buffer, BeneficiaryYearRow row) {
    buffer.add(row);
    return buffer;
  }

  @Override
  public Buffer merge(Buffer a, Buffer b) {
    a.flush();
    b.flush();
    a.accumulator.merge(b.accumulator);
    a.moreBadRows += b.moreBadRows;
    for (String f : b.failures) {
      if (a.failures.size() < MAX_FAILURES) {
        a.failures.add(f);
      }
    }
    return a;
  }

  @Override
  public PopulationSums finish(Buffer buffer) {
    buffer.flush();
    return PopulationSums.of(buffer.accumulator, buffer.moreBadRows, buffer.failures);
  }

  @Override
  public Encoder<Buffer> bufferEncoder() {
    return Encoders.javaSerialization(Buffer.class);
  }

  @Override
  public Encoder<PopulationSums> outputEncoder() {
    return Encoders.bean(PopulationSums.class);
  }

  /**
   * The aggregation buffer of one group in one task: an accumulator and the block of rows not yet
   * added to it. Serialized (once per group and task, when Spark moves partials) as the
   * accumulator's sums. Mutable, not thread-safe.
   */
  public static final class Buffer implements Serializable {
    private static final long serialVersionUID = 1L;

    private final double[] thresholds;
    private transient PopulationAccumulator accumulator;
    private transient RowBlock block;
    private transient long moreBadRows;
    private transient List<String> failures;

    Buffer(double[] thresholds) {
      this.thresholds = thresholds;
      this.accumulator = new PopulationAccumulator(PopulationSums.thresholds(thresholds));
      this.failures = new ArrayList<>();
    }

    void add(BeneficiaryYearRow row) {
      if (block == null) {
        block = new RowBlock(BLOCK);
      } else if (block.isFull()) {
        flush();
      }
      long before = block.badRows();
      block.add(row, "Dataset", this::fail);
      moreBadRows += block.badRows() - before;
    }

    void flush() {
      if (block != null) {
        block.flushInto(accumulator, "Dataset", this::fail);
      }
    }

    private void fail(org.acokit.io.Failure f) {
      if (failures.size() < MAX_FAILURES) {
        failures.add(f.toString());
      }
    }

    private void writeObject(ObjectOutputStream out) throws IOException {
      flush();
      out.defaultWriteObject();
      PopulationSums s = PopulationSums.of(accumulator, moreBadRows, failures);
      out.writeObject(s);
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
      in.defaultReadObject();
      PopulationSums s = (PopulationSums) in.readObject();
      ExpenditureThresholds t = PopulationSums.thresholds(thresholds);
      // The library's bad rows are in the accumulator; those left out here are kept apart.
      PopulationAccumulator a = s.toAccumulator(t);
      accumulator = a;
      moreBadRows = 0;
      failures = new ArrayList<>(s.getFailures());
    }
  }
}
