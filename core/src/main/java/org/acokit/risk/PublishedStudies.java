/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.risk;

import java.time.LocalDate;

import org.acokit.contract.Band;
import org.acokit.contract.ContractTerms;
import org.acokit.contract.PerformanceInputs;
import org.acokit.contract.ResolvedContract;
import org.acokit.internal.Checks;
import org.acokit.program.mssp.MsspInput;
import org.acokit.program.mssp.MsspTrack;
import org.acokit.quality.QualityOutcome;
import org.acokit.quality.QualityStandard;

/**
 * The settings of two published studies of shared-savings uncertainty, encoded so that the
 * simulation can be checked against them, with what each assumption rests on.
 * <p>
 * <b>DeLia, Hoover and Cantor (2012)</b>, "Statistical uncertainty in the Medicare Shared Savings
 * Program", Medicare &amp; Medicaid Research Review 2(4), doi:10.5600/mmrr.002.04.a04. Stated in
 * the abstract: the 2011 final rule's one-sided and two-sided models, true savings 0-10%, ACOs of
 * 5,000 and 50,000 enrollees; results P(undeserved shared savings) 0.24 and P(undeserved penalty)
 * 0.26 for the two-sided model at 5,000 with flat spending, 0.02 each at 50,000, P(denying
 * deserved savings) at least 0.15 at 5,000 even at true savings of 5-7%. Encoded: the two-sided
 * model is MSSP Track 2 of PY2013 (agreement 2012, MSR/MLR fixed at 2%, 42 CFR 425.606(b)); the
 * one-sided model Track 1 of PY2013 (Table A4 scale, 3.9% at 5,000); normal approximation of the
 * per-capita mean; quality score 1. Not read: the paper's full methods (our tools reach only its
 * abstract), so the per-beneficiary CV is <i>calibrated</i>, not sourced: {@link #DELIA_CV} = 2.2
 * reproduces the 50,000-enrollee figure (0.021), and the other figures are then predictions.
 * <p>
 * <b>Friedberg, Buendia, Lauderdale and Hussey (2013)</b>, "Option pricing: a flexible tool to
 * disseminate shared savings contracts", American Journal of Managed Care 19(8):e285-e292. Stated
 * in the abstract: a bootstrap of a commercial plan's 2009-2010 member-level costs; the base
 * contract shares 50% of savings with no minimum savings threshold, no bonus cap, no outlier
 * truncation and no downside; with no real cost reduction the option (the payer's expected bonus)
 * is $225 per patient (3.1% of costs) at 500 patients and $23 (0.3%) at 60,000; with a 2% real
 * reduction the price falls to zero for all but the smallest providers. Encoded: that contract
 * ({@link #friedbergContract()}), mean cost {@link #FRIEDBERG_MEAN_COST} = $225 / 0.031 per
 * patient-year, and the option price = max(0, E[bonus] - real reduction x benchmark) per patient.
 * Not available: the member-level data, so two dispersion parameters are <i>fitted</i> to the
 * two published prices: a per-patient CV {@link #FRIEDBERG_CV} = 3.47 (normal approximation) and
 * a benchmark uncertainty that does not shrink with size, {@link #FRIEDBERG_BENCHMARK_SD} =
 * 0.72% (the trend perturbation; pure sampling noise would make the price fall as 1/sqrt(size),
 * 11-fold from 500 to 60,000, where the paper reports 9.8-fold). The 2% reduction claim is then a
 * prediction. Immutable and thread-safe (constants and pure functions).
 */
public final class PublishedStudies {

  /** The per-beneficiary CV calibrated to DeLia et al.'s 50,000-enrollee figure. */
  public static final double DELIA_CV = 2.2;
  /** Friedberg et al.'s mean cost per patient-year: $225 is 3.1% of it. */
  public static final double FRIEDBERG_MEAN_COST = 225 / 0.031;
  /** The per-patient CV fitted to Friedberg et al.'s two prices. */
  public static final double FRIEDBERG_CV = 3.47;
  /** The benchmark uncertainty fitted to Friedberg et al.'s two prices (log standard deviation). */
  public static final double FRIEDBERG_BENCHMARK_SD = 0.0072;

  private PublishedStudies() {
  }

  /**
   * DeLia et al.'s two-sided model: MSSP Track 2 PY2013, MSR/MLR fixed at 2%, quality score 1,
   * per-capita benchmark $10,000 (the probabilities do not depend on it).
   *
   * @param enrollees the ACO's size, at least 1
   * @return the ACO-year
   */
  public static MsspInput deliaTwoSided(int enrollees) {
    return delia(MsspTrack.TRACK_2, enrollees);
  }

  /**
   * DeLia et al.'s one-sided model: MSSP Track 1 PY2013 (the Table A4 MSR scale).
   *
   * @param enrollees the ACO's size, at least 500
   * @return the ACO-year
   */
  public static MsspInput deliaOneSided(int enrollees) {
    return delia(MsspTrack.TRACK_1, enrollees);
  }

  private static MsspInput delia(MsspTrack track, int enrollees) {
    return MsspInput.builder().performanceYear(2013).track(track).agreementStart(LocalDate.of(2012, 7, 1))
        .assignedBeneficiaries(enrollees).personYears(enrollees).perCapitaBenchmark(10_000)
        .perCapitaExpenditure(10_000).quality(QualityOutcome.of(1.0, QualityStandard.MET)).build();
  }

  /**
   * Friedberg et al.'s base contract: 50% of savings from the first dollar, no threshold, cap,
   * truncation or downside.
   *
   * @return the terms
   */
  public static ContractTerms friedbergContract() {
    return ContractTerms.builder().name("Friedberg et al. 2013 base contract")
        .source("Am J Manag Care 2013;19(8):e285-e292").addSavingsBands(Band.flat(0.5)).build();
  }

  /**
   * Friedberg et al.'s option price per patient: max(0, E[bonus] - real reduction x benchmark) /
   * patients, simulated.
   *
   * @param patients the provider's patients, at least 1
   * @param realReduction the real cost reduction, a fraction 0-0.5
   * @param trials the trials, at least 2
   * @param seed the seed
   * @return dollars per patient
   * @throws IllegalArgumentException if a value is out of range
   */
  public static double friedbergOptionPrice(int patients, double realReduction, int trials, long seed) {
    if (patients < 1) {
      throw new IllegalArgumentException("patients must be at least 1, but was " + patients);
    }
    Checks.inRange("realReduction", realReduction, 0, 0.5);
    double benchmark = FRIEDBERG_MEAN_COST * patients;
    PerformanceInputs base = PerformanceInputs.builder().benchmark(benchmark).expenditure(benchmark).build();
    SimulationResult r = SettlementSimulation.parametric(ResolvedContract.of(friedbergContract()), base, patients,
        ParametricSpending.normal(realReduction, FRIEDBERG_CV),
        Perturbations.builder().trendStandardDeviation(FRIEDBERG_BENCHMARK_SD).build()).run(trials, seed);
    return Math.max(0, r.expectedPayment() - realReduction * benchmark) / patients;
  }
}
