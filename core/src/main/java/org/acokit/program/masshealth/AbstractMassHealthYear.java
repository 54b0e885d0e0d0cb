/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.program.masshealth;

import java.util.List;
import java.util.OptionalDouble;

import org.acokit.program.Program;
import org.acokit.program.ProgramYear;
import org.acokit.contract.Band;
import org.acokit.contract.Cap;
import org.acokit.contract.ContractTerms;
import org.acokit.contract.LossQuality;
import org.acokit.contract.QualityTerms;
import org.acokit.contract.SavingsQuality;
import org.acokit.internal.AcoStyle;
import org.acokit.internal.Checks;
import org.immutables.value.Value;

/**
 * One performance year of a MassHealth ACO (2018 on) with the terms of its risk track;
 * {@link #terms()} expresses it as contract terms.
 * <p>
 * From the sources:
 * <ul>
 *   <li>The benchmark is the ACO's total-cost-of-care benchmark (budget), and the ACO is
 *       "financially accountable for cost, quality, and member experience" (EOHHS press release
 *       of 18 August 2017, sampan.org); the 2016 pilot used "shared savings as well as risk for
 *       shared losses" against a total-cost-of-care target (mass.gov press release, 29 November
 *       2016).</li>
 *   <li>The quality score "will determine our ACO's share of any surplus or deficit": savings are
 *       multiplied by it and losses mitigated by it; performance year 1 (2018) is pay-for-
 *       reporting, where complete reporting scores 100% (Boston Accountable Care Organization,
 *       "2018 BACO MassHealth PC Group Quality Bonus Program", bumc.bu.edu, 19 December 2018);
 *       see {@code payForReporting()}.</li>
 * </ul>
 * Required parameters (the PCACO and ACPP contract appendices that hold them were not readable):
 * the risk track's {@link #savingsBands()} and {@link #lossBands()} (savings and loss
 * percentages and corridors), {@link #minimumSavingsRate()}, {@link #savingsCap()} and
 * {@link #lossCap()} as shares of the benchmark, and {@link #maximumLossMitigation()}, the
 * share of losses a perfect quality score forgives. Each error names the missing parameter.
 * Immutable and thread-safe.
 */
@Value.Immutable
@AcoStyle
abstract class AbstractMassHealthYear implements ProgramYear {

  @Override
  public Program program() {
    return Program.MASSHEALTH;
  }

  /** The first performance year (ACOs effective 1 March 2018). */
  public static final int FIRST_YEAR = 2018;

  /**
   * The last performance year: the section 1115 demonstration that funds the ACO program is
   * approved through 31 December 2027 (CMS approval of September 2022).
   */
  public static final int LAST_YEAR = 2027;

  /**
   * The ACO model.
   *
   * @return the model
   */
  public abstract MassHealthModel model();

  /**
   * The performance year, 2018-2027: the ACO program began in 2018 under the 2017-2022 section
   * 1115 demonstration, which CMS extended in September 2022 through December 2027.
   *
   * @return the year
   */
  @Override
  public abstract int performanceYear();

  /**
   * The risk track's savings bands (corridors with their sharing percentages). Required.
   *
   * @return the bands
   */
  public abstract List<Band> savingsBands();

  /**
   * The risk track's loss bands. Required.
   *
   * @return the bands
   */
  public abstract List<Band> lossBands();

  /**
   * The minimum savings and loss rate of the risk track (0 for none). Required.
   *
   * @return the rate, a fraction
   */
  public abstract OptionalDouble minimumSavingsRate();

  /**
   * The cap on shared savings as a share of the benchmark. Required.
   *
   * @return the cap, a fraction
   */
  public abstract OptionalDouble savingsCap();

  /**
   * The cap on shared losses as a share of the benchmark. Required.
   *
   * @return the cap, a fraction
   */
  public abstract OptionalDouble lossCap();

  /**
   * The share of shared losses a quality score of 1 forgives (losses x (1 - this x score)).
   * Required.
   *
   * @return the maximum mitigation, a fraction
   */
  public abstract OptionalDouble maximumLossMitigation();

  @Value.Check
  void check() {
    if (performanceYear() < FIRST_YEAR || performanceYear() > LAST_YEAR) {
      throw new IllegalArgumentException("performanceYear must be between " + FIRST_YEAR + " and " + LAST_YEAR
          + " inclusive (MassHealth ACOs began 1 March 2018; the section 1115 demonstration is approved through "
          + "December 2027), but was " + performanceYear());
    }
    minimumSavingsRate().ifPresent(v -> Checks.fraction("minimumSavingsRate", v));
    savingsCap().ifPresent(v -> Checks.fraction("savingsCap", v));
    lossCap().ifPresent(v -> Checks.fraction("lossCap", v));
    maximumLossMitigation().ifPresent(v -> Checks.fraction("maximumLossMitigation", v));
  }

  /**
   * Whether the year is pay-for-reporting (2018): a complete quality report scores 1.0.
   *
   * @return true in performance year 2018
   */
  public boolean payForReporting() {
    return performanceYear() == FIRST_YEAR;
  }

  /**
   * The contract terms of the year.
   *
   * @return the terms
   * @throws IllegalArgumentException naming each required parameter that is missing
   */
  @Override
  public ContractTerms terms() {
    if (savingsBands().isEmpty()) {
      throw required("savingsBands", "the savings percentages and corridors of the ACO's risk track");
    }
    if (lossBands().isEmpty()) {
      throw required("lossBands", "the loss percentages and corridors of the ACO's risk track");
    }
    double msr = minimumSavingsRate().orElseThrow(() -> required("minimumSavingsRate",
        "the minimum savings/loss rate of the ACO's risk track (0 for none)"));
    double savingsCap = savingsCap().orElseThrow(() -> required("savingsCap",
        "the cap on shared savings of the ACO's risk track, a share of the benchmark"));
    double lossCap = lossCap().orElseThrow(() -> required("lossCap",
        "the cap on shared losses of the ACO's risk track, a share of the benchmark"));
    double mitigation = maximumLossMitigation().orElseThrow(() -> required("maximumLossMitigation",
        "the share of losses a quality score of 100% forgives"));
    return ContractTerms.builder()
        .name("MassHealth " + model() + " PY" + performanceYear())
        .source("EOHHS MassHealth ACO Models Q&A (30 Sep 2016); BACO 2018 quality program (bumc.bu.edu); "
            + "risk-track terms from the ACO's contract")
        .minimumSavingsRate(msr)
        .minimumLossRate(msr)
        .addAllSavingsBands(savingsBands())
        .addAllLossBands(lossBands())
        .quality(QualityTerms.builder().savings(SavingsQuality.MULTIPLY).losses(LossQuality.MITIGATE)
            .maximumLossMitigation(mitigation).build())
        .savingsCap(Cap.ofBenchmark(savingsCap))
        .lossCap(Cap.ofBenchmark(lossCap))
        .build();
  }

  private static IllegalArgumentException required(String parameter, String what) {
    return new IllegalArgumentException(parameter + " is required: " + what + " is in the MassHealth contract "
        + "appendices, not in the public sources found");
  }
}
