/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.quality.app;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

import org.acokit.internal.AcoStyle;
import org.acokit.internal.Checks;
import org.acokit.quality.MeasureResult;
import org.immutables.value.Value;

/**
 * What an ACO reported under the APM Performance Pathway in one performance year, and the
 * year's parameters the quality performance standard needs.
 * <p>
 * {@link #reportingOptions()} holds each set of clinician-reported measures the ACO submitted,
 * keyed by a label ({@code "Web Interface"}, {@code "eCQM/MIPS CQM"}); each is scored with the
 * CAHPS for MIPS survey ({@link #cahps()}, its summary survey measures) and the administrative
 * claims measures ({@link #claimsMeasures()}), and CMS takes the higher score. Inputs CMS does
 * not publish per ACO are explicit: the PY2021 bonus points, the prior year's achievement
 * percent for improvement scoring, the health equity adjustment inputs, and the year's
 * quality-standard score (the 30th or 40th percentile of MIPS quality scores, 42 CFR 425.512(a)).
 * Immutable and thread-safe.
 */
@Value.Immutable
@AcoStyle
abstract class AbstractAppQualityInput {

  /**
   * The performance year, 2021 or later.
   *
   * @return the year
   */
  public abstract int performanceYear();

  /**
   * The clinician-reported measure sets by label; each result carries its collection type.
   *
   * @return the reporting options
   */
  public abstract Map<String, List<MeasureResult>> reportingOptions();

  /**
   * The CAHPS for MIPS summary survey measures ({@code CAHPS_1} ... {@code CAHPS_11}); empty if
   * no survey was fielded.
   *
   * @return the survey measures
   */
  public abstract List<MeasureResult> cahps();

  /**
   * The administrative claims measures (479, 484, MCC1), each with collection type
   * {@code administrativeClaims}; a measure below its case minimum is simply left out.
   *
   * @return the claims measures
   */
  public abstract List<MeasureResult> claimsMeasures();

  /**
   * Bonus points added to the points earned of a reporting option, by option label (PY2021:
   * high-priority and end-to-end electronic reporting bonus, 414.1380(b)(1)(vii)(A)); an option
   * not in the map earns none. CMS does not publish them per ACO.
   *
   * @return the bonus points by option, each 0 or more
   */
  public abstract Map<String, Double> bonusPoints();

  /**
   * The ACO's achievement percent of the prior performance year (0-100), for improvement scoring
   * (414.1380(b)(1)(vi), every APP year); empty if there is none. For PY2021 it is the ACO's
   * PY2020 MIPS quality achievement percent (the Web Interface measures scored with MIPS points
   * against the PY2020 Web Interface benchmarks; the CAHPS survey was waived for PY2020).
   *
   * @return the prior achievement percent
   */
  public abstract OptionalDouble priorAchievementPercent();

  /**
   * The health equity adjustment inputs (PY2023-2024), empty if the ACO is not eligible.
   *
   * @return the adjustment inputs
   */
  public abstract java.util.Optional<HealthEquityAdjustment> healthEquityAdjustment();

  /**
   * The year's quality performance standard as a MIPS quality score in percent: the 30th
   * percentile score (PY2021-2023) or the 40th (PY2024 on) that CMS publishes each year
   * (425.512(a)(2)-(5)); also the floor of the extreme and uncontrollable circumstances policy
   * (425.512(c)). A required parameter: the regulation names the percentile, not the value.
   *
   * @return the standard score, a percent 0-100 (65.76 for 65.76%); a value above 0 and at most 1
   *     is refused as a fraction given for a percent
   */
  public abstract double qualityStandardScore();

  /**
   * Whether the ACO was affected by an extreme and uncontrollable circumstance (425.512(c)): its
   * score becomes the higher of its own and {@link #qualityStandardScore()}.
   *
   * @return true if affected
   */
  @Value.Default
  public boolean extremeAndUncontrollableCircumstance() {
    return false;
  }

  /**
   * Whether this is the first performance year of the ACO's first agreement period (PY2022 on):
   * reporting the required measures and fielding CAHPS then meets the standard (42 CFR
   * 425.512(a)(2)).
   *
   * @return true in that year
   */
  @Value.Default
  public boolean firstPerformanceYearOfFirstAgreement() {
    return false;
  }

  /**
   * The outcome measures of the alternative quality performance standard (PY2023 on: the 10th
   * percentile on at least one outcome measure, 425.512(a)(4)(ii)); empty means none qualify.
   *
   * @return the outcome measure ids
   */
  public abstract Set<String> outcomeMeasures();

  @Value.Check
  void check() {
    AppYear year = AppYear.of(performanceYear());
    bonusPoints().forEach((k, v) -> {
      Checks.nonNegative("bonus points of option " + k, v);
      if (!reportingOptions().containsKey(k)) {
        throw new IllegalArgumentException("bonus points option must be one of the reporting options "
            + reportingOptions().keySet() + ", but was '" + k + "'");
      }
    });
    Checks.inRange("quality standard score", qualityStandardScore(), 0, 100);
    if (qualityStandardScore() > 0 && qualityStandardScore() <= 1) {
      throw new IllegalArgumentException("quality standard score is a percent 0-100 (the year's 30th or 40th "
          + "percentile MIPS quality score, such as 65.76), but was " + qualityStandardScore()
          + ", which reads as a fraction: write 40 for 40%");
    }
    reportingOptions().forEach((option, results) ->
        Checks.noDuplicates("reporting option " + option, "measure", results, MeasureResult::measureId));
    Checks.noDuplicates("cahps", "measure", cahps(), MeasureResult::measureId);
    Checks.noDuplicates("claimsMeasures", "measure", claimsMeasures(), MeasureResult::measureId);
    reportingOptions().forEach((option, results) -> {
      for (MeasureResult r : results) {
        if (claimsMeasures().stream().anyMatch(c -> c.measureId().equals(r.measureId()))) {
          throw new IllegalArgumentException("measure " + r.measureId() + " is listed twice: in reporting option "
              + option + " and in claimsMeasures (claims measures count in every option): each may appear once");
        }
      }
    });
    if (priorAchievementPercent().isPresent()) {
      Checks.inRange("prior achievement percent", priorAchievementPercent().getAsDouble(), 0, 100);
    }
    if (healthEquityAdjustment().isPresent() && !year.hasHealthEquityAdjustment()) {
      throw new IllegalArgumentException("health equity adjustment applies to performance years 2023-2024 "
          + "(42 CFR 425.512(b)), but the performance year was " + performanceYear());
    }
  }
}
