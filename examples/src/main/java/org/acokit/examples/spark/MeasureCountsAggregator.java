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

import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.expressions.Aggregator;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;

/**
 * Measure population counts as a Spark {@link Aggregator} of patient rows: per group, patients are
 * gathered {@value MeasureCountsPartitions#BATCH} at a time, read into acokit's columnar patient
 * data, bound and counted; the counts of partitions add up ({@code PopulationCounts.merge}'s
 * arithmetic on {@link CountsPartial}). Use with a bean row type:
 * {@code df.groupBy("aco").agg(MeasureCountsAggregator.udaf(Row.class, reader, binding).apply(cols))},
 * the columns in the bean encoder's order ({@code Encoders.bean(Row.class).schema()}). The first
 * {@value #MAX_FAILURES} failed patients of each group are kept as text. Immutable and
 * thread-safe.
 *
 * @param <T> the row type, one row per patient
 */
public final class MeasureCountsAggregator<T> extends Aggregator<T, MeasureCountsAggregator.Buffer<T>, CountsPartial> {

  private static final long serialVersionUID = 1L;

  /** Failed patients kept as text per group. */
  public static final int MAX_FAILURES = 100;

  private final PatientReader<T> reader;
  private final MeasureBinding binding;

  /**
   * An aggregator.
   *
   * @param reader reads a batch of rows into patient data
   * @param binding binds the measures to a batch
   */
  public MeasureCountsAggregator(PatientReader<T> reader, MeasureBinding binding) {
    this.reader = reader;
    this.binding = binding;
  }

  /**
   * The aggregator registered as a user-defined aggregate function over the bean's columns.
   *
   * @param <T> the row type
   * @param beanClass the row type, a Java bean
   * @param reader reads a batch of rows into patient data
   * @param binding binds the measures to a batch
   * @return the function
   */
  public static <T> UserDefinedFunction udaf(Class<T> beanClass, PatientReader<T> reader, MeasureBinding binding) {
    return functions.udaf(new MeasureCountsAggregator<>(reader, binding), Encoders.bean(beanClass));
  }

  @Override
  public Buffer<T> zero() {
    return new Buffer<>(reader, binding);
  }

  @Override
  public Buffer<T> reduce(Buffer<T> buffer, T patient) {
    buffer.pending.add(patient);
    if (buffer.pending.size() == MeasureCountsPartitions.BATCH) {
      buffer.flush();
    }
    return buffer;
  }

  @Override
  public Buffer<T> merge(Buffer<T> a, Buffer<T> b) {
    a.flush();
    b.flush();
    a.counts.add(b.counts, MAX_FAILURES);
    return a;
  }

  @Override
  public CountsPartial finish(Buffer<T> buffer) {
    buffer.flush();
    return buffer.counts;
  }

  @Override
  @SuppressWarnings({"unchecked", "rawtypes"})
  public Encoder<Buffer<T>> bufferEncoder() {
    return (Encoder) Encoders.javaSerialization(Buffer.class);
  }

  @Override
  public Encoder<CountsPartial> outputEncoder() {
    return Encoders.bean(CountsPartial.class);
  }

  /**
   * The buffer of one group in one task: the counts so far and the patients not yet counted;
   * serialized as the counts. Mutable, not thread-safe.
   *
   * @param <T> the row type
   */
  public static final class Buffer<T> implements Serializable {
    private static final long serialVersionUID = 1L;

    private final PatientReader<T> reader;
    private final MeasureBinding binding;
    private CountsPartial counts = new CountsPartial();
    private transient List<T> pending = new ArrayList<>();

    Buffer(PatientReader<T> reader, MeasureBinding binding) {
      this.reader = reader;
      this.binding = binding;
    }

    void flush() {
      if (!pending.isEmpty()) {
        counts.add(MeasureCountsPartitions.evaluate(pending, reader, binding), MAX_FAILURES);
        pending.clear();
      }
    }

    private void writeObject(ObjectOutputStream out) throws IOException {
      flush();
      out.defaultWriteObject();
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
      in.defaultReadObject();
      pending = new ArrayList<>();
    }
  }
}
