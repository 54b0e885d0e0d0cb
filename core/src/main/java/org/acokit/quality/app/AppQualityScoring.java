/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.quality.app;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.acokit.quality.CollectionType;
import org.acokit.quality.BenchmarkSet;
import org.acokit.quality.MeasureResult;
import org.acokit.quality.MeasureScore;
import org.acokit.quality.MipsAchievementPoints;
import org.acokit.quality.PointsFunction;
import org.acokit.quality.ScoreStatus;
import org.acokit.quality.QualityStandard;

/**
 * Scores an ACO's quality under the APM Performance Pathway (Shared Savings Program, PY2021 on).
 * <p>
 * Rules, in order (sources in brackets):
 * <ol>
 *   <li>Each measure earns {@link MipsAchievementPoints} of the year against the benchmark of its
 *       collection type; a reported measure without a benchmark is excluded, a required measure
 *       that was not reported earns 0 of 10 (data completeness not met) [42 CFR 414.1367(c)(1),
 *       414.1380(b)(1)(iii)].</li>
 *   <li>CAHPS for MIPS (321) is one measure worth 10 points, the mean of its summary survey
 *       measures' points; survey measures without a benchmark (CAHPS_7) are left out [the
 *       reproduction of the PY2021-2024 public use files; the roll-up is not in the regulation
 *       text].</li>
 *   <li>Each reporting option (Web Interface, eCQM/MIPS CQM, Medicare CQM) is scored with CAHPS
 *       and the claims measures; the higher achievement percent counts [CMS uses the higher score
 *       of an ACO that reports more than one way; 425.512(a)].</li>
 *   <li>Bonus points (PY2021) are added to points earned, capped at 100% [414.1380(b)(1)(vii)].</li>
 *   <li>Improvement percent (every APP year, PY2021 on): {@code min(10, 10 x (a - max(p, 30)) /
 *       max(p, 30))} when the achievement percent {@code a} exceeds the prior year's {@code p}
 *       [414.1380(b)(1)(vi), in force since the 2018 MIPS performance period; CMS's PY2021 APP
 *       guide for Shared Savings Program ACOs scores the quality category from "the measures
 *       reported under the APP, any applicable MIPS bonus points, and quality improvement
 *       points"]. For PY2021 the prior is the ACO's PY2020 MIPS quality achievement percent (the
 *       APM scoring standard's Web Interface measures; CAHPS was waived in 2020).</li>
 *   <li>Health equity adjustment bonus (PY2023-2024), capped at 100 [425.512(b)].</li>
 *   <li>Extreme and uncontrollable circumstances: the higher of the score and the quality
 *       standard score [425.512(c)].</li>
 *   <li>Standard: MET if the score reaches the standard score (30th percentile of MIPS quality
 *       scores through PY2023, 40th from PY2024) or the floor applied, or the ACO reported in the
 *       first performance year of its first agreement period (PY2022 on); from PY2023
 *       ALTERNATIVE_MET if an outcome measure reached the 10th percentile; else NOT_MET
 *       [425.512(a)(2)-(5)].</li>
 * </ol>
 * Not modelled (named gaps): the eCQM/MIPS CQM reporting incentive route to the standard
 * (425.512(a)(4)(i)(B)), whose measure set membership is not settled in the sources; data
 * completeness and case minimums, which callers apply by what they report; the PY2024 higher-of
 * floor for reduced available points (425.512(a)(7)).
 * <p>
 * Worked example: eleven scored measures (eight benchmarked Web Interface measures, CAHPS, 479
 * and 484) earning 93.4284 of 110 points give {@code 100 x 93.4284 / 110 = 84.93%}. Pure
 * function; thread-safe.
 */
public final class AppQualityScoring {

  /** The CAHPS for MIPS measure id. */
  public static final String CAHPS_MEASURE = "321";

  private AppQualityScoring() {
  }

  /**
   * Scores one ACO-year.
   *
   * @param input what the ACO reported and the year's parameters
   * @param benchmarks the year's benchmarks
   * @return the score with its explanation
   * @throws IllegalArgumentException if the benchmarks are of another year, or a rate is invalid
   */
  public static AppQualityScore score(AppQualityInput input, BenchmarkSet benchmarks) {
    int py = input.performanceYear();
    if (benchmarks.performanceYear() != py) {
      throw new IllegalArgumentException("performance year of the benchmarks must be " + py + ", but was "
          + benchmarks.performanceYear());
    }
    AppYear year = AppYear.of(py);
    MipsAchievementPoints points = year.points();
    MipsAchievementPoints cahpsPoints = year.cahpsPoints();

    List<MeasureScore> cahpsScores = sorted(scoreAll(input.cahps(), cahpsPoints, benchmarks));
    Optional<MeasureScore> cahps = cahpsMeasure(cahpsScores);
    List<MeasureScore> claims = scoreAll(input.claimsMeasures(), points, benchmarks);

    List<AppOptionScore> options = new ArrayList<>();
    boolean outcomeAtTenth = false;
    for (Map.Entry<String, List<MeasureResult>> option : new TreeMap<>(input.reportingOptions()).entrySet()) {
      List<MeasureScore> all = new ArrayList<>(scoreAll(option.getValue(), points, benchmarks));
      cahps.ifPresent(all::add);
      all.addAll(claims);
      all = sorted(all);
      double earned = 0;
      double available = 0;
      for (MeasureScore m : all) {
        earned += m.points();
        available += m.maxPoints();
        if (input.outcomeMeasures().contains(m.measureId()) && m.decile().orElse(0) >= 2) {
          outcomeAtTenth = true;
        }
      }
      options.add(AppOptionScore.builder().label(option.getKey()).measureScores(all)
          .cahpsSurveyScores(cahpsScores).pointsEarned(earned).pointsAvailable(available).build());
    }
    Optional<AppOptionScore> chosen = options.stream()
        .filter(o -> o.pointsAvailable() > 0)
        .max(Comparator.comparingDouble((AppOptionScore o) -> withBonus(o, input))
            .thenComparing(AppOptionScore::label));

    double withBonus = 0;
    double improvement = 0;
    double bonus = 0;
    if (chosen.isPresent()) {
      AppOptionScore c = chosen.get();
      bonus = input.bonusPoints().getOrDefault(c.label(), 0.0);
      withBonus = withBonus(c, input);
      improvement = improvementPercent(c.achievementPercent(), input);
    }
    double hea = chosen.isPresent() && input.healthEquityAdjustment().isPresent()
        ? input.healthEquityAdjustment().get().bonus() : 0;
    double beforeFloor = chosen.isPresent() ? Math.min(100, Math.min(100, withBonus + improvement) + hea) : 0;
    double standardScore = input.qualityStandardScore();
    boolean floor = input.extremeAndUncontrollableCircumstance() && beforeFloor < standardScore;
    double score = floor ? standardScore : beforeFloor;

    QualityStandard standard;
    if (chosen.isEmpty() && !floor) {
      standard = QualityStandard.NOT_MET;
    } else if (score >= standardScore) {
      standard = QualityStandard.MET;
    } else if (year.hasFirstYearStandard() && input.firstPerformanceYearOfFirstAgreement()) {
      standard = QualityStandard.MET;
    } else if (year.hasAlternativeStandard() && outcomeAtTenth) {
      standard = QualityStandard.ALTERNATIVE_MET;
    } else {
      standard = QualityStandard.NOT_MET;
    }
    return AppQualityScore.builder().performanceYear(py).options(options).chosen(chosen)
        .achievementWithBonusPercent(withBonus).bonusPoints(bonus).improvementPercent(improvement)
        .healthEquityBonus(hea).scoreBeforeFloor(beforeFloor).floorApplied(floor).score(score)
        .qualityStandardScore(standardScore).outcomeMeasureAtTenthPercentile(outcomeAtTenth).standard(standard)
        .build();
  }

  /**
   * The improvement percent of 42 CFR 414.1380(b)(1)(vi) (MIPS since PY2018, so every APP year):
   * {@code min(10, 10 x (a - max(p, 30)) / max(p, 30))} when the current achievement percent
   * {@code a} exceeds the prior {@code p}, else 0. Example: a = 88, p = 80 gives {@code 10 x 8 /
   * 80 = 1.0}.
   *
   * @param achievementPercent the current achievement percent, 0-100
   * @param input the input holding the prior achievement percent
   * @return the improvement percent, 0-10
   */
  static double improvementPercent(double achievementPercent, AppQualityInput input) {
    if (input.priorAchievementPercent().isEmpty()) {
      return 0;
    }
    double prior = input.priorAchievementPercent().getAsDouble();
    if (achievementPercent <= prior) {
      return 0;
    }
    double base = Math.max(prior, 30);
    return Math.max(0, Math.min(10, 10 * (achievementPercent - base) / base));
  }

  private static List<MeasureScore> scoreAll(List<MeasureResult> results, PointsFunction f, BenchmarkSet b) {
    List<MeasureScore> out = new ArrayList<>(results.size());
    for (MeasureResult r : results) {
      Optional<org.acokit.quality.DecileBenchmark> bench = b.find(r.measureId(), r.collectionType());
      if (r.rate().isEmpty()) {
        // A required measure not reported fails data completeness: 0 of 10 points, counted
        // whether or not the measure has a benchmark (414.1380(b)(1)(iii)).
        out.add(f.score(r, Optional.empty()));
      } else {
        out.add(f.score(r, bench));
      }
    }
    return out;
  }

  private static double withBonus(AppOptionScore o, AppQualityInput input) {
    return Math.min(100, 100 * (o.pointsEarned() + input.bonusPoints().getOrDefault(o.label(), 0.0)) / o.pointsAvailable());
  }

  private static Optional<MeasureScore> cahpsMeasure(List<MeasureScore> surveyScores) {
    double sum = 0;
    int n = 0;
    for (MeasureScore s : surveyScores) {
      if (s.status() == ScoreStatus.SCORED) {
        sum += s.points();
        n++;
      }
    }
    if (n == 0) {
      return Optional.empty();
    }
    return Optional.of(MeasureScore.builder().measureId(CAHPS_MEASURE).collectionType(CollectionType.CERTIFIED_SURVEY_VENDOR)
        .points(sum / n).maxPoints(10).status(ScoreStatus.SCORED)
        .basis("mean of " + n + " summary survey measures' points").build());
  }

  private static List<MeasureScore> sorted(List<MeasureScore> scores) {
    List<MeasureScore> s = new ArrayList<>(scores);
    s.sort(Comparator.comparing(MeasureScore::measureId).thenComparing((MeasureScore m) -> m.collectionType().cmsName()));
    return s;
  }
}
