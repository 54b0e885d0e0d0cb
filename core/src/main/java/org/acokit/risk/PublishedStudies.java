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
 * <b>What could be read.</b> For both papers only the abstract: DeLia et al. through PubMed
 * (PMID 24800155, PMCID PMC4006477, doi:10.5600/mmrr.002.04.a04) and a transcription whose stored
 * copy stops after the abstract; Friedberg et al. through the AJMC article page and RAND's listing
 * (EP51516: "Am J Manag Care 19(8), Aug. 2013, p. e285-e292, Appendix p. 1-7"), whose stored
 * copies also stop after the abstract. The methods sections, tables and appendix (the
 * per-beneficiary dispersion, the number of simulations, the exact definitions) were not
 * reachable with the project's tools, so no fitted parameter below could be replaced by a stated
 * value; each one is named as fitted, with the figure it is fitted to.
 * <p>
 * <b>DeLia, Hoover and Cantor (2012)</b>, "Statistical uncertainty in the Medicare Shared Savings
 * Program", Medicare &amp; Medicaid Research Review 2(4):mmrr.002.04.a04. Stated in the abstract:
 * "We calculate the probability that shared savings formulas lead to inappropriate payment,
 * payment denial, and/or financial penalties, assuming that ACOs generate real savings in Medicare
 * spending ranging from 0-10%"; "in the MSSP two-sided model, an ACO with 5,000 enrollees that
 * keeps spending constant faces a 0.24 probability of being inappropriately rewarded for savings
 * and a 0.26 probability of paying an undeserved penalty for increased spending. For an ACO with
 * 50,000 enrollees, both of these probabilities of incorrect outcomes are equal to 0.02"; "for
 * ACOs with 5,000 patients, the probability of denial is at least 0.15 even when true savings are
 * 5-7%". Encoded: the two-sided model is MSSP Track 2 of PY2013 (agreement 2012, MSR/MLR fixed at
 * 2%, 42 CFR 425.606(b)); the one-sided model Track 1 of PY2013 (the Table A4 MSR scale, 3.9% at
 * 5,000); our reading of the abstract's words (the paper's own definitions were not reachable):
 * "undeserved savings" = P(shared savings earned | true savings 0), "undeserved penalty" =
 * P(shared losses owed | true savings 0), "denial" = P(no shared savings | true savings s &gt; 0);
 * normal approximation of the per-capita mean; quality score 1. Fitted: the per-beneficiary CV
 * {@link #DELIA_CV} = 2.2 reproduces the 50,000-enrollee figure (0.021); the 5,000-enrollee figures
 * are then predictions: 0.26 for both (a symmetric model cannot give the published 0.24/0.26
 * asymmetry, and a right skew of spending moves it the other way at this distance: the Edgeworth
 * correction {@code phi(t) skew (t^2 - 1) / 6} lowers the upper tail and raises the lower one for
 * t &lt; 1, here t = 0.64 standard deviations). Denial at 5,000: one-sided 0.36 at 5% and 0.24 at
 * 6% (two-sided 0.156 at 5%), but one-sided 0.142 at 7%. Why, exactly: with the true savings s
 * scaling every beneficiary's spending (CV held, standard deviation {@code cv x B x (1 - s) / sqrt(n)}), the
 * one-sided denial at 7% is {@code Phi((0.039 - 0.07) / (2.2 x 0.93 / sqrt(5000)))} = 0.142; with
 * the savings shifting the mean and the dollar standard deviation held ({@code cv x B / sqrt(n)})
 * it is {@code Phi((0.039 - 0.07) / (2.2 / sqrt(5000)))} = 0.159. The abstract does not say which
 * the paper assumes; the whole difference from the published bound is that choice, not Monte Carlo
 * error (0.0008 at 200,000 trials). This class keeps the first (the library's
 * {@link ParametricSpending} model).
 * <p>
 * <b>Friedberg, Buendia, Lauderdale and Hussey (2013)</b>, "Option pricing: a flexible tool to
 * disseminate shared savings contracts", American Journal of Managed Care 19(8):e285-e292. Stated
 * in the abstract: "Using 2009 to 2010 member-level total cost of care data from a large
 * commercial health plan, we calculated option prices by applying a bootstrap simulation
 * procedure"; contracts "with and without key design features (minimum savings thresholds, bonus
 * caps, cost outlier truncation, and downside risk)"; "Assuming no real cost reduction and a 50%
 * shared savings rate, per patient option prices ranged from $225 (3.1% of overall costs) for
 * 500-patient providers to $23 (0.3%) for 60,000-patient providers"; "If shared savings
 * contracts cause 2% reductions in total costs, option prices fall to zero for all but the
 * smallest providers." Encoded: the base contract without those features
 * ({@link #friedbergContract()}: 50% of savings from the first dollar), mean cost
 * {@link #FRIEDBERG_MEAN_COST} = $225 / 0.031 per patient-year (from the two stated figures), and
 * the option price = max(0, E[bonus] - real reduction x benchmark) per patient. Not available:
 * the member-level data, so two dispersion parameters are <i>fitted</i> to the two published
 * prices: a per-patient CV {@link #FRIEDBERG_CV} = 3.47 (normal approximation) and a benchmark
 * uncertainty that does not shrink with size, {@link #FRIEDBERG_BENCHMARK_SD} = 0.72% (the trend
 * perturbation; pure sampling noise would make the price fall as 1/sqrt(size), 11-fold from 500
 * to 60,000, where the paper reports 9.8-fold). The 2% reduction claim is then a prediction.
 * Immutable and thread-safe (constants and pure functions).
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
