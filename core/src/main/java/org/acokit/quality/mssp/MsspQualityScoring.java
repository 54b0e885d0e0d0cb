/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.quality.mssp;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.acokit.quality.BenchmarkSet;
import org.acokit.quality.MeasureResult;
import org.acokit.quality.MeasureScore;
import org.acokit.quality.mssp.MsspStepPoints;
import org.acokit.quality.ScoreStatus;
import org.acokit.quality.QualityStandard;

/**
 * Scores an ACO's quality under the Shared Savings Program rules of PY2012-2020 (42 CFR 425.502).
 * <p>
 * Steps:
 * <ol>
 *   <li>Each pay-for-performance measure earns {@link MsspStepPoints} (times its weight, 2 for
 *       the double-weighted EHR measure) against its benchmark; a pay-for-reporting measure, and
 *       every measure in the pay-for-reporting year, earns its maximum when reported (425.502(a),
 *       (c)). An all-or-nothing composite earns its maximum if every component reaches minimum
 *       attainment, else 0 (425.502(c)(3)).</li>
 *   <li>Domain score = {@code min(earned + bonus, possible) / possible}, with the quality
 *       improvement bonus {@code min(4, 4 x max(0, net improvement) / measures in the domain)}
 *       (425.502(e)(4): "up to four bonus points" based on net improvement compared with the
 *       domain's measure count; the proportional form is this library's reading of that text,
 *       CMS's own worked table was not available).</li>
 *   <li>Quality score = mean of the four domain scores, weighted equally (425.502(e)).</li>
 *   <li>Gate: every measure reported, and at least one measure at minimum attainment in each
 *       domain (425.502(d)(2)(iii)); the pay-for-reporting year needs complete reporting only.</li>
 *   <li>Disaster rule, PY2017-2020 (425.502(f), 82 FR 60912): an affected ACO that did not report
 *       gets the mean quality score of all ACOs; one that reported gets the higher of its own and
 *       the mean.</li>
 * </ol>
 * Example: domain scores 0.90, 0.80, 1.00, 0.70 give a quality score of 0.85. Pure function;
 * thread-safe.
 */
public final class MsspQualityScoring {

  /** The most quality improvement bonus points per domain (425.502(e)(4)). */
  public static final double MAXIMUM_IMPROVEMENT_BONUS = 4;

  private MsspQualityScoring() {
  }

  /**
   * Scores one ACO-year.
   *
   * @param input the measure set, results and year parameters
   * @param benchmarks the year's benchmarks (CMS's decile tables; user-supplied where
   *     qpp-measures-data lacks them)
   * @param points the step points function (the band point values)
   * @return the score with its explanation
   * @throws IllegalArgumentException if a measure has no result, a result has no measure, a
   *     pay-for-performance measure has no benchmark, or the benchmarks are of another year
   */
  public static MsspQualityScore score(MsspQualityInput input, BenchmarkSet benchmarks, MsspStepPoints points) {
    int py = input.performanceYear();
    if (benchmarks.performanceYear() != py) {
      throw new IllegalArgumentException("performance year of the benchmarks must be " + py + ", but was "
          + benchmarks.performanceYear());
    }
    Map<String, MeasureResult> results = new HashMap<>();
    for (MeasureResult r : input.results()) {
      // MsspQualityInput refuses a measure id given twice, naming both positions.
      results.put(r.measureId(), r);
    }
    Map<MsspDomain, List<MeasureScore>> byDomain = new EnumMap<>(MsspDomain.class);
    Map<MsspDomain, Boolean> attained = new EnumMap<>(MsspDomain.class);
    boolean complete = true;
    List<String> used = new ArrayList<>();
    for (MsspMeasure m : input.measures()) {
      MeasureResult r = require(results, m.measureId());
      used.add(m.measureId());
      MsspStepPoints f = points.weighted(m.weight());
      MeasureScore s;
      boolean reached;
      if (r.rate().isEmpty()) {
        complete = false;
        s = f.score(r, Optional.empty());
        reached = false;
      } else if (input.payForReportingYear() || !m.payForPerformance()) {
        s = MeasureScore.builder().measureId(m.measureId()).collectionType(m.collectionType()).rate(r.rate())
            .points(f.maxPoints()).maxPoints(f.maxPoints()).status(ScoreStatus.REPORTED)
            .basis("pay for reporting: full points when reported (425.502(a), (c)(2))").build();
        reached = true;
      } else if (!m.allOrNothingComponents().isEmpty()) {
        boolean all = true;
        StringBuilder why = new StringBuilder("all-or-nothing (425.502(c)(3)):");
        for (String c : m.allOrNothingComponents()) {
          MeasureResult cr = require(results, c);
          used.add(c);
          if (cr.rate().isEmpty()) {
            complete = false;
            all = false;
            why.append(' ').append(c).append(" not reported;");
            continue;
          }
          MeasureScore cs = f.score(cr, benchmarks.find(c, cr.collectionType()));
          boolean ok = MsspStepPoints.reachedMinimumAttainment(cs);
          all &= ok;
          why.append(' ').append(c).append(ok ? " met;" : " below minimum attainment;");
        }
        s = MeasureScore.builder().measureId(m.measureId()).collectionType(m.collectionType()).rate(r.rate())
            .points(all ? f.maxPoints() : 0).maxPoints(f.maxPoints()).status(ScoreStatus.SCORED)
            .basis(why.toString()).build();
        reached = all;
      } else {
        s = f.score(r, benchmarks.find(m.measureId(), r.collectionType()));
        reached = MsspStepPoints.reachedMinimumAttainment(s);
      }
      byDomain.computeIfAbsent(m.domain(), d -> new ArrayList<>()).add(s);
      attained.merge(m.domain(), reached, Boolean::logicalOr);
    }
    for (String id : results.keySet()) {
      if (!used.contains(id)) {
        throw new IllegalArgumentException("measure id of result " + id + " must be in the ACO's measure set "
            + used + ", but was not");
      }
    }
    List<MsspDomainScore> domains = new ArrayList<>();
    double sum = 0;
    boolean gate = true;
    for (MsspDomain d : MsspDomain.values()) {
      List<MeasureScore> scores = byDomain.get(d);
      if (scores == null) {
        continue;
      }
      double earned = 0;
      double possible = 0;
      for (MeasureScore s : scores) {
        earned += s.points();
        possible += s.maxPoints();
      }
      int net = input.netImprovement().getOrDefault(d, 0);
      double bonus = input.payForReportingYear() ? 0
          : Math.min(MAXIMUM_IMPROVEMENT_BONUS, MAXIMUM_IMPROVEMENT_BONUS * Math.max(0, net) / scores.size());
      MsspDomainScore ds = MsspDomainScore.builder().domain(d).measureScores(scores).pointsEarned(earned)
          .pointsPossible(possible).bonusPoints(bonus).minimumAttainmentReached(attained.get(d)).build();
      domains.add(ds);
      sum += ds.score();
      gate &= ds.minimumAttainmentReached();
    }
    double own;
    boolean met;
    if (input.payForReportingYear()) {
      own = complete ? 1 : 0;
      met = complete;
    } else {
      own = domains.isEmpty() ? 0 : sum / domains.size();
      met = complete && gate && !domains.isEmpty();
    }
    double score = own;
    boolean disaster = false;
    if (input.extremeAndUncontrollableCircumstance()) {
      double mean = input.meanQualityScore().getAsDouble();
      if (!complete || mean > own) {
        score = complete ? Math.max(own, mean) : mean;
        disaster = score != own;
        met = true;
      }
    }
    return MsspQualityScore.builder().performanceYear(py).payForReporting(input.payForReportingYear())
        .domains(domains).reportedCompletely(complete).scoreBeforeDisasterRule(own).disasterRuleApplied(disaster)
        .score(score).standard(met ? QualityStandard.MET : QualityStandard.NOT_MET).build();
  }

  private static MeasureResult require(Map<String, MeasureResult> results, String id) {
    MeasureResult r = results.get(id);
    if (r == null) {
      throw new IllegalArgumentException("result of measure " + id + " is missing; pass MeasureResult.notReported("
          + "\"" + id + "\", ...) for a measure that was not reported");
    }
    return r;
  }
}
