/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Stroke;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Set;

import org.acokit.benchmark.UpdatedBenchmark;
import org.acokit.contract.Band;
import org.acokit.contract.ContractResult;
import org.acokit.contract.ContractTerms;
import org.acokit.contract.PerformanceInputs;
import org.acokit.contract.ResolvedContract;
import org.acokit.contract.ShareBasis;
import org.acokit.explain.Formats;
import org.acokit.measures.equity.StratifiedRates;
import org.acokit.measures.equity.StratumRate;
import org.acokit.measures.hospital.HacrpReconciliation;
import org.acokit.measures.hospital.HrrpReconciliation;
import org.acokit.quality.MeasureScore;
import org.acokit.quality.app.AppOptionScore;
import org.acokit.quality.app.AppQualityScore;
import org.acokit.quality.mssp.MsspDomainScore;
import org.acokit.quality.mssp.MsspQualityScore;
import org.acokit.risk.SimulationResult;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYPointerAnnotation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.category.WaterfallBarRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.statistics.HistogramDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The charts of acokit's results, each one call that returns a {@link Chart} (SVG), for example
 * from JShell: {@code Charts.payment(result).writeTo(Path.of("payment.svg"))}.
 * <ul>
 * <li>{@link #payment(ResolvedContract, PerformanceInputs)}: the payment as a function of
 * spending for any contract terms, with the minimum savings and loss rates, the corridor between
 * them, the sharing bands and the caps marked where the terms put them;
 * <li>{@link #benchmark(UpdatedBenchmark)}: the benchmark from historical to updated, a
 * waterfall;
 * <li>{@link #qualityPoints(MsspQualityScore)} and {@link #qualityPoints(AppQualityScore)}:
 * quality points earned and available by measure;
 * <li>{@link #stratifiedRates(StratifiedRates)}: rates by stratum with their 95% intervals;
 * <li>{@link #settlementDistribution(SimulationResult, int)}: the histogram of simulated
 * payments;
 * <li>{@link #totalHacScores(HacrpReconciliation.Report, int)} and
 * {@link #hrrpAdjustments(HrrpReconciliation.Report, int)}: the hospital programs' distributions.
 * </ul>
 * <p>
 * Why JFreeChart 1.5 on JFreeSVG 5: one well-kept project (jfree.org, releases since 2000, both
 * on Maven Central with no transitive dependencies) that draws every chart needed here
 * (waterfalls, interval error bars, histograms, value and interval markers with labels,
 * annotations) onto a standard {@code Graphics2D}, and JFreeSVG's {@code SVGGraphics2D} turns
 * those calls into SVG text directly, with no DOM. The alternatives: XChart writes SVG through
 * VectorGraphics2D and brings PDFBox and further jars, and has no waterfall, interval markers or
 * asymmetric error bars; Apache Batik's SVG generator needs some twenty jars and an XML DOM for
 * the same output. Drawing needs no display ({@code java.awt.headless=true}) and only the JDK's
 * logical {@code SansSerif} font for measuring text (the SVG names the generic
 * {@code sans-serif} family).
 * <p>
 * Amounts are in dollars and rates in the units of the result drawn (equity rates in percent).
 * Every method is a pure function of its arguments; the class is thread-safe.
 */
public final class Charts {

  /** The default width, pixels. */
  public static final int WIDTH = 800;
  /** The default height, pixels. */
  public static final int HEIGHT = 480;

  private static final int GRID_POINTS = 401;
  private static final Color CURVE = new Color(0x1f, 0x5f, 0xa8);
  private static final Color GAIN = new Color(0x2e, 0x8b, 0x57);
  private static final Color LOSS = new Color(0xc0, 0x39, 0x2b);
  private static final Color NEUTRAL = new Color(0x55, 0x55, 0x55);
  private static final Color BAND = new Color(0x8e, 0x44, 0xad);
  private static final Color GRID = new Color(0xdd, 0xdd, 0xdd);
  private static final Stroke DASHED = new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
      new float[] {6f, 4f}, 0f);
  private static final Stroke SOLID = new BasicStroke(1.2f);
  private static final Color LABEL_BACKGROUND = new Color(255, 255, 255, 220);
  private static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);

  private Charts() {
  }

  /**
   * The payment as a function of spending for the contract's terms, with the settled year's
   * point: shared savings minus shared losses (the result's {@link ContractResult#payment()}) for
   * expenditures around the benchmark, the other inputs (quality, revenue, beneficiaries, ...)
   * those of the result. The same as {@code payment(result.contract(), result.inputs())}.
   *
   * @param result a settled year
   * @return the chart
   * @throws IllegalArgumentException as {@link #payment(ResolvedContract, PerformanceInputs)}
   */
  public static Chart payment(ContractResult result) {
    return payment(result.contract(), result.inputs());
  }

  /**
   * The payment as a function of spending for any contract terms: the contract settled at 401
   * expenditures around the input benchmark (the same benchmark and other inputs), and the given
   * year's point marked.
   * <p>
   * What is marked is read from the terms and the settlements, never assumed: the benchmark; the
   * minimum savings rate and minimum loss rate as the expenditures at which the settlement's
   * savings rate equals them, with the corridor between them shaded; each boundary between
   * sharing bands (savings and losses; measured from the first dollar, or beyond the minimum
   * rate when the terms share {@link ShareBasis#EXCESS_ONLY}); the savings cap and the loss cap
   * as horizontal lines at their dollar amounts, or named in the subtitle when they lie beyond
   * the range shown. One-sided terms (no loss bands) have no minimum loss rate or corridor marked. The expenditures span the benchmark plus and
   * minus the largest of 15%, 1.3 times the largest rate marked, and 1.3 times the year's own
   * savings rate, at most 90%; never below the inputs' spending above the stop-loss attachment
   * point.
   *
   * @param contract the resolved contract
   * @param year the inputs of one year: its benchmark centres the chart and its point is marked
   * @return the chart
   * @throws IllegalArgumentException if the contract cannot settle the inputs (as
   *     {@link ResolvedContract#settle(PerformanceInputs)}, naming the input)
   */
  public static Chart payment(ResolvedContract contract, PerformanceInputs year) {
    ContractResult at = contract.settle(year);
    ContractTerms terms = contract.terms();
    boolean excessOnly = terms.shareBasis() == ShareBasis.EXCESS_ONLY;
    double msr = at.minimumSavingsRate();
    double mlr = at.minimumLossRate();
    List<double[]> savingsBounds = bandBounds(terms.savingsBands(), excessOnly ? msr : 0);
    List<double[]> lossBounds = bandBounds(terms.lossBands(), excessOnly ? mlr : 0);
    double span = Math.max(0.15, 1.3 * Math.abs(at.savingsRate()));
    span = Math.max(span, 1.3 * Math.max(msr, terms.lossBands().isEmpty() ? 0 : mlr));
    for (double[] b : savingsBounds) {
      span = Math.max(span, 1.3 * b[0]);
    }
    for (double[] b : lossBounds) {
      span = Math.max(span, 1.3 * b[0]);
    }
    span = Math.min(span, 0.9);
    double benchmark = year.benchmark();
    double floor = year.expenditureAboveAttachmentPoint().orElse(0);
    double low = Math.max(benchmark * (1 - span), floor);
    double high = benchmark * (1 + span);

    XYSeries curve = new XYSeries("Payment to the ACO (negative: owed to the payer)", false, true);
    double[] xs = new double[GRID_POINTS];
    double[] rates = new double[GRID_POINTS];
    OptionalDouble savingsCap = OptionalDouble.empty();
    OptionalDouble lossCap = OptionalDouble.empty();
    for (int i = 0; i < GRID_POINTS; i++) {
      double x = low + (high - low) * i / (GRID_POINTS - 1);
      ContractResult r = contract.settle(year, benchmark, x);
      xs[i] = x;
      rates[i] = r.savingsRate();
      curve.add(x, r.payment());
      if (r.savingsCap().isPresent() && savingsCap.isEmpty()) {
        savingsCap = r.savingsCap();
      }
      if (r.lossCap().isPresent()) {
        lossCap = r.lossCap();
      }
    }
    JFreeChart chart = ChartFactory.createXYLineChart(null, "Expenditure ($)", "Payment ($)",
        new XYSeriesCollection(curve), PlotOrientation.VERTICAL, true, false, false);
    String title = "Payment by spending: " + terms.name();
    double top = curve.getMaxY();
    double bottom = curve.getMinY();
    String caps = (savingsCap.isPresent() && savingsCap.getAsDouble() > top ? "; savings cap "
        + dollars(savingsCap.getAsDouble()) + " above the range shown" : "")
        + (lossCap.isPresent() && -lossCap.getAsDouble() < bottom ? "; loss cap " + dollars(lossCap.getAsDouble())
            + " below the range shown" : "");
    title(chart, title, "Benchmark " + dollars(benchmark) + "; settled year: expenditure "
        + dollars(year.expenditure()) + ", payment " + dollars(at.payment()) + caps);
    XYPlot plot = chart.getXYPlot();
    style(plot);
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
    renderer.setDrawSeriesLineAsPath(true);
    renderer.setSeriesPaint(0, CURVE);
    renderer.setSeriesStroke(0, new BasicStroke(2.2f));
    plot.setRenderer(renderer);
    dollarAxis((NumberAxis) plot.getDomainAxis());
    dollarAxis((NumberAxis) plot.getRangeAxis());
    ((NumberAxis) plot.getDomainAxis()).setAutoRangeIncludesZero(false);

    plot.addRangeMarker(new ValueMarker(0, NEUTRAL, SOLID), Layer.BACKGROUND);
    int slot = 0;
    plot.addDomainMarker(label(new ValueMarker(benchmark, NEUTRAL, SOLID), "benchmark", slot++,
        at(benchmark, low, high)), Layer.FOREGROUND);
    OptionalDouble msrAt = expenditureAt(msr, xs, rates);
    boolean twoSided = !terms.lossBands().isEmpty();
    OptionalDouble mlrAt = twoSided ? expenditureAt(-mlr, xs, rates) : OptionalDouble.empty();
    if (msrAt.isPresent() && mlrAt.isPresent() && (msr > 0 || mlr > 0)) {
      IntervalMarker corridor = new IntervalMarker(Math.min(msrAt.getAsDouble(), mlrAt.getAsDouble()),
          Math.max(msrAt.getAsDouble(), mlrAt.getAsDouble()), new Color(0xf1, 0xc4, 0x0f, 60));
      plot.addDomainMarker(corridor, Layer.BACKGROUND);
    }
    if (msrAt.isPresent() && msr > 0) {
      plot.addDomainMarker(label(new ValueMarker(msrAt.getAsDouble(), GAIN, DASHED), "MSR " + percent(msr), slot++,
          at(msrAt.getAsDouble(), low, high)), Layer.FOREGROUND);
    }
    if (mlrAt.isPresent() && mlr > 0) {
      plot.addDomainMarker(label(new ValueMarker(mlrAt.getAsDouble(), LOSS, DASHED), "MLR " + percent(mlr), slot++,
          at(mlrAt.getAsDouble(), low, high)), Layer.FOREGROUND);
    }
    for (double[] b : savingsBounds) {
      OptionalDouble x = expenditureAt(b[0], xs, rates);
      if (x.isPresent()) {
        plot.addDomainMarker(label(new ValueMarker(x.getAsDouble(), BAND, DASHED), "savings band " + percent(b[1])
            + (excessOnly ? " beyond MSR" : ""), slot++, at(x.getAsDouble(), low, high)), Layer.FOREGROUND);
      }
    }
    for (double[] b : lossBounds) {
      OptionalDouble x = expenditureAt(-b[0], xs, rates);
      if (x.isPresent()) {
        plot.addDomainMarker(label(new ValueMarker(x.getAsDouble(), BAND, DASHED), "loss band " + percent(b[1])
            + (excessOnly ? " beyond MLR" : ""), slot++, at(x.getAsDouble(), low, high)), Layer.FOREGROUND);
      }
    }
    if (savingsCap.isPresent()) {
      plot.addRangeMarker(rangeLabel(new ValueMarker(savingsCap.getAsDouble(), GAIN, DASHED),
          "savings cap " + dollars(savingsCap.getAsDouble())), Layer.FOREGROUND);
    }
    if (lossCap.isPresent()) {
      plot.addRangeMarker(rangeLabel(new ValueMarker(-lossCap.getAsDouble(), LOSS, DASHED),
          "loss cap " + dollars(lossCap.getAsDouble())), Layer.FOREGROUND);
    }
    XYPointerAnnotation point = new XYPointerAnnotation("settled: " + dollars(at.payment()), year.expenditure(),
        at.payment(), at.payment() >= 0 ? Math.PI / 4 : -Math.PI / 4);
    point.setFont(LABEL_FONT);
    point.setArrowPaint(Color.BLACK);
    plot.addAnnotation(point);
    return Chart.draw(title, chart, WIDTH, HEIGHT);
  }

  /**
   * The updated benchmark's steps as a waterfall, dollars per person-year at the performance
   * year's enrollment mix (Table 2's [G] proportions): [A] the regionally-adjusted historical
   * benchmark, the change from [C] the capped risk ratio, the change from [E] the update (the
   * blended update factor or flat dollar update), and [H] the updated benchmark. The three
   * changes add up to [H] exactly (each is the difference of two proportion-weighted sums).
   *
   * @param benchmark the updated benchmark
   * @return the chart
   */
  public static Chart benchmark(UpdatedBenchmark benchmark) {
    double historical = benchmark.historicalBenchmarkExpenditures().dot(benchmark.proportions());
    double riskAdjusted = benchmark.riskAdjustedExpenditures().dot(benchmark.proportions());
    double updated = benchmark.updatedBenchmark();
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    String series = "Benchmark ($ per person-year)";
    data.addValue(historical, series, "[A] Historical");
    data.addValue(riskAdjusted - historical, series, "[C] Risk ratio");
    data.addValue(updated - riskAdjusted, series, "[E] Update");
    data.addValue(updated, series, "[H] Updated");
    JFreeChart chart = ChartFactory.createWaterfallChart(null, null, "Dollars per person-year", data,
        PlotOrientation.VERTICAL, false, false, false);
    String title = "Benchmark: historical to updated";
    title(chart, title, "Historical (regionally adjusted) " + dollars(historical) + " to updated "
        + dollars(updated) + " per person-year, at the performance year's enrollment mix");
    CategoryPlot plot = chart.getCategoryPlot();
    style(plot);
    WaterfallBarRenderer renderer = (WaterfallBarRenderer) plot.getRenderer();
    renderer.setFirstBarPaint(CURVE);
    renderer.setLastBarPaint(CURVE);
    renderer.setPositiveBarPaint(GAIN);
    renderer.setNegativeBarPaint(LOSS);
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", dollarFormat()));
    renderer.setDefaultItemLabelsVisible(true);
    renderer.setDefaultItemLabelFont(LABEL_FONT);
    NumberAxis axis = (NumberAxis) plot.getRangeAxis();
    dollarAxis(axis);
    double lowest = Math.min(Math.min(historical, riskAdjusted), updated);
    double highest = Math.max(Math.max(historical, riskAdjusted), updated);
    double pad = Math.max((highest - lowest) * 0.6, highest * 0.01);
    axis.setRange(Math.max(0, lowest - pad), highest + pad);
    return Chart.draw(title, chart, WIDTH, HEIGHT);
  }

  /**
   * The quality points earned and not earned by measure, grouped by domain, of an MSSP quality
   * score (PY2012-2020 scoring).
   *
   * @param score the quality score
   * @return the chart
   */
  public static Chart qualityPoints(MsspQualityScore score) {
    List<String> groups = new ArrayList<>();
    List<MeasureScore> measures = new ArrayList<>();
    for (MsspDomainScore d : score.domains()) {
      for (MeasureScore m : d.measureScores()) {
        groups.add(d.domain().toString());
        measures.add(m);
      }
    }
    return points("Quality points by measure, PY" + score.performanceYear(), "Quality score " + points(score.score())
        + "; quality standard " + score.standard(), groups, measures);
  }

  /**
   * The quality points earned and not earned by measure of an APP quality score: the chosen
   * reporting option's measures and CAHPS survey measures (every option's when none was
   * chosen).
   *
   * @param score the quality score
   * @return the chart
   */
  public static Chart qualityPoints(AppQualityScore score) {
    List<String> groups = new ArrayList<>();
    List<MeasureScore> measures = new ArrayList<>();
    List<AppOptionScore> options = score.chosen().isPresent() ? List.of(score.chosen().get()) : score.options();
    for (AppOptionScore o : options) {
      for (MeasureScore m : o.measureScores()) {
        groups.add(o.label());
        measures.add(m);
      }
      for (MeasureScore m : o.cahpsSurveyScores()) {
        groups.add(o.label() + " CAHPS");
        measures.add(m);
      }
    }
    return points("APP quality points by measure, PY" + score.performanceYear(), "Quality score "
        + points(score.score()) + "; quality standard " + score.standard(), groups, measures);
  }

  private static Chart points(String title, String subtitle, List<String> groups, List<MeasureScore> measures) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    Set<String> used = new LinkedHashSet<>();
    for (int i = 0; i < measures.size(); i++) {
      MeasureScore m = measures.get(i);
      String key = groups.get(i) + ": " + m.measureId();
      for (int n = 2; !used.add(key); n++) {
        key = groups.get(i) + ": " + m.measureId() + " (" + n + ")";
      }
      data.addValue(m.points(), "Points earned", key);
      data.addValue(Math.max(0, m.maxPoints() - m.points()), "Points not earned", key);
    }
    JFreeChart chart = ChartFactory.createStackedBarChart(null, null, "Points", data, PlotOrientation.HORIZONTAL,
        true, false, false);
    title(chart, title, subtitle);
    CategoryPlot plot = chart.getCategoryPlot();
    style(plot);
    BarRenderer renderer = (BarRenderer) plot.getRenderer();
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    renderer.setSeriesPaint(0, GAIN);
    renderer.setSeriesPaint(1, new Color(0xcc, 0xcc, 0xcc));
    CategoryAxis axis = plot.getDomainAxis();
    axis.setTickLabelFont(LABEL_FONT);
    axis.setMaximumCategoryLabelWidthRatio(0.45f);
    return Chart.draw(title, chart, WIDTH, Math.max(HEIGHT, 140 + 22 * measures.size()));
  }

  /**
   * A measure's rates by stratum with Wilson's 95% intervals, percent, and the overall rate as a
   * line; a suppressed stratum (or one with no denominator) is listed with no rate, as
   * {@code (suppressed)} or {@code (no denominator)}, never drawn.
   *
   * @param rates the stratified rates
   * @return the chart
   */
  public static Chart stratifiedRates(StratifiedRates rates) {
    YIntervalSeries series = new YIntervalSeries("Rate with 95% interval (Wilson)");
    List<StratumRate> strata = rates.rates();
    String[] names = new String[strata.size()];
    for (int i = 0; i < strata.size(); i++) {
      StratumRate s = strata.get(i);
      if (s.published() && s.rate().isPresent()) {
        series.add(i, s.rate().getAsDouble(), s.lower().getAsDouble(), s.upper().getAsDouble());
        names[i] = s.stratum();
      } else {
        names[i] = s.stratum() + (s.denominator() == 0 ? " (no denominator)" : " (suppressed)");
      }
    }
    YIntervalSeriesCollection data = new YIntervalSeriesCollection();
    data.addSeries(series);
    SymbolAxis strataAxis = new SymbolAxis(rates.stratifier(), names);
    strataAxis.setTickLabelFont(LABEL_FONT);
    strataAxis.setGridBandsVisible(false);
    NumberAxis rateAxis = new NumberAxis("Rate (%)");
    rateAxis.setAutoRangeIncludesZero(false);
    XYErrorRenderer renderer = new XYErrorRenderer();
    renderer.setDefaultLinesVisible(false);
    renderer.setDefaultShapesVisible(true);
    renderer.setSeriesPaint(0, CURVE);
    renderer.setErrorPaint(CURVE);
    renderer.setErrorStroke(new BasicStroke(1.6f));
    renderer.setCapLength(8);
    XYPlot plot = new XYPlot(data, strataAxis, rateAxis, renderer);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    String title = "Rates by " + rates.stratifier() + ": " + rates.measure();
    String subtitle = "Overall " + (rates.totalSuppressed() || rates.total().denominator() == 0 ? "suppressed"
        : String.format(Locale.ROOT, "%.1f%% (%d / %d)", 100.0 * rates.total().numerator()
            / rates.total().denominator(), rates.total().numerator(), rates.total().denominator()));
    JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
    title(chart, title, subtitle);
    style(plot);
    if (!rates.totalSuppressed() && rates.total().denominator() > 0) {
      double overall = 100.0 * rates.total().numerator() / rates.total().denominator();
      double lowest = overall;
      double highest = overall;
      for (StratumRate s : strata) {
        if (s.lower().isPresent()) {
          lowest = Math.min(lowest, s.lower().getAsDouble());
          highest = Math.max(highest, s.upper().getAsDouble());
        }
      }
      plot.addRangeMarker(label(new ValueMarker(overall, NEUTRAL, DASHED), String.format(Locale.ROOT, "overall %.1f%%",
          overall), 0, at(overall, lowest, highest)), Layer.BACKGROUND);
    }
    return Chart.draw(title, chart, WIDTH, Math.max(HEIGHT, 160 + 30 * strata.size()));
  }

  /**
   * The histogram of simulated payments (dollars, negative: owed), with the expected payment and
   * zero marked.
   *
   * @param result the simulation
   * @param bins the number of bins, 1 or more
   * @return the chart
   * @throws IllegalArgumentException if bins is below 1
   */
  public static Chart settlementDistribution(SimulationResult result, int bins) {
    checkBins(bins);
    String title = "Simulated settlements: " + result.description();
    String subtitle = String.format(Locale.ROOT, "%,d trials, seed %d; expected payment %s; P(savings earned) "
        + "%.1f%%; P(shared losses) %.1f%%", result.trials(), result.seed(), dollars(result.expectedPayment()),
        100 * result.probabilityEarnedSavings(), 100 * result.probabilitySharedLosses());
    List<Line> markers = List.of(new Line(0, NEUTRAL, SOLID, "0"), new Line(result.expectedPayment(), CURVE, DASHED,
        "expected " + dollars(result.expectedPayment())));
    return histogram(title, subtitle, "Payment to the ACO ($)", result.payments(), bins, true, markers);
  }

  /**
   * The histogram of the recomputed Total HAC Scores of a HACRP reconciliation, with the
   * program's penalty threshold marked (a hospital above it has its payment reduced).
   *
   * @param report the reconciliation
   * @param bins the number of bins, 1 or more
   * @return the chart
   * @throws IllegalArgumentException if bins is below 1 or the report has no hospitals
   */
  public static Chart totalHacScores(HacrpReconciliation.Report report, int bins) {
    checkBins(bins);
    if (report.rows().isEmpty()) {
      throw new IllegalArgumentException("report has no hospitals to chart");
    }
    double[] scores = report.rows().stream().mapToDouble(r -> r.result().totalHacScore()).toArray();
    double threshold = report.program().threshold();
    String title = "HACRP FY" + report.program().fiscalYear() + ": Total HAC Scores";
    long above = report.rows().stream().filter(r -> r.result().totalHacScore() > threshold).count();
    String subtitle = String.format(Locale.ROOT, "%,d hospitals; %,d above the threshold %.4f", scores.length,
        above, threshold);
    List<Line> markers = List.of(new Line(threshold, LOSS, DASHED, String.format(Locale.ROOT, "threshold %.4f",
        threshold)));
    return histogram(title, subtitle, "Total HAC Score", scores, bins, false, markers);
  }

  /**
   * The histogram of the recomputed payment adjustment factors of an HRRP reconciliation, with 1
   * (no reduction) and the fiscal year's floor marked.
   *
   * @param report the reconciliation
   * @param bins the number of bins, 1 or more
   * @return the chart
   * @throws IllegalArgumentException if bins is below 1 or the report has no hospitals
   */
  public static Chart hrrpAdjustments(HrrpReconciliation.Report report, int bins) {
    checkBins(bins);
    if (report.rows().isEmpty()) {
      throw new IllegalArgumentException("report has no hospitals to chart");
    }
    double[] factors = report.rows().stream().mapToDouble(r -> r.result().paymentAdjustmentFactor()).toArray();
    int year = report.rows().get(0).result().fiscalYear().year();
    double floor = report.rows().get(0).result().fiscalYear().floor();
    long reduced = report.rows().stream().filter(r -> r.result().paymentAdjustmentFactor() < 1).count();
    String title = "HRRP FY" + year + ": payment adjustment factors";
    String subtitle = String.format(Locale.ROOT, "%,d hospitals; %,d with a reduction", factors.length, reduced);
    List<Line> markers = List.of(new Line(1, NEUTRAL, DASHED, "1 (no reduction)"),
        new Line(floor, LOSS, DASHED, String.format(Locale.ROOT, "floor %.2f", floor)));
    return histogram(title, subtitle, "Payment adjustment factor", factors, bins, false, markers);
  }

  private static Chart histogram(String title, String subtitle, String xLabel, double[] values, int bins,
      boolean dollarsOnX, List<Line> markers) {
    checkBins(bins);
    if (values.length == 0) {
      throw new IllegalArgumentException("no values to chart for " + title);
    }
    HistogramDataset data = new HistogramDataset();
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double v : values) {
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    if (min == max) {
      min -= 0.5;
      max += 0.5;
    }
    data.addSeries("Count", values, bins, min, max);
    JFreeChart chart = ChartFactory.createHistogram(null, xLabel, "Count", data, PlotOrientation.VERTICAL, false,
        false, false);
    title(chart, title, subtitle);
    XYPlot plot = chart.getXYPlot();
    style(plot);
    XYBarRenderer renderer = (XYBarRenderer) plot.getRenderer();
    renderer.setBarPainter(new StandardXYBarPainter());
    renderer.setShadowVisible(false);
    renderer.setDrawBarOutline(true);
    renderer.setSeriesOutlinePaint(0, Color.WHITE);
    renderer.setSeriesPaint(0, CURVE);
    if (dollarsOnX) {
      dollarAxis((NumberAxis) plot.getDomainAxis());
    }
    ((NumberAxis) plot.getDomainAxis()).setAutoRangeIncludesZero(false);
    for (int i = 0; i < markers.size(); i++) {
      Line m = markers.get(i);
      plot.addDomainMarker(label(new ValueMarker(m.value, m.paint, m.stroke), m.text, i, at(m.value, min, max)),
          Layer.FOREGROUND);
    }
    return Chart.draw(title, chart, WIDTH, HEIGHT);
  }

  /** A vertical line to mark on a histogram. */
  private record Line(double value, Color paint, Stroke stroke, String text) {
  }

  private static void checkBins(int bins) {
    if (bins < 1) {
      throw new IllegalArgumentException("bins must be 1 or more, but was " + bins);
    }
  }

  /** The band boundaries as {savings or loss rate, rate of the band above}, open bands excluded. */
  private static List<double[]> bandBounds(List<Band> bands, double offset) {
    List<double[]> out = new ArrayList<>();
    for (int i = 0; i < bands.size(); i++) {
      Band b = bands.get(i);
      if (b.upper().isPresent() && i + 1 < bands.size()) {
        out.add(new double[] {offset + b.upper().getAsDouble(), bands.get(i + 1).rate()});
      }
    }
    return out;
  }

  /**
   * The expenditure at which the settlement's savings rate equals {@code rate}, interpolated
   * between the grid's settlements; empty outside the grid.
   */
  static OptionalDouble expenditureAt(double rate, double[] xs, double[] rates) {
    for (int i = 1; i < xs.length; i++) {
      double a = rates[i - 1];
      double b = rates[i];
      if ((a >= rate && b <= rate) || (a <= rate && b >= rate)) {
        double t = a == b ? 0 : (rate - a) / (b - a);
        return OptionalDouble.of(xs[i - 1] + t * (xs[i] - xs[i - 1]));
      }
    }
    return OptionalDouble.empty();
  }

  private static void title(JFreeChart chart, String title, String subtitle) {
    chart.setTitle(new TextTitle(title, new Font(Font.SANS_SERIF, Font.BOLD, 16)));
    TextTitle sub = new TextTitle(subtitle, new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    sub.setPaint(NEUTRAL);
    chart.addSubtitle(sub);
    chart.setBackgroundPaint(Color.WHITE);
    chart.setAntiAlias(true);
  }

  private static void style(XYPlot plot) {
    plot.setBackgroundPaint(Color.WHITE);
    plot.setDomainGridlinePaint(GRID);
    plot.setRangeGridlinePaint(GRID);
    plot.setOutlinePaint(NEUTRAL);
  }

  private static void style(CategoryPlot plot) {
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(GRID);
    plot.setOutlinePaint(NEUTRAL);
    plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
  }

  /**
   * Labels a vertical line at the top of the plot, in row {@code slot} (so that neighbouring
   * labels do not overlap), on the side of the line with more room: {@code at} is the line's
   * position from the left (0) to the right (1) of the data's range.
   */
  private static Marker label(Marker marker, String text, int slot, double at) {
    marker.setLabel(text);
    marker.setLabelFont(LABEL_FONT);
    marker.setLabelPaint(paintOf(marker));
    marker.setLabelBackgroundColor(LABEL_BACKGROUND);
    boolean right = at < 0.5;
    marker.setLabelAnchor(right ? RectangleAnchor.TOP_RIGHT : RectangleAnchor.TOP_LEFT);
    marker.setLabelTextAnchor(right ? TextAnchor.TOP_LEFT : TextAnchor.TOP_RIGHT);
    marker.setLabelOffset(new RectangleInsets(4 + 14 * (slot % 8), 4, 4, 4));
    return marker;
  }

  private static double at(double value, double low, double high) {
    return high > low ? (value - low) / (high - low) : 0.5;
  }

  private static Marker rangeLabel(Marker marker, String text) {
    marker.setLabel(text);
    marker.setLabelFont(LABEL_FONT);
    marker.setLabelPaint(paintOf(marker));
    marker.setLabelBackgroundColor(LABEL_BACKGROUND);
    marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
    marker.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
    return marker;
  }

  private static Paint paintOf(Marker marker) {
    return marker.getPaint() instanceof Color c ? c.darker() : Color.BLACK;
  }

  private static void dollarAxis(NumberAxis axis) {
    axis.setNumberFormatOverride(dollarFormat());
  }

  private static NumberFormat dollarFormat() {
    return new DecimalFormat("$#,##0;-$#,##0", DecimalFormatSymbols.getInstance(Locale.US));
  }

  private static String dollars(double amount) {
    return (amount < 0 ? "-$" : "$") + String.format(Locale.ROOT, "%,.0f", Math.abs(amount));
  }

  private static String percent(double rate) {
    return Formats.percent(rate);
  }

  private static String points(double score) {
    return String.format(Locale.ROOT, "%.2f", score);
  }
}
