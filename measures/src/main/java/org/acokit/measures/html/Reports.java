/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.acokit.benchmark.UpdatedBenchmark;
import org.acokit.contract.ContractResult;
import org.acokit.measures.chart.Charts;
import org.acokit.measures.equity.Disparity;
import org.acokit.measures.equity.EquityReport;
import org.acokit.measures.equity.StratumRate;
import org.acokit.measures.equity.SummaryEstimate;
import org.acokit.measures.hospital.HacrpReconciliation;
import org.acokit.measures.hospital.HrrpReconciliation;
import org.acokit.measures.html.Page.Row;
import org.acokit.population.EnrollmentType;
import org.acokit.program.mssp.MsspResult;
import org.acokit.quality.MeasureScore;
import org.acokit.quality.ScoreStatus;
import org.acokit.quality.app.AppOptionScore;
import org.acokit.quality.app.AppQualityScore;
import org.acokit.quality.mssp.MsspDomainScore;
import org.acokit.quality.mssp.MsspQualityScore;
import org.acokit.report.ReplayedCell;
import org.acokit.report.SettlementReport;
import org.acokit.report.SettlementReportReplay;

/**
 * Self-contained HTML reports of acokit's results, one {@link Report} (one file) each, for
 * example from JShell: {@code Reports.settlement(result).writeTo(Path.of("settlement.html"))}.
 * <ul>
 * <li>{@link #settlement(ContractResult)}: any contract's settlement, its lettered steps and the
 * payment-by-spending chart; {@link #settlement(MsspResult, UpdatedBenchmark)}: an MSSP year's
 * Table 2 and Table 3 with the payment and benchmark charts;
 * <li>{@link #replay(SettlementReport, double)}: a CMS financial reconciliation report replayed,
 * every cell with CMS's value, acokit's value and whether it was reproduced;
 * <li>{@link #qualityScore(MsspQualityScore)} and {@link #qualityScore(AppQualityScore)}:
 * measures, points, domains (or reporting options) and the points chart;
 * <li>{@link #equity(EquityReport)}: stratified rates with intervals, disparities and summary
 * measures, with a chart per section;
 * <li>{@link #hospitalSafety(HacrpReconciliation.Report, HrrpReconciliation.Report)}: the HACRP
 * and HRRP results against CMS's published values.
 * </ul>
 * <p>
 * Each page shows its key figures and charts first, then the tables. Each page has its CSS and its charts (inline SVG from {@link Charts}) in the one file, no
 * script, and a Content-Security-Policy that forbids loading anything, so it opens offline and
 * cannot reach the network. Every text from the results (measure names, strata, labels) is
 * HTML-escaped, so no input can add markup. Dollars print with {@code $} to the cent, rates as
 * percents, no negative zero; the results keep the unrounded values. Every method is a pure
 * function of its arguments; the class is thread-safe.
 */
public final class Reports {

  private static final int HISTOGRAM_BINS = 40;

  private Reports() {
  }

  /**
   * The settlement of one year of any contract: key figures, the payment-by-spending chart
   * ({@link Charts#payment(ContractResult)}) and the lettered steps (row, label, value, formula).
   *
   * @param result the settlement
   * @return the report
   * @throws IllegalArgumentException as {@link Charts#payment(ContractResult)}
   */
  public static Report settlement(ContractResult result) {
    String title = "Settlement: " + result.terms().name();
    Page page = new Page(title, result.terms().source().map(s -> "Terms: " + s).orElse("Contract terms as given"));
    page.figures(settlementFigures(result));
    page.chart("chart-payment", Charts.payment(result));
    page.explanation("steps", result.explain());
    return page.build();
  }

  /**
   * An MSSP year's settlement: key figures, the benchmark waterfall, the payment-by-spending
   * chart, Table 2 (the updated benchmark) and Table 3 (shared savings and losses).
   *
   * @param result the settlement
   * @param benchmark the updated benchmark the settlement used (its [H] is the settlement's per
   *     capita benchmark)
   * @return the report
   * @throws IllegalArgumentException as {@link Charts#payment(ContractResult)}
   */
  public static Report settlement(MsspResult result, UpdatedBenchmark benchmark) {
    String title = "MSSP settlement PY" + result.input().performanceYear() + ", " + result.input().track().label();
    Page page = new Page(title, String.format(Locale.ROOT, "%,d assigned beneficiaries; agreement start %s",
        result.input().assignedBeneficiaries(), result.input().agreementStart()));
    List<String[]> figures = new ArrayList<>();
    figures.add(new String[] {"earned", "Earned savings (losses)", Page.dollars(result.earnedSavingsLosses())});
    figures.add(new String[] {"benchmark", "Updated benchmark per capita", Page.dollars(benchmark.updatedBenchmark())});
    figures.addAll(settlementFigures(result.contractResult()));
    page.figures(figures);
    page.chart("chart-benchmark", Charts.benchmark(benchmark));
    page.chart("chart-payment", Charts.payment(result.contractResult()));
    page.explanation("table2", benchmark.explain());
    page.explanation("table3", result.explain());
    return page.build();
  }

  private static List<String[]> settlementFigures(ContractResult r) {
    List<String[]> f = new ArrayList<>();
    f.add(new String[] {"payment", "Payment to the ACO", Page.dollars(r.payment())});
    f.add(new String[] {"outcome", "Outcome", r.outcome().toString()});
    f.add(new String[] {"savings-rate", "Savings rate", Page.percent(r.savingsRate())});
    f.add(new String[] {"settlement-benchmark", "Settlement benchmark", Page.dollars(r.settlementBenchmark())});
    return f;
  }

  /**
   * A CMS financial reconciliation report replayed ({@link SettlementReportReplay}): the counts
   * of values recomputed and reproduced, the benchmark and payment charts of the replayed
   * settlement, every value acokit recomputes from the report's inputs with CMS's published value,
   * the relative error and whether it was reproduced, and the report's parameters.
   *
   * @param report the report as read by {@code SettlementReportReader}
   * @param tolerance the relative error a reproduced cell may have, such as 1e-9
   * @return the report
   * @throws IllegalArgumentException if the tolerance is negative or not finite, or the report
   *     lacks an input ({@link SettlementReportReplay#replay(SettlementReport)})
   */
  public static Report replay(SettlementReport report, double tolerance) {
    if (!(tolerance >= 0) || Double.isInfinite(tolerance)) {
      throw new IllegalArgumentException("tolerance must be a finite number 0 or more, but was " + tolerance);
    }
    List<ReplayedCell> cells = SettlementReportReplay.replay(report);
    int published = 0;
    int reproduced = 0;
    List<Row> rows = new ArrayList<>();
    for (ReplayedCell c : cells) {
      String status;
      String css;
      if (c.published().isEmpty()) {
        status = "not published";
        css = "na";
      } else {
        published++;
        boolean ok = c.isReproduced(tolerance);
        reproduced += ok ? 1 : 0;
        status = ok ? "reproduced" : "NOT reproduced";
        css = ok ? "" : "bad";
      }
      rows.add(new Row(css, c.table(), c.row(), c.enrollmentType().map(EnrollmentType::label).orElse(""), c.column(),
          Page.number(c.published(), "%,.10g"), Page.number(c.computed(), "%,.10g"),
          Page.number(c.relativeError(), "%.2e"), status));
    }
    String aco = report.parameter("ACO Track").orElse("track not given");
    String year = report.parameter("Performance Year for which ACO is Being Reconciled").orElse("period not given");
    String title = "Replayed CMS settlement report: " + aco + ", " + year;
    Page page = new Page(title, String.format(Locale.ROOT, "%d values recomputed, %d published by CMS, %d reproduced"
        + " to a relative error of %s", cells.size(), published, reproduced, tolerance));
    page.figures(List.of(new String[] {"computed", "Values recomputed", Integer.toString(cells.size())},
        new String[] {"published", "Published by CMS", Integer.toString(published)},
        new String[] {"reproduced", "Reproduced", Integer.toString(reproduced)},
        new String[] {"not-reproduced", "Not reproduced", Integer.toString(published - reproduced)}));
    MsspResult settlement = SettlementReportReplay.settle(report);
    UpdatedBenchmark benchmark = SettlementReportReplay.updatedBenchmark(report);
    page.heading("Charts from the replayed settlement", "charts");
    page.chart("chart-benchmark", Charts.benchmark(benchmark));
    page.chart("chart-payment", Charts.payment(settlement.contractResult()));
    page.heading("Every recomputed cell", "cells");
    page.table("cells-table", List.of("Table", "Row", "Enrollment type", "Column", "CMS value", "acokit value",
        "Relative error", "Result"), new boolean[] {false, false, false, false, true, true, true, false}, rows);
    page.heading("Report parameters", "parameters");
    List<Row> params = new ArrayList<>();
    for (Map.Entry<String, String> p : report.parameters().entrySet()) {
      params.add(new Row("", p.getKey(), p.getValue()));
    }
    page.table("parameters-table", List.of("Parameter", "Value"), new boolean[] {false, false}, params);
    return page.build();
  }

  /**
   * An MSSP quality score: key figures, the points chart, the score's steps, the domains (points
   * earned, possible, bonus, minimum attainment) and every measure (rate, decile, points, status,
   * basis).
   *
   * @param score the score
   * @return the report
   */
  public static Report qualityScore(MsspQualityScore score) {
    String title = "MSSP quality score, PY" + score.performanceYear();
    Page page = new Page(title, score.payForReporting() ? "Pay for reporting year" : "Pay for performance year");
    page.figures(List.of(new String[] {"score", "Quality score", Page.number(score.score(), "%.4f")},
        new String[] {"standard", "Quality standard", score.standard().toString()}));
    page.chart("chart-points", Charts.qualityPoints(score));
    page.explanation("steps", score.explanation());
    page.heading("Domains", "domains");
    List<Row> domains = new ArrayList<>();
    List<Row> measures = new ArrayList<>();
    for (MsspDomainScore d : score.domains()) {
      domains.add(new Row("", d.domain().toString(), Page.number(d.pointsEarned(), "%.2f"),
          Page.number(d.pointsPossible(), "%.2f"), Page.number(d.bonusPoints(), "%.2f"), Page.number(d.score(), "%.4f"),
          d.minimumAttainmentReached() ? "yes" : "no"));
      for (MeasureScore m : d.measureScores()) {
        measures.add(measureRow(d.domain().toString(), m));
      }
    }
    page.table("domains-table", List.of("Domain", "Points earned", "Points possible", "Bonus points", "Score",
        "Minimum attainment"), new boolean[] {false, true, true, true, true, false}, domains);
    measureTable(page, measures);
    return page.build();
  }

  /**
   * An APP quality score: key figures, the points chart, the score's steps, the reporting
   * options (points earned and available) and every measure of every option.
   *
   * @param score the score
   * @return the report
   */
  public static Report qualityScore(AppQualityScore score) {
    String title = "APP quality score, PY" + score.performanceYear();
    Page page = new Page(title, score.chosen().map(o -> "Scored on " + o.label()).orElse("No option reported"));
    page.figures(List.of(new String[] {"score", "Quality score", Page.number(score.score(), "%.4f")},
        new String[] {"standard", "Quality standard", score.standard().toString()},
        new String[] {"standard-score", "Quality standard score", Page.number(score.qualityStandardScore(), "%.4f")}));
    page.chart("chart-points", Charts.qualityPoints(score));
    page.explanation("steps", score.explanation());
    page.heading("Reporting options", "domains");
    List<Row> options = new ArrayList<>();
    List<Row> measures = new ArrayList<>();
    for (AppOptionScore o : score.options()) {
      options.add(new Row("", o.label(), Page.number(o.pointsEarned(), "%.2f"), Page.number(o.pointsAvailable(), "%.2f"),
          Page.number(o.achievementPercent(), "%.2f"),
          score.chosen().map(c -> c.label().equals(o.label()) ? "yes" : "no").orElse("no")));
      for (MeasureScore m : o.measureScores()) {
        measures.add(measureRow(o.label(), m));
      }
      for (MeasureScore m : o.cahpsSurveyScores()) {
        measures.add(measureRow(o.label() + " CAHPS", m));
      }
    }
    page.table("domains-table", List.of("Option", "Points earned", "Points available", "Achievement (%)", "Chosen"),
        new boolean[] {false, true, true, true, false}, options);
    measureTable(page, measures);
    return page.build();
  }

  private static Row measureRow(String group, MeasureScore m) {
    return new Row(m.status() == ScoreStatus.SCORED ? "" : "na", group, m.measureId(),
        m.collectionType().toString(), Page.number(m.rate(), "%.2f"),
        m.decile().isPresent() ? Integer.toString(m.decile().getAsInt()) : "\u2013", Page.number(m.points(), "%.2f"),
        Page.number(m.maxPoints(), "%.2f"), m.status().toString(), m.basis());
  }

  private static void measureTable(Page page, List<Row> measures) {
    page.heading("Measures", "measures");
    page.table("measures-table", List.of("Group", "Measure", "Collection", "Rate", "Decile", "Points", "Max points",
        "Status", "Basis"), new boolean[] {false, false, false, true, true, true, true, false, false}, measures);
  }

  /**
   * An equity report: for each (measure, stratifier) section, the rates chart, the rates by
   * stratum with Wilson intervals and suppression, the disparities against the reference group
   * and the summary measures. Suppressed strata show no counts or rate.
   *
   * @param report the equity report
   * @return the report
   */
  public static Report equity(EquityReport report) {
    String title = "Equity report";
    Page page = new Page(title, report.sections().size() + " measure-stratifier sections; rates in percent with"
        + " Wilson 95% intervals; differences in percentage points");
    int n = 0;
    for (EquityReport.Section s : report.sections()) {
      n++;
      String id = "section-" + n;
      page.heading(s.rates().measure() + " by " + s.rates().stratifier(), id);
      page.chart(id + "-chart", Charts.stratifiedRates(s.rates()));
      List<Row> rates = new ArrayList<>();
      for (StratumRate r : s.rates().rates()) {
        boolean shown = r.published();
        rates.add(new Row(shown ? "" : "na", r.stratum(), shown ? Long.toString(r.numerator()) : "\u2013",
            shown ? Long.toString(r.denominator()) : "\u2013", Page.number(r.rate(), "%.2f"),
            Page.number(r.lower(), "%.2f"), Page.number(r.upper(), "%.2f"), r.suppression().toString()));
      }
      page.table(id + "-rates", List.of("Stratum", "Numerator", "Denominator", "Rate (%)", "Lower (%)", "Upper (%)",
          "Suppression"), new boolean[] {false, true, true, true, true, true, false}, rates);
      if (!s.disparities().isEmpty()) {
        List<Row> rows = new ArrayList<>();
        for (Disparity d : s.disparities()) {
          rows.add(new Row(d.meaningful() ? "bad" : "", d.stratum(), d.reference(), Page.number(d.rate(), "%.2f"),
              Page.number(d.referenceRate(), "%.2f"), Page.number(d.difference(), "%.2f"),
              Page.number(d.differenceLower(), "%.2f") + " to " + Page.number(d.differenceUpper(), "%.2f"),
              Page.number(d.ratio(), "%.3f"), Page.number(d.pValue(), "%.4f"), d.worse() ? "yes" : "no",
              d.meaningful() ? "yes" : "no"));
        }
        page.table(id + "-disparities", List.of("Stratum", "Reference", "Rate (%)", "Reference rate (%)",
            "Difference (pp)", "95% interval (pp)", "Ratio", "p", "Worse", "Meaningful"),
            new boolean[] {false, false, true, true, true, true, true, true, false, false}, rows);
      }
      if (!s.summary().isEmpty()) {
        List<Row> rows = new ArrayList<>();
        for (SummaryEstimate e : s.summary()) {
          rows.add(new Row("", e.measure().code(), Page.number(e.estimate(), "%.4f"), Page.number(e.se(), "%.4f"),
              Page.number(e.lower(), "%.4f"), Page.number(e.upper(), "%.4f"), e.method().toString()));
        }
        page.table(id + "-summary", List.of("Summary measure", "Estimate", "SE", "Lower", "Upper", "Method"),
            new boolean[] {false, true, true, true, true, false}, rows);
      }
    }
    return page.build();
  }

  /**
   * The hospital programs' safety and readmission results against CMS's published values: the
   * HACRP Total HAC Scores and payment reductions, the HRRP payment adjustment factors, their
   * summaries and distributions, and every hospital (in collapsible tables).
   *
   * @param hacrp the HACRP reconciliation
   * @param hrrp the HRRP reconciliation
   * @return the report
   * @throws IllegalArgumentException if a reconciliation has no hospitals
   */
  public static Report hospitalSafety(HacrpReconciliation.Report hacrp, HrrpReconciliation.Report hrrp) {
    String title = "Hospital safety and readmissions: HACRP FY" + hacrp.program().fiscalYear() + ", HRRP";
    Page page = new Page(title, "Recomputed from CMS's public files and compared with CMS's published values");
    page.figures(List.of(
        new String[] {"hacrp-hospitals", "HACRP hospitals scored", Integer.toString(hacrp.rows().size())},
        new String[] {"hacrp-within", "HACRP scores within 0.0001", Long.toString(hacrp.within())},
        new String[] {"hacrp-reduction", "HACRP reductions agreeing", Long.toString(hacrp.reductionMatches())},
        new String[] {"hrrp-hospitals", "HRRP hospitals", Integer.toString(hrrp.rows().size())},
        new String[] {"hrrp-within", "HRRP factors within 0.0001", Long.toString(hrrp.within())}));
    page.heading("Hospital-Acquired Condition Reduction Program", "hacrp");
    page.preformatted(hacrp.summary());
    page.chart("chart-hacrp", Charts.totalHacScores(hacrp, HISTOGRAM_BINS));
    List<Row> hac = new ArrayList<>();
    for (HacrpReconciliation.Row r : hacrp.rows()) {
      hac.add(new Row(r.within() && r.reductionMatches() ? "" : "bad", r.result().facilityId(),
          Page.number(r.result().totalHacScore(), "%.6f"), Page.number(r.publishedTotalHacScore(), "%.4f"),
          r.result().paymentReduction().yesNo(), r.within() ? "yes" : "no", r.reductionMatches() ? "yes" : "no"));
    }
    page.openDetails("Every hospital (" + hac.size() + ")");
    page.table("hacrp-table", List.of("Facility", "Total HAC Score (acokit)", "Total HAC Score (CMS)",
        "Payment reduction", "Score within 0.0001", "Reduction agrees"),
        new boolean[] {false, true, true, false, false, false}, hac);
    page.closeDetails();
    page.heading("Hospital Readmissions Reduction Program", "hrrp");
    page.preformatted(hrrp.summary());
    page.chart("chart-hrrp", Charts.hrrpAdjustments(hrrp, HISTOGRAM_BINS));
    List<Row> readmissions = new ArrayList<>();
    for (HrrpReconciliation.Row r : hrrp.rows()) {
      readmissions.add(new Row(r.within() ? "" : "bad", r.result().ccn(),
          Page.number(r.result().paymentAdjustmentFactor(), "%.4f"), Page.number(r.result().paymentReduction(), "%.6f"),
          r.result().atFloor() ? "yes" : "no", r.exact() ? "yes" : "no", r.within() ? "yes" : "no"));
    }
    page.openDetails("Every hospital (" + readmissions.size() + ")");
    page.table("hrrp-table", List.of("CCN", "Payment adjustment factor", "Payment reduction", "At floor",
        "Equals CMS (4 decimals)", "Within 0.0001"), new boolean[] {false, true, true, false, false, false},
        readmissions);
    page.closeDetails();
    return page.build();
  }
}
