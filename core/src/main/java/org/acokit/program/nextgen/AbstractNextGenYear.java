/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.program.nextgen;

import java.util.OptionalDouble;

import org.acokit.contract.Band;
import org.acokit.contract.Cap;
import org.acokit.contract.ContractTerms;
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
 *   <li>Savings and losses capped at 15% of the performance-year benchmark (same source); an
 *       ACO may give a lower cap it selected ({@link #savingsLossCap()}).</li>
 *   <li>No minimum savings rate: a prospective discount of the benchmark "between 0.5% and 4.5%
 *       based on the Next Generation ACO's performance on quality metrics" and efficiency
 *       (healthcapital.com, "The Next Generation ACO Model"; CMS 2017 financial methodology
 *       slides list its quality, regional and national efficiency components).</li>
 * </ul>
 * Required parameters: {@link #discount()} (set per ACO by CMS from quality and efficiency; its
 * decomposition is not verified), the Arrangement A rate of PY2021 (the model's extension year;
 * its rate was not found), and {@link #sequestrationRate()} (not in the sources; give 0 for
 * none). Immutable and thread-safe.
 */
@Value.Immutable
@AcoStyle
abstract class AbstractNextGenYear {

  /** The first performance year. */
  public static final int FIRST_YEAR = 2016;
  /** The last performance year (the model was extended through 2021). */
  public static final int LAST_YEAR = 2021;
  /** The published cap on savings and losses as a share of the benchmark. */
  public static final double PUBLISHED_CAP = 0.15;

  /**
   * The performance year, 2016-2021.
   *
   * @return the year
   */
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
   * A savings/loss cap the ACO selected, at most 15% of the benchmark; 15% unless given.
   *
   * @return the cap
   */
  public abstract OptionalDouble savingsLossCap();

  /**
   * The sequestration rate on shared savings. Required: not in the sources; give 0 for none.
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
    savingsLossCap().ifPresent(c -> Checks.inRange("savingsLossCap", c, 0, PUBLISHED_CAP));
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
  public ContractTerms terms() {
    double d = discount().orElseThrow(() -> new IllegalArgumentException("discount is required: CMS sets each "
        + "Next Generation ACO's discount (0.5%-4.5%) from its quality and efficiency"));
    double seq = sequestrationRate().orElseThrow(() -> new IllegalArgumentException("sequestrationRate is required: "
        + "whether CMS sequestered Next Generation shared savings is not in the sources; give 0 for none"));
    double rate = effectiveSharingRate();
    double cap = savingsLossCap().orElse(PUBLISHED_CAP);
    return ContractTerms.builder()
        .name("Next Generation ACO Arrangement " + arrangement() + " PY" + performanceYear())
        .source("CMMI Next Generation ACO Model announcement, March 2015 (lexology.com g=322f1c95); "
            + "healthcapital.com 'The Next Generation ACO Model'")
        .benchmarkDiscount(d)
        .addSavingsBands(Band.flat(rate))
        .addLossBands(Band.flat(rate))
        .savingsCap(Cap.ofBenchmark(cap))
        .lossCap(Cap.ofBenchmark(cap))
        .sequestrationRate(seq)
        .build();
  }
}
