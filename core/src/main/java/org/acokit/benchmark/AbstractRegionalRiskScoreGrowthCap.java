/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.benchmark;

import org.acokit.explain.Explanation;
import org.acokit.explain.ValueKind;
import org.acokit.internal.AcoStyle;
import org.acokit.internal.Checks;
import org.acokit.population.EnrollmentType;
import org.acokit.population.EnrollmentVector;
import org.immutables.value.Value;

/**
 * The regional risk score growth cap adjustment factor of agreement periods starting 1/1/2024 and
 * later (42 CFR 425.655, 88 FR 79549), which multiplies the regional growth rate of the three-way
 * blended update (42 CFR 425.652(b)(2)(ii)(C); see {@link BlendedTrend#regionalRiskScoreGrowthCapFactors()}).
 * <p>
 * Regional expenditures are risk adjusted (divided by the region's CMS-HCC risk scores,
 * 42 CFR 425.654), so regional HCC risk score growth beyond what the ACO itself may claim (its own
 * growth is capped, {@link RiskRatioCap}) would lower the regional trend; the factor restores the
 * excess. With growth expressed as the ratio PY / BY3 of regional (county-weighted) risk scores by
 * enrollment type t, aggregation weights w_t = regionally adjusted historical benchmark
 * expenditure_t x PY assigned person-years_t, and the ACO's share s_t of assignable beneficiaries
 * in its regional service area (the performance-year national component weight):
 * <pre>{@code
 * H_t = HCC PY_t / HCC BY3_t              D_t = demographic PY_t / demographic BY3_t     (d)(1)
 * H   = sum w_t H_t / sum w_t             D   = sum w_t D_t / sum w_t                    (d)(2)
 * s   = sum py_t s_t / sum py_t                                                          (e)(2)
 * cap = D + 0.03 + s x max(0, H - (D + 0.03))                                            (e)(1), (e)(3)
 * factor_t = 1 if H <= cap or H_t <= cap, else H_t / cap                                 (f)
 * }</pre>
 * Example: H_t = 1.08 for every type, D = 1.01, s = 0.2: cap = 1.04 + 0.2 x 0.04 = 1.048 and
 * every factor is 1.08 / 1.048 = 1.030534...; a regional update of 1.05 becomes 1.082061....
 * The direction (multiply, a factor of 1 or more that raises the regional growth rate) is the
 * regulation's text; it compensates the risk-adjusted regional growth for regional risk score growth
 * above the cap. Immutable and thread-safe.
 */
@Value.Immutable
@AcoStyle
abstract class AbstractRegionalRiskScoreGrowthCap {

  /**
   * Regional prospective CMS-HCC risk scores of BY3 by enrollment type (425.655(c)).
   *
   * @return the scores, positive
   */
  public abstract EnrollmentVector hccRiskScoresBy3();

  /**
   * Regional prospective CMS-HCC risk scores of the performance year by enrollment type.
   *
   * @return the scores, positive
   */
  public abstract EnrollmentVector hccRiskScoresPerformanceYear();

  /**
   * Regional demographic risk scores of BY3 by enrollment type.
   *
   * @return the scores, positive
   */
  public abstract EnrollmentVector demographicRiskScoresBy3();

  /**
   * Regional demographic risk scores of the performance year by enrollment type.
   *
   * @return the scores, positive
   */
  public abstract EnrollmentVector demographicRiskScoresPerformanceYear();

  /**
   * The ACO's regionally adjusted historical benchmark expenditures by enrollment type, dollars per
   * capita (425.655(d)(2)).
   *
   * @return the expenditures, not negative
   */
  public abstract EnrollmentVector regionallyAdjustedHistoricalBenchmark();

  /**
   * The ACO's performance-year assigned beneficiary person-years by enrollment type.
   *
   * @return the person-years, not negative and not all zero
   */
  public abstract EnrollmentVector performanceYearPersonYears();

  /**
   * The share of assignable beneficiaries in the ACO's regional service area assigned to the ACO in
   * the performance year by enrollment type (425.652(b)(2)(iv)): the performance-year national
   * component weight of {@link BlendedTrend}.
   *
   * @return the shares, fractions
   */
  public abstract EnrollmentVector marketShares();

  /**
   * The percentage points added to aggregate demographic growth, as a fraction: 0.03
   * (425.655(e)(1)).
   *
   * @return the points
   */
  @Value.Default
  public double points() {
    return 0.03;
  }

  @Value.Check
  void check() {
    for (EnrollmentType t : EnrollmentType.values()) {
      Checks.positive("hccRiskScoresBy3 " + t.label(), hccRiskScoresBy3().get(t));
      Checks.positive("hccRiskScoresPerformanceYear " + t.label(), hccRiskScoresPerformanceYear().get(t));
      Checks.positive("demographicRiskScoresBy3 " + t.label(), demographicRiskScoresBy3().get(t));
      Checks.positive("demographicRiskScoresPerformanceYear " + t.label(),
          demographicRiskScoresPerformanceYear().get(t));
      Checks.nonNegative("regionallyAdjustedHistoricalBenchmark " + t.label(),
          regionallyAdjustedHistoricalBenchmark().get(t));
      Checks.nonNegative("performanceYearPersonYears " + t.label(), performanceYearPersonYears().get(t));
      Checks.fraction("marketShares " + t.label(), marketShares().get(t));
    }
    Checks.positive("sum of performanceYearPersonYears", performanceYearPersonYears().sum());
    Checks.positive("sum of aggregation weights (regionallyAdjustedHistoricalBenchmark x performanceYearPersonYears)",
        weights().sum());
    Checks.fraction("points", points());
  }

  /**
   * The aggregation weights w_t: regionally adjusted historical benchmark x PY person-years.
   *
   * @return the weights
   */
  public EnrollmentVector weights() {
    return regionallyAdjustedHistoricalBenchmark().times(performanceYearPersonYears());
  }

  /**
   * Growth in regional HCC risk scores by enrollment type, H_t = PY / BY3 (425.655(d)(1)).
   *
   * @return the ratios
   */
  public EnrollmentVector hccGrowth() {
    return hccRiskScoresPerformanceYear().dividedBy(hccRiskScoresBy3());
  }

  /**
   * Growth in regional demographic risk scores by enrollment type, D_t = PY / BY3.
   *
   * @return the ratios
   */
  public EnrollmentVector demographicGrowth() {
    return demographicRiskScoresPerformanceYear().dividedBy(demographicRiskScoresBy3());
  }

  /**
   * Aggregate HCC growth H, the w-weighted average of H_t (425.655(d)(2)).
   *
   * @return the ratio
   */
  public double aggregateHccGrowth() {
    return hccGrowth().dot(weights()) / weights().sum();
  }

  /**
   * Aggregate demographic growth D, the w-weighted average of D_t.
   *
   * @return the ratio
   */
  public double aggregateDemographicGrowth() {
    return demographicGrowth().dot(weights()) / weights().sum();
  }

  /**
   * The ACO's aggregate market share s, the person-year-weighted average of the shares
   * (425.655(e)(2)).
   *
   * @return the share, a fraction
   */
  public double aggregateMarketShare() {
    return marketShares().dot(performanceYearPersonYears()) / performanceYearPersonYears().sum();
  }

  /**
   * The cap on regional HCC risk score growth: D + points + s x max(0, H - (D + points))
   * (425.655(e)).
   *
   * @return the cap, a ratio
   */
  public double cap() {
    double base = aggregateDemographicGrowth() + points();
    return base + aggregateMarketShare() * Math.max(0, aggregateHccGrowth() - base);
  }

  /**
   * The adjustment factors by enrollment type (425.655(f)): 1 when aggregate HCC growth does not
   * exceed the cap; otherwise H_t / cap for each type whose growth exceeds the cap, 1 for the others.
   *
   * @return the factors, each 1 or more
   */
  public EnrollmentVector adjustmentFactors() {
    double cap = cap();
    if (aggregateHccGrowth() <= cap) {
      return EnrollmentVector.of(1, 1, 1, 1);
    }
    return hccGrowth().map(h -> h > cap ? h / cap : 1);
  }

  /**
   * Explains the factor step by step.
   *
   * @return the explanation
   */
  public Explanation explain() {
    Explanation.Builder e = Explanation.builder().title("Regional Risk Score Growth Cap Adjustment Factor (42 CFR 425.655)");
    Steps.add(e, "1", "Regional HCC risk score growth", ValueKind.RATE, hccGrowth(), "HCC PY / HCC BY3");
    Steps.add(e, "2", "Regional demographic risk score growth", ValueKind.RATE, demographicGrowth(),
        "demographic PY / demographic BY3");
    Steps.add(e, "3", "Aggregation weight", ValueKind.DOLLARS, weights(),
        "regionally adjusted historical benchmark x PY person-years");
    Steps.add(e, "4", "Aggregate HCC growth", ValueKind.RATE, aggregateHccGrowth(), "sum [3] x [1] / sum [3]");
    Steps.add(e, "5", "Aggregate demographic growth", ValueKind.RATE, aggregateDemographicGrowth(),
        "sum [3] x [2] / sum [3]");
    Steps.add(e, "6", "Aggregate market share", ValueKind.RATE, aggregateMarketShare(),
        "sum PY person-years x share / sum PY person-years");
    Steps.add(e, "7", "Cap on regional HCC growth", ValueKind.RATE, cap(),
        "[5] + " + points() + " + [6] x max(0, [4] - ([5] + " + points() + "))");
    Steps.add(e, "8", "Regional risk score growth cap adjustment factor", ValueKind.RATE, adjustmentFactors(),
        "1 if [4] <= [7] or [1] <= [7], else [1] / [7]");
    return e.build();
  }
}
