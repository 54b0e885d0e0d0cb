/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.program.pioneer;

import java.util.OptionalDouble;

import org.acokit.program.Program;
import org.acokit.program.ProgramYear;
import org.acokit.contract.Band;
import org.acokit.contract.Cap;
import org.acokit.contract.ContractTerms;
import org.acokit.contract.QualityTerms;
import org.acokit.contract.SavingsQuality;
import org.acokit.contract.ShareBasis;
import org.acokit.internal.AcoStyle;
import org.acokit.internal.Checks;
import org.immutables.value.Value;

/**
 * One performance year of the Pioneer ACO Model (2012-2016) and the arrangement the ACO chose,
 * with the parameters no public source gives; {@link #terms()} expresses it as contract terms.
 * <p>
 * What the sources give, and what this preset sets from them:
 * <ul>
 *   <li>Core arrangement rates and limits: "up to 60 percent of shared savings or losses, with a
 *       shared savings/loss limit of 10 percent of their projected expenditure benchmark" in
 *       year 1 and "up to 70 percent ... limit of 15 percent" in year 2 (CMMI announcement of
 *       17 May 2011, lexology.com g=bd47c21f). The same rate applies to savings and losses, and
 *       the limit caps both.</li>
 *   <li>A symmetric corridor: "ACO expenditures must be outside a minimum corridor set by the
 *       ACO's minimum savings rate (MSR)" (innovation.cms.gov/initiatives/Pioneer-ACO-Model),
 *       shared from the first dollar once outside it.</li>
 *   <li>Quality scales the sharing rate, with year 1 pay-for-reporting (a complete report
 *       scores 1.0): shared savings x quality score. How quality affects losses is not public,
 *       so losses are not modulated.</li>
 *   <li>Population-based payment from year 3 (2014) for ACOs with enough savings in years 1-2
 *       (innovation.cms.gov): monthly prepayment of part of the expected FFS payments; it changes
 *       cash flow, not the settlement, which is why it is a flag here.</li>
 *   <li>Benchmark growth: "a 50/50 blend of ACO-specific and national average expense growth"
 *       (hfma.org/PioneerACOModel, summary of the 2011 RFA), see {@code blendedTrend}.</li>
 * </ul>
 * Required parameters (no public source gives them): {@link #minimumSavingsRate()} (the MSR by
 * population size, reported as about 1.0%-2.7% but not found in a primary source), the sharing
 * and loss rates and limit of years 3-5 and of alternative arrangements, and
 * {@link #sequestrationRate()}. Each error message names the missing parameter. Immutable and
 * thread-safe.
 */
@Value.Immutable
@AcoStyle
abstract class AbstractPioneerYear implements ProgramYear {

  @Override
  public Program program() {
    return Program.PIONEER;
  }

  /** The first Pioneer performance year. */
  public static final int FIRST_YEAR = 2012;
  /** The last Pioneer performance year (the model ended 31 December 2016). */
  public static final int LAST_YEAR = 2016;

  /**
   * The performance year, 2012-2016 (year 1 = 2012).
   *
   * @return the year
   */
  @Override
  public abstract int performanceYear();

  /**
   * The arrangement chosen.
   *
   * @return the arrangement
   */
  public abstract PioneerArrangement arrangement();

  /**
   * The minimum savings (and loss) rate of the ACO's population size, a fraction. Required: the
   * Pioneer MSR table is not in the public sources found.
   *
   * @return the MSR
   */
  public abstract OptionalDouble minimumSavingsRate();

  /**
   * The sharing rate before quality, a fraction. Required except in the core arrangement's
   * years 1-2, where it is 0.60 and 0.70.
   *
   * @return the rate
   */
  public abstract OptionalDouble sharingRate();

  /**
   * The loss rate, a fraction; the sharing rate unless given.
   *
   * @return the rate
   */
  public abstract OptionalDouble lossRate();

  /**
   * The savings and loss limit as a share of the benchmark. Required except in the core
   * arrangement's years 1-2, where it is 0.10 and 0.15.
   *
   * @return the limit
   */
  public abstract OptionalDouble savingsLossLimit();

  /**
   * The sequestration rate applied to shared savings. Required: whether and how CMS sequestered
   * Pioneer payments is not in the sources; give 0 for none.
   *
   * @return the rate
   */
  public abstract OptionalDouble sequestrationRate();

  /**
   * Whether the ACO took population-based payments this year (allowed from 2014). Cash flow
   * only: the settlement terms do not change.
   *
   * @return true for population-based payment, false unless set
   */
  @Value.Default
  public boolean populationBasedPayment() {
    return false;
  }

  @Value.Check
  void check() {
    if (performanceYear() < FIRST_YEAR || performanceYear() > LAST_YEAR) {
      throw new IllegalArgumentException("performanceYear must be between " + FIRST_YEAR + " and " + LAST_YEAR
          + " inclusive (the Pioneer ACO Model), but was " + performanceYear());
    }
    if (populationBasedPayment() && performanceYear() < 2014) {
      throw new IllegalArgumentException("populationBasedPayment is allowed from performance year 2014 (year 3), "
          + "but the performance year was " + performanceYear());
    }
    minimumSavingsRate().ifPresent(v -> Checks.fraction("minimumSavingsRate", v));
    sharingRate().ifPresent(v -> Checks.fraction("sharingRate", v));
    lossRate().ifPresent(v -> Checks.fraction("lossRate", v));
    savingsLossLimit().ifPresent(v -> Checks.fraction("savingsLossLimit", v));
    sequestrationRate().ifPresent(v -> Checks.fraction("sequestrationRate", v));
  }

  private boolean coreFirstTwoYears() {
    return arrangement() == PioneerArrangement.CORE && performanceYear() <= 2013;
  }

  /**
   * The sharing rate of the year: the core arrangement's published rate in 2012-2013, else the
   * required parameter.
   *
   * @return the rate, a fraction
   * @throws IllegalArgumentException naming {@code sharingRate} if it is required and missing
   */
  public double effectiveSharingRate() {
    if (sharingRate().isPresent()) {
      return sharingRate().getAsDouble();
    }
    if (coreFirstTwoYears()) {
      return performanceYear() == 2012 ? 0.60 : 0.70;
    }
    throw required("sharingRate", "the Pioneer sharing rate of " + describe() + " is not in the public sources");
  }

  /**
   * The savings and loss limit of the year as a share of the benchmark.
   *
   * @return the limit, a fraction
   * @throws IllegalArgumentException naming {@code savingsLossLimit} if it is required and missing
   */
  public double effectiveLimit() {
    if (savingsLossLimit().isPresent()) {
      return savingsLossLimit().getAsDouble();
    }
    if (coreFirstTwoYears()) {
      return performanceYear() == 2012 ? 0.10 : 0.15;
    }
    throw required("savingsLossLimit", "the Pioneer savings/loss limit of " + describe()
        + " is not in the public sources");
  }

  /**
   * The contract terms of the year.
   *
   * @return the terms
   * @throws IllegalArgumentException naming each required parameter that is missing
   */
  @Override
  public ContractTerms terms() {
    double msr = minimumSavingsRate().orElseThrow(() -> required("minimumSavingsRate",
        "the Pioneer minimum savings/loss rate by population size is not in the public sources"));
    double sequestration = sequestrationRate().orElseThrow(() -> required("sequestrationRate",
        "whether CMS sequestered Pioneer shared savings is not in the sources; give 0 for none"));
    double sharing = effectiveSharingRate();
    double limit = effectiveLimit();
    return ContractTerms.builder()
        .name("Pioneer ACO " + arrangement() + " PY" + performanceYear()
            + (populationBasedPayment() ? " (population-based payment)" : ""))
        .source("CMMI Pioneer ACO Model announcement 17 May 2011 (lexology.com g=bd47c21f); "
            + "innovation.cms.gov/initiatives/Pioneer-ACO-Model")
        .minimumSavingsRate(msr)
        .minimumLossRate(msr)
        .shareBasis(ShareBasis.FIRST_DOLLAR)
        .addSavingsBands(Band.flat(sharing))
        .addLossBands(Band.flat(lossRate().orElse(sharing)))
        .quality(QualityTerms.builder().savings(SavingsQuality.MULTIPLY).build())
        .savingsCap(Cap.ofBenchmark(limit))
        .lossCap(Cap.ofBenchmark(limit))
        .sequestrationRate(sequestration)
        .build();
  }

  /**
   * The Pioneer benchmark growth: a 50/50 blend of the ACO's own and the national expenditure
   * growth (hfma.org/PioneerACOModel, summary of the 2011 Request for Applications). Example:
   * ACO growth 4%, national 3%: 3.5%. Other descriptions say national growth alone; pass the
   * national growth twice for that.
   *
   * @param acoGrowth the ACO-specific growth, a fraction (0.04 = 4%)
   * @param nationalGrowth the national average growth, a fraction
   * @return the blended growth
   * @throws IllegalArgumentException if a growth is not finite
   */
  public static double blendedTrend(double acoGrowth, double nationalGrowth) {
    Checks.finite("acoGrowth", acoGrowth);
    Checks.finite("nationalGrowth", nationalGrowth);
    return 0.5 * acoGrowth + 0.5 * nationalGrowth;
  }

  private String describe() {
    return arrangement() + " PY" + performanceYear();
  }

  private static IllegalArgumentException required(String parameter, String why) {
    return new IllegalArgumentException(parameter + " is required: " + why);
  }
}
