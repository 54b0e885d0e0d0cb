/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.benchmark;

import java.util.Map;

import com.google.common.collect.ImmutableMap;
import org.acokit.explain.Explanation;
import org.acokit.explain.ValueKind;
import org.acokit.internal.AcoStyle;
import org.acokit.internal.Checks;
import org.acokit.population.EnrollmentType;
import org.acokit.population.EnrollmentVector;
import org.immutables.value.Value;

/**
 * National-regional blended trend factors (benchmark years to BY3) and update factor (BY3 to the
 * performance year), as in Appendix Table A3 of CMS's financial reconciliation report, for
 * agreement periods starting 7/1/2019 and later (42 CFR 425.601(a)(5), (b)).
 * <p>
 * For each enrollment type, with national per capita expenditures A and regional (risk-adjusted)
 * expenditures C:
 * <pre>{@code
 * [B] national factor  = A[BY3] / A[BYx]        update: A[PY] / A[BY3]
 * [D] regional factor  = C[BY3] / C[BYx]        update: C[PY] / C[BY3]
 * [F] regional weight  = 1 - [E] national weight
 * [G] blended factor   = [B] x [E] + [D] x [F]
 * }</pre>
 * The national weight is the ACO's share of assignable beneficiaries in its regional service area
 * (one value for the benchmark years, one for the performance year). Example (ACO A1540, PY2022,
 * ESRD, BY1): 1.0542078 x 0.0521800 + 0.9850195 x 0.9478200 = 0.9886297. Immutable and
 * thread-safe.
 */
@Value.Immutable
@AcoStyle
abstract class AbstractBlendedTrend {

  /**
   * [A] National assignable FFS per capita expenditures (OACT) by benchmark year, dollars.
   *
   * @return BY1, BY2 and BY3
   */
  public abstract ImmutableMap<BenchmarkYear, EnrollmentVector> nationalExpenditures();

  /**
   * [A] National assignable FFS per capita expenditures of the performance year, dollars.
   *
   * @return the performance-year amounts
   */
  public abstract EnrollmentVector nationalExpendituresPerformanceYear();

  /**
   * [C] Risk-adjusted regional expenditures by benchmark year, dollars.
   *
   * @return BY1, BY2 and BY3
   */
  public abstract ImmutableMap<BenchmarkYear, EnrollmentVector> regionalExpenditures();

  /**
   * [C] Risk-adjusted regional expenditures of the performance year, dollars.
   *
   * @return the performance-year amounts
   */
  public abstract EnrollmentVector regionalExpendituresPerformanceYear();

  /**
   * [E] National component weight for the benchmark years, a fraction.
   *
   * @return the weights
   */
  public abstract EnrollmentVector nationalWeightBenchmarkYears();

  /**
   * [E] National component weight for the performance year, a fraction.
   *
   * @return the weights
   */
  public abstract EnrollmentVector nationalWeightPerformanceYear();

  /**
   * The accountable care prospective trend (ACPT) as a growth factor from BY3 to the performance
   * year, by enrollment type (42 CFR 425.660); given for agreement periods starting 2024 and later.
   *
   * @return the ACPT factors
   */
  public abstract java.util.Optional<EnrollmentVector> acptUpdateFactors();

  /**
   * The weight of the ACPT in the three-way blend; required with {@link #acptUpdateFactors()}.
   *
   * @return the weight, a fraction; see {@code acptWeight(int)}
   */
  public abstract java.util.OptionalDouble acptWeight();

  /**
   * The regional risk score growth cap adjustment factors by enrollment type (42 CFR 425.655), which
   * multiply the regional update factor [D] of the performance year (425.652(b)(2)(ii)(C)); for
   * agreement periods starting 2024 and later, so given only with {@link #acptUpdateFactors()}.
   * Absent means 1 for every type. Computed by {@code RegionalRiskScoreGrowthCap.adjustmentFactors()}.
   *
   * @return the factors, each 1 or more
   */
  public abstract java.util.Optional<EnrollmentVector> regionalRiskScoreGrowthCapFactors();

  /**
   * The weight of the ACPT in the three-way blend of a performance year (42 CFR 425.652(b)(3)):
   * one third, except one sixth in PY2024, when CMS lowered it for an unusually large discrepancy
   * between the ACPT and actual growth (as reported by Milliman, "Under pressure: ACPT pushing MSSP
   * starters"; the CMS notice itself was not read).
   *
   * @param performanceYear the performance year, 2024 or later
   * @return the weight
   * @throws IllegalArgumentException if the year is before 2024
   */
  public static double acptWeight(int performanceYear) {
    if (performanceYear < 2024) {
      throw new IllegalArgumentException("the ACPT applies to performance years from 2024, but the year was "
          + performanceYear);
    }
    return performanceYear == 2024 ? 1.0 / 6 : 1.0 / 3;
  }

  @Value.Check
  void check() {
    if (acptUpdateFactors().isPresent() != acptWeight().isPresent()) {
      throw new IllegalArgumentException("acptUpdateFactors and acptWeight must be given together, but only "
          + (acptWeight().isPresent() ? "acptWeight" : "acptUpdateFactors") + " was given");
    }
    if (acptWeight().isPresent()) {
      Checks.fraction("acptWeight", acptWeight().getAsDouble());
      for (EnrollmentType t : EnrollmentType.values()) {
        Checks.positive("acptUpdateFactors " + t.label(), acptUpdateFactors().get().get(t));
      }
    }
    if (regionalRiskScoreGrowthCapFactors().isPresent()) {
      if (acptUpdateFactors().isEmpty()) {
        throw new IllegalArgumentException("regionalRiskScoreGrowthCapFactors apply to agreement periods starting 2024"
            + " and later (42 CFR 425.655) and must be given with acptUpdateFactors, but no ACPT was given");
      }
      for (EnrollmentType t : EnrollmentType.values()) {
        Checks.inRange("regionalRiskScoreGrowthCapFactors " + t.label(),
            regionalRiskScoreGrowthCapFactors().get().get(t), 1, 10);
      }
    }
    requireAllYears("nationalExpenditures", nationalExpenditures());
    requireAllYears("regionalExpenditures", regionalExpenditures());
    for (EnrollmentType t : EnrollmentType.values()) {
      for (BenchmarkYear y : BenchmarkYear.values()) {
        Checks.positive("national expenditures " + y + " " + t.label(), nationalExpenditures().get(y).get(t));
        Checks.positive("regional expenditures " + y + " " + t.label(), regionalExpenditures().get(y).get(t));
      }
      Checks.positive("national expenditures PY " + t.label(), nationalExpendituresPerformanceYear().get(t));
      Checks.positive("regional expenditures PY " + t.label(), regionalExpendituresPerformanceYear().get(t));
      Checks.fraction("national weight (benchmark years) " + t.label(), nationalWeightBenchmarkYears().get(t));
      Checks.fraction("national weight (performance year) " + t.label(), nationalWeightPerformanceYear().get(t));
    }
  }

  static void requireAllYears(String field, Map<BenchmarkYear, ?> byYear) {
    for (BenchmarkYear y : BenchmarkYear.values()) {
      if (!byYear.containsKey(y)) {
        throw new IllegalArgumentException(field + " must have a value for every benchmark year BY1, BY2, BY3, "
            + "but " + y + " is missing");
      }
    }
  }

  /**
   * The national component weight of one enrollment type from county counts
   * (42 CFR 425.601(a)(5)(iv); methodology specification v11, section 4.1.2 step 2): the ACO's
   * share of assignable beneficiaries in its regional service area, with each county's share
   * weighted by the county's part of the ACO's assigned beneficiaries:
   * <pre>{@code weight = sum over counties of (assigned[c] / total assigned) x (assigned[c] / assignable[c])}</pre>
   * Example of the specification: counties with 9,000 of 10,000 and 2,000 of 12,000 assignable
   * beneficiaries assigned give 9/11 x 0.9 + 2/11 x 1/6 = 0.767.
   *
   * @param assigned the ACO's assigned beneficiaries (or person-years) in each county
   * @param assignable the assignable beneficiaries (or person-years) in each county
   * @return the national component weight, a fraction
   * @throws IllegalArgumentException if the arrays differ in length, are empty, or a count is
   *     negative, or more are assigned than assignable in a county
   */
  public static double nationalComponentWeight(double[] assigned, double[] assignable) {
    if (assigned.length != assignable.length || assigned.length == 0) {
      throw new IllegalArgumentException("assigned and assignable must have one count per county, but had "
          + assigned.length + " and " + assignable.length + " values");
    }
    double total = 0;
    for (int c = 0; c < assigned.length; c++) {
      Checks.nonNegative("assigned[" + c + "]", assigned[c]);
      Checks.positive("assignable[" + c + "]", assignable[c]);
      if (assigned[c] > assignable[c]) {
        throw new IllegalArgumentException("assigned[" + c + "] must not exceed assignable[" + c + "] ("
            + assignable[c] + "), but was " + assigned[c]);
      }
      total += assigned[c];
    }
    Checks.positive("total assigned", total);
    double weight = 0;
    for (int c = 0; c < assigned.length; c++) {
      weight += assigned[c] / total * (assigned[c] / assignable[c]);
    }
    return weight;
  }

  /**
   * [B] National trend factor to BY3.
   *
   * @param year the benchmark year
   * @return A[BY3] / A[year]
   */
  public EnrollmentVector nationalTrend(BenchmarkYear year) {
    return nationalExpenditures().get(BenchmarkYear.BY3).dividedBy(nationalExpenditures().get(year));
  }

  /**
   * [B] National update factor from BY3 to the performance year.
   *
   * @return A[PY] / A[BY3]
   */
  public EnrollmentVector nationalUpdate() {
    return nationalExpendituresPerformanceYear().dividedBy(nationalExpenditures().get(BenchmarkYear.BY3));
  }

  /**
   * [D] Regional trend factor to BY3.
   *
   * @param year the benchmark year
   * @return C[BY3] / C[year]
   */
  public EnrollmentVector regionalTrend(BenchmarkYear year) {
    return regionalExpenditures().get(BenchmarkYear.BY3).dividedBy(regionalExpenditures().get(year));
  }

  /**
   * [D] Regional update factor from BY3 to the performance year, times the regional risk score
   * growth cap adjustment factor when given.
   *
   * @return C[PY] / C[BY3] x factor
   */
  public EnrollmentVector regionalUpdate() {
    EnrollmentVector growth = regionalExpendituresPerformanceYear().dividedBy(regionalExpenditures().get(BenchmarkYear.BY3));
    return regionalRiskScoreGrowthCapFactors().map(growth::times).orElse(growth);
  }

  /**
   * [F] Regional component weight for the benchmark years: 1 - [E].
   *
   * @return the weights
   */
  public EnrollmentVector regionalWeightBenchmarkYears() {
    return nationalWeightBenchmarkYears().map(w -> 1 - w);
  }

  /**
   * [F] Regional component weight for the performance year: 1 - [E].
   *
   * @return the weights
   */
  public EnrollmentVector regionalWeightPerformanceYear() {
    return nationalWeightPerformanceYear().map(w -> 1 - w);
  }

  /**
   * [G] Blended trend factor of a benchmark year: [B] x [E] + [D] x [F].
   *
   * @param year the benchmark year
   * @return the factors (1 for BY3)
   */
  public EnrollmentVector blendedTrend(BenchmarkYear year) {
    return nationalTrend(year).times(nationalWeightBenchmarkYears())
        .plus(regionalTrend(year).times(regionalWeightBenchmarkYears()));
  }

  /**
   * [G] Blended update factor for the performance year: [B] x [E] + [D] x [F].
   *
   * @return the factors
   */
  public EnrollmentVector blendedUpdate() {
    return nationalUpdate().times(nationalWeightPerformanceYear())
        .plus(regionalUpdate().times(regionalWeightPerformanceYear()));
  }

  /**
   * The three-way blended update factor of agreement periods starting 2024 and later
   * (42 CFR 425.652(b)): {@code (1 - w) x [G] two-way blended update + w x ACPT factor}, with w the
   * ACPT weight; the regional component of [G] includes the regional risk score growth cap
   * adjustment factor when given.
   *
   * @return the factors
   * @throws IllegalStateException if no ACPT was given
   */
  public EnrollmentVector threeWayUpdate() {
    if (acptUpdateFactors().isEmpty()) {
      throw new IllegalStateException("threeWayUpdate needs acptUpdateFactors and acptWeight (agreements from 2024)");
    }
    double w = acptWeight().getAsDouble();
    return blendedUpdate().times(1 - w).plus(acptUpdateFactors().get().times(w));
  }

  /**
   * Explains the factors in the rows of Appendix Table A3.
   *
   * @return the explanation
   */
  public Explanation explain() {
    Explanation.Builder e = Explanation.builder().title("Table A3: Trend and Update Factor Determination");
    for (BenchmarkYear y : BenchmarkYear.values()) {
      add(e, "B", "National Expenditure Trend Factor " + y, nationalTrend(y), "[A] BY3 / [A] " + y);
      add(e, "D", "Regional Expenditure Trend Factor " + y, regionalTrend(y), "[C] BY3 / [C] " + y);
      add(e, "G", "National-Regional Blended Trend Factor " + y, blendedTrend(y), "[B] x [E] + [D] x [F]");
    }
    add(e, "B", "National Expenditure Update Factor PY", nationalUpdate(), "[A] PY / [A] BY3");
    if (regionalRiskScoreGrowthCapFactors().isPresent()) {
      add(e, "D", "Regional Risk Score Growth Cap Adjustment Factor PY", regionalRiskScoreGrowthCapFactors().get(),
          "42 CFR 425.655");
      add(e, "D", "Regional Expenditure Update Factor PY", regionalUpdate(),
          "[C] PY / [C] BY3 x regional risk score growth cap adjustment factor");
    } else {
      add(e, "D", "Regional Expenditure Update Factor PY", regionalUpdate(), "[C] PY / [C] BY3");
    }
    add(e, "F", "Regional Component Weight PY", regionalWeightPerformanceYear(), "1 - [E]");
    add(e, "G", "National-Regional Blended Update Factor PY", blendedUpdate(), "[B] x [E] + [D] x [F]");
    return e.build();
  }

  private static void add(Explanation.Builder e, String row, String label, EnrollmentVector v, String formula) {
    Steps.add(e, row, label, ValueKind.RATE, v, formula);
  }
}
