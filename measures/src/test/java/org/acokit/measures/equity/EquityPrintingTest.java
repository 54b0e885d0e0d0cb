/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.equity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.acokit.explain.Formats;
import org.acokit.measures.evaluation.PerformanceCounts;
import org.acokit.quality.Direction;
import org.junit.jupiter.api.Test;

/**
 * Equity results print as short tables: rates in percent, suppressed counts hidden, no negative
 * zero, no internal {@code toString}.
 */
class EquityPrintingTest {

  /** Checks every printed result of the measures module must pass. */
  static void printsCleanly(String text) {
    assertThat(text.length()).as(text).isLessThan(1000);
    assertThat(text).doesNotContain("-0.00", "NaN", "Infinity", "Optional", "@", "{", "=");
  }

  private static StratifiedRates rates() {
    Map<String, PerformanceCounts> counts = new LinkedHashMap<>();
    counts.put("White", new PerformanceCounts(300, 400));
    counts.put("Black", new PerformanceCounts(200, 300));
    counts.put("Asian", new PerformanceCounts(30, 50));
    counts.put("Other", new PerformanceCounts(3, 8));
    counts.put("Unknown", new PerformanceCounts(0, 0));
    return StratifiedRates.ofCounts("http://example.org/Measure/CMS125", "race", Direction.HIGHER_IS_BETTER, counts,
        CellSuppression.CMS);
  }

  @Test
  void theEquityRecordsPrintAsTables() {
    Disparity d = new Disparity("Black", "White", 66.6667, 75.0, -8.3333, -15.2, -1.6, OptionalDouble.of(0.8889),
        OptionalDouble.of(0.81), OptionalDouble.of(0.97), 0.0123, OptionalDouble.of(0.3333), true, true);
    String disparity = d.toString();
    printsCleanly(disparity);
    assertThat(disparity).startsWith("Black vs White\n").contains("66.67%", "75.00%", "-8.33 (95% CI -15.20 to -1.60)",
        "0.8889 (95% CI 0.8100 to 0.9700)", "0.0123", "33.33%", "Meaningful (AHRQ)");

    StratumRate shown = new StratumRate("White", 300, 400, OptionalDouble.of(75.0), OptionalDouble.of(70.5),
        OptionalDouble.of(79.0), Suppression.NONE);
    printsCleanly(shown.toString());
    assertThat(shown.toString()).contains("300", "400", "75.00%", "70.50% to 79.00%").endsWith("no\n");
    StratumRate hidden = new StratumRate("Other", 3, 8, OptionalDouble.empty(), OptionalDouble.empty(),
        OptionalDouble.empty(), Suppression.PRIMARY);
    assertThat(hidden.toString().lines().skip(2).findFirst().orElseThrow()).doesNotContain("3", "8").contains("*",
        "yes (small cell)");

    SummaryEstimate e = new SummaryEstimate("healthequal", SummaryMeasure.D, -0.0000001, OptionalDouble.of(0.5),
        OptionalDouble.of(-1.0), OptionalDouble.of(1.0), IntervalMethod.ANALYTIC);
    String estimate = e.toString();
    printsCleanly(estimate);
    assertThat(estimate).startsWith("healthequal\n").contains("0.0000", "0.5000", "-1.0000 to 1.0000", "analytic")
        .doesNotContain("-0.0000 ");
  }

  @Test
  void stratifiedRatesPrintPercentsAndHideSuppressedCounts() {
    String text = rates().toString();
    printsCleanly(text);
    assertThat(text.lines().findFirst()).hasValue("http://example.org/Measure/CMS125 by race (higher is better)");
    assertThat(text).contains("Rate (%)").contains("75.00%").contains("66.67%").contains("yes (small cell)")
        .contains("yes (complementary)");
    String other = text.lines().filter(l -> l.startsWith("Other")).findFirst().orElseThrow();
    assertThat(other).doesNotContain("3").doesNotContain("8").contains("*");
    String white = text.lines().filter(l -> l.startsWith("White")).findFirst().orElseThrow();
    assertThat(white).contains("300", "400", "75.00%", "% to ");
  }

  @Test
  void equityReportPrintsOneRowPerSection() {
    EquityReport report = EquityReport.ofRates(List.of(rates()), Map.of(), Reference.LARGEST, Simulation.DEFAULT);
    String text = report.toString();
    printsCleanly(text);
    assertThat(text).startsWith("Equity report: 1 section\n").contains("CMS125").contains("race")
        .contains("2 of 5 with a rate").contains("  White  ").endsWith("every rate, disparity and summary measure: toCsv()\n");
    assertThat(text).doesNotContain("http://");
  }

  @Property(tries = 200)
  void everyPublishedRatePrintsAsItsPercent(@ForAll @IntRange(min = 0, max = 5000) int num,
      @ForAll @IntRange(min = 0, max = 5000) int extra) {
    Map<String, PerformanceCounts> counts = new LinkedHashMap<>();
    counts.put("a", new PerformanceCounts(num, num + extra));
    counts.put("b", new PerformanceCounts(extra, num + extra));
    StratifiedRates r = StratifiedRates.ofCounts("m", "s", Direction.LOWER_IS_BETTER, counts, new CellSuppression(0));
    String text = r.toString();
    assertThat(text).doesNotContain("-0.00", "NaN", "Infinity");
    if (num + extra > 0) {
      assertThat(text).contains(Formats.percent((double) num / (num + extra), 2));
    }
  }
}
