/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * A partial read out with the sum accessors and rebuilt with
 * {@link PopulationAccumulator#ofSums} (how a partial crosses a process boundary) is the same
 * partial: the same summary bit for bit, and merges the same.
 */
class PopulationAccumulatorSumsTest {

  private static final ExpenditureThresholds THRESHOLDS =
      ExpenditureThresholds.of(EnrollmentVector.of(400000, 150000, 200000, 120000));

  static PopulationAccumulator copy(PopulationAccumulator a) {
    long[] n = new long[4];
    long[] m = new long[4];
    double[] e = new double[4];
    double[] r = new double[4];
    for (EnrollmentType t : EnrollmentType.values()) {
      n[t.ordinal()] = a.beneficiaries(t);
      m[t.ordinal()] = a.eligibleMonths(t);
      e[t.ordinal()] = a.truncatedExpenditures(t);
      r[t.ordinal()] = a.riskMonths(t);
    }
    return PopulationAccumulator.ofSums(THRESHOLDS, n, m, e, r, a.rows(), a.badRows());
  }

  @Property(tries = 40)
  void sumsRoundTripAndMergeTheSame(@ForAll long seed, @ForAll @IntRange(min = 0, max = 20000) int rows,
      @ForAll @IntRange(min = 0, max = 20000) int cut) {
    BeneficiaryYearColumns columns = SyntheticPopulation.generate(seed, rows);
    int k = Math.min(cut, rows);
    PopulationAccumulator left = new PopulationAccumulator(THRESHOLDS).add(columns, 0, k, "t", f -> { });
    PopulationAccumulator right = new PopulationAccumulator(THRESHOLDS).add(columns, k, rows, "t", f -> { });
    assertThat(copy(left).toSummary(1.013)).isEqualTo(left.toSummary(1.013));
    PopulationSummary direct = new PopulationAccumulator(THRESHOLDS).add(columns, 0, k, "t", f -> { })
        .merge(right).toSummary(1.0);
    assertThat(copy(left).merge(copy(right)).toSummary(1.0)).isEqualTo(direct);
    assertThat(copy(left).merge(copy(right)).rows()).isEqualTo(rows);
  }

  @Test
  void badSumsNameTheField() {
    long[] zero = new long[4];
    double[] none = new double[4];
    assertThatThrownBy(() -> PopulationAccumulator.ofSums(THRESHOLDS, new long[3], zero, none, none, 0, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("beneficiaries must have one value");
    assertThatThrownBy(() -> PopulationAccumulator.ofSums(THRESHOLDS, new long[] {0, 0, 1, 0},
        new long[] {0, 0, 13, 0}, none, none, 1, 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("eligibleMonths[AGED_DUAL] must be between beneficiaries and 12 x beneficiaries (1 to 12)"
            + ", but was 13");
    assertThatThrownBy(() -> PopulationAccumulator.ofSums(THRESHOLDS, new long[] {0, 0, 1, 0},
        new long[] {0, 0, 12, 0}, new double[] {0, 0, Double.NaN, 0}, none, 1, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("truncatedExpenditures[AGED_DUAL]")
        .hasMessageContaining("must be finite");
    assertThatThrownBy(() -> PopulationAccumulator.ofSums(THRESHOLDS, zero, zero, new double[] {5, 0, 0, 0}, none,
        0, 0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("without eligible months");
    assertThatThrownBy(() -> PopulationAccumulator.ofSums(THRESHOLDS, new long[] {2, 0, 0, 0}, new long[] {2, 0, 0, 0},
        none, none, 1, 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("beneficiaries[ESRD] must be between 0 and rows (1), but was 2");
  }
}
