/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.evaluation;

import org.acokit.explain.Formats;
import org.acokit.explain.TextTable;
import org.acokit.explain.ValueKind;
import org.acokit.quality.CollectionType;
import org.acokit.measures.definition.GroupAggregation;
import org.acokit.measures.definition.MeasureIdentity;
import org.acokit.measures.definition.Population;
import org.acokit.measures.definition.Scoring;
import org.acokit.quality.MeasureResult;

/**
 * One proportion measure's eCQM submission data from population counts, in the terms of a MIPS
 * eCQM submission: performance met (NUM - NUMEX), performance not met (the performance
 * denominator less the met), denominator exclusions and exceptions, over the measure's groups
 * summed when it pools them ({@link GroupAggregation#POOLED}, CMS347), else its one group.
 * <p>
 * Example: 100 in DEN, 10 DENEX, 5 DENEXCEP, 30 NUM: met 30, not met 55, performance rate
 * 30 / 85 = 35.29%. Immutable and thread-safe.
 *
 * @param measureId the catalog measure id (MIPS quality id, such as {@code 001})
 * @param collectionType the collection type ({@link CollectionType#ELECTRONIC_HEALTH_RECORD})
 * @param eligible the eligible population (DEN, patients or episodes)
 * @param performanceMet NUM - NUMEX
 * @param performanceNotMet DEN - DENEX - DENEXCEP - (NUM - NUMEX)
 * @param exclusions DENEX
 * @param exceptions DENEXCEP
 */
public record EcqmPerformance(String measureId, CollectionType collectionType, long eligible, long performanceMet,
    long performanceNotMet, long exclusions, long exceptions) {

  /**
   * Checks the counts.
   *
   * @throws IllegalArgumentException if a count is negative or they do not add up to the
   *     eligible population
   */
  public EcqmPerformance {
    if (eligible < 0 || performanceMet < 0 || performanceNotMet < 0 || exclusions < 0 || exceptions < 0) {
      throw new IllegalArgumentException("eCQM counts of measure " + measureId + " must be 0 or more, but were"
          + " eligible " + eligible + ", met " + performanceMet + ", not met " + performanceNotMet + ", exclusions "
          + exclusions + ", exceptions " + exceptions);
    }
    if (performanceMet + performanceNotMet + exclusions + exceptions != eligible) {
      throw new IllegalArgumentException("eCQM counts of measure " + measureId + " must add up to the eligible "
          + "population " + eligible + ", but met + not met + exclusions + exceptions = "
          + (performanceMet + performanceNotMet + exclusions + exceptions));
    }
  }

  /**
   * The submission data of one evaluated measure.
   *
   * @param counts the population counts
   * @param measureUrl the measure's canonical URL
   * @return the submission data
   * @throws IllegalArgumentException if the measure was not evaluated or is not a proportion measure
   */
  public static EcqmPerformance of(PopulationCounts counts, String measureUrl) {
    CountLayout.MeasureShape shape = counts.layout().measures.get(counts.layout().measureIndex(measureUrl));
    if (shape.scoring() != Scoring.PROPORTION) {
      throw new IllegalArgumentException("eCQM performance needs a proportion measure, but " + measureUrl + " is "
          + shape.scoring());
    }
    MeasureIdentity id = shape.identity();
    int groups = id.groupAggregation() == GroupAggregation.POOLED ? shape.groups().size() : 1;
    long den = 0;
    long denex = 0;
    long denexcep = 0;
    long met = 0;
    for (int g = 0; g < groups; g++) {
      den += counts.count(measureUrl, g, Population.DENOMINATOR);
      denex += counts.count(measureUrl, g, Population.DENOMINATOR_EXCLUSION);
      denexcep += counts.count(measureUrl, g, Population.DENOMINATOR_EXCEPTION);
      met += counts.count(measureUrl, g, Population.NUMERATOR) - counts.count(measureUrl, g,
          Population.NUMERATOR_EXCLUSION);
    }
    return new EcqmPerformance(id.catalogMeasureId(), id.collectionType(), den, met, den - denex - denexcep - met,
        denex, denexcep);
  }

  /**
   * The performance denominator: met plus not met.
   *
   * @return the count
   */
  public long performanceDenominator() {
    return performanceMet + performanceNotMet;
  }

  /**
   * The performance rate in percent: met / (met + not met) x 100.
   *
   * @return the rate, 0 to 100
   * @throws IllegalStateException if the performance denominator is 0 (no rate, which is not 0%)
   */
  public double performanceRatePercent() {
    if (performanceDenominator() == 0) {
      throw new IllegalStateException("measure " + measureId + " has no performance denominator (met + not met = 0):"
          + " there is no rate");
    }
    return 100.0 * performanceMet / performanceDenominator();
  }

  /**
   * The quality engine's result: the measure id, collection type and performance rate.
   *
   * @return the result
   * @throws IllegalStateException if the performance denominator is 0
   */
  public MeasureResult toMeasureResult() {
    return MeasureResult.of(measureId, collectionType, performanceRatePercent());
  }

  /**
   * The counts as a text table (for JShell and logs), CMS's words, and the performance rate in
   * percent to two decimals (none when met + not met is 0, which is not 0%).
   *
   * @return the table
   */
  @Override
  public String toString() {
    return TextTable.of("eCQM " + measureId + " (" + collectionType.cmsName() + ")", "Count", "Patients")
        .row("Eligible population", Formats.value(ValueKind.COUNT, eligible))
        .row("Performance met", Formats.value(ValueKind.COUNT, performanceMet))
        .row("Performance not met", Formats.value(ValueKind.COUNT, performanceNotMet))
        .row("Denominator exclusions", Formats.value(ValueKind.COUNT, exclusions))
        .row("Denominator exceptions", Formats.value(ValueKind.COUNT, exceptions))
        .row("Performance rate (%)", performanceDenominator() == 0 ? null
            : Formats.percent((double) performanceMet / performanceDenominator(), 2))
        .render();
  }
}
