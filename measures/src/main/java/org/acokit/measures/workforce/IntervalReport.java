/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.workforce;

import java.time.LocalDate;
import java.util.Optional;

import com.google.common.collect.ImmutableList;

/**
 * Everything {@link WorkforceAnalysis} measures over one interval [start, end) between two
 * snapshots: representation and its change, rates by group, the applicant pipeline with adverse
 * impact at each stage, promotions' adverse impact, the talent-flow model, engagement by group,
 * the MD-715-shaped tables and the unit measures for {@link WorkforceCare}. Immutable and
 * thread-safe.
 *
 * @param start the start snapshot date
 * @param end the end snapshot date (exclusive for events)
 * @param counts the counts every figure is computed from
 * @param representation representation rows
 * @param rates rate rows, system-wide (institution {@code all}) and per institution
 * @param pipeline adverse impact at each pipeline stage (selected = reached the stage, of those who
 *     reached the stage before), system-wide
 * @param hiring adverse impact of the whole pipeline (hired of applied), when two groups applied
 * @param promotion adverse impact of promotion (promoted of eligible), when two groups were eligible
 * @param talentFlow the Markov model, when the start snapshot has anyone
 * @param engagement engagement rows
 * @param tables the MD-715-shaped tables
 * @param units the unit measures
 */
public record IntervalReport(LocalDate start, LocalDate end, WorkforceCounts counts,
    ImmutableList<Representation> representation, ImmutableList<Rates> rates, ImmutableList<StageImpact> pipeline,
    Optional<AdverseImpactResult> hiring, Optional<AdverseImpactResult> promotion, Optional<TalentFlow> talentFlow,
    ImmutableList<Engagement> engagement, ImmutableList<Md715Table> tables, ImmutableList<UnitWorkforce> units) {

  /**
   * The report as text: system and institution representation, rates, the pipeline's adverse
   * impact, the five worst choke points, engagement and the MD-715-shaped tables.
   *
   * @return the text
   */
  public String render() {
    return ReportText.render(this);
  }

  /**
   * A group's representation in a segment: Rep_g,t = headcount_g,t / headcount_t at the start and
   * end, the change in percentage points, and representation indices RI = Rep_g,end / comparator
   * share (1 = parity): against the applicant pool of the segment in the interval, the
   * labour-market availability the user supplied, and (for a level) the next level down, which
   * locates a pipeline leak.
   *
   * @param kind the segment kind: system, institution, unit, job_family, level, leadership, clinician
   * @param segment the segment
   * @param group the group
   * @param headcountStart the group's headcount at the start
   * @param headcountEnd at the end
   * @param shareStart its share of the segment at the start, empty when the segment is empty
   * @param shareEnd at the end
   * @param changePoints (shareEnd − shareStart) × 100, percentage points
   * @param indexApplicants RI against the applicant pool
   * @param indexAvailability RI against availability
   * @param indexNextLevelDown RI against the next level down
   */
  public record Representation(String kind, String segment, String group, long headcountStart, long headcountEnd,
      Optional<Double> shareStart, Optional<Double> shareEnd, Optional<Double> changePoints,
      Optional<Double> indexApplicants, Optional<Double> indexAvailability, Optional<Double> indexNextLevelDown) {
  }

  /**
   * A group's flow rates in an institution (or {@code all}): rates are per average employee
   * ((headcount at start + at end) / 2) over the interval, not annualised (divide by the interval's
   * years for an annual rate); the promotion rate is per employee eligible (at the start, below the
   * top level).
   *
   * @param institution the institution, or {@code all}
   * @param group the group
   * @param averageHeadcount the average headcount
   * @param hires hires
   * @param voluntarySeparations voluntary separations
   * @param involuntarySeparations involuntary separations
   * @param eligible employees eligible for promotion
   * @param promotions promotions
   */
  public record Rates(String institution, String group, double averageHeadcount, long hires, long voluntarySeparations,
      long involuntarySeparations, long eligible, long promotions) {

    /** @return hires / average headcount, empty without headcount */
    public Optional<Double> hireRate() {
      return per(hires, averageHeadcount);
    }

    /** @return voluntary separations / average headcount */
    public Optional<Double> voluntaryTerminationRate() {
      return per(voluntarySeparations, averageHeadcount);
    }

    /** @return involuntary separations / average headcount */
    public Optional<Double> involuntaryTerminationRate() {
      return per(involuntarySeparations, averageHeadcount);
    }

    /** @return all separations / average headcount */
    public Optional<Double> terminationRate() {
      return per(voluntarySeparations + involuntarySeparations, averageHeadcount);
    }

    /** @return promotions / eligible */
    public Optional<Double> promotionRate() {
      return per(promotions, eligible);
    }

    private static Optional<Double> per(double n, double d) {
      return d > 0 ? Optional.of(n / d) : Optional.empty();
    }
  }

  /**
   * Adverse impact at a pipeline stage.
   *
   * @param stage the stage reached
   * @param fromStage the stage before
   * @param impact the analysis (applicants = reached fromStage, selected = reached stage)
   */
  public record StageImpact(String stage, String fromStage, AdverseImpactResult impact) {
  }

  /**
   * A group's engagement in an institution (or {@code all}): the mean score with its
   * t-interval, and its difference from the reference group with Welch's interval; hidden
   * (empty) when suppressed.
   *
   * @param institution the institution, or {@code all}
   * @param group the group
   * @param respondents the responses
   * @param suppressed whether the figures are hidden by small-cell suppression
   * @param mean the mean score
   * @param lower the interval's lower bound
   * @param upper its upper bound
   * @param differenceFromReference mean − the reference group's mean
   * @param differenceLower its lower bound
   * @param differenceUpper its upper bound
   */
  public record Engagement(String institution, String group, long respondents, boolean suppressed, Optional<Double> mean,
      Optional<Double> lower, Optional<Double> upper, Optional<Double> differenceFromReference,
      Optional<Double> differenceLower, Optional<Double> differenceUpper) {
  }
}
