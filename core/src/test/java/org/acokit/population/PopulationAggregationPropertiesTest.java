/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Invariants of the population aggregation: merging partials in any grouping gives the one-pass
 * result (counts exactly, sums within 1e-12 relative: floating-point addition is not associative),
 * truncation never raises a value, and row order does not matter.
 */
class PopulationAggregationPropertiesTest {

  private static final ExpenditureThresholds THRESHOLDS =
      ExpenditureThresholds.of(EnrollmentVector.of(400000, 150000, 200000, 120000));

  @Property(tries = 200)
  void mergingPartialsInAnyGroupingEqualsOnePass(@ForAll long seed, @ForAll @IntRange(min = 1, max = 3000) int rows,
      @ForAll @Size(min = 1, max = 8) List<@IntRange(min = 0, max = 3000) Integer> cuts) {
    BeneficiaryYearColumns columns = SyntheticPopulation.generate(seed, rows);
    PopulationSummary onePass = new PopulationAccumulator(THRESHOLDS).add(columns, 0, rows, "t", f -> { })
        .toSummary(1.0);
    List<Integer> bounds = new ArrayList<>();
    bounds.add(0);
    cuts.stream().map(c -> Math.min(c, rows)).sorted().forEach(bounds::add);
    bounds.add(rows);
    // Merge right to left, a different grouping from the one pass.
    PopulationAccumulator merged = new PopulationAccumulator(THRESHOLDS);
    for (int k = bounds.size() - 1; k > 0; k--) {
      PopulationAccumulator part = new PopulationAccumulator(THRESHOLDS)
          .add(columns, bounds.get(k - 1), bounds.get(k), "t", f -> { });
      merged = part.merge(merged);
    }
    PopulationSummary grouped = merged.toSummary(1.0);
    assertThat(grouped.beneficiaries()).isEqualTo(onePass.beneficiaries());
    assertThat(grouped.rows()).isEqualTo(onePass.rows());
    for (EnrollmentType t : EnrollmentType.values()) {
      assertThat(grouped.personYears().get(t)).isCloseTo(onePass.personYears().get(t),
          within(1e-12 * Math.max(1, onePass.personYears().get(t))));
      assertThat(grouped.perCapitaExpenditures().get(t)).isCloseTo(onePass.perCapitaExpenditures().get(t),
          within(1e-12 * Math.max(1, Math.abs(onePass.perCapitaExpenditures().get(t)))));
      assertThat(grouped.riskScores().get(t)).isCloseTo(onePass.riskScores().get(t), within(1e-12));
    }
  }

  @Property(tries = 1000)
  void truncationNeverRaisesAValue(@ForAll @DoubleRange(min = -1e7, max = 1e7) double annualized,
      @ForAll @DoubleRange(min = 1, max = 1e6) double threshold) {
    ExpenditureThresholds thresholds = ExpenditureThresholds.of(EnrollmentVector.of(threshold, threshold, threshold,
        threshold));
    double truncated = thresholds.truncate(EnrollmentType.ESRD, annualized);
    assertThat(Math.abs(truncated)).isLessThanOrEqualTo(Math.abs(annualized));
    assertThat(Math.abs(truncated)).isLessThanOrEqualTo(threshold);
    assertThat(truncated).isLessThanOrEqualTo(Math.max(annualized, -threshold));
  }

  @Property(tries = 100)
  void rowOrderDoesNotMatter(@ForAll long seed, @ForAll @IntRange(min = 2, max = 2000) int rows) {
    BeneficiaryYearColumns columns = SyntheticPopulation.generate(seed, rows);
    BeneficiaryYearColumns reversed = reverse(columns);
    PopulationSummary a = PopulationAggregation.aggregate(columns, THRESHOLDS, 1.0).summary();
    PopulationSummary b = PopulationAggregation.aggregate(reversed, THRESHOLDS, 1.0).summary();
    assertThat(b.beneficiaries()).isEqualTo(a.beneficiaries());
    for (EnrollmentType t : EnrollmentType.values()) {
      assertThat(b.perCapitaExpenditures().get(t)).isCloseTo(a.perCapitaExpenditures().get(t),
          within(1e-12 * Math.max(1, Math.abs(a.perCapitaExpenditures().get(t)))));
    }
  }

  private static BeneficiaryYearColumns reverse(BeneficiaryYearColumns c) {
    int n = c.size();
    byte[][] months = new byte[4][n];
    double[][] spend = new double[4][n];
    double[] risk = new double[n];
    for (int i = 0; i < n; i++) {
      for (EnrollmentType t : EnrollmentType.values()) {
        months[t.ordinal()][n - 1 - i] = (byte) c.months(t, i);
        spend[t.ordinal()][n - 1 - i] = c.expenditure(t, i);
      }
      risk[n - 1 - i] = c.riskScore(i);
    }
    return BeneficiaryYearColumns.of(months, spend, risk, null);
  }
}
