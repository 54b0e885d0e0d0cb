/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.examples;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.acokit.contract.ContractResult;
import org.acokit.contract.ResolvedContract;
import org.acokit.io.ValueWithFailures;
import org.acokit.measures.chart.Charts;
import org.acokit.measures.definition.PatientMeasure;
import org.acokit.measures.definition.PatientMeasures;
import org.acokit.measures.equity.CellSuppression;
import org.acokit.measures.equity.EquityDimension;
import org.acokit.measures.equity.EquityReport;
import org.acokit.measures.equity.Reference;
import org.acokit.measures.equity.Simulation;
import org.acokit.measures.evaluation.MeasureEvaluator;
import org.acokit.measures.evaluation.PopulationCounts;
import org.acokit.measures.logic.MeasurementPeriod;
import org.acokit.measures.patient.PatientData;
import org.acokit.measures.html.Reports;
import org.acokit.measures.synthetic.SyntheticPatients;
import org.acokit.measures.terminology.ValueSets;
import org.acokit.program.mssp.MsspResult;
import org.acokit.quality.app.AppQualityScore;
import org.acokit.quality.mssp.MsspQualityScore;
import org.acokit.report.SettlementReport;
import org.acokit.report.SettlementReportReader;
import org.acokit.report.SettlementReportReplay;
import org.acokit.risk.SimulationResult;

/**
 * Every chart and report acokit draws, written to one folder: {@code ChartsAndReports DATA_DIR
 * OUT_DIR} writes SVG charts and self-contained HTML reports of
 * <ul>
 * <li>the bespoke commercial contract's settlement ({@link BespokeContract}) and ACO A1540's
 * PY2022 settlement, replayed from CMS's report (payment by spending, the benchmark waterfall,
 * Tables 2 and 3), and the replay itself (every cell, reproduced or not);
 * <li>the APP (PY2023) and MSSP quality scores of {@link AppQualityScoreExample} and
 * {@link MsspQualityScoreExample};
 * <li>an equity report: two measures by race and by sex over 20,000 synthetic patients
 * (seed 2025) evaluated against the eCQM value sets;
 * <li>A1540's settlement risk (20,000 simulated years of {@link SettlementRiskExample}'s model);
 * <li>the HACRP FY2024 and HRRP FY2027 reconciliations of {@link HospitalProgramsReconciliation}.
 * </ul>
 * The library draws and writes; this class only chooses the results.
 */
public final class ChartsAndReports {

  /** The synthetic patients of the equity report. */
  public static final int EQUITY_PATIENTS = 20_000;
  /** The simulated years of the settlement-risk chart. */
  public static final int RISK_TRIALS = 20_000;

  private ChartsAndReports() {
  }

  /**
   * Writes every chart and report.
   *
   * @param dataDir the shared data folder
   * @param outDir the folder to write to
   * @param out where to print the files written
   * @return the files written, charts first
   */
  public static List<Path> run(Path dataDir, Path outDir, PrintStream out) {
    PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
    List<Path> charts = new ArrayList<>();
    List<Path> reports = new ArrayList<>();

    ContractResult bespoke = ResolvedContract.of(BespokeContract.contract()).settle(BespokeContract.year());
    charts.add(Charts.payment(bespoke).writeTo(outDir.resolve("payment-bespoke.svg")));
    reports.add(Reports.settlement(bespoke).writeTo(outDir.resolve("settlement-bespoke.html")));

    SettlementReport a1540 = SettlementReportReader.read(dataDir.resolve("mssp-settlement-report-a1540-py2022"));
    MsspResult settled = SettlementReportReplay.settle(a1540);
    charts.add(Charts.payment(settled.contractResult()).writeTo(outDir.resolve("payment-a1540.svg")));
    charts.add(Charts.benchmark(SettlementReportReplay.updatedBenchmark(a1540))
        .writeTo(outDir.resolve("benchmark-a1540.svg")));
    reports.add(Reports.settlement(settled, SettlementReportReplay.updatedBenchmark(a1540))
        .writeTo(outDir.resolve("settlement-a1540.html")));
    reports.add(Reports.replay(a1540, SettlementReportReplayExample.TOLERANCE)
        .writeTo(outDir.resolve("replay-a1540.html")));

    AppQualityScore app = AppQualityScoreExample.run(quiet);
    charts.add(Charts.qualityPoints(app).writeTo(outDir.resolve("quality-app.svg")));
    reports.add(Reports.qualityScore(app).writeTo(outDir.resolve("quality-app.html")));
    MsspQualityScore mssp = MsspQualityScoreExample.run(quiet);
    charts.add(Charts.qualityPoints(mssp).writeTo(outDir.resolve("quality-mssp.svg")));
    reports.add(Reports.qualityScore(mssp).writeTo(outDir.resolve("quality-mssp.html")));

    EquityReport equity = equity(dataDir);
    charts.add(Charts.stratifiedRates(equity.sections().get(0).rates()).writeTo(outDir.resolve("equity-rates.svg")));
    reports.add(Reports.equity(equity).writeTo(outDir.resolve("equity.html")));

    SimulationResult risk = SettlementRiskExample.simulate(RISK_TRIALS);
    charts.add(Charts.settlementDistribution(risk, 40).writeTo(outDir.resolve("settlement-risk.svg")));

    HospitalProgramsReconciliation.Reports hospitals = HospitalProgramsReconciliation.run(dataDir,
        outDir.resolve("hospital-csv"), quiet);
    charts.add(Charts.totalHacScores(hospitals.hacrp(), 40).writeTo(outDir.resolve("hacrp.svg")));
    charts.add(Charts.hrrpAdjustments(hospitals.hrrp(), 40).writeTo(outDir.resolve("hrrp.svg")));
    reports.add(Reports.hospitalSafety(hospitals.hacrp(), hospitals.hrrp())
        .writeTo(outDir.resolve("hospital-safety.html")));

    List<Path> all = new ArrayList<>(charts);
    all.addAll(reports);
    for (Path p : all) {
      out.println("Wrote " + p);
    }
    out.println(charts.size() + " charts and " + reports.size() + " reports in " + outDir);
    return all;
  }

  /**
   * The equity report: the first two patient measures by race and by sex, CMS's cell
   * suppression, the largest group as reference.
   *
   * @param dataDir the shared data folder
   * @return the report
   */
  static EquityReport equity(Path dataDir) {
    ValueSets valueSets = ValueSets.read(dataDir.resolve("ecqm-test-decks").resolve("valuesets"));
    PatientData data = SyntheticPatients.of(valueSets, 2025).generate(0, EQUITY_PATIENTS);
    EquityDimension race = EquityDimension.race(data);
    EquityDimension sex = EquityDimension.sex(data);
    List<PatientMeasure> measures = PatientMeasures.load().all().subList(0, 2);
    ValueWithFailures<PopulationCounts> counts = MeasureEvaluator.bind(data, valueSets,
        MeasurementPeriod.calendarYear(2025), measures,
        List.of(race.stratifier(), sex.stratifier())).evaluate();
    List<String> urls = measures.stream().map(m -> m.identity().canonicalUrl()).toList();
    return EquityReport.of(counts.values().get(0), urls, List.of(race.stratifier().name(), sex.stratifier().name()),
        Map.of(), CellSuppression.CMS, Reference.LARGEST, Simulation.DEFAULT);
  }

  /**
   * Runs the example.
   *
   * @param args DATA_DIR OUT_DIR
   */
  public static void main(String[] args) {
    if (args.length != 2) {
      System.err.println("usage: ChartsAndReports DATA_DIR OUT_DIR");
      System.exit(2);
    }
    System.setProperty("java.awt.headless", "true");
    run(Paths.get(args[0]), Paths.get(args[1]), System.out);
  }
}
