/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.OptionalDouble;

import org.acokit.benchmark.BenchmarkAdjustment.Category;
import org.acokit.io.ValueWithFailures;
import org.acokit.puf.PufReader;
import org.acokit.puf.PufRecord;
import org.acokit.testing.SharedData;
import org.junit.jupiter.api.Test;

/**
 * Tests the choice between the regional and the prior savings adjustment, against CMS's PY2024
 * public use file.
 */
class BenchmarkAdjustmentTest {

  private static final LocalDate Y2024 = LocalDate.of(2024, 1, 1);

  @Test
  void choosesAsTheRegulationSays() {
    assertThat(BenchmarkAdjustment.choose(Y2024, 120, OptionalDouble.of(80))).isEqualTo(Category.REGIONAL_ADJUSTMENT);
    assertThat(BenchmarkAdjustment.choose(Y2024, 120, OptionalDouble.of(150))).isEqualTo(Category.PRIOR_SAVINGS_ADJUSTMENT);
    assertThat(BenchmarkAdjustment.choose(Y2024, -40, OptionalDouble.of(10))).isEqualTo(Category.PRIOR_SAVINGS_ADJUSTMENT);
    assertThat(BenchmarkAdjustment.choose(Y2024, -40, OptionalDouble.empty())).isEqualTo(Category.NO_ADJUSTMENT);
    assertThat(BenchmarkAdjustment.choose(LocalDate.of(2022, 1, 1), -40, OptionalDouble.empty()))
        .isEqualTo(Category.REGIONAL_ADJUSTMENT);
    assertThatThrownBy(() -> BenchmarkAdjustment.choose(LocalDate.of(2022, 1, 1), 5, OptionalDouble.of(3)))
        .hasMessageContaining("priorSavingsAdjustment applies to agreement periods starting 2024-01-01");
  }

  @Test
  void priorSavingsAdjustmentIsHalfTheAverageUpTo5PercentOfNationalSpending() {
    assertThat(BenchmarkAdjustment.priorSavingsAdjustment(new double[] {300, 0, 150}, 1.0, 12000).getAsDouble())
        .isCloseTo(75, within(1e-12));
    assertThat(BenchmarkAdjustment.priorSavingsAdjustment(new double[] {3000, 3000, 3000}, 0.8, 12000).getAsDouble())
        .isCloseTo(600, within(1e-12));
    assertThat(BenchmarkAdjustment.priorSavingsAdjustment(new double[] {300, -400, 50}, 1.0, 12000)).isEmpty();
    assertThatThrownBy(() -> BenchmarkAdjustment.priorSavingsAdjustment(new double[] {1, 2}, 1, 1))
        .hasMessageContaining("three performance years");
  }

  @Test
  void reproducesFinalAdjCatOfEveryAcoInThePy2024File() {
    ValueWithFailures<PufRecord> records = PufReader.read(SharedData.pufDir().resolve("py2024.csv"));
    assertThat(records.values()).hasSize(476);
    for (PufRecord r : records.values()) {
      double regional = Double.parseDouble(r.column("RegAdj").orElseThrow().replace(",", ""));
      OptionalDouble prior = r.column("PriorSavAdj").filter(v -> !v.equals("-"))
          .map(v -> OptionalDouble.of(Double.parseDouble(v.replace(",", "")))).orElse(OptionalDouble.empty());
      LocalDate start = r.agreementStart().orElseThrow();
      Category category = BenchmarkAdjustment.choose(start, regional,
          start.isBefore(Y2024) ? OptionalDouble.empty() : prior);
      assertThat(category.label()).as(r.acoId()).isEqualTo(r.column("FinalAdjCat").orElseThrow());
    }
  }
}
