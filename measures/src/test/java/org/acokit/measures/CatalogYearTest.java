/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.acokit.io.FailureCode;
import org.acokit.io.FailureException;
import org.acokit.quality.CollectionType;
import org.acokit.quality.DecileBenchmark;
import org.acokit.quality.Direction;
import org.acokit.quality.RateUnit;
import org.junit.jupiter.api.Test;

/** A catalog year's checks (each measure and benchmark once, benchmarks of the year) and its views. */
class CatalogYearTest {

  private static MeasureDefinition measure(String id, String type) {
    MeasureDefinition.Builder b = MeasureDefinition.builder().measureId(id).title("Measure " + id).domain("PREVENTIVE_HEALTH")
        .direction(Direction.HIGHER_IS_BETTER).unit(RateUnit.PERCENT).addCollectionTypes(CollectionType.CMS_WEB_INTERFACE);
    if (type != null) {
      b.measureType(type);
    }
    return b.build();
  }

  private static DecileBenchmark bench(String id, int year, double first) {
    return DecileBenchmark.builder().measureId(id).collectionType(CollectionType.CMS_WEB_INTERFACE).performanceYear(year)
        .direction(Direction.HIGHER_IS_BETTER)
        .decileBounds(List.of(first, first + 1, first + 2, first + 3, first + 4, first + 5, first + 6, first + 7, first + 8))
        .build();
  }

  private static CatalogYear.Builder year() {
    return CatalogYear.builder().program(CatalogProgram.MSSP).performanceYear(2024).source("test");
  }

  @Test
  void aMeasureOrABenchmarkListedTwiceIsAnErrorNamingBothPositions() {
    assertThatThrownBy(() -> year().addMeasures(measure("A", null), measure("B", null), measure("A", null)).build())
        .isInstanceOfSatisfying(FailureException.class, e -> {
          assertThat(e.failure().code()).isEqualTo(FailureCode.DUPLICATE);
          assertThat(e.failure().path()).isEqualTo("measures[2].measureId");
          assertThat(e.getMessage()).contains("measures[0] and measures[2]", "MSSP PY2024");
        });
    assertThatThrownBy(() -> year().addBenchmarks(bench("A", 2024, 10), bench("B", 2024, 10), bench("A", 2024, 20))
        .build()).isInstanceOfSatisfying(FailureException.class, e -> {
          assertThat(e.failure().path()).isEqualTo("benchmarks[2]");
          assertThat(e.getMessage()).contains("benchmarks[0] and benchmarks[2]");
        });
    assertThatThrownBy(() -> year().addPriorYearBenchmarks(bench("A", 2024, 10), bench("A", 2024, 20)).build())
        .isInstanceOfSatisfying(FailureException.class,
            e -> assertThat(e.getMessage()).contains("priorYearBenchmarks[0] and priorYearBenchmarks[1]"));
    assertThatThrownBy(() -> year().addBenchmarks(bench("A", 2023, 10)).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be 2024, but was 2023");
  }

  @Test
  void measuresAreFoundByIdAndThePriorYearSetReplacesOnlyItsOwnBenchmarks() {
    CatalogYear y = year().addMeasures(measure("A", "outcome"), measure("B", "process"), measure("C", "intermediateOutcome"))
        .addBenchmarks(bench("A", 2024, 10), bench("B", 2024, 10)).addPriorYearBenchmarks(bench("A", 2024, 50)).build();
    assertThat(y.measure("B").measureId()).isEqualTo("B");
    assertThat(y.findMeasure("Z")).isEmpty();
    assertThatThrownBy(() -> y.measure("Z")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[A, B, C]").hasMessageContaining("'Z'");
    assertThat(y.outcomeMeasureIds()).containsExactly("A", "C");
    assertThat(y.benchmarkSet().find("A", CollectionType.CMS_WEB_INTERFACE).orElseThrow().decileBounds().get(0))
        .isEqualTo(10);
    assertThat(y.priorYearBenchmarkSet().find("A", CollectionType.CMS_WEB_INTERFACE).orElseThrow().decileBounds().get(0))
        .as("replaced").isEqualTo(50);
    assertThat(y.priorYearBenchmarkSet().find("B", CollectionType.CMS_WEB_INTERFACE)).as("kept").isPresent();
    assertThat(y.msspMeasures()).extracting(m -> m.measureId()).containsExactly("A", "B", "C");
    assertThat(y.msspMeasures().get(0).weight()).isEqualTo(1.0);
    assertThat(y.msspMeasures().get(0).payForPerformance()).isTrue();
  }
}
