/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.program.nextgen;

import java.util.OptionalDouble;

import org.acokit.program.Program;
import org.acokit.program.ProgramYear;
import org.acokit.contract.Band;
import org.acokit.contract.Cap;
import org.acokit.contract.ContractTerms;
import org.acokit.contract.SequestrationOrder;
import org.acokit.internal.AcoStyle;
import org.acokit.internal.Checks;
import org.immutables.value.Value;

/**
 * One performance year of the Next Generation ACO Model (2016-2021) and the ACO's risk
 * arrangement; {@link #terms()} expresses it as contract terms.
 * <p>
 * From the sources:
 * <ul>
 *   <li>Sharing of savings and losses: Arrangement A 80% (2016-2018) and 85% (2019-2020);
 *       Arrangement B 100% (CMMI announcement, March 2015, lexology.com g=322f1c95).</li>
 *   <li>A Savings/Losses Cap the ACO selects between 5% and 15% of the performance-year
 *       benchmark, applied to the gross savings/losses before the risk arrangement: "if the ACO
 *       selects a 5% Savings/Losses Cap and a 80% Risk Arrangement, the ACO would share in
 *       savings/losses up to 4% [80% of the 5% maximum allowable savings/losses] of its
 *       Performance Year Benchmark" (Next Generation ACO participation agreement, section XIV and
 *       Appendix B, quoted at lawinsider.com/dictionary/risk-arrangement). With one flat rate,
 *       min(gross, cap) x rate = min(rate x gross, rate x cap), so the terms cap shared savings
 *       and losses at rate x cap.</li>
 *   <li>Sequestration after the cap and the risk arrangement, on savings only: "if the budget
 *       sequestration rate is 2%, the amount of Shared Savings owed to the ACO would be 98% ...
 *       but the amount of Shared Losses owed by the ACO would be 100%" (same agreement).</li>
 *   <li>No minimum savings rate: a prospective discount of the benchmark "between 0.5% and 4.5%
 *       based on the Next Generation ACO's performance on quality metrics" and efficiency
 *       (healthcapital.com, "The Next Generation ACO Model"; CMS 2017 financial methodology
 *       slides list its quality, regional and national efficiency components).</li>
 * </ul>
 * Required parameters: {@link #discount()} (set per ACO by CMS from quality and efficiency; its
 * decomposition is not verified), {@link #savingsLossCap()} (the ACO's selection), the
 * Arrangement A rate of PY2021 (the model's extension year; its rate was not found), and
 * {@link #sequestrationRate()} (the budget sequestration rate in force when CMS pays, which the
 * agreement does not fix; {@code MsspProgramYear} has the rates MSSP payments bore). Immutable
 * and thread-safe.
 */
@Value.Immutable
@AcoStyle
abstract class AbstractNextGenYear implements ProgramYear {

  @Override
  public Program program() {
    return Program.NEXT_GENERATION;
  }

  /** The first performance year. */
  public static final int FIRST_YEAR = 2016;
  /** The last performance year (the model was extended through 2021). */
  public static final int LAST_YEAR = 2021;
  /** The smallest Savings/Losses Cap an ACO may select, a share of the benchmark. */
  public static final double MINIMUM_CAP = 0.05;
  /** The largest Savings/Losses Cap an ACO may select, a share of the benchmark. */
  public static final double MAXIMUM_CAP = 0.15;

  /**
   * The performance year, 2016-2021.
   *
   * @return the year
   */
  @Override
  public abstract int performanceYear();

  /**
   * The risk arrangement.
   *
   * @return the arrangement
   */
  public abstract NextGenArrangement arrangement();

  /**
   * The ACO's benchmark discount, a fraction between 0.005 and 0.045. Required.
   *
   * @return the discount
   */
  public abstract OptionalDouble discount();

  /**
   * The sharing rate of Arrangement A in 2021; required only then.
   *
   * @return the rate
   */
  public abstract OptionalDouble sharingRate();

  /**
   * The Savings/Losses Cap the ACO selected, 5%-15% of the benchmark, on gross savings/losses.
   * Required.
   *
   * @return the cap, a fraction
   */
  public abstract OptionalDouble savingsLossCap();

  /**
   * The budget sequestration rate on shared savings (not on losses). Required.
   *
   * @return the rate
   */
  public abstract OptionalDouble sequestrationRate();

  @Value.Check
  void check() {
    if (performanceYear() < FIRST_YEAR || performanceYear() > LAST_YEAR) {
      throw new IllegalArgumentException("performanceYear must be between " + FIRST_YEAR + " and " + LAST_YEAR
          + " inclusive (the Next Generation ACO Model), but was " + performanceYear());
    }
    discount().ifPresent(d -> Checks.inRange("discount", d, 0.005, 0.045));
    sharingRate().ifPresent(r -> Checks.fraction("sharingRate", r));
    savingsLossCap().ifPresent(c -> Checks.inRange("savingsLossCap", c, MINIMUM_CAP, MAXIMUM_CAP));
    sequestrationRate().ifPresent(r -> Checks.fraction("sequestrationRate", r));
  }

  /**
   * The sharing (and loss) rate of the year.
   *
   * @return the rate, a fraction
   * @throws IllegalArgumentException naming {@code sharingRate} for Arrangement A in 2021 without it
   */
  public double effectiveSharingRate() {
    if (arrangement() == NextGenArrangement.B) {
      return 1.0;
    }
    if (performanceYear() <= 2018) {
      return 0.80;
    }
    if (performanceYear() <= 2020) {
      return 0.85;
    }
    return sharingRate().orElseThrow(() -> new IllegalArgumentException("sharingRate is required: the Arrangement A "
        + "rate of PY2021 (the extension year) is not in the public sources"));
  }

  /**
   * The contract terms of the year.
   *
   * @return the terms
   * @throws IllegalArgumentException naming each required parameter that is missing
   */
  @Override
  public ContractTerms terms() {
    double d = discount().orElseThrow(() -> new IllegalArgumentException("discount is required: CMS sets each "
        + "Next Generation ACO's discount (0.5%-4.5%) from its quality and efficiency"));
    double cap = savingsLossCap().orElseThrow(() -> new IllegalArgumentException("savingsLossCap is required: "
        + "each Next Generation ACO selects its Savings/Losses Cap between 5% and 15% of the benchmark"));
    double seq = sequestrationRate().orElseThrow(() -> new IllegalArgumentException("sequestrationRate is required: "
        + "the budget sequestration rate in force when CMS pays (0.02 while sequestration applies, 0 when suspended)"));
    double rate = effectiveSharingRate();
    return ContractTerms.builder()
        .name("Next Generation ACO Arrangement " + arrangement() + " PY" + performanceYear())
        .source("CMMI Next Generation ACO Model announcement, March 2015 (lexology.com g=322f1c95); participation "
            + "agreement section XIV (lawinsider.com/dictionary/risk-arrangement); healthcapital.com")
        .benchmarkDiscount(d)
        .addSavingsBands(Band.flat(rate))
        .addLossBands(Band.flat(rate))
        .savingsCap(Cap.ofBenchmark(rate * cap))
        .lossCap(Cap.ofBenchmark(rate * cap))
        .sequestrationRate(seq)
        .sequestrationOrder(SequestrationOrder.AFTER_CAP)
        .build();
  }
}
