/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.GraphicsEnvironment;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;

import javax.xml.parsers.DocumentBuilderFactory;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.acokit.benchmark.UpdatedBenchmark;
import org.acokit.contract.Band;
import org.acokit.contract.Cap;
import org.acokit.contract.ContractResult;
import org.acokit.contract.ContractTerms;
import org.acokit.contract.PerformanceInputs;
import org.acokit.contract.ResolvedContract;
import org.acokit.measures.equity.CellSuppression;
import org.acokit.measures.equity.StratifiedRates;
import org.acokit.measures.evaluation.PerformanceCounts;
import org.acokit.population.EnrollmentVector;
import org.acokit.quality.Direction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/**
 * Charts drawn headless: well-formed SVG, the terms' thresholds and caps marked where the terms put
 * them, text escaped.
 */
class ChartsTest {

  /** MSR 2%, MLR 2%, first-dollar savings bands 50% to 5% then 30%, losses 40%, caps 10% and 4%. */
  static final ContractTerms TERMS = ContractTerms.builder().name("Test contract").minimumSavingsRate(0.02)
      .minimumLossRate(0.02).addSavingsBands(Band.of(0, 0.05, 0.5), Band.above(0.05, 0.3))
      .addLossBands(Band.flat(0.4)).savingsCap(Cap.ofBenchmark(0.10)).lossCap(Cap.ofBenchmark(0.04)).build();
  static final PerformanceInputs YEAR = PerformanceInputs.builder().benchmark(100_000_000).expenditure(95_000_000)
      .build();

  static Document parse(String svg) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    return f.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
  }

  @Test
  void drawsHeadless() {
    assertThat(GraphicsEnvironment.isHeadless()).isTrue();
    assertThat(System.getProperty("java.awt.headless")).isEqualTo("true");
  }

  @Test
  void paymentChartMarksTheTermsThresholdsBandsAndCaps(@TempDir Path dir) throws Exception {
    Chart chart = Charts.payment(ResolvedContract.of(TERMS).settle(YEAR));
    String svg = chart.svg();
    Document doc = parse(svg);
    assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("svg");
    assertThat(doc.getDocumentElement().getAttribute("viewBox")).isEqualTo("0.0 0.0 800.0 480.0");
    assertThat(svg).contains("Payment by spending: Test contract", "MSR 2%", "MLR 2%", "savings band 30%",
        "loss cap $4,000,000", "savings cap $10,000,000 above the range", "settled: $2,500,000", "benchmark");
    assertThat(svg).doesNotContain("NaN", "Infinity");
    Path file = chart.writeTo(dir.resolve("sub/payment.svg"));
    assertThat(Files.readString(file)).startsWith("<?xml").contains(svg);
    parse(Files.readString(file));
    assertThat(chart.title()).isEqualTo("Payment by spending: Test contract");
    assertThat(chart.toString()).contains("800x480");
  }

  @Test
  void oneSidedTermsHaveNoLossThresholdOrCap() {
    ContractTerms oneSided = ContractTerms.builder().name("One-sided").minimumSavingsRate(0.03)
        .addSavingsBands(Band.flat(0.5)).build();
    String svg = Charts.payment(ResolvedContract.of(oneSided).settle(YEAR)).svg();
    assertThat(svg).contains("MSR 3%", "settled: $2,500,000").doesNotContain("MLR", "loss cap", "loss band");
  }

  @Test
  void thresholdsAreWhereTheSettlementCrossesThem() {
    ResolvedContract c = ResolvedContract.of(TERMS);
    int n = 101;
    double[] xs = new double[n];
    double[] rates = new double[n];
    for (int i = 0; i < n; i++) {
      xs[i] = 80_000_000 + 400_000.0 * i;
      rates[i] = c.settle(YEAR, 100_000_000, xs[i]).savingsRate();
    }
    double atMsr = Charts.expenditureAt(0.02, xs, rates).getAsDouble();
    assertThat(atMsr).isCloseTo(98_000_000, org.assertj.core.api.Assertions.within(1e-6));
    assertThat(c.settle(YEAR, 100_000_000, atMsr).savingsRate()).isCloseTo(0.02,
        org.assertj.core.api.Assertions.within(1e-12));
    assertThat(Charts.expenditureAt(-0.02, xs, rates).getAsDouble()).isCloseTo(102_000_000,
        org.assertj.core.api.Assertions.within(1e-6));
    assertThat(Charts.expenditureAt(0.5, xs, rates)).isEqualTo(OptionalDouble.empty());
  }

  @Property(tries = 200)
  void interpolationInvertsALinearGrid(@ForAll @DoubleRange(min = -0.19, max = 0.19) double rate) {
    int n = 41;
    double[] xs = new double[n];
    double[] rates = new double[n];
    for (int i = 0; i < n; i++) {
      xs[i] = 80 + i;
      rates[i] = 1 - xs[i] / 100;
    }
    assertThat(Charts.expenditureAt(rate, xs, rates).getAsDouble()).isCloseTo(100 * (1 - rate),
        org.assertj.core.api.Assertions.within(1e-9));
  }

  @Test
  void benchmarkWaterfallShowsTheStepsFromHistoricalToUpdated() throws Exception {
    UpdatedBenchmark b = UpdatedBenchmark.builder()
        .historicalBenchmarkExpenditures(EnrollmentVector.of(90_000, 13_000, 19_000, 12_000))
        .riskScoresBy3(EnrollmentVector.of(1, 1, 1, 1)).riskScoresPerformanceYear(EnrollmentVector.of(1.01, 1.02, 1, 1.05))
        .updateFactors(EnrollmentVector.of(1.05, 1.05, 1.05, 1.05))
        .proportions(EnrollmentVector.of(0.1, 0.1, 0.1, 0.7)).build();
    String svg = Charts.benchmark(b).svg();
    parse(svg);
    // historical 0.1 x (90,000 + 13,000 + 19,000) + 0.7 x 12,000 = 20,600; risk ratios capped at 1.03,
    // update 1.05: 0.1 x (95,445 + 13,923 + 19,950) + 0.7 x 12,978 = 22,016.40
    assertThat(b.updatedBenchmark()).isCloseTo(22_016.40, org.assertj.core.api.Assertions.within(1e-6));
    assertThat(svg).contains("[A] Historical", "[C] Risk ratio", "[E] Update", "[H] Updated",
        "Historical (regionally adjusted) $20,600 to updated $22,016 per person-year");
  }

  @Test
  void stratifiedRatesEscapeNamesAndNeverDrawASuppressedStratum() throws Exception {
    Map<String, PerformanceCounts> counts = new LinkedHashMap<>();
    counts.put("<b>A</b> & \"B\"", new PerformanceCounts(40, 100));
    counts.put("C", new PerformanceCounts(55, 120));
    counts.put("Small", new PerformanceCounts(3, 8));
    StratifiedRates rates = StratifiedRates.ofCounts("<script>alert(1)</script>", "race", Direction.HIGHER_IS_BETTER,
        counts, CellSuppression.CMS);
    String svg = Charts.stratifiedRates(rates).svg();
    parse(svg);
    assertThat(svg).doesNotContain("<script", "<b>").contains("&lt;script&gt;", "&lt;b&gt;A&lt;/b&gt; &amp;")
        .contains("Small (suppressed)").contains("Rate (%)");
  }

  @Test
  void histogramsRefuseBadBins() {
    assertThatThrownBy(() -> Charts.settlementDistribution(null, 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bins must be 1 or more, but was 0");
    assertThatThrownBy(() -> Charts.totalHacScores(null, -3)).hasMessage("bins must be 1 or more, but was -3");
  }
}
