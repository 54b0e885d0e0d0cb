/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.risk;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import org.acokit.contract.ContractResult;
import org.acokit.contract.Outcome;
import org.acokit.contract.PerformanceInputs;
import org.acokit.contract.ResolvedContract;
import org.acokit.internal.Checks;
import org.acokit.program.mssp.MsspInput;
import org.acokit.program.mssp.MsspRules;
import org.acokit.program.mssp.MsspSettlement;
import org.acokit.quality.QualityStandard;

/**
 * A Monte Carlo simulation of one performance year's settlement: a spending model
 * ({@link ParametricSpending} or {@link BootstrapSpending}), optional {@link Perturbations}, and
 * the contract resolved once ({@link ResolvedContract}), through which every trial is settled with
 * the real, year-specific rules ({@link ResolvedContract#settle(PerformanceInputs)}, the engine's
 * fast path).
 * <p>
 * Example (an MSSP ACO-year, flat spending, per-beneficiary CV 2.2, 100,000 trials):
 * <pre>{@code
 * SimulationResult r = SettlementSimulation.parametric(input, ParametricSpending.normal(0.0, 2.2))
 *     .run(100_000, 42);
 * r.probabilityEarnedSavings(); r.expectedPayment(); r.valueAtRisk(0.95); r.print();
 * }</pre>
 * Per trial t (its own random stream, a pure function of the seed and t, see
 * {@code TrialStreams}): the model draws person-years n, per-capita benchmark B and expenditure E;
 * the perturbations multiply B by the trend and risk factors and draw the quality score and
 * standard; the base performance inputs get benchmark B x n (B x the factors for a parametric
 * model: the base benchmark x factors) and expenditure E x n, and the contract settles them.
 * <p>
 * Reproducible: the same seed gives the same result, bit for bit, on any number of threads (trials
 * are cut into fixed chunks whose results land at their trial index; every statistic is then
 * computed in trial order). Immutable and thread-safe.
 */
public final class SettlementSimulation {

  /** Trials per task of a parallel run; fixed so that the work split never depends on threads. */
  private static final int CHUNK = 4096;

  private final ResolvedContract contract;
  private final PerformanceInputs base;
  private final Supplier<Sampler> samplers;
  private final Perturbations perturbations;
  private final String description;
  private final boolean parametric;
  private final double qualityA;
  private final double qualityB;

  private SettlementSimulation(ResolvedContract contract, PerformanceInputs base, Supplier<Sampler> samplers,
      Perturbations perturbations, String description, boolean parametric) {
    this.contract = contract;
    this.base = base;
    this.samplers = samplers;
    this.perturbations = perturbations;
    this.description = description;
    this.parametric = parametric;
    if (perturbations.qualityScoreStandardDeviation().isPresent()
        && perturbations.qualityScoreStandardDeviation().getAsDouble() > 0) {
      double sd = perturbations.qualityScoreStandardDeviation().getAsDouble();
      if (base.qualityScore().isEmpty()) {
        throw new IllegalArgumentException("qualityScoreStandardDeviation (" + sd + ") needs a qualityScore in the "
            + "base performance inputs to perturb around, but none was given");
      }
      double m = base.qualityScore().getAsDouble();
      double k = m * (1 - m) / (sd * sd) - 1;
      if (!(k > 0)) {
        throw new IllegalArgumentException("qualityScoreStandardDeviation must be less than sqrt(score x (1 - score)) = "
            + Math.sqrt(m * (1 - m)) + " for the base qualityScore " + m + ", but was " + sd);
      }
      qualityA = m * k;
      qualityB = (1 - m) * k;
    } else {
      qualityA = Double.NaN;
      qualityB = Double.NaN;
    }
  }

  /**
   * A parametric simulation of an MSSP ACO-year: its contract resolved once
   * ({@link MsspSettlement#resolve(MsspInput)}), its performance inputs
   * ({@link MsspRules#performance(MsspInput)}) as the base, its person-years and per-capita
   * benchmark as the model's size and benchmark (its expenditure is replaced by the model's).
   *
   * @param input the ACO-year
   * @param model the spending model
   * @param perturbations the perturbations
   * @return the simulation
   * @throws IllegalArgumentException if the contract cannot be resolved or the model is refused
   *     for the size
   */
  public static SettlementSimulation parametric(MsspInput input, ParametricSpending model,
      Perturbations perturbations) {
    return parametric(MsspSettlement.resolve(input), MsspRules.performance(input), input.personYears(), model,
        perturbations);
  }

  /**
   * A parametric simulation of an MSSP ACO-year without perturbations.
   *
   * @param input the ACO-year
   * @param model the spending model
   * @return the simulation
   * @throws IllegalArgumentException as {@link #parametric(MsspInput, ParametricSpending, Perturbations)}
   */
  public static SettlementSimulation parametric(MsspInput input, ParametricSpending model) {
    return parametric(input, model, Perturbations.none());
  }

  /**
   * A parametric simulation of any contract.
   *
   * @param contract the resolved contract
   * @param base the performance inputs every trial starts from (its benchmark is the expected
   *     benchmark; its expenditure is replaced)
   * @param personYears the person-years (or patients) the per-capita mean is over, greater than 0
   * @param model the spending model
   * @param perturbations the perturbations
   * @return the simulation
   * @throws IllegalArgumentException if personYears is not greater than 0 or the model is refused
   *     for the size
   */
  public static SettlementSimulation parametric(ResolvedContract contract, PerformanceInputs base, double personYears,
      ParametricSpending model, Perturbations perturbations) {
    Objects.requireNonNull(contract, "contract");
    Objects.requireNonNull(model, "model");
    Checks.positive("personYears", personYears);
    ParametricSampler sampler = new ParametricSampler(model, base.benchmark() / personYears, personYears);
    String text = String.format(Locale.ROOT, "%s; %s, true savings %.2f%%, CV %s, %s person-years",
        contract.terms().name(), model.tail() == Tail.NORMAL ? "normal" : "lognormal"
            + (model.truncationThreshold().isPresent() ? " truncated at $" + model.truncationThreshold().getAsDouble() : ""),
        model.trueSavingsRate() * 100, model.coefficientOfVariation(), personYears);
    return new SettlementSimulation(contract, base, () -> sampler, perturbations, text, true);
  }

  /**
   * A bootstrap simulation of an MSSP ACO-year: its contract resolved once and its performance
   * inputs as the base; benchmark and expenditure come from each resample.
   *
   * @param input the ACO-year
   * @param model the bootstrap
   * @param perturbations the perturbations
   * @return the simulation
   * @throws IllegalArgumentException if the contract cannot be resolved
   */
  public static SettlementSimulation bootstrap(MsspInput input, BootstrapSpending model, Perturbations perturbations) {
    return bootstrap(MsspSettlement.resolve(input), MsspRules.performance(input), model, perturbations);
  }

  /**
   * A bootstrap simulation of any contract.
   *
   * @param contract the resolved contract
   * @param base the performance inputs every trial starts from (benchmark and expenditure replaced)
   * @param model the bootstrap
   * @param perturbations the perturbations
   * @return the simulation
   */
  public static SettlementSimulation bootstrap(ResolvedContract contract, PerformanceInputs base,
      BootstrapSpending model, Perturbations perturbations) {
    Objects.requireNonNull(model, "model");
    String text = contract.terms().name() + "; beneficiary bootstrap of " + model.rows() + " rows";
    return new SettlementSimulation(contract, base, () -> new BootstrapSampler(model), perturbations, text, false);
  }

  /**
   * The contract every trial is settled under.
   *
   * @return the contract
   */
  public ResolvedContract contract() {
    return contract;
  }

  /**
   * Runs the trials on the calling thread.
   *
   * @param trials the number of trials, at least 2
   * @param seed the seed
   * @return the distribution and its statistics
   * @throws IllegalArgumentException if trials is less than 2
   */
  public SimulationResult run(int trials, long seed) {
    return run(trials, seed, 1);
  }

  /**
   * Runs the trials on a pool of the given number of threads; the result is the same, bit for
   * bit, for any number.
   *
   * @param trials the number of trials, at least 2
   * @param seed the seed
   * @param threads the number of threads, at least 1
   * @return the distribution and its statistics
   * @throws IllegalArgumentException if trials is less than 2 or threads less than 1
   */
  public SimulationResult run(int trials, long seed, int threads) {
    if (trials < 2) {
      throw new IllegalArgumentException("trials must be at least 2 (a distribution needs two outcomes), but was "
          + trials);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, but was " + threads);
    }
    TrialStreams streams = new TrialStreams(seed);
    double[] payments = new double[trials];
    double[] rates = new double[trials];
    double[] personYears = new double[trials];
    byte[] flags = new byte[trials];
    if (threads == 1) {
      runChunk(streams, samplers.get(), 0, trials, payments, rates, personYears, flags);
    } else {
      ForkJoinPool pool = new ForkJoinPool(threads);
      try {
        List<Future<?>> tasks = new ArrayList<>();
        for (int from = 0; from < trials; from += CHUNK) {
          int start = from;
          int end = Math.min(trials, from + CHUNK);
          tasks.add(pool.submit(() -> runChunk(streams, samplers.get(), start, end, payments, rates, personYears,
              flags)));
        }
        for (Future<?> task : tasks) {
          task.get();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("simulation interrupted", e);
      } catch (ExecutionException e) {
        if (e.getCause() instanceof RuntimeException) {
          throw (RuntimeException) e.getCause();
        }
        throw new IllegalStateException(e.getCause());
      } finally {
        pool.shutdownNow();
      }
    }
    return new SimulationResult(description, seed, payments, rates, personYears, flags);
  }

  private void runChunk(TrialStreams streams, Sampler sampler, int from, int to, double[] payments, double[] rates,
      double[] personYears, byte[] flags) {
    TrialState state = new TrialState();
    for (int t = from; t < to; t++) {
      SplittableRandom random = streams.stream(t);
      sampler.draw(random, state);
      PerformanceInputs in = inputs(random, state);
      ContractResult r = contract.settle(in, state.benchmark, state.expenditurePerCapita * state.personYears);
      payments[t] = r.payment();
      rates[t] = r.savingsRate();
      personYears[t] = state.personYears;
      flags[t] = flags(r, base.monthsParticipated().isPresent(), state.censored, state.riskRatioCapped);
    }
  }

  /**
   * Draws one trial's perturbations: the benchmark into {@code state.benchmark}, and the inputs
   * with the drawn quality (the base itself when quality is not perturbed); the trial settles them
   * with its benchmark and expenditure, building no new inputs on the common path.
   */
  PerformanceInputs inputs(SplittableRandom random, TrialState state) {
    double factor = 1;
    double trendSd = perturbations.trendStandardDeviation();
    if (trendSd > 0) {
      factor *= Math.exp(trendSd * random.nextGaussian() - trendSd * trendSd / 2);
    }
    double riskSd = perturbations.riskScoreStandardDeviation();
    if (riskSd > 0) {
      factor *= Math.exp(riskSd * random.nextGaussian() - riskSd * riskSd / 2);
    }
    double benchmark = parametric ? base.benchmark() * factor : state.benchmarkPerCapita * state.personYears * factor;
    state.benchmark = benchmark;
    PerformanceInputs in = base;
    if (!Double.isNaN(qualityA)) {
      in = in.withQualityScore(Distributions.beta(random, qualityA, qualityB));
    }
    if (perturbations.probabilityQualityStandardMet().isPresent()) {
      boolean met = random.nextDouble() < perturbations.probabilityQualityStandardMet().getAsDouble();
      QualityStandard kept = base.qualityStandard().orElse(QualityStandard.MET);
      in = in.withQualityStandard(met ? (kept == QualityStandard.NOT_MET ? QualityStandard.MET : kept)
          : QualityStandard.NOT_MET);
    }
    return in;
  }

  static byte flags(ContractResult r, boolean partialYear, boolean censored, boolean riskRatioCapped) {
    int f = 0;
    if (r.grossSavings() > 0) {
      f |= SimulationResult.GROSS_SAVINGS;
    }
    if (r.outcome() == Outcome.SAVINGS) {
      f |= SimulationResult.AT_LEAST_MSR;
    }
    if (r.savingsPayment() > 0) {
      f |= SimulationResult.EARNED;
    }
    if (r.lossesOwed() > 0) {
      f |= SimulationResult.SHARED_LOSSES;
    }
    if (r.sharedSavings() - r.sequestration() > r.savingsPayment()) {
      f |= SimulationResult.SAVINGS_CAP;
    }
    // Without a partial year, losses after the cap are below the shared losses only when the cap
    // binds; with one, compare with the cap itself (an OptionalDouble, so only then).
    if (r.sharedLosses() > r.lossesAfterCap() && (!partialYear
        || r.lossCap().isPresent() && r.sharedLosses() > r.lossCap().getAsDouble())) {
      f |= SimulationResult.LOSS_CAP;
    }
    if (censored) {
      f |= SimulationResult.CENSORED;
    }
    if (riskRatioCapped) {
      f |= SimulationResult.RISK_RATIO_CAP;
    }
    return (byte) f;
  }

  @Override
  public String toString() {
    return "SettlementSimulation{" + description + "}";
  }
}
