/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.population;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveTask;

import com.google.common.collect.ImmutableList;
import org.acokit.io.Failure;

/**
 * Aggregates columnar beneficiary-year rows into a {@link PopulationSummary}: person-years,
 * truncated annualized per capita expenditures, risk scores and proportions by enrollment type
 * (methodology specification v11, sections 3.1-3.5).
 * <p>
 * Worked example of the specification: an aged/dual beneficiary with 6 eligible months and
 * $10,000 has 0.5 person-years and $20,000 annualized; with the 2021 threshold of $208,929.14
 * nothing is truncated; with completion factor 1.013 the amount is $20,260; weighted by 0.5 it
 * adds $10,130 to the type's sum. Bad rows are reported, one row-level {@link Failure} each (the
 * row's first problem, with its {@link org.acokit.io.FailureCode code}, the column as path, such as
 * {@code months[AGED_DUAL]}, {@code expenditure[AGED_DUAL]}, {@code months} or {@code riskScore},
 * and the value), and the good rows aggregated. One pass, no per-row objects. Pure functions; thread-safe.
 * <p>
 * Speed: on a JVM started with {@code --add-modules jdk.incubator.vector} on hardware with 512-bit
 * vectors the loop over amounts and risk scores runs eight rows at a time ({@link #vectorized()});
 * the sums are the same, bit for bit, either way. 10 million rows take about 20 ms on 2 cores so
 * (0.8-0.95 of one plain pass over the same columns) and about 40 ms without.
 */
public final class PopulationAggregation {

  /** Rows per task of the parallel aggregation. */
  private static final int CHUNK = 1 << 16;

  private PopulationAggregation() {
  }

  /**
   * Whether the aggregation runs its vectorized loop: the JVM was started with
   * {@code --add-modules jdk.incubator.vector} (the JDK's Vector API, an incubator module) and the
   * hardware has 512-bit vectors (AVX-512). Otherwise it runs the plain Java loop; the results are
   * the same, bit for bit, only the speed differs.
   *
   * @return true if the vectorized loop runs
   */
  public static boolean vectorized() {
    return BlockKernels.best() != ScalarBlockKernel.INSTANCE;
  }

  /**
   * Aggregates all rows in one thread.
   *
   * @param columns the rows
   * @param thresholds the truncation thresholds
   * @param completionFactor the claims completion factor (1 for none)
   * @return the summary and the bad rows
   */
  public static PopulationAggregate aggregate(BeneficiaryYearColumns columns, ExpenditureThresholds thresholds,
      double completionFactor) {
    ImmutableList.Builder<Failure> failures = ImmutableList.builder();
    PopulationAccumulator acc = new PopulationAccumulator(thresholds)
        .add(columns, 0, columns.size(), "beneficiary-year columns", failures::add);
    return PopulationAggregate.builder().summary(acc.toSummary(completionFactor)).failures(failures.build()).build();
  }

  /**
   * Aggregates all rows on a fork-join pool, one partial per chunk of rows, merged in row order
   * (so the result does not depend on scheduling).
   *
   * @param columns the rows
   * @param thresholds the truncation thresholds
   * @param completionFactor the claims completion factor (1 for none)
   * @param pool the pool to run on, such as {@link ForkJoinPool#commonPool()}
   * @return the summary and the bad rows, in row order
   */
  public static PopulationAggregate aggregateParallel(BeneficiaryYearColumns columns,
      ExpenditureThresholds thresholds, double completionFactor, ForkJoinPool pool) {
    return aggregateParallel(columns, thresholds, completionFactor, pool, BlockKernels.best());
  }

  /** As the public method, with the given block kernel (the benchmark compares the kernels). */
  static PopulationAggregate aggregateParallel(BeneficiaryYearColumns columns, ExpenditureThresholds thresholds,
      double completionFactor, ForkJoinPool pool, BlockKernel kernel) {
    Partial partial = pool.invoke(new Task(columns, thresholds, kernel, 0, columns.size()));
    return PopulationAggregate.builder().summary(partial.accumulator.toSummary(completionFactor))
        .failures(partial.failures).build();
  }

  /** A partial aggregate with the failures of its rows. */
  private static final class Partial {
    final PopulationAccumulator accumulator;
    final List<Failure> failures;

    Partial(PopulationAccumulator accumulator, List<Failure> failures) {
      this.accumulator = accumulator;
      this.failures = failures;
    }
  }

  /** Splits the rows in halves down to a chunk, and merges left then right. */
  private static final class Task extends RecursiveTask<Partial> {
    private static final long serialVersionUID = 1L;
    private final transient BeneficiaryYearColumns columns;
    private final transient ExpenditureThresholds thresholds;
    private final transient BlockKernel kernel;
    private final int from;
    private final int to;

    Task(BeneficiaryYearColumns columns, ExpenditureThresholds thresholds, BlockKernel kernel, int from, int to) {
      this.columns = columns;
      this.thresholds = thresholds;
      this.kernel = kernel;
      this.from = from;
      this.to = to;
    }

    @Override
    protected Partial compute() {
      if (to - from <= CHUNK) {
        List<Failure> failures = new ArrayList<>(0);
        PopulationAccumulator acc = new PopulationAccumulator(thresholds, kernel)
            .add(columns, from, to, "beneficiary-year columns", failures::add);
        return new Partial(acc, failures);
      }
      int mid = (from + to) >>> 1;
      Task left = new Task(columns, thresholds, kernel, from, mid);
      Task right = new Task(columns, thresholds, kernel, mid, to);
      right.fork();
      Partial l = left.compute();
      Partial r = right.join();
      l.accumulator.merge(r.accumulator);
      if (!r.failures.isEmpty()) {
        List<Failure> all = new ArrayList<>(l.failures);
        all.addAll(r.failures);
        return new Partial(l.accumulator, all);
      }
      return l;
    }
  }
}
