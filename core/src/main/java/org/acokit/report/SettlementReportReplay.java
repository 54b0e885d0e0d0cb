/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.OptionalDouble;

import com.google.common.collect.ImmutableList;
import org.acokit.io.FailureException;
import org.acokit.io.FailureCode;
import org.acokit.io.Failure;
import org.acokit.benchmark.BenchmarkYear;
import org.acokit.benchmark.BlendedTrend;
import org.acokit.benchmark.HistoricalBenchmark;
import org.acokit.benchmark.RegionalAdjustment;
import org.acokit.benchmark.UpdatedBenchmark;
import org.acokit.population.EnrollmentType;
import org.acokit.population.EnrollmentVector;
import org.acokit.program.mssp.MinimumSavingsRate;
import org.acokit.program.mssp.MsrElection;
import org.acokit.program.mssp.MsspTrack;
import org.acokit.program.mssp.EucExposure;
import org.acokit.program.mssp.MsspSettlement;
import org.acokit.quality.QualityOutcome;
import org.acokit.quality.QualityStandard;
import org.acokit.program.mssp.MsspResult;
import org.acokit.program.mssp.MsspInput;

/**
 * Recomputes every derived value of a settlement report's Tables 1, 2, 3 and Appendix A3 from the
 * report's own inputs, with the library's benchmark and settlement engines, so that an ACO can
 * check what CMS sent it.
 * <p>
 * Inputs taken from the report: benchmark-year beneficiaries, per capita expenditures and risk
 * scores (Table 1 [A]-[C]), BY3 proportions ([H]), national and regional expenditures and the
 * national component weights (A3 [A], [C], [E]), performance-year risk scores and proportions
 * (Table 2 [B], [G]), the settlement inputs of Table 3 ([A]-[D], [R], [S], [AA]) and the
 * parameters (track, performance year, benchmark-year and regional weights). Everything else is
 * computed: A3 [B], [D], [F], [G]; Table 1 [D]-[G], [I], [K]-[S]; Table 2 [A], [C]-[F], [H];
 * Table 3 [E]-[L], [N], [Q], [T], [V]-[Y] (and the loss rows of a two-sided ACO). The chain is
 * end to end: Table 3 settles against the updated benchmark computed in Table 2. Pure function;
 * thread-safe.
 */
public final class SettlementReportReplay {

  private static final String BENCHMARK = "Benchmark";
  private static final String BENCHMARK_PERIOD = "Benchmark Period";
  private static final String PERFORMANCE_YEAR = "Performance Year";
  private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("MM/dd/uuuu", Locale.ROOT)
      .withResolverStyle(java.time.format.ResolverStyle.STRICT);
  private static final java.util.regex.Pattern US_DATE_TEXT = java.util.regex.Pattern.compile("\\d{2}/\\d{2}/\\d{4}");
  private static final java.util.regex.Pattern DECIMAL =
      java.util.regex.Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

  private SettlementReportReplay() {
  }

  /**
   * Recomputes the derived values of a report.
   *
   * @param report the report
   * @return one cell per derived value, in report order
   * @throws FailureException if an input the computation needs is not in the report
   *     ({@link FailureCode#MISSING_INPUT}, its path the parameter's label or the table, row and
   *     column) or a parameter is not a number ({@link FailureCode#UNPARSEABLE})
   */
  public static ImmutableList<ReplayedCell> replay(SettlementReport report) {
    return compute(report).cells;
  }

  /**
   * The report's updated benchmark (Table 2), recomputed from its inputs as {@link #replay} does:
   * for charts and reports that show the benchmark's steps.
   *
   * @param report the report
   * @return the updated benchmark
   * @throws FailureException as {@link #replay(SettlementReport)}
   */
  public static UpdatedBenchmark updatedBenchmark(SettlementReport report) {
    return compute(report).updated;
  }

  /**
   * The report's settlement (Table 3), recomputed from its inputs against the recomputed updated
   * benchmark as {@link #replay} does.
   *
   * @param report the report
   * @return the settlement
   * @throws FailureException as {@link #replay(SettlementReport)}
   */
  public static MsspResult settle(SettlementReport report) {
    return compute(report).settlement;
  }

  /** What one replay computes. */
  private static final class Computation {
    final ImmutableList<ReplayedCell> cells;
    final UpdatedBenchmark updated;
    final MsspResult settlement;

    Computation(ImmutableList<ReplayedCell> cells, UpdatedBenchmark updated, MsspResult settlement) {
      this.cells = cells;
      this.updated = updated;
      this.settlement = settlement;
    }
  }

  private static Computation compute(SettlementReport report) {
    ReportTable t1 = report.table("1");
    ReportTable t2 = report.table("2");
    ReportTable t3 = report.table("3");
    ReportTable a3 = report.table("A3");
    ImmutableList.Builder<ReplayedCell> cells = ImmutableList.builder();

    BlendedTrend.Builder trend = BlendedTrend.builder();
    for (BenchmarkYear y : BenchmarkYear.values()) {
      trend.putNationalExpenditures(y, a3.vector("A", y.name()));
      trend.putRegionalExpenditures(y, a3.vector("C", y.name()));
    }
    BlendedTrend factors = trend
        .nationalExpendituresPerformanceYear(a3.vector("A", "PY"))
        .regionalExpendituresPerformanceYear(a3.vector("C", "PY"))
        .nationalWeightBenchmarkYears(a3.vector("E", "BY1"))
        .nationalWeightPerformanceYear(a3.vector("E", "PY"))
        .build();
    for (BenchmarkYear y : BenchmarkYear.values()) {
      add(cells, a3, "B", y.name(), factors.nationalTrend(y));
      add(cells, a3, "D", y.name(), factors.regionalTrend(y));
      add(cells, a3, "F", y.name(), factors.regionalWeightBenchmarkYears());
      add(cells, a3, "G", y.name(), factors.blendedTrend(y));
    }
    add(cells, a3, "B", "PY", factors.nationalUpdate());
    add(cells, a3, "D", "PY", factors.regionalUpdate());
    add(cells, a3, "F", "PY", factors.regionalWeightPerformanceYear());
    add(cells, a3, "G", "PY", factors.blendedUpdate());

    HistoricalBenchmark.Builder historical = HistoricalBenchmark.builder().proportions(t1.vector("H", "BY3"));
    for (BenchmarkYear y : BenchmarkYear.values()) {
      historical.putPerCapitaExpenditures(y, t1.vector("B", y.name()))
          .putRiskScores(y, t1.vector("C", y.name()))
          .putTrendFactors(y, factors.blendedTrend(y))
          .putWeights(y, fraction(report, "Benchmark Year Weights / Benchmark Year " + (y.ordinal() + 1) + " (" + y + ")"));
    }
    HistoricalBenchmark hb = historical.build();
    for (BenchmarkYear y : BenchmarkYear.values()) {
      add(cells, t1, "D", y.name(), hb.riskRatio(y));
      add(cells, t1, "E", y.name(), factors.blendedTrend(y));
      add(cells, t1, "F", y.name(), hb.trendedExpenditures(y));
      add(cells, t1, "G", y.name(), hb.weightedExpenditures(y));
    }
    add(cells, t1, "G", BENCHMARK, hb.benchmarkExpenditures());
    add(cells, t1, "I", BENCHMARK, hb.benchmark());

    RegionalAdjustment regional = RegionalAdjustment.builder()
        .historicalBenchmarkExpenditures(hb.benchmarkExpenditures())
        .proportions(hb.proportions())
        .riskScoresBy3(t1.vector("C", "BY3"))
        .regionalExpenditures(a3.vector("C", "BY3"))
        .nationalExpendituresBy3(a3.vector("A", "BY3"))
        .lowerSpendingWeight(number(report, "ACO Determined to Have Lower Spending than the ACO's Regional Service Area"))
        .higherSpendingWeight(number(report, "ACO Determined to Have Higher Spending than the ACO's Regional Service Area"))
        .build();
    add(cells, t1, "J", "BY3", regional.regionalExpenditures());
    add(cells, t1, "K", BENCHMARK, regional.acoRegionalExpenditures());
    add(cells, t1, "L", BENCHMARK, regional.difference());
    add(cells, t1, "M", BENCHMARK, regional.weightedDifference());
    add(cells, t1, "N", BENCHMARK, regional.weight());
    add(cells, t1, "O", BENCHMARK, regional.adjustmentBeforeCap());
    add(cells, t1, "P", BENCHMARK, regional.cap());
    add(cells, t1, "Q", BENCHMARK, regional.adjustment());
    add(cells, t1, "R", BENCHMARK, regional.adjustedExpenditures());
    add(cells, t1, "S", BENCHMARK, regional.adjustedBenchmark());

    UpdatedBenchmark updated = UpdatedBenchmark.builder()
        .historicalBenchmarkExpenditures(regional.adjustedExpenditures())
        .riskScoresBy3(t2.vector("B", BENCHMARK_PERIOD))
        .riskScoresPerformanceYear(t2.vector("B", PERFORMANCE_YEAR))
        .updateFactors(factors.blendedUpdate())
        .proportions(t2.vector("G", PERFORMANCE_YEAR))
        .build();
    add(cells, t2, "A", BENCHMARK_PERIOD, regional.adjustedExpenditures());
    add(cells, t2, "A", BENCHMARK_PERIOD, regional.adjustedBenchmark());
    add(cells, t2, "C", PERFORMANCE_YEAR, updated.riskRatio());
    add(cells, t2, "D", PERFORMANCE_YEAR, updated.riskAdjustedExpenditures());
    add(cells, t2, "E", PERFORMANCE_YEAR, updated.updateFactors().get());
    add(cells, t2, "F", PERFORMANCE_YEAR, updated.updatedExpenditures());
    add(cells, t2, "H", PERFORMANCE_YEAR, updated.updatedBenchmark());

    MsspResult s = MsspSettlement.settle(settlementInput(report, updated.updatedBenchmark()));
    addTable3(cells, t3, s);
    return new Computation(cells.build(), updated, s);
  }

  private static MsspInput settlementInput(SettlementReport report, double perCapitaBenchmark) {
    ReportTable t3 = report.table("3");
    MsspTrack track = track(report.parameter("ACO Track").orElseThrow(() -> missing("ACO Track")));
    String period = report.parameter("Performance Year for which ACO is Being Reconciled")
        .orElseThrow(() -> missing("Performance Year for which ACO is Being Reconciled"));
    int performanceYear = date("Performance Year for which ACO is Being Reconciled", period, true).getYear();
    EnrollmentVector expenditures = t3.vector("C", PERFORMANCE_YEAR);
    EnrollmentVector proportions = t3.vector("D", PERFORMANCE_YEAR);
    int beneficiaries = (int) t3.value("A", null, PERFORMANCE_YEAR);
    MsspInput.Builder input = MsspInput.builder()
        .performanceYear(performanceYear)
        .track(track)
        .agreementStart(agreementStart(report, track))
        .assignedBeneficiaries(beneficiaries)
        .personYears(t3.value("B", null, PERFORMANCE_YEAR))
        .expendituresByEnrollmentType(expenditures)
        .enrollmentProportions(proportions)
        .perCapitaExpenditure(expenditures.dot(proportions))
        .perCapitaBenchmark(perCapitaBenchmark)
        .quality(QualityOutcome.of(t3.value("R", null, PERFORMANCE_YEAR),
            t3.cell("S", null, PERFORMANCE_YEAR).map(c -> c.text().startsWith("Y")).orElse(false)
                ? QualityStandard.MET : QualityStandard.NOT_MET));
    t3.cell("AA", null, PERFORMANCE_YEAR).map(ReportCell::value).filter(OptionalDouble::isPresent)
        .ifPresent(v -> input.participantRevenue(v.getAsDouble()));
    if (track.isTwoSided()) {
      double msr = t3.value("L", null, PERFORMANCE_YEAR);
      boolean variable = beneficiaries >= MinimumSavingsRate.SMALLEST_PUBLISHED_SIZE
          && Math.abs(msr - MinimumSavingsRate.slidingScale(beneficiaries)) < 1e-12;
      input.msrElection(variable ? MsrElection.variable() : msr == 0 ? MsrElection.zero() : MsrElection.fixed(msr));
      if (performanceYear >= 2020 && performanceYear <= 2022) {
        input.euc(EucExposure.fullYear());
      }
    }
    return input.build();
  }

  /**
   * The report does not print the agreement start; it is the day after BY3 ends, and not before
   * 7/1/2019 for the BASIC and ENHANCED tracks, whose first agreements started then.
   */
  private static LocalDate agreementStart(SettlementReport report, MsspTrack track) {
    String by3 = report.parameter("Expenditure & Risk Score Period / Benchmark Year 3 (BY3)")
        .orElseThrow(() -> missing("Expenditure & Risk Score Period / Benchmark Year 3 (BY3)"));
    LocalDate start = date("Expenditure & Risk Score Period / Benchmark Year 3 (BY3)", by3, false).plusDays(1);
    LocalDate firstNewTrack = LocalDate.of(2019, 7, 1);
    boolean newTrack = track.isBasic() || track == MsspTrack.ENHANCED;
    return newTrack && start.isBefore(firstNewTrack) ? firstNewTrack : start;
  }

  private static void addTable3(ImmutableList.Builder<ReplayedCell> cells, ReportTable t3, MsspResult s) {
    add(cells, t3, "E", PERFORMANCE_YEAR, s.input().perCapitaExpenditure());
    add(cells, t3, "F", PERFORMANCE_YEAR, s.input().perCapitaBenchmark());
    add(cells, t3, "G", PERFORMANCE_YEAR, s.totalExpenditures());
    add(cells, t3, "H", PERFORMANCE_YEAR, s.totalBenchmarkExpenditures());
    add(cells, t3, "I", PERFORMANCE_YEAR, s.generatedSavingsLosses());
    add(cells, t3, "J", PERFORMANCE_YEAR, Math.max(s.generatedSavingsLosses(), 0));
    add(cells, t3, "K", PERFORMANCE_YEAR, Math.min(s.generatedSavingsLosses(), 0));
    add(cells, t3, "L", PERFORMANCE_YEAR, s.minimumSavingsRate());
    add(cells, t3, "N", PERFORMANCE_YEAR, s.minimumSavingsRate() * s.totalBenchmarkExpenditures());
    add(cells, t3, "Q", PERFORMANCE_YEAR, s.input().track().maximumSharingRate());
    add(cells, t3, "T", PERFORMANCE_YEAR, s.finalSharingRate());
    add(cells, t3, "V", PERFORMANCE_YEAR, s.sharedSavings());
    add(cells, t3, "W", PERFORMANCE_YEAR, s.sharedSavingsCap());
    add(cells, t3, "X", PERFORMANCE_YEAR, s.sequestrationAdjustment());
    add(cells, t3, "Y", PERFORMANCE_YEAR, s.earnedPerformancePayment());
    addOptional(cells, t3, "M", s.minimumLossRate());
    addOptional(cells, t3, "U", s.sharedLossRate());
    addOptional(cells, t3, "Z", s.sharedLosses());
    addOptional(cells, t3, "BB", s.sharedLossesCap());
    addOptional(cells, t3, "CC", s.sharedLossesAfterCap());
    addOptional(cells, t3, "FF", s.eucAdjustment());
    addOptional(cells, t3, "GG", s.paymentDueToCms());
  }

  private static void addOptional(ImmutableList.Builder<ReplayedCell> cells, ReportTable table, String row,
      OptionalDouble value) {
    if (value.isPresent()) {
      add(cells, table, row, PERFORMANCE_YEAR, value.getAsDouble());
    }
  }

  private static void add(ImmutableList.Builder<ReplayedCell> cells, ReportTable table, String row, String column,
      EnrollmentVector values) {
    for (EnrollmentType t : EnrollmentType.values()) {
      cells.add(cell(table, row, t, column, values.get(t)));
    }
  }

  private static void add(ImmutableList.Builder<ReplayedCell> cells, ReportTable table, String row, String column,
      double value) {
    cells.add(cell(table, row, null, column, value));
  }

  private static ReplayedCell cell(ReportTable table, String row, EnrollmentType type, String column, double value) {
    OptionalDouble published = table.cell(row, type, column).map(ReportCell::value).orElse(OptionalDouble.empty());
    return ReplayedCell.builder().table(table.id()).row(row).enrollmentType(java.util.Optional.ofNullable(type))
        .column(column).computed(value).published(published).build();
  }

  private static double fraction(SettlementReport report, String label) {
    String text = report.parameter(label).orElseThrow(() -> missing(label));
    int slash = text.indexOf('/');
    if (slash < 0) {
      return parse(label, text, text);
    }
    double denominator = parse(label, text, text.substring(slash + 1).trim());
    if (denominator == 0) {
      throw new FailureException(Failure.of(FailureCode.INVALID_VALUE, label, text,
          "the report's parameter '" + label + "' is a fraction with a zero denominator: '" + text
              + "' (expected a fraction such as 6/12)"));
    }
    return parse(label, text, text.substring(0, slash).trim()) / denominator;
  }

  /** A plain decimal number, finite: not Java's NaN, Infinity, hexadecimal or suffixed forms. */
  private static double parse(String label, String text, String number) {
    if (!DECIMAL.matcher(number).matches()) {
      throw new FailureException(Failure.of(FailureCode.UNPARSEABLE, label, text,
          "the report's parameter '" + label + "' must be a number or a fraction such as 6/12, but was '" + text + "'"));
    }
    double value = Double.parseDouble(number);
    if (!Double.isFinite(value)) {
      throw new FailureException(Failure.of(FailureCode.NOT_FINITE, label, text,
          "the report's parameter '" + label + "' is beyond the range of a double: '" + text + "'"));
    }
    return value;
  }

  /** The first (or last) date MM/dd/yyyy in a parameter such as "01/01/2022 - 12/31/2022". */
  private static LocalDate date(String label, String text, boolean first) {
    java.util.regex.Matcher m = US_DATE_TEXT.matcher(text);
    String found = null;
    while (m.find()) {
      found = m.group();
      if (first) {
        break;
      }
    }
    try {
      if (found != null) {
        return LocalDate.parse(found, US_DATE);
      }
    } catch (java.time.format.DateTimeParseException e) {
      // reported below
    }
    throw new FailureException(Failure.of(FailureCode.UNPARSEABLE, label, text, "the report's parameter '" + label
        + "' must hold a period of dates such as 01/01/2022 - 12/31/2022, but was '" + text + "'"));
  }

  private static MsspTrack track(String text) {
    try {
      return MsspTrack.parse(text);
    } catch (IllegalArgumentException e) {
      throw new FailureException(Failure.of(FailureCode.INVALID_VALUE, "ACO Track", text,
          "the report's parameter 'ACO Track': " + e.getMessage()));
    }
  }

  private static double number(SettlementReport report, String label) {
    String text = report.parameter(label).orElseThrow(() -> missing(label));
    return parse(label, text, text);
  }

  private static FailureException missing(String label) {
    return new FailureException(Failure.of(FailureCode.MISSING_INPUT, label, null,
        "the report's parameters have no '" + label + "'"));
  }
}
