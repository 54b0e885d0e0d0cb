/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
/**
 * acokit's mergeable aggregates on Apache Spark (4.x, Scala 2.13, public Dataset API only): the
 * population aggregation and the measure population counts, each two ways, with the same result
 * as one JVM.
 * <ul>
 * <li>As a Spark {@code Aggregator} registered with {@code functions.udaf}:
 *     {@link org.acokit.examples.spark.PopulationAggregator#column} in {@code df.agg(...)} or
 *     {@code df.groupBy(...).agg(...)}; {@link org.acokit.examples.spark.MeasureCountsAggregator}.</li>
 * <li>As a per-partition kernel: {@code Dataset.mapPartitions} builds acokit's columnar inputs
 *     from the partition's rows, aggregates them with the library's own loop, and the partials
 *     are tree-reduced: {@link org.acokit.examples.spark.PopulationPartitions#aggregate} and
 *     {@link org.acokit.examples.spark.MeasureCountsPartitions#evaluate}.</li>
 * </ul>
 * The arithmetic is the library's ({@link org.acokit.population.PopulationAccumulator},
 * {@link org.acokit.measures.evaluation.MeasureEvaluator}); this package only moves rows into its
 * columns and partials across the cluster
 * ({@link org.acokit.population.PopulationAccumulator#ofSums},
 * {@link org.acokit.measures.evaluation.PopulationCounts#withCounts}). Counts are exact and do not
 * depend on the partitioning; dollar and risk sums are double sums whose order of addition follows
 * the partitioning, so two partitionings agree to a few units in the last place (relative 1e-15
 * or so per addition), never exactly by promise. Entry point for a whole table:
 * {@link org.acokit.examples.spark.BeneficiaryTableToBenchmark}.
 * <p>
 * Spark on JDK 17 needs {@code --add-opens} flags (see the README, "Spark"); the tests set them.
 */
package org.acokit.examples.spark;
