/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.puf;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import com.google.common.collect.ImmutableList;
import org.acokit.io.Failure;
import org.acokit.io.FailureCode;
import org.acokit.io.FailureException;
import org.acokit.io.Result;
import org.acokit.io.ValueWithFailures;
import org.acokit.quality.BenchmarkSet;
import org.acokit.quality.CollectionType;
import org.acokit.quality.DecileBenchmark;
import org.acokit.quality.MeasureResult;
import org.acokit.quality.MeasureScore;
import org.acokit.quality.MipsAchievementPoints;
import org.acokit.quality.QualityStandard;
import org.acokit.quality.app.AppQualityInput;
import org.acokit.quality.app.AppQualityScore;
import org.acokit.quality.app.AppQualityScoring;

/**
 * Recomputes every ACO's APM Performance Pathway quality score of PY2021-2024 from the measure
 * values in CMS's public use files with {@link AppQualityScoring}, and compares it with the
 * published {@code QualScore}; the financial counterpart is {@link PufReconciliation}.
 * <p>
 * How a row becomes an {@link AppQualityInput} ({@link #appQualityInput}): the typed measure
 * columns of {@link PufQualityColumns} give the Web Interface option (a Web Interface value shown
 * as {@code -} while others are published is a measure not reported: 0 points, counted) and the
 * eCQM/MIPS CQM/Medicare CQM option, each scored with CAHPS and the claims measures. Inputs CMS
 * does not publish, taken as follows:
 * <ul>
 *   <li>PY2021 bonus points: their most common values, Web Interface
 *       {@value #PY2021_WEB_INTERFACE_BONUS} (2 CAHPS high-priority + 10 end-to-end), eCQM/CQM
 *       {@value #PY2021_ECQM_CQM_BONUS_WITH_CAHPS} (CAHPS 2 + second outcome measure 2), or
 *       {@value #PY2021_ECQM_CQM_BONUS_WITHOUT_CAHPS} without CAHPS.</li>
 *   <li>The prior-year achievement percent of improvement scoring: the prior year's row scored
 *       again with the prior year's benchmarks ({@link QualityBenchmarks#appPriorYearBenchmarks});
 *       for PY2021 the PY2020 Web Interface achievement percent of the measure-level extract
 *       ({@link #webInterfaceAchievement2020}).</li>
 *   <li>The quality standard score (the EUC floor): {@link #qualityStandardScore}, the one score
 *       of every ACO flagged {@code Recvd30p}/{@code Recvd40p}.</li>
 *   <li>The first performance year of a first agreement: an {@code Initial} agreement starting in
 *       the year.</li>
 *   <li>The health equity adjustment's underserved multiplier is not published: not applied.</li>
 *   <li>The PY2024 improvement prior of an ACO whose PY2023 row publishes no measure 484 (almost
 *       all BASIC Level E or ENHANCED ACOs): CMS's prior is not the ACO's recomputed PY2023
 *       score (those residuals run from -1.3 to +10 points, and no prior derivable from the
 *       file reproduces them: the published PY2023 score, the PY2022 score, no improvement, the
 *       PY2023 score without or with 484 at 0, 1 or 10 points, Web Interface alone, the
 *       425.512(a)(7) higher-of floor). Likely (inferred, not verified in a CMS text) the
 *       APM entity's prior built from its clinicians' prior-year scores, which needs
 *       clinician-level data the file does not publish. Scored with the recomputed PY2023 score
 *       and classified {@link QualityReconciliationStatus#PY2024_PRIOR_ROW_WITHOUT_484}, decided
 *       from the missing PY2023 measure, never from the published score.</li>
 * </ul>
 * A row matches when the recomputed score, rounded to 2 decimals, is within 0.01 points of the
 * published one; otherwise {@link QualityReconciliationStatus} names the reason. The quality
 * standard the engine determines is compared with {@code Met_QPS}/{@code Met_AltQPS}: PY2021-2023
 * agree for every ACO; in PY2024 the ACOs that met the standard through the eCQM/MIPS
 * CQM/Medicare CQM reporting incentive (not modelled in {@link AppQualityScoring}) differ.
 * Pure functions; thread-safe.
 */
public final class QualityReconciliation {

  /** The first performance year reconciled. */
  public static final int FIRST_YEAR = 2021;
  /** The last performance year reconciled. */
  public static final int LAST_YEAR = 2024;
  /** The label of the Web Interface reporting option. */
  public static final String WEB_INTERFACE = "Web Interface";
  /** The label of the eCQM/MIPS CQM/Medicare CQM reporting option. */
  public static final String ECQM_CQM = "eCQM/MIPS CQM/Medicare CQM";
  /** The PY2021 Web Interface bonus points assumed (the modal value): 2 CAHPS high-priority + 10 end-to-end. */
  public static final double PY2021_WEB_INTERFACE_BONUS = 12.0;
  /** The PY2021 eCQM/CQM bonus points assumed with CAHPS (the modal value): CAHPS 2 + second outcome measure 2. */
  public static final double PY2021_ECQM_CQM_BONUS_WITH_CAHPS = 4.0;
  /** The PY2021 eCQM/CQM bonus points assumed without CAHPS: second outcome measure 2. */
  public static final double PY2021_ECQM_CQM_BONUS_WITHOUT_CAHPS = 2.0;
  /** The PY2018-2022 measure-level extract holding the PY2020 Web Interface values. */
  public static final String MEASURE_EXTRACT_FILE = "quality-measures-subset-2018-2022.csv";

  private static final double TOLERANCE = 0.01 + 1e-9;
  private static final double ROUNDING = 0.03;

  private QualityReconciliation() {
  }

  /**
   * Reconciles PY2021-2024: reads {@code py2021.csv} ... {@code py2024.csv} and the measure-level
   * extract {@value #MEASURE_EXTRACT_FILE} from the folder.
   * <p>
   * Bad rows never stop the reconciliation: a row the reader cannot read, a row whose
   * quality-measure cells are malformed, and every row of a year whose quality standard score
   * cannot be inferred become row-level failures in
   * {@link QualityReconciliationReport#readFailures()} (classified by code and column), and the
   * other rows are reconciled. Malformed rows of the extract's PY2020 rows go to
   * {@link QualityReconciliationReport#priorYear2020ReadFailures()}.
   *
   * @param mssPufDirectory the folder, such as {@code shared/data/mssp-puf}
   * @param benchmarks the benchmarks of the years, such as the library's measure catalog
   * @return the report
   * @throws IllegalArgumentException if a file does not exist, or the benchmarks lack a year
   * @throws java.io.UncheckedIOException if a file cannot be read
   */
  public static QualityReconciliationReport reconcile(Path mssPufDirectory, QualityBenchmarks benchmarks) {
    Map<Integer, List<PufRecord>> rows = new LinkedHashMap<>();
    Map<PufRecord, PufQualityInputs> measures = new IdentityHashMap<>();
    ImmutableList.Builder<Failure> failures = ImmutableList.builder();
    for (int y = FIRST_YEAR; y <= LAST_YEAR; y++) {
      ValueWithFailures<PufRecord> read = PufReader.read(mssPufDirectory.resolve("py" + y + ".csv"));
      failures.addAll(read.failures());
      rows.put(y, withMeasures(read.values(), measures, failures::add));
    }
    ValueWithFailures<PufRecord> extract = PufReader.readMultiYear(mssPufDirectory.resolve(MEASURE_EXTRACT_FILE));
    ImmutableList.Builder<Failure> extractFailures = ImmutableList.<Failure>builder().addAll(extract.failures());
    List<PufRecord> extract2020 = new ArrayList<>();
    for (PufRecord r : extract.values()) {
      if (r.performanceYear() == 2020) {
        extract2020.add(r);
      }
    }
    Map<String, Double> prior2020 = webInterfaceAchievement2020(
        withMeasures(extract2020, new IdentityHashMap<>(), extractFailures::add), benchmarks);
    QualityReconciliationReport.Builder report = QualityReconciliationReport.builder()
        .priorYear2020Acos(prior2020.size()).priorYear2020ReadFailures(extractFailures.build());
    Map<Integer, Double> standards = new LinkedHashMap<>();
    for (int y = FIRST_YEAR; y <= LAST_YEAR; y++) {
      Result<Double> standard = standardScore(y, rows.get(y), measures);
      if (standard.isSuccess()) {
        standards.put(y, standard.value());
      } else {
        Failure f = standard.failure().get();
        for (PufRecord r : rows.get(y)) {
          failures.add(Failure.ofRow(f.code(), r.sourceFile(), r.row(), f.path(), null, f.message()));
        }
      }
    }
    for (int y = FIRST_YEAR; y <= LAST_YEAR; y++) {
      if (!standards.containsKey(y)) {
        continue;
      }
      Map<String, Double> prior = new LinkedHashMap<>();
      Set<String> priorWithout484 = new TreeSet<>();
      if (y == FIRST_YEAR) {
        prior.putAll(prior2020);
      } else {
        BenchmarkSet priorBenchmarks = benchmarks.appPriorYearBenchmarks(y - 1);
        for (PufRecord r : rows.get(y - 1)) {
          AppQualityInput in = appQualityInput(r, measures.get(r), benchmarks.appOutcomeMeasures(y - 1), 0,
              Optional.empty(), false);
          AppQualityScoring.score(in, priorBenchmarks).chosen()
              .ifPresent(c -> prior.put(r.acoId(), c.achievementPercent()));
          if (y == 2024 && lacksMeasure484(measures.get(r))) {
            priorWithout484.add(r.acoId());
          }
        }
      }
      double standard = standards.get(y);
      BenchmarkSet bench = benchmarks.appBenchmarks(y);
      Set<String> outcomes = benchmarks.appOutcomeMeasures(y);
      for (PufRecord r : rows.get(y)) {
        PufQualityInputs m = measures.get(r);
        AppQualityInput in = appQualityInput(r, m, outcomes, standard,
            Optional.ofNullable(prior.get(r.acoId())), y == FIRST_YEAR);
        AppQualityScore s = AppQualityScoring.score(in, bench);
        report.addResults(ReconciledQualityScore.builder().record(r).score(s).publishedStandard(publishedStandard(r))
            .status(status(r, m, s, prior.containsKey(r.acoId()), priorWithout484.contains(r.acoId()))).build());
      }
    }
    return report.readFailures(failures.build()).build();
  }

  /**
   * The rows whose quality-measure columns can be read, their typed columns put into
   * {@code measures}; every bad cell of the other rows goes to {@code failures}.
   */
  private static List<PufRecord> withMeasures(List<PufRecord> records, Map<PufRecord, PufQualityInputs> measures,
      Consumer<Failure> failures) {
    List<PufRecord> good = new ArrayList<>();
    for (PufRecord r : records) {
      List<Failure> bad = new ArrayList<>();
      PufQualityInputs m = PufQualityColumns.read(r, bad::add);
      if (bad.isEmpty()) {
        measures.put(r, m);
        good.add(r);
      } else {
        bad.forEach(failures);
      }
    }
    return good;
  }

  /**
   * The APM Performance Pathway input of a public use file row.
   *
   * @param record the row
   * @param measures the row's typed measure columns ({@link PufQualityColumns#read})
   * @param outcomeMeasures the year's outcome measures ({@link QualityBenchmarks#appOutcomeMeasures})
   * @param qualityStandardScore the year's quality standard score, 0-100 ({@link #qualityStandardScore})
   * @param priorAchievementPercent the prior year's achievement percent, 0-100, if any
   * @param modalBonusPoints whether to add the modal PY2021 bonus points to each option (true to
   *     compare a PY2021 row with its published score; false to score it as the prior year of
   *     PY2022, as the reconciliation does)
   * @return the input
   * @throws IllegalArgumentException if the year is before 2021, or bonus points are asked for
   *     another year than 2021, or a value is out of range
   */
  public static AppQualityInput appQualityInput(PufRecord record, PufQualityInputs measures, Set<String> outcomeMeasures,
      double qualityStandardScore, Optional<Double> priorAchievementPercent, boolean modalBonusPoints) {
    int y = record.performanceYear();
    if (modalBonusPoints && y != FIRST_YEAR) {
      throw new IllegalArgumentException("modal bonus points are the PY2021 assumption, but the performance year was "
          + y);
    }
    boolean bonus = modalBonusPoints;
    AppQualityInput.Builder in = AppQualityInput.builder().performanceYear(y).qualityStandardScore(qualityStandardScore)
        .outcomeMeasures(outcomeMeasures)
        .extremeAndUncontrollableCircumstance(measures.extremeAndUncontrollableCircumstance());
    priorAchievementPercent.ifPresent(in::priorAchievementPercent);
    boolean initial = measures.agreementType().map(t -> t.equalsIgnoreCase("Initial")).orElse(false)
        && record.agreementStart().map(d -> d.getYear() == y).orElse(false);
    in.firstPerformanceYearOfFirstAgreement(initial);
    if (y >= 2024 && measures.metReportingRequirements().equals(Optional.of(false))) {
      return in.build();
    }
    in.cahps(measures.cahps()).claimsMeasures(measures.claimsMeasures());
    if (measures.webInterface().stream().anyMatch(m -> m.rate().isPresent())) {
      in.putReportingOptions(WEB_INTERFACE, measures.webInterface());
      if (bonus) {
        in.putBonusPoints(WEB_INTERFACE, PY2021_WEB_INTERFACE_BONUS);
      }
    }
    if (!measures.ecqmAndCqm().isEmpty()) {
      in.putReportingOptions(ECQM_CQM, measures.ecqmAndCqm());
      if (bonus) {
        in.putBonusPoints(ECQM_CQM, measures.cahps().isEmpty() ? PY2021_ECQM_CQM_BONUS_WITHOUT_CAHPS
            : PY2021_ECQM_CQM_BONUS_WITH_CAHPS);
      }
    }
    return in.build();
  }

  /**
   * The year's quality standard score in points, read from the file: the one published score of
   * every ACO raised to it ({@code Recvd30p} through PY2023, {@code Recvd40p} from PY2024),
   * rounded to 2 decimals. CMS does not publish the 30th/40th percentile MIPS score otherwise.
   *
   * @param rows the rows of one performance year
   * @return the standard score, 0-100
   * @throws IllegalArgumentException if the rows are of several years
   * @throws FailureException if the flagged ACOs do not share exactly one score
   *     ({@link FailureCode#MISSING_INPUT} at {@code Recvd30p}/{@code Recvd40p}, naming the
   *     scores), or a row's quality-measure cells are malformed (see
   *     {@link PufQualityColumns#read(PufRecord)})
   */
  public static double qualityStandardScore(List<PufRecord> rows) {
    Set<Integer> years = new TreeSet<>();
    for (PufRecord r : rows) {
      years.add(r.performanceYear());
    }
    if (years.size() != 1) {
      throw new IllegalArgumentException("rows must be of one performance year, but were of " + years);
    }
    Map<PufRecord, PufQualityInputs> measures = new IdentityHashMap<>();
    for (PufRecord r : rows) {
      measures.put(r, PufQualityColumns.read(r));
    }
    Result<Double> standard = standardScore(years.iterator().next(), rows, measures);
    if (!standard.isSuccess()) {
      throw new FailureException(standard.failure().get());
    }
    return standard.value();
  }

  /**
   * The standard score of the rows of one year, or a {@link FailureCode#MISSING_INPUT} failure at
   * {@code Recvd30p}/{@code Recvd40p} naming the scores when the flagged ACOs do not share one.
   */
  private static Result<Double> standardScore(int year, List<PufRecord> rows,
      Map<PufRecord, PufQualityInputs> measures) {
    Set<Double> scores = new TreeSet<>();
    for (PufRecord r : rows) {
      if (measures.get(r).receivedStandardScore() && r.qualityScore().isPresent()) {
        scores.add(Math.round(r.qualityScore().getAsDouble() * 10000) / 100.0);
      }
    }
    if (scores.size() != 1) {
      String flag = year >= 2024 ? "Recvd40p" : "Recvd30p";
      return Result.failure(Failure.of(FailureCode.MISSING_INPUT, flag, null, "the ACOs flagged " + flag + " in PY"
          + year + " must share one quality score (the year's standard score), but had " + scores));
    }
    return Result.success(scores.iterator().next());
  }

  /**
   * Every ACO's PY2020 MIPS quality achievement percent, the prior year of PY2021 improvement
   * scoring (42 CFR 414.1380(b)(1)(vi)): the Web Interface measures of the PY2020 rows of the
   * measure-level extract scored with {@link MipsAchievementPoints} of PY2020 against the Shared
   * Savings Program's PY2020 Web Interface benchmarks (measures without one excluded; a value CMS
   * did not score, {@code N/A}, left out). The CAHPS survey was waived for PY2020 and the
   * extract's claims measures are not Web Interface measures; Web Interface alone is what
   * reproduces CMS's PY2021 scores.
   *
   * @param extract the rows of the measure-level extract (other years are ignored)
   * @param benchmarks the benchmarks
   * @return achievement percent (0-100) by ACO id, for the ACOs with at least one scored measure
   */
  public static Map<String, Double> webInterfaceAchievement2020(List<PufRecord> extract, QualityBenchmarks benchmarks) {
    Map<String, DecileBenchmark> bench = benchmarks.msspWebInterfaceBenchmarksByMipsId(2020);
    MipsAchievementPoints points = MipsAchievementPoints.forPerformanceYear(2020);
    Map<String, Double> out = new LinkedHashMap<>();
    for (PufRecord r : extract) {
      if (r.performanceYear() != 2020) {
        continue;
      }
      Map<String, MeasureResult> values = new LinkedHashMap<>();
      PufQualityColumns.read(r).webInterface().forEach(m -> values.put(m.measureId(), m));
      double earned = 0;
      double available = 0;
      for (Map.Entry<String, DecileBenchmark> b : bench.entrySet()) {
        MeasureResult v = values.get(b.getKey());
        if (v != null && v.rate().isPresent()) {
          MeasureScore s = points.score(MeasureResult.of(b.getValue().measureId(), CollectionType.CMS_WEB_INTERFACE,
              v.rate().getAsDouble()), Optional.of(b.getValue()));
          earned += s.points();
          available += s.maxPoints();
        }
      }
      if (available > 0) {
        out.put(r.acoId(), 100 * earned / available);
      }
    }
    return out;
  }

  private static QualityStandard publishedStandard(PufRecord r) {
    if (r.metQualityStandard().orElse(false)) {
      return QualityStandard.MET;
    }
    return r.metAlternativeQualityStandard().orElse(false) ? QualityStandard.ALTERNATIVE_MET : QualityStandard.NOT_MET;
  }

  /**
   * Whether a row publishes no value of measure 484 (Clinician and Clinician Group Risk-standardized
   * Hospital Admission Rates for Patients with Multiple Chronic Conditions).
   */
  private static boolean lacksMeasure484(PufQualityInputs measures) {
    return measures.claimsMeasures().stream().noneMatch(m -> m.measureId().equals("484") && m.rate().isPresent());
  }

  /**
   * The status of a row, the first reason that applies.
   *
   * @param hasPrior whether the prior year's row gave a recomputed prior achievement percent
   * @param priorRowWithout484 whether the prior year's row (PY2023, for a PY2024 row) publishes no
   *     value of measure 484
   */
  static QualityReconciliationStatus status(PufRecord r, PufQualityInputs measures, AppQualityScore s,
      boolean hasPrior, boolean priorRowWithout484) {
    if (r.qualityScore().isEmpty()) {
      return QualityReconciliationStatus.NO_PUBLISHED_SCORE;
    }
    int y = r.performanceYear();
    double published = r.qualityScore().getAsDouble() * 100;
    if (Math.abs(Math.round(s.score() * 100) / 100.0 - published) <= TOLERANCE) {
      return QualityReconciliationStatus.MATCH;
    }
    double diff = s.score() - published;
    boolean wi = s.chosen().map(c -> c.label().equals(WEB_INTERFACE)).orElse(false);
    if (Math.abs(diff) < ROUNDING) {
      return QualityReconciliationStatus.ROUNDING;
    }
    if (s.chosen().isEmpty()) {
      return QualityReconciliationStatus.NO_MEASURE_VALUES;
    }
    if (y == 2021 && s.improvementPercent() > 0 && Math.abs(diff - s.improvementPercent()) < ROUNDING) {
      return QualityReconciliationStatus.PY2021_IMPROVEMENT_NOT_GIVEN;
    }
    if (y == 2021) {
      return wi ? QualityReconciliationStatus.PY2021_WEB_INTERFACE_BONUS
          : QualityReconciliationStatus.PY2021_ECQM_CQM_BONUS;
    }
    if (!hasPrior && diff < 0) {
      return QualityReconciliationStatus.NO_PRIOR_YEAR_ROW;
    }
    if (wi && measures.reportedEcqmOrCqm()) {
      return QualityReconciliationStatus.DUAL_REPORTER_VALUES_HIDDEN;
    }
    if (!wi && y >= 2023 && diff < 0) {
      return QualityReconciliationStatus.HEALTH_EQUITY_ADJUSTMENT;
    }
    if (y == 2024 && hasPrior && priorRowWithout484) {
      return QualityReconciliationStatus.PY2024_PRIOR_ROW_WITHOUT_484;
    }
    if (y == 2024 && hasPrior) {
      return QualityReconciliationStatus.PY2024_PRIOR_DIFFERS;
    }
    return QualityReconciliationStatus.UNEXPLAINED;
  }
}
