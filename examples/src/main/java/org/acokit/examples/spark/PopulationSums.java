/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.examples.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import org.acokit.population.EnrollmentType;
import org.acokit.population.EnrollmentVector;
import org.acokit.population.ExpenditureThresholds;
import org.acokit.population.PopulationAccumulator;
import org.acokit.population.PopulationSummary;

/**
 * A population partial as Spark carries it: the sums of a {@link PopulationAccumulator}
 * (beneficiaries, eligible months, truncated expenditures in dollars, months x risk score, each per
 * enrollment type in CMS's order), the rows and bad rows, and the bad rows' failures as text. A
 * Java bean for Spark's bean encoder (the output of {@link PopulationAggregator}, the partials of
 * {@link PopulationPartitions}); the arithmetic is the accumulator's ({@link #toAccumulator},
 * {@link PopulationAccumulator#merge}). Mutable (Spark fills it), not thread-safe.
 */
public final class PopulationSums implements Serializable {

  private static final long serialVersionUID = 1L;

  private long[] beneficiaries = new long[4];
  private long[] eligibleMonths = new long[4];
  private double[] truncatedExpenditures = new double[4];
  private double[] riskMonths = new double[4];
  private long rows;
  private long badRows;
  private List<String> failures = new ArrayList<>();

  /** Empty sums, for Spark's bean encoder. */
  public PopulationSums() {
  }

  /**
   * The sums of an accumulator.
   *
   * @param accumulator the accumulator
   * @param moreBadRows rows left out before the accumulator saw them
   * @param failures the bad rows' failures as text
   * @return the sums
   */
  static PopulationSums of(PopulationAccumulator accumulator, long moreBadRows, List<String> failures) {
    PopulationSums s = new PopulationSums();
    for (EnrollmentType t : EnrollmentType.values()) {
      s.beneficiaries[t.ordinal()] = accumulator.beneficiaries(t);
      s.eligibleMonths[t.ordinal()] = accumulator.eligibleMonths(t);
      s.truncatedExpenditures[t.ordinal()] = accumulator.truncatedExpenditures(t);
      s.riskMonths[t.ordinal()] = accumulator.riskMonths(t);
    }
    s.rows = accumulator.rows();
    s.badRows = accumulator.badRows() + moreBadRows;
    s.failures = new ArrayList<>(failures);
    return s;
  }

  /**
   * The accumulator these sums were read from (its rows and bad rows included).
   *
   * @param thresholds the truncation thresholds the sums were added under
   * @return a new accumulator
   * @throws IllegalArgumentException if the sums are not a valid partial
   */
  public PopulationAccumulator toAccumulator(ExpenditureThresholds thresholds) {
    return PopulationAccumulator.ofSums(thresholds, beneficiaries, eligibleMonths, truncatedExpenditures, riskMonths,
        rows, badRows);
  }

  /**
   * The population summary of the sums.
   *
   * @param thresholds the truncation thresholds the sums were added under
   * @param completionFactor the claims completion factor (1 for none)
   * @return the summary
   * @throws IllegalArgumentException if the completion factor is not between 1 and 2
   */
  public PopulationSummary toSummary(ExpenditureThresholds thresholds, double completionFactor) {
    return toAccumulator(thresholds).toSummary(completionFactor);
  }

  /**
   * The sums of two disjoint partials (by {@link PopulationAccumulator#merge}), their failures
   * joined, at most {@code maxFailures} kept.
   */
  static PopulationSums merge(PopulationSums a, PopulationSums b, ExpenditureThresholds thresholds, int maxFailures) {
    List<String> all = new ArrayList<>(a.failures);
    for (String f : b.failures) {
      if (all.size() >= maxFailures) {
        break;
      }
      all.add(f);
    }
    PopulationAccumulator merged = a.toAccumulator(thresholds).merge(b.toAccumulator(thresholds));
    return of(merged, 0, all);
  }

  /** @return beneficiaries with eligible months per type */
  public long[] getBeneficiaries() {
    return beneficiaries;
  }

  /** @param v beneficiaries with eligible months per type */
  public void setBeneficiaries(long[] v) {
    beneficiaries = v;
  }

  /** @return eligible months per type */
  public long[] getEligibleMonths() {
    return eligibleMonths;
  }

  /** @param v eligible months per type */
  public void setEligibleMonths(long[] v) {
    eligibleMonths = v;
  }

  /** @return per type, the sum of person-year weighted truncated annualized expenditures, dollars */
  public double[] getTruncatedExpenditures() {
    return truncatedExpenditures;
  }

  /** @param v per type, the sum of person-year weighted truncated annualized expenditures, dollars */
  public void setTruncatedExpenditures(double[] v) {
    truncatedExpenditures = v;
  }

  /** @return per type, the sum of months x risk score */
  public double[] getRiskMonths() {
    return riskMonths;
  }

  /** @param v per type, the sum of months x risk score */
  public void setRiskMonths(double[] v) {
    riskMonths = v;
  }

  /** @return the rows aggregated */
  public long getRows() {
    return rows;
  }

  /** @param v the rows aggregated */
  public void setRows(long v) {
    rows = v;
  }

  /** @return the rows left out as bad */
  public long getBadRows() {
    return badRows;
  }

  /** @param v the rows left out as bad */
  public void setBadRows(long v) {
    badRows = v;
  }

  /** @return the bad rows' failures as text (all of them, or the first ones where a cap applies) */
  public List<String> getFailures() {
    return failures;
  }

  /** @param v the bad rows' failures as text */
  public void setFailures(List<String> v) {
    failures = v;
  }

  /**
   * The thresholds as four annualized dollar amounts (infinite for none), for a task to carry.
   */
  static double[] thresholdValues(ExpenditureThresholds thresholds) {
    double[] v = new double[4];
    for (EnrollmentType t : EnrollmentType.values()) {
      v[t.ordinal()] = thresholds.threshold(t);
    }
    return v;
  }

  /** The thresholds of {@link #thresholdValues}. */
  static ExpenditureThresholds thresholds(double[] v) {
    return Double.isInfinite(v[0]) ? ExpenditureThresholds.none()
        : ExpenditureThresholds.of(EnrollmentVector.of(v[0], v[1], v[2], v[3]));
  }
}
