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
 * The updated benchmark of a performance year: Table 2 of CMS's financial reconciliation report
 * and Appendix Table A1, for agreement periods starting 7/1/2019 through 2023
 * (42 CFR 425.601(b), 425.605(a)(1), 425.610(a)(2)).
 * <p>
 * For each enrollment type:
 * <pre>{@code
 * [C] risk ratio (capped)  = PY risk score / BY3 risk score, limited by the cap (increases only)
 * [D] risk-adjusted        = [A] regionally-adjusted expenditures x [C]
 * [F] updated expenditures = [D] x [E] blended update factor
 * [H] updated benchmark    = sum of [F] x [G] PY proportions
 * }</pre>
 * Example (ACO A1540, PY2022, aged/non-dual): 1.2047295 / 1.1478659 = 1.0495 is capped at 1.03.
 * For 2024+ agreements give {@link RiskRatioCap#demographicGrowthPlus} as the cap and the three-way
 * blend {@code BlendedTrend.threeWayUpdate()} as the update factor. Immutable and thread-safe.
 */
@Value.Immutable
@AcoStyle
abstract class AbstractUpdatedBenchmark {

  /**
   * [A] Regionally-adjusted historical benchmark expenditures, dollars.
   *
   * @return the expenditures by enrollment type
   */
  public abstract EnrollmentVector historicalBenchmarkExpenditures();

  /**
   * [B] The ACO's BY3 risk scores.
   *
   * @return the risk scores
   */
  public abstract EnrollmentVector riskScoresBy3();

  /**
   * [B] The ACO's performance-year risk scores.
   *
   * @return the risk scores
   */
  public abstract EnrollmentVector riskScoresPerformanceYear();

  /**
   * The cap on risk score growth: {@code RiskRatioCap.fixed(1.03)} (the default) for 7/1/2019-2023
   * agreements, {@link RiskRatioCap#demographicGrowthPlus} for 2024 and later.
   *
   * @return the cap
   */
  @Value.Default
  public RiskRatioCap riskRatioCap() {
    return RiskRatioCap.fixed(1.03);
  }

  /**
   * [E] The update factor from BY3 to the performance year: the national-regional blend (see
   * {@code BlendedTrend.blendedUpdate()}) for agreements from 7/1/2019, the regional growth for
   * rebased agreements of 2017 to 1/1/2019 (42 CFR 425.603(d)). Exactly one of this and
   * {@link #flatDollarUpdate()} is given.
   *
   * @return the factors
   */
  public abstract java.util.Optional<EnrollmentVector> updateFactors();

  /**
   * The flat dollar update of first agreement periods that started in 2018 or earlier: the
   * projected absolute growth in national per capita FFS expenditure from BY3 to the performance
   * year (42 CFR 425.602(b)), added instead of multiplying by an update factor.
   *
   * @return dollars per person-year by enrollment type
   */
  public abstract java.util.Optional<EnrollmentVector> flatDollarUpdate();

  /**
   * [G] Performance-year assigned beneficiary proportions, summing to 1.
   *
   * @return the proportions
   */
  public abstract EnrollmentVector proportions();

  @Value.Check
  void check() {
    if (updateFactors().isPresent() == flatDollarUpdate().isPresent()) {
      throw new IllegalArgumentException("exactly one of updateFactors and flatDollarUpdate must be given, but "
          + (updateFactors().isPresent() ? "both were" : "neither was"));
    }
    AbstractHistoricalBenchmark.checkProportions("proportions", proportions());
    for (EnrollmentType t : EnrollmentType.values()) {
      Checks.nonNegative("historicalBenchmarkExpenditures " + t.label(), historicalBenchmarkExpenditures().get(t));
      Checks.positive("riskScoresBy3 " + t.label(), riskScoresBy3().get(t));
      Checks.positive("riskScoresPerformanceYear " + t.label(), riskScoresPerformanceYear().get(t));
      if (updateFactors().isPresent()) {
        Checks.positive("updateFactors " + t.label(), updateFactors().get().get(t));
      }
    }
    AbstractHistoricalBenchmark.requireBenchmark("updatedBenchmark", "historicalBenchmarkExpenditures x riskRatio "
        + (updateFactors().isPresent() ? "x updateFactors" : "+ flatDollarUpdate") + ", weighted by proportions",
        this::updatedBenchmark);
  }

  /**
   * Table A1 [C]: the uncapped risk ratio.
   *
   * @return PY risk score / BY3 risk score
   */
  public EnrollmentVector riskRatioUncapped() {
    return riskScoresPerformanceYear().dividedBy(riskScoresBy3());
  }

  /**
   * [C] The capped risk ratio.
   *
   * @return the uncapped ratio limited by {@link #riskRatioCap()}
   */
  public EnrollmentVector riskRatio() {
    return riskRatioCap().apply(riskRatioUncapped());
  }

  /**
   * [D] The risk-adjusted historical benchmark.
   *
   * @return [A] x [C], dollars
   */
  public EnrollmentVector riskAdjustedExpenditures() {
    return historicalBenchmarkExpenditures().times(riskRatio());
  }

  /**
   * [F] Updated benchmark expenditures.
   *
   * @return [D] x [E], or [D] + the flat dollar update, dollars
   */
  public EnrollmentVector updatedExpenditures() {
    return updateFactors().isPresent() ? riskAdjustedExpenditures().times(updateFactors().get())
        : riskAdjustedExpenditures().plus(flatDollarUpdate().get());
  }

  /**
   * [H] The per capita updated benchmark, which Table 3 settles against as [F].
   *
   * @return sum of [F] x [G], dollars per person-year
   */
  public double updatedBenchmark() {
    return updatedExpenditures().dot(proportions());
  }

  /**
   * Explains the updated benchmark in the rows of Table 2.
   *
   * @return the explanation
   */
  public Explanation explain() {
    Explanation.Builder e = Explanation.builder().title("Table 2: Updated Benchmark Determination");
    Steps.add(e, "C", "ACO CMS-HCC Risk Ratio (Capped)", ValueKind.RATE, riskRatio(),
        "[B] PY / [B] BY3, " + riskRatioCap());
    Steps.add(e, "D", "Risk-Adjusted Historical Benchmark ($)", ValueKind.DOLLARS, riskAdjustedExpenditures(),
        "[A] x [C]");
    Steps.add(e, "F", "Updated Benchmark Expenditures ($)", ValueKind.DOLLARS, updatedExpenditures(),
        updateFactors().isPresent() ? "[D] x [E]" : "[D] + flat dollar update");
    Steps.add(e, "H", "Updated Benchmark ($)", ValueKind.DOLLARS, updatedBenchmark(), "sum of [F] x [G]");
    return e.build();
  }
}
