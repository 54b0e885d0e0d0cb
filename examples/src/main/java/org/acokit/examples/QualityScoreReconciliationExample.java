/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.acokit.io.ValueWithFailures;
import org.acokit.measures.CatalogYear;
import org.acokit.measures.MeasureCatalogs;
import org.acokit.measures.MeasureDefinition;
import org.acokit.puf.PufReader;
import org.acokit.puf.PufRecord;
import org.acokit.quality.BenchmarkSet;
import org.acokit.quality.DecileBenchmark;
import org.acokit.quality.MeasureResult;
import org.acokit.quality.MeasureScore;
import org.acokit.quality.MipsAchievementPoints;
import org.acokit.quality.RateUnit;
import org.acokit.quality.app.AppQualityInput;
import org.acokit.quality.app.AppQualityScore;
import org.acokit.quality.app.AppQualityScoring;
import org.acokit.quality.QualityStandard;

/**
 * Recomputes every ACO's APM Performance Pathway quality score of PY2021-2024 from the measure
 * values in CMS's public use files with the library's catalog, and compares it with the
 * published {@code QualScore}.
 * <p>
 * Usage: {@code QualityScoreReconciliation DATA_DIR OUT_CSV}; DATA_DIR holds {@code mssp-puf/}.
 * Writes {@code performance_year,aco_id,quality_score} (0-100) and prints per year how many
 * scores match the published one within 0.01 points and, for the others, why.
 * <p>
 * How the PUF columns become engine inputs (see {@code quality-score-reproduction.md}):
 * {@code QualityID_*} columns are the Web Interface ({@code _WI} and the single-collection
 * columns) and eCQM / MIPS CQM / Medicare CQM ({@code 001SSP}...) options; a Web Interface value
 * shown as {@code -} while others are published is a measure not reported (0 points, counted).
 * {@code CAHPS_n} are the survey measures, {@code Measure_479}, {@code Measure_484} and
 * {@code Measure_MCC1} the claims measures. Inputs CMS did not publish and this example assumes:
 * the PY2021 bonus points, taken as their most common values (Web Interface 12 = 2 CAHPS
 * high-priority + 10 end-to-end; eCQM/CQM 4 = CAHPS 2 + second outcome measure 2, or 2 without
 * CAHPS); the prior-year achievement percent, recomputed from the prior year's file with the
 * catalog's prior-year benchmarks (for PY2021: the PY2020 Web Interface achievement percent,
 * recomputed from {@code quality-measures-subset-2018-2022.csv} with the catalog's Shared Savings
 * Program PY2020 Web Interface benchmarks); the quality standard score (the EUC floor), read from the
 * file as the one score of every ACO flagged {@code Recvd30p}/{@code Recvd40p}. The health
 * equity adjustment's underserved multiplier is not in the PUF, so HEA is not applied. The first
 * performance year of a first agreement is an {@code Initial} agreement starting in the year.
 * <p>
 * It also compares the quality standard the engine determines with CMS's {@code Met_QPS} and
 * {@code Met_AltQPS} flags. PY2021-2023 agree for every ACO; in PY2024 the ACOs that met the
 * standard through the eCQM/MIPS CQM/Medicare CQM reporting incentive (not modelled) differ.
 */
public final class QualityScoreReconciliation {

  private static final String[] WEB_INTERFACE = {"001", "110", "112", "113", "134", "226", "236", "318", "370", "438"};
  private static final String[] CQM = {"001", "134", "236"};
  private static final String WI = "Web Interface";
  private static final String ECQM = "eCQM/MIPS CQM/Medicare CQM";
  private static final double TOLERANCE = 0.01 + 1e-9;

  private QualityScoreReconciliation() {
  }

  /** Matches of one performance year. */
  public static final class YearResult {
    private final int year;
    private final int acos;
    private final int matched;
    private final Map<String, Integer> reasons;
    private final int standardAgrees;

    YearResult(int year, int acos, int matched, Map<String, Integer> reasons, int standardAgrees) {
      this.year = year;
      this.acos = acos;
      this.matched = matched;
      this.reasons = reasons;
      this.standardAgrees = standardAgrees;
    }

    /**
     * The ACOs whose quality standard (met, alternative met, not met) equals CMS's
     * {@code Met_QPS} / {@code Met_AltQPS} flags.
     *
     * @return the count
     */
    public int standardAgrees() {
      return standardAgrees;
    }

    /**
     * The performance year.
     *
     * @return the year
     */
    public int year() {
      return year;
    }

    /**
     * The ACOs with a published score.
     *
     * @return the count
     */
    public int acos() {
      return acos;
    }

    /**
     * The ACOs whose recomputed score is within 0.01 points of the published one.
     *
     * @return the count
     */
    public int matched() {
      return matched;
    }

    /**
     * The mismatches by reason.
     *
     * @return counts by reason
     */
    public Map<String, Integer> reasons() {
      return reasons;
    }
  }

  /**
   * Runs the reconciliation.
   *
   * @param dataDir the shared data folder
   * @param outCsv the CSV to write
   * @param out where to print the summary
   * @return the per-year results, PY2021-2024
   */
  public static List<YearResult> run(Path dataDir, Path outCsv, PrintStream out) {
    MeasureCatalogs catalogs = MeasureCatalogs.load();
    Map<Integer, List<PufRecord>> rows = new TreeMap<>();
    for (int y = 2021; y <= 2024; y++) {
      ValueWithFailures<PufRecord> read = PufReader.read(dataDir.resolve("mssp-puf").resolve("py" + y + ".csv"));
      rows.put(y, read.values());
    }
    Map<String, Double> prior2020 = achievement2020(dataDir, catalogs, out);
    List<YearResult> results = new ArrayList<>();
    try {
      Files.createDirectories(outCsv.toAbsolutePath().getParent());
      try (Writer w = Files.newBufferedWriter(outCsv, StandardCharsets.UTF_8)) {
        w.write("performance_year,aco_id,quality_score\n");
        out.println("PY    ACOs  match  share   (within 0.01 of the published QualScore)");
        for (int y = 2021; y <= 2024; y++) {
          CatalogYear cat = catalogs.year("APP", y);
          BenchmarkSet bench = cat.benchmarkSet();
          Map<String, Double> prior = new LinkedHashMap<>();
          if (y == 2021) {
            prior.putAll(prior2020);
          } else {
            CatalogYear pc = catalogs.year("APP", y - 1);
            BenchmarkSet pb = pc.priorYearBenchmarkSet();
            for (PufRecord r : rows.get(y - 1)) {
              AppQualityScore s = AppQualityScoring.score(input(r, y - 1, pc, false, 0, Optional.empty()).build(), pb);
              s.chosen().ifPresent(c -> prior.put(r.acoId(), c.achievementPercent()));
            }
          }
          double standard = standardScore(rows.get(y), y);
          int matched = 0;
          int standardAgrees = 0;
          Map<String, Integer> reasons = new TreeMap<>();
          for (PufRecord r : rows.get(y)) {
            AppQualityInput in = input(r, y, cat, y == 2021, standard,
                Optional.ofNullable(prior.get(r.acoId()))).build();
            AppQualityScore s = AppQualityScoring.score(in, bench);
            w.write(y + "," + r.acoId() + "," + String.format(Locale.ROOT, "%.4f", s.score()) + "\n");
            if (s.standard() == publishedStandard(r)) {
              standardAgrees++;
            }
            double published = r.qualityScore().orElse(Double.NaN) * 100;
            if (Math.abs(Math.round(s.score() * 100) / 100.0 - published) <= TOLERANCE) {
              matched++;
            } else {
              reasons.merge(reason(r, y, s, published, prior.containsKey(r.acoId())), 1, Integer::sum);
            }
          }
          int n = rows.get(y).size();
          out.printf(Locale.ROOT, "%d  %4d   %4d  %5.1f%%   quality standard as published: %d%n", y, n, matched,
              100.0 * matched / n, standardAgrees);
          reasons.forEach((k, v) -> out.printf(Locale.ROOT, "        %4d  %s%n", v, k));
          results.add(new YearResult(y, n, matched, reasons, standardAgrees));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + outCsv, e);
    }
    int n = 0;
    int m = 0;
    for (YearResult r : results) {
      if (r.year() <= 2023) {
        n += r.acos();
        m += r.matched();
      }
    }
    out.printf(Locale.ROOT, "PY2021-2023: %d of %d within 0.01 (%.1f%%)%n", m, n, 100.0 * m / n);
    out.println("Wrote " + outCsv);
    return results;
  }

  /**
   * Every ACO's PY2020 MIPS quality achievement percent, the prior year of PY2021 improvement
   * scoring (42 CFR 414.1380(b)(1)(vi)): the Web Interface measures of the PY2020 measure-level
   * extract scored with {@link MipsAchievementPoints} of PY2020 against the catalog's PY2020 Web
   * Interface benchmarks (measures without one, 134, 370 and 438, excluded; {@code N/A}, a measure
   * CMS did not score, left out). The CAHPS survey was waived for PY2020 and the extract's claims
   * measures (ACO-8, 38, 43) are not Web Interface measures; Web Interface alone is what reproduces
   * CMS's PY2021 scores. Prints how many ACOs get a prior and how many rows could not be read.
   */
  private static Map<String, Double> achievement2020(Path dataDir, MeasureCatalogs catalogs, PrintStream print) {
    CatalogYear mssp = catalogs.year("MSSP", 2020);
    BenchmarkSet bench = mssp.benchmarkSet();
    MipsAchievementPoints points = MipsAchievementPoints.forPerformanceYear(2020);
    ValueWithFailures<PufRecord> read = PufReader.readMultiYear(
        dataDir.resolve("mssp-puf").resolve("quality-measures-subset-2018-2022.csv"));
    Map<String, Double> out = new LinkedHashMap<>();
    for (PufRecord r : read.values()) {
      if (r.performanceYear() != 2020) {
        continue;
      }
      double earned = 0;
      double available = 0;
      for (MeasureDefinition m : mssp.measures()) {
        Optional<DecileBenchmark> b = bench.find(m.measureId(), "cmsWebInterface");
        if (m.mipsMeasureId().isEmpty() || b.isEmpty()) {
          continue;
        }
        String id = m.mipsMeasureId().get();
        String col = id.equals("318") ? "QualityID318"
            : id.equals("001") || id.equals("134") || id.equals("236") ? "QualityID_" + id + "_WI" : "QualityID_" + id;
        String raw = r.column(col).map(String::trim).orElse("");
        if (raw.equals("N/A") || raw.equals("NA")) {
          continue;
        }
        Optional<Double> v = number(r, col);
        if (v.isPresent()) {
          MeasureScore s = points.score(MeasureResult.of(m.measureId(), "cmsWebInterface", v.get()), b);
          earned += s.points();
          available += s.maxPoints();
        }
      }
      if (available > 0) {
        out.put(r.acoId(), 100 * earned / available);
      }
    }
    print.printf(Locale.ROOT, "PY2020 Web Interface achievement (the PY2021 prior): %d ACOs; %d rows of the extract "
        + "unreadable%n", out.size(), read.failures().size());
    return out;
  }

  /** The published quality standard score of the year: the one score of every floored ACO. */
  private static double standardScore(List<PufRecord> rows, int year) {
    String flag = year >= 2024 ? "Recvd40p" : "Recvd30p";
    Set<Double> scores = new TreeSet<>();
    for (PufRecord r : rows) {
      if (r.column(flag).map(String::trim).orElse("").equals("1") && r.qualityScore().isPresent()) {
        scores.add(Math.round(r.qualityScore().getAsDouble() * 10000) / 100.0);
      }
    }
    if (scores.size() != 1) {
      throw new IllegalArgumentException("the ACOs flagged " + flag + " in PY" + year
          + " must share one quality score (the year's standard score), but had " + scores);
    }
    return scores.iterator().next();
  }

  private static QualityStandard publishedStandard(PufRecord r) {
    if (flag(r, "Met_QPS")) {
      return QualityStandard.MET;
    }
    return flag(r, "Met_AltQPS") ? QualityStandard.ALTERNATIVE_MET : QualityStandard.NOT_MET;
  }

  private static AppQualityInput.Builder input(PufRecord r, int y, CatalogYear cat, boolean bonus,
      double standard, Optional<Double> prior) {
    AppQualityInput.Builder in = AppQualityInput.builder().performanceYear(y).qualityStandardScore(standard)
        .outcomeMeasures(cat.outcomeMeasureIds())
        .extremeAndUncontrollableCircumstance(flag(r, "DisAffQual"));
    prior.ifPresent(in::priorAchievementPercent);
    // First performance year of a first agreement: an initial agreement starting in this year.
    boolean initial = r.column("Agree_Type").map(String::trim).orElse("").equalsIgnoreCase("Initial")
        && r.agreementStart().map(d -> d.getYear() == y).orElse(false);
    in.firstPerformanceYearOfFirstAgreement(initial);
    boolean reportedNothing = y >= 2024 && r.column("Met_SSP_quality_reporting_requirements").map(String::trim)
        .orElse("").equals("0");
    if (reportedNothing) {
      return in;
    }
    List<MeasureResult> cahps = new ArrayList<>();
    for (int k = 1; k <= 11; k++) {
      Optional<Double> v = number(r, "CAHPS_" + k);
      if (v.isPresent()) {
        cahps.add(MeasureResult.of("CAHPS_" + k, "certifiedSurveyVendor", v.get()));
      }
    }
    in.cahps(cahps);
    number(r, "Measure_479").ifPresent(v -> in.addClaimsMeasures(
        MeasureResult.of("479", "administrativeClaims", RateUnit.FRACTION, v)));
    number(r, "Measure_484").ifPresent(v -> in.addClaimsMeasures(
        MeasureResult.of("484", "administrativeClaims", RateUnit.RATE, v)));
    number(r, "Measure_MCC1").ifPresent(v -> in.addClaimsMeasures(
        MeasureResult.of("MCC1", "administrativeClaims", RateUnit.RATE, v)));
    List<MeasureResult> wi = new ArrayList<>();
    boolean anyWi = false;
    for (String m : WEB_INTERFACE) {
      String col = m.equals("001") || m.equals("134") || m.equals("236") ? "QualityID_" + m + "_WI" : "QualityID_" + m;
      Optional<Double> v = number(r, col);
      anyWi |= v.isPresent();
      wi.add(v.isPresent() ? MeasureResult.of(m, "cmsWebInterface", v.get()) : MeasureResult.notReported(m, "cmsWebInterface"));
    }
    if (anyWi) {
      in.putReportingOptions(WI, wi);
      if (bonus) {
        in.putBonusPoints(WI, 12.0);
      }
    }
    List<MeasureResult> cqm = new ArrayList<>();
    for (String m : CQM) {
      if (y == 2021) {
        String method = flag(r, "Report_eCQM") ? "electronicHealthRecord" : "registry";
        number(r, "QualityID_" + m + "_eCQM-CQM").ifPresent(v -> cqm.add(MeasureResult.of(m, method, v)));
      } else {
        number(r, "QualityID_" + m + "_eCQM").ifPresent(v -> cqm.add(MeasureResult.of(m, "electronicHealthRecord", v)));
        number(r, "QualityID_" + m + "_MIPSCQM").ifPresent(v -> cqm.add(MeasureResult.of(m, "registry", v)));
        number(r, "QualityID_" + m + "_MedicareCQM").ifPresent(v -> cqm.add(MeasureResult.of(m + "SSP", "registry", v)));
      }
    }
    if (!cqm.isEmpty()) {
      in.putReportingOptions(ECQM, cqm);
      if (bonus) {
        in.putBonusPoints(ECQM, cahps.isEmpty() ? 2.0 : 4.0);
      }
    }
    return in;
  }

  private static String reason(PufRecord r, int y, AppQualityScore s, double published, boolean hasPrior) {
    double diff = s.score() - published;
    boolean wi = s.chosen().map(c -> c.label().equals(WI)).orElse(false);
    if (Math.abs(diff) < 0.03) {
      return "rounding: the PUF publishes rates to 2 decimals (|difference| < 0.03)";
    }
    if (s.chosen().isEmpty()) {
      return "no measure values published for the ACO";
    }
    if (y == 2021 && s.improvementPercent() > 0 && Math.abs(diff - s.improvementPercent()) < 0.03) {
      return "PY2021 improvement over the recomputed PY2020 score that CMS did not give";
    }
    if (y == 2021 && wi) {
      return "PY2021 bonus points other than the modal 12 (end-to-end bonus not published)";
    }
    if (y == 2021) {
      return "PY2021 eCQM/CQM bonus points other than the modal 4 (not published)";
    }
    if (!hasPrior && diff < 0) {
      return "improvement points from a prior score CMS did not publish (no prior-year row)";
    }
    if (wi && flag(r, y >= 2024 ? "Report_eCQM_CQM_MedicareCQM" : "Report_eCQM_CQM")) {
      return "dual Web Interface and eCQM/CQM reporter whose eCQM/CQM values the PUF hides";
    }
    if (!wi && y >= 2023 && diff < 0) {
      return "health equity adjustment (underserved multiplier not published)";
    }
    if (y == 2024 && hasPrior) {
      return "PY2024 improvement against a prior score that differs from the recomputed PY2023 score";
    }
    return "unexplained";
  }

  private static boolean flag(PufRecord r, String column) {
    return r.column(column).map(String::trim).orElse("").equals("1");
  }

  private static Optional<Double> number(PufRecord r, String column) {
    Optional<String> v = r.column(column).map(String::trim);
    if (v.isEmpty() || v.get().isEmpty() || v.get().equals("-") || v.get().equals("*")) {
      return Optional.empty();
    }
    return Optional.of(Double.parseDouble(v.get().replace("%", "").replace(",", "")));
  }

  /**
   * Runs the reconciliation.
   *
   * @param args DATA_DIR OUT_CSV
   */
  public static void main(String[] args) {
    if (args.length != 2) {
      System.err.println("usage: QualityScoreReconciliation DATA_DIR OUT_CSV");
      System.exit(2);
    }
    run(Paths.get(args[0]), Paths.get(args[1]), System.out);
  }
}
