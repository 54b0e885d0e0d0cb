/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.acokit.contract.Band;
import org.acokit.contract.ContractResult;
import org.acokit.contract.ContractTerms;
import org.acokit.contract.PerformanceInputs;
import org.acokit.contract.ResolvedContract;
import org.acokit.measures.equity.CellSuppression;
import org.acokit.measures.equity.EquityReport;
import org.acokit.measures.equity.Reference;
import org.acokit.measures.equity.Simulation;
import org.acokit.measures.equity.StratifiedRates;
import org.acokit.measures.evaluation.PerformanceCounts;
import org.acokit.quality.Direction;
import org.acokit.report.SettlementReport;
import org.acokit.report.SettlementReportReader;
import org.acokit.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML reports: self-contained (no script, no external reference, a policy that forbids
 * loading anything), every text escaped, figures as shown.
 */
class ReportsTest {

  static final String ATTACK = "<img src=x onerror=alert(1)><script>alert('x')</script>\"'&";

  /** Everything a page could load or run: any of these in a report is a failure. */
  static void assertSelfContained(String html) {
    assertThat(html).startsWith("<!DOCTYPE html>")
        .contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';")
        .doesNotContain("NaN").doesNotContain("Infinity");
    // every '<' of text is escaped, so each '<' starts a real tag: none may load or run anything
    assertThat(Pattern.compile("<\\s*(script|img|iframe|link|object|embed|base|form)\\b", Pattern.CASE_INSENSITIVE)
        .matcher(html).find()).as("a tag that loads or runs").isFalse();
    assertThat(Pattern.compile("<[^>]*\\s(on\\w+|src|href|xlink:href)\\s*=", Pattern.CASE_INSENSITIVE).matcher(html)
        .find()).as("an attribute that loads or runs").isFalse();
    // the only URLs are the SVG namespace names (never fetched)
    Matcher m = Pattern.compile("https?://[^'\"\\s<]+").matcher(html);
    while (m.find()) {
      assertThat(m.group()).isIn("http://www.w3.org/2000/svg", "http://www.w3.org/1999/xlink",
          "http://www.jfree.org/jfreesvg/svg");
    }
  }

  @Test
  void theCheckFindsMarkup() {
    String page = "<!DOCTYPE html><meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';\">";
    assertSelfContained(page + "&lt;img src=x onerror=alert(1)&gt;");
    for (String bad : List.of("<img src=x>", "<SCRIPT>", "<div onclick=\"x\">", "<a href=\"https://example.org\">",
        "<p>see https://example.org</p>")) {
      assertThatThrownBy(() -> assertSelfContained(page + bad)).as(bad).isInstanceOf(AssertionError.class);
    }
  }

  @Test
  void settlementShowsTheStepsTheFiguresAndTheChart(@TempDir Path dir) throws Exception {
    ContractTerms terms = ContractTerms.builder().name("Plan A").minimumSavingsRate(0.02).minimumLossRate(0.02)
        .addSavingsBands(Band.flat(0.5)).addLossBands(Band.flat(0.4)).build();
    ContractResult r = ResolvedContract.of(terms).settle(PerformanceInputs.builder().benchmark(10_000_000)
        .expenditure(10_250_000).build());
    Report report = Reports.settlement(r);
    String html = report.html();
    assertSelfContained(html);
    assertThat(r.payment()).isEqualTo(-100_000);
    assertThat(html).contains("<title>Settlement: Plan A</title>", "-$100,000.00", "Losses", "-2.5%",
        "id=\"chart-payment\"", "<svg ", "Payment by spending: Plan A", "MLR 2%");
    assertThat(html).doesNotContain("-0.00").doesNotContain("-$0.00");
    Path file = report.writeTo(dir.resolve("a/settlement.html"));
    assertThat(Files.readString(file)).isEqualTo(html);
    assertThat(report.title()).isEqualTo("Settlement: Plan A");
  }

  @Test
  void noTextCanAddMarkup() {
    ContractTerms terms = ContractTerms.builder().name(ATTACK).source(ATTACK).addSavingsBands(Band.flat(0.5)).build();
    String settlement = Reports.settlement(ResolvedContract.of(terms).settle(PerformanceInputs.builder()
        .benchmark(1_000_000).expenditure(900_000).build())).html();
    assertSelfContained(settlement);
    assertThat(settlement).contains("&lt;img src=x onerror=alert(1)&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"
        + "&quot;&#39;&amp;");

    Map<String, PerformanceCounts> counts = new LinkedHashMap<>();
    counts.put(ATTACK, new PerformanceCounts(40, 100));
    counts.put("Group B", new PerformanceCounts(60, 110));
    counts.put("tiny</td><td>", new PerformanceCounts(1, 4));
    StratifiedRates rates = StratifiedRates.ofCounts(ATTACK, "race</th>", Direction.HIGHER_IS_BETTER, counts,
        CellSuppression.CMS);
    String equity = Reports.equity(EquityReport.ofRates(List.of(rates), Map.of(), Reference.LARGEST,
        Simulation.DEFAULT)).html();
    assertSelfContained(equity);
    assertThat(equity).doesNotContain("</td><td>\u2013").doesNotContain("race</th>")
        .contains("tiny&lt;/td&gt;&lt;td&gt;").contains("Group B");
  }

  @Test
  void equityShowsRatesIntervalsAndSuppression() {
    Map<String, PerformanceCounts> counts = new LinkedHashMap<>();
    counts.put("White", new PerformanceCounts(700, 1000));
    counts.put("Black", new PerformanceCounts(120, 200));
    counts.put("Asian", new PerformanceCounts(2, 6));
    counts.put("Other", new PerformanceCounts(9, 40));
    StratifiedRates rates = StratifiedRates.ofCounts("Screening", "race", Direction.HIGHER_IS_BETTER, counts,
        CellSuppression.CMS);
    EquityReport report = EquityReport.ofRates(List.of(rates), Map.of(), Reference.LARGEST, Simulation.DEFAULT);
    assertThat(report.sections()).hasSize(1);
    assertThat(report.sections().get(0).disparities()).isNotEmpty();
    String html = Reports.equity(report).html();
    assertSelfContained(html);
    // 120/200 = 60.00%, Wilson 95%: 53.08% to 66.54%
    assertThat(rates.rate("Asian").published()).isFalse();
    assertThat(html).contains("Screening by race", "60.00", "53.08", "66.54", "PRIMARY", "Rates by race: Screening",
        "Asian (suppressed)")
        .contains("id=\"section-1-chart\"");
  }

  @Test
  void replayShowsEveryCellReproducedOrNot() {
    SettlementReport report = SettlementReportReader.read(SharedData.subfolder("mssp-settlement-report-a1540-py2022"));
    String html = Reports.replay(report, 1e-9).html();
    assertSelfContained(html);
    assertThat(html).contains("185 reproduced to a relative error of 1.0E-9", "<td>reproduced</td>",
        "id=\"chart-benchmark\"", "id=\"chart-payment\"", "BASIC Level B").doesNotContain("NOT reproduced");
    assertThatThrownBy(() -> Reports.replay(report, -1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tolerance must be a finite number 0 or more, but was -1.0");
  }
}
