/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.examples.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;

import org.acokit.io.ValueWithFailures;
import org.acokit.measures.definition.Population;
import org.acokit.measures.evaluation.MeasureEvaluator;
import org.acokit.measures.evaluation.PopulationCounts;
import org.acokit.measures.logic.MeasurementPeriod;
import org.acokit.measures.terminology.ValueSets;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.Test;

/**
 * Measure population counts (populations and strata) on Spark ({@code local[2]}) against one JVM,
 * under random partitionings, both ways: identical, and every failed patient reported.
 */
class MeasureCountsOnSparkTest {

  private static final MeasureBinding BINDING = data -> MeasureEvaluator.bind(data, ValueSets.of(List.of()),
      MeasurementPeriod.calendarYear(2025), List.of(new FluVaccination()));
  private static final PatientReader<PatientRow> READER = PatientRow::read;

  @Test
  void countsOnSparkAreOneJvmsCounts() {
    List<PatientRow> rows = PatientRow.generate(16, 6_000);
    ValueWithFailures<PopulationCounts> oneJvm = BINDING.bind(PatientRow.read(rows)).evaluate();
    PopulationCounts expected = oneJvm.values().get(0);
    assertThat(oneJvm.failures()).isNotEmpty();
    assertThat(expected.count(FluVaccination.URL, 0, "age band", "65+", Population.NUMERATOR)).isPositive();

    Dataset<PatientRow> table = LocalSpark.get().createDataset(rows, Encoders.bean(PatientRow.class)).cache();
    Column[] columns = java.util.Arrays.stream(Encoders.bean(PatientRow.class).schema().fieldNames())
        .map(functions::col).toArray(Column[]::new);
    SplittableRandom random = new SplittableRandom(7);
    for (int round = 0; round < 3; round++) {
      int partitions = 1 + random.nextInt(7);
      Dataset<PatientRow> shuffled = table.repartition(partitions, functions.rand(random.nextLong()))
          .as(Encoders.bean(PatientRow.class));
      CountsPartial kernel = MeasureCountsPartitions.evaluate(shuffled, READER, BINDING);
      CountsPartial aggregated = shuffled.toDF()
          .agg(MeasureCountsAggregator.udaf(PatientRow.class, READER, BINDING).apply(columns).as("c")).select("c.*")
          .as(Encoders.bean(CountsPartial.class)).first();
      for (CountsPartial spark : List.of(kernel, aggregated)) {
        PopulationCounts counts = spark.toCounts(BINDING);
        assertThat(counts.toArray()).as(partitions + " partitions").containsExactly(expected.toArray());
        assertThat(counts.patients()).isEqualTo(expected.patients());
        assertThat(counts.performanceRatePercent(FluVaccination.URL))
            .isEqualTo(expected.performanceRatePercent(FluVaccination.URL));
        // The kernel keeps every failed patient, the aggregator the first 100 of each group.
        int kept = spark == kernel ? oneJvm.failures().size()
            : Math.min(oneJvm.failures().size(), MeasureCountsAggregator.MAX_FAILURES);
        assertThat(spark.getFailures()).hasSize(kept).allSatisfy(f -> assertThat(f).contains("birthDate"));
      }
    }
  }
}
