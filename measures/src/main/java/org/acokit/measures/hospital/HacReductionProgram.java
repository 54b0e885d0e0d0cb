/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.hospital;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import org.acokit.internal.Checks;
import org.acokit.io.Failure;
import org.acokit.io.FailureCode;
import org.acokit.io.ValueWithFailures;

/**
 * The HAC Reduction Program of one fiscal year, resolved once (threshold and measure
 * distributions) and applied to every hospital.
 * <p>
 * Formulas (SSA 1886(p); 42 CFR 412.170-412.172; CMS HACRP scoring methodology, Winsorized z-scores
 * since FY2018, equal measure weights since FY2020):
 * <ul>
 *   <li>measure z-score: see {@link HacMeasureDistribution}; a non-submitter gets the maximum z;</li>
 *   <li>Total HAC Score = the mean of the hospital's available z-scores (1 to 6);</li>
 *   <li>payment reduction of 1% when the Total HAC Score is greater than the threshold, the 75th
 *   percentile of all Total HAC Scores (the worst-performing quartile); Maryland hospitals are
 *   waived.</li>
 * </ul>
 * The threshold is a parameter: CMS's exact percentile definition and population are not published
 * with the file. FY2024 (named gap): CMS's published flags are reproduced by any threshold in
 * [0.3751, 0.3756) (largest "No" 0.3751, smallest "Yes" 0.3756); CMS's own threshold value was not
 * found in its publications. The file's own 75th percentile (0.37435 SAS definition 5, 0.37398
 * type 7) flags 190316 and 450690 (both 0.3751) wrongly, because CMS takes the percentile over its
 * own population of scored hospitals, which is not the file's. Immutable and thread-safe.
 */
public final class HacReductionProgram {

  private final int fiscalYear;
  private final double threshold;
  private final ImmutableMap<HacMeasure, HacMeasureDistribution> distributions;

  private HacReductionProgram(int fiscalYear, double threshold, Map<HacMeasure, HacMeasureDistribution> d) {
    this.fiscalYear = fiscalYear;
    this.threshold = threshold;
    this.distributions = ImmutableMap.copyOf(d);
  }

  /**
   * A program year.
   *
   * @param fiscalYear the fiscal year (FY2020 on: six measures with equal weights)
   * @param threshold the Total HAC Score above which the reduction applies, finite
   * @param distributions the measure distributions to score results and non-submitters with, and
   *     to turn z-scores back into results (may be empty when every input is a z-score)
   * @return the program year
   * @throws IllegalArgumentException if the year is before 2020 or the threshold is not finite
   */
  public static HacReductionProgram of(int fiscalYear, double threshold,
      Map<HacMeasure, HacMeasureDistribution> distributions) {
    if (fiscalYear < 2020) {
      throw new IllegalArgumentException("HACRP fiscal year must be 2020 or later (equal measure weights), but was "
          + fiscalYear);
    }
    Checks.finite("Total HAC Score threshold", threshold);
    Map<HacMeasure, HacMeasureDistribution> d = new EnumMap<>(HacMeasure.class);
    for (Map.Entry<HacMeasure, HacMeasureDistribution> e : distributions.entrySet()) {
      if (e.getValue().measure() != e.getKey()) {
        throw new IllegalArgumentException("distribution of " + e.getValue().measure() + " given for " + e.getKey());
      }
      d.put(e.getKey(), e.getValue());
    }
    return new HacReductionProgram(fiscalYear, threshold, d);
  }

  /**
   * The 75th percentile of Total HAC Scores, one way to set the threshold.
   *
   * @param totalHacScores the scores of every scored hospital
   * @param definition the percentile definition
   * @return the 75th percentile
   * @throws IllegalArgumentException if there are no scores or one is not finite
   */
  public static double percentile75(double[] totalHacScores, PercentileDefinition definition) {
    double[] s = totalHacScores.clone();
    for (double v : s) {
      Checks.finite("Total HAC Score", v);
    }
    Arrays.sort(s);
    return definition.of(s, 0.75);
  }

  /**
   * The fiscal year.
   *
   * @return the year
   */
  public int fiscalYear() {
    return fiscalYear;
  }

  /**
   * The threshold.
   *
   * @return the Total HAC Score above which the reduction applies
   */
  public double threshold() {
    return threshold;
  }

  /**
   * The distribution of a measure, if given.
   *
   * @param measure the measure
   * @return the distribution or null
   */
  HacMeasureDistribution distribution(HacMeasure measure) {
    return distributions.get(measure);
  }

  /**
   * Scores one hospital.
   *
   * @param hospital the hospital
   * @return its z-scores, Total HAC Score and payment reduction
   * @throws IllegalArgumentException naming the hospital if it has no scored measure, or a measure
   *     needs a distribution that was not given
   */
  public HacResult score(HacHospital hospital) {
    Objects.requireNonNull(hospital, "hospital");
    Map<HacMeasure, Double> z = new EnumMap<>(HacMeasure.class);
    for (HacMeasureInput in : hospital.measures().values()) {
      if (in.zScore().isPresent()) {
        z.put(in.measure(), in.zScore().getAsDouble());
        continue;
      }
      HacMeasureDistribution d = distributions.get(in.measure());
      if (d == null) {
        throw new IllegalArgumentException("hospital " + hospital.facilityId() + " " + in.measure().label()
            + (in.isNotSubmitted() ? " was not submitted" : " has a result but no z-score")
            + ": the measure's distribution is needed and was not given");
      }
      z.put(in.measure(), in.isNotSubmitted() ? d.maxZ() : d.z(in.result().getAsDouble()));
    }
    if (z.isEmpty()) {
      throw new IllegalArgumentException("hospital " + hospital.facilityId() + " has no scored HACRP measure:"
          + " no Total HAC Score");
    }
    double sum = 0;
    for (double v : z.values()) {
      sum += v;
    }
    double total = sum / z.size();
    HacPaymentReduction reduction = "MD".equals(hospital.state()) ? HacPaymentReduction.WAIVED
        : total > threshold ? HacPaymentReduction.YES : HacPaymentReduction.NO;
    return new HacResult(hospital, this, ImmutableMap.copyOf(z), total, reduction);
  }

  /**
   * Scores many hospitals; a hospital that cannot be scored is a row-level failure naming it, and
   * the others are kept.
   *
   * @param hospitals the hospitals
   * @return the results and the failures ({@link FailureCode#MISSING_INPUT})
   */
  public ValueWithFailures<HacResult> scoreAll(List<HacHospital> hospitals) {
    ImmutableList.Builder<HacResult> ok = ImmutableList.builder();
    ImmutableList.Builder<Failure> failed = ImmutableList.builder();
    for (HacHospital h : hospitals) {
      try {
        ok.add(score(h));
      } catch (IllegalArgumentException e) {
        failed.add(Failure.of(FailureCode.MISSING_INPUT, "hospital[" + h.facilityId() + "]", h.facilityId(),
            e.getMessage()));
      }
    }
    return ValueWithFailures.<HacResult>builder().values(ok.build()).failures(failed.build()).build();
  }
}
