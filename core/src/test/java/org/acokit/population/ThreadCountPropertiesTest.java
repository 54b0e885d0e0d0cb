/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.population;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ForkJoinPool;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.acokit.testing.Finite;

/**
 * Same answer on every thread count (issue 17): the parallel population aggregation on a pool of
 * one thread and on a pool of N threads gives the same summary, bit for bit, and the same bad
 * rows in row order.
 */
class ThreadCountPropertiesTest {

  @Property(tries = 8)
  void parallelAggregationIsTheSameOnEveryPoolSize(@ForAll @IntRange(min = 1, max = 300_000) int rows,
      @ForAll @IntRange(min = 2, max = 8) int threads, @ForAll long seed, @ForAll @IntRange(min = 0, max = 50) int bad) {
    BeneficiaryYearColumns columns = SyntheticPopulation.generate(seed, rows);
    // Spoil some rows: the failures must come back the same, in row order, on every pool size.
    java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
    for (int i = 0; i < bad; i++) {
      int row = random.nextInt(rows);
      for (EnrollmentType t : EnrollmentType.values()) {
        if (columns.months(t, row) > 0) {
          columns.expenditureColumn(t.ordinal())[row] = Double.NaN;
        }
      }
    }
    ExpenditureThresholds thresholds = ExpenditureThresholds.of(EnrollmentVector.of(483948.83, 167718.37, 219966.13,
        139227.69));
    ForkJoinPool one = new ForkJoinPool(1);
    ForkJoinPool many = new ForkJoinPool(threads);
    try {
      PopulationAggregate a = PopulationAggregation.aggregateParallel(columns, thresholds, 1.013, one);
      PopulationAggregate b = PopulationAggregation.aggregateParallel(columns, thresholds, 1.013, many);
      assertThat(b).isEqualTo(a);
      assertThat(b.summary().perCapitaExpenditures()).isEqualTo(a.summary().perCapitaExpenditures());
      assertThat(b.failures()).isEqualTo(a.failures());
      Finite.assertFinite(b);
    } finally {
      one.shutdown();
      many.shutdown();
    }
  }
}
