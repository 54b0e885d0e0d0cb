/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.risk;

import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.acokit.population.BeneficiaryYearColumns;
import org.acokit.population.EnrollmentVector;
import org.acokit.population.ExpenditureThresholds;
import org.acokit.population.PopulationAggregation;
import org.acokit.population.SyntheticPopulation;
import org.acokit.program.mssp.MsrElection;
import org.acokit.program.mssp.MsspInput;
import org.acokit.program.mssp.MsspTrack;
import org.acokit.quality.QualityOutcome;
import org.acokit.quality.QualityStandard;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Full-rule parametric trials per second on one core: {@code engine} runs
 * {@link SettlementSimulation#run(int, long)} (each trial its own stream, settled through the
 * resolved MSSP ENHANCED PY2025 contract, statistics of the result), {@code handInlined} the same
 * trials with the same streams and the same rules written inline in plain Java (the baseline).
 * Scores are trials per second ({@code @OperationsPerInvocation}).
 * <p>
 * Run: {@code mvn -B -pl core -Pjmh test-compile exec:exec -Djmh.args="SettlementSimulationBenchmark"};
 * compare {@code engine / handInlined} of the same run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class SettlementSimulationBenchmark {

  /** Trials per invocation. */
  static final int TRIALS = 100_000;
  private static final double BENCHMARK_PER_CAPITA = 12_000;
  private static final int SIZE = 10_000;
  private static final double SCORE = 0.8;

  private SettlementSimulation simulation;
  private double mean;
  private double sd;
  private long seed;

  /** Resolves the contract once and checks that both loops give the same payments. */
  @Setup(Level.Trial)
  public void setUp() {
    MsspInput input = MsspInput.builder().performanceYear(2025).track(MsspTrack.ENHANCED)
        .agreementStart(LocalDate.of(2024, 1, 1)).assignedBeneficiaries(SIZE).personYears(SIZE)
        .perCapitaBenchmark(BENCHMARK_PER_CAPITA).perCapitaExpenditure(BENCHMARK_PER_CAPITA)
        .quality(QualityOutcome.of(SCORE, QualityStandard.MET)).msrElection(MsrElection.zero()).build();
    simulation = SettlementSimulation.parametric(input, ParametricSpending.normal(0.01, 2.2));
    mean = BENCHMARK_PER_CAPITA * 0.99;
    sd = 2.2 / Math.sqrt(SIZE) * mean;
    double[] engine = simulation.run(1_000, 1).payments();
    double[] inline = new double[1_000];
    inline(1, inline, new byte[1_000], new double[1_000], new double[1_000]);
    for (int i = 0; i < 1_000; i++) {
      if (Math.abs(engine[i] - inline[i]) > 1e-6 * Math.max(1, Math.abs(engine[i]))) {
        throw new IllegalStateException("trial " + i + ": engine " + engine[i] + " but inline " + inline[i]);
      }
    }
  }

  /**
   * The engine.
   *
   * @return the expected payment
   */
  @Benchmark
  @OperationsPerInvocation(TRIALS)
  public double engine() {
    return simulation.run(TRIALS, ++seed).expectedPayment();
  }

  /**
   * The same rules inline: ENHANCED PY2025, 0% MSR/MLR, standard met with score 0.8, sharing 75%
   * from the first dollar, 2% sequestration before the 20% cap, loss rate 1 - 0.75 x 0.8 within
   * 40%-75%, losses capped at 15% of the benchmark.
   *
   * @return the expected payment
   */
  @Benchmark
  @OperationsPerInvocation(TRIALS)
  public double handInlined() {
    double[] payments = new double[TRIALS];
    double[] rates = new double[TRIALS];
    double[] personYears = new double[TRIALS];
    byte[] flags = new byte[TRIALS];
    inline(++seed, payments, flags, rates, personYears);
    // The same statistics as SimulationResult: sums, flag counts, standard deviation.
    int[] counts = new int[7];
    double sum = 0;
    double years = 0;
    for (int i = 0; i < TRIALS; i++) {
      sum += payments[i];
      years += personYears[i];
      for (int b = 0; b < 7; b++) {
        if ((flags[i] & (1 << b)) != 0) {
          counts[b]++;
        }
      }
    }
    double mean = sum / TRIALS;
    double squares = 0;
    for (int i = 0; i < TRIALS; i++) {
      squares += (payments[i] - mean) * (payments[i] - mean);
    }
    return mean + Math.sqrt(squares / (TRIALS - 1)) * 0.0 + counts[0] * 0.0 + years * 0.0;
  }

  private double inline(long s, double[] payments, byte[] flags, double[] rates, double[] personYears) {
    TrialStreams streams = new TrialStreams(s);
    double benchmark = BENCHMARK_PER_CAPITA * SIZE;
    double lossRate = Math.max(0.40, Math.min(0.75, 1 - 0.75 * SCORE));
    double sum = 0;
    for (int t = 0; t < payments.length; t++) {
      SplittableRandom random = streams.stream(t);
      double e = mean + sd * random.nextGaussian();
      double expenditure = (e < 0 ? 0 : e) * SIZE;
      double gross = benchmark - expenditure;
      double paid = 0;
      double owed = 0;
      int f = 0;
      if (gross > 0) {
        double shared = 0.75 * gross;
        paid = Math.min(shared - 0.02 * shared, 0.20 * benchmark);
        f |= 1 | 2 | 4 | (shared - 0.02 * shared > paid ? 16 : 0);
      } else if (gross < 0) {
        double shared = lossRate * -gross;
        owed = Math.min(shared, 0.15 * benchmark);
        f |= 8 | (shared > owed ? 32 : 0);
      }
      payments[t] = paid - owed;
      rates[t] = gross / benchmark;
      personYears[t] = SIZE;
      flags[t] = (byte) f;
      sum += paid - owed;
    }
    return sum;
  }

  /** The bootstrap: trials per second by ACO size (rows), to show the cost is linear in rows. */
  @State(Scope.Benchmark)
  public static class Bootstrap {
    /** Beneficiary-year rows. */
    @org.openjdk.jmh.annotations.Param({"5000", "20000"})
    public int rows;
    SettlementSimulation simulation;
    long seed;

    /** Builds the ACO's rows and the simulation. */
    @Setup(Level.Trial)
    public void setUp() {
      BeneficiaryYearColumns columns = SyntheticPopulation.generate(3, rows);
      ExpenditureThresholds thresholds = ExpenditureThresholds.of(EnrollmentVector.of(483948.83, 167718.37,
          219966.13, 139227.69));
      EnrollmentVector benchmark = PopulationAggregation.aggregate(columns, thresholds, 1.0).summary()
          .perCapitaExpenditures().times(1.01);
      MsspInput input = MsspInput.builder().performanceYear(2025).track(MsspTrack.ENHANCED)
          .agreementStart(LocalDate.of(2024, 1, 1)).assignedBeneficiaries(rows).personYears(rows)
          .perCapitaBenchmark(BENCHMARK_PER_CAPITA).perCapitaExpenditure(BENCHMARK_PER_CAPITA)
          .quality(QualityOutcome.of(SCORE, QualityStandard.MET)).msrElection(MsrElection.zero()).build();
      simulation = SettlementSimulation.bootstrap(input, BootstrapSpending.of(columns, thresholds, 1.0, benchmark),
          Perturbations.none());
    }
  }

  /**
   * Bootstrap trials on one thread.
   *
   * @param state the bootstrap state
   * @return the expected payment
   */
  @Benchmark
  @OperationsPerInvocation(1_000)
  @Warmup(iterations = 2, time = 2)
  @Measurement(iterations = 3, time = 3)
  public double bootstrap(Bootstrap state) {
    return state.simulation.run(1_000, ++state.seed).expectedPayment();
  }
}
