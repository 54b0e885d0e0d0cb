/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.contract;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.acokit.program.mssp.EucExposure;
import org.acokit.program.mssp.MinimumSavingsRate;
import org.acokit.program.mssp.MsrElection;
import org.acokit.program.mssp.MsspInput;
import org.acokit.program.mssp.MsspRules;
import org.acokit.program.mssp.MsspTrack;
import org.acokit.quality.QualityOutcome;
import org.acokit.quality.QualityStandard;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The one settlement engine on one million pre-built MSSP ACO-years, against a hand-inlined loop
 * of the same MSSP rules in plain Java, in the same run.
 * <p>
 * The ACO-years are a seeded mix of BASIC levels A-E and ENHANCED, performance years 2019-2026,
 * agreements starting up to four years earlier (July 2019 starts included), 1,000 to 80,000
 * assigned beneficiaries, savings, losses and results inside the MSR/MLR corridor, zero, fixed
 * and variable MSR/MLR elections, the quality standard met, met under the alternative (from
 * PY2023) or not met, low-revenue ACOs (some with the 2024+ reduced sharing below the MSR, and
 * BASIC C-E ACOs whose revenue-based loss limit binds), mid-year terminations, EUC relief and
 * 2024+ guardrail benchmarks. {@code @Setup} builds each ACO-year's {@link PerformanceInputs}
 * ({@link MsspRules#performance(MsspInput)}) and its {@link ResolvedContract} (ACO-years with equal
 * terms share one, as a caller resolving once would), then checks that the engine and the hand
 * loop give the same payment, bit for bit, for every ACO-year.
 * <p>
 * One operation settles all ACO-years (or, for {@code explain*}, explains the first
 * {@link #explainSlice}): settlements per second per core = ops/s x ACO-years / threads. The
 * {@code *TwoThreads} variants run two JMH threads ({@code @Threads(2)}), each settling the whole
 * million; JMH reports their summed ops/s. Run:
 * {@code mvn -B -pl core -Pjmh test-compile exec:exec -Djmh.args="MsspSettlementBenchmark -prof gc"}.
 * Compare {@code engine / handLoop} of the same run; {@code gc.alloc.rate.norm} / ACO-years is
 * the allocation per settlement.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class MsspSettlementBenchmark {

  /** ACO-years settled per operation. */
  @Param("1000000")
  public int acoYears;

  /** ACO-years explained per operation of the {@code explain} benchmarks. */
  @Param("10000")
  public int explainSlice;

  private static final long SEED = 20261001L;
  private static final MsspTrack[] TRACKS = {MsspTrack.BASIC_A, MsspTrack.BASIC_B, MsspTrack.BASIC_C,
      MsspTrack.BASIC_D, MsspTrack.BASIC_E, MsspTrack.ENHANCED};
  private static final double[] TRACK_WEIGHTS = {0.12, 0.18, 0.08, 0.08, 0.22, 0.32};

  // The compiled engine's inputs.
  private ResolvedContract[] contracts;
  private PerformanceInputs[] inputs;

  // The hand loop's terms: the MSSP rules resolved by hand, one row per ACO-year.
  private static final int QUALITY_MULTIPLY = 0;
  private static final int QUALITY_NONE = 1;
  private static final int QUALITY_MULTIPLY_UNDER_ALTERNATIVE = 2;
  private static final int LOSSES_NONE = 0;
  private static final int LOSSES_FIXED_30 = 1;
  private static final int LOSSES_ENHANCED = 2;
  private double[] maxRate;
  private double[] paymentLimitRate;
  private double[] sequestrationRate;
  private byte[] qualityEra;
  private double[] fixedMsr;
  private int[] scaleBelow;
  private boolean[] belowMinimum;
  private boolean[] guardrail;
  private byte[] lossKind;
  private double[] lossRevenueRate;
  private double[] lossBenchmarkRate;
  // Table A4, read once from the published scale into plain arrays.
  private int[] scaleLow;
  private int[] scaleHigh;
  private double[] scaleLowRate;
  private double[] scaleHighRate;
  private double scaleAbove;

  /** Builds the ACO-years, resolves their contracts and checks the engine against the hand loop. */
  @Setup(Level.Trial)
  public void setUp() {
    contracts = new ResolvedContract[acoYears];
    inputs = new PerformanceInputs[acoYears];
    maxRate = new double[acoYears];
    paymentLimitRate = new double[acoYears];
    sequestrationRate = new double[acoYears];
    qualityEra = new byte[acoYears];
    fixedMsr = new double[acoYears];
    scaleBelow = new int[acoYears];
    belowMinimum = new boolean[acoYears];
    guardrail = new boolean[acoYears];
    lossKind = new byte[acoYears];
    lossRevenueRate = new double[acoYears];
    lossBenchmarkRate = new double[acoYears];
    List<SizeRate> rows = MinimumSavingsRate.TABLE_A4.rows();
    scaleLow = rows.stream().mapToInt(SizeRate::lowSize).toArray();
    scaleHigh = rows.stream().mapToInt(SizeRate::highSize).toArray();
    scaleLowRate = rows.stream().mapToDouble(SizeRate::lowRate).toArray();
    scaleHighRate = rows.stream().mapToDouble(SizeRate::highRate).toArray();
    scaleAbove = MinimumSavingsRate.TABLE_A4.rateAboveLargestSize();

    SplittableRandom random = new SplittableRandom(SEED);
    Map<ContractTerms, ResolvedContract> resolved = new HashMap<>();
    for (int i = 0; i < acoYears; i++) {
      MsspInput aco = acoYear(random);
      contracts[i] = resolved.computeIfAbsent(MsspRules.of(aco).terms(aco), ResolvedContract::of);
      inputs[i] = MsspRules.performance(aco);
      resolveByHand(i, aco);
    }
    int[] outcomes = new int[Outcome.values().length];
    int belowShared = 0;
    int revenueCapBinding = 0;
    int guardrailUsed = 0;
    int forfeited = 0;
    for (int i = 0; i < acoYears; i++) {
      ContractResult engine = contracts[i].settle(inputs[i]);
      double hand = handPayment(i, inputs[i]);
      if (Double.doubleToLongBits(engine.payment()) != Double.doubleToLongBits(hand)) {
        throw new IllegalStateException("the engine and the hand loop disagree on ACO-year " + i + ": "
            + engine.payment() + " against " + hand + " (" + inputs[i] + ", " + contracts[i] + ")");
      }
      outcomes[engine.outcome().ordinal()]++;
      belowShared += engine.belowMinimumShared() ? 1 : 0;
      guardrailUsed += engine.recalculatedBenchmarkUsed() ? 1 : 0;
      forfeited += engine.savingsForfeited() ? 1 : 0;
      if (lossKind[i] == LOSSES_FIXED_30 && engine.lossCap().isPresent()
          && engine.lossCap().getAsDouble() < lossBenchmarkRate[i] * engine.settlementBenchmark()
          && engine.sharedLosses() > engine.lossCap().getAsDouble()) {
        revenueCapBinding++;
      }
    }
    System.out.printf(Locale.ROOT, "%n# %d ACO-years, %d resolved contracts; engine = hand loop for every payment; "
        + "savings %d, losses %d, corridor %d; shared below the MSR %d, revenue loss limit binding %d, "
        + "guardrail benchmark %d, savings forfeited %d%n", acoYears, resolved.size(),
        outcomes[Outcome.SAVINGS.ordinal()], outcomes[Outcome.LOSSES.ordinal()], outcomes[Outcome.NEITHER.ordinal()],
        belowShared, revenueCapBinding, guardrailUsed, forfeited);
  }

  /** One synthetic ACO-year. */
  private static MsspInput acoYear(SplittableRandom r) {
    MsspTrack track = pick(r);
    int py = 2019 + r.nextInt(8);
    int startYear = Math.max(2019, py - r.nextInt(5));
    LocalDate start = startYear == 2019 && r.nextInt(4) == 0 ? LocalDate.of(2019, 7, 1) : LocalDate.of(startYear, 1, 1);
    int beneficiaries = (int) Math.round(Math.exp(Math.log(1000) + r.nextDouble() * Math.log(80)));
    double personYears = beneficiaries * (0.93 + 0.05 * r.nextDouble());
    double benchmark = 9000 + 7000 * r.nextDouble();
    double savingsRate = -0.08 + 0.18 * r.nextDouble();
    double standardDraw = r.nextDouble();
    QualityStandard standard = standardDraw < 0.15 ? QualityStandard.NOT_MET
        : py >= 2023 && standardDraw < 0.30 ? QualityStandard.ALTERNATIVE_MET : QualityStandard.MET;
    double revenueShare = 0.05 + 1.15 * r.nextDouble();
    MsspInput.Builder b = MsspInput.builder()
        .performanceYear(py)
        .track(track)
        .agreementStart(start)
        .assignedBeneficiaries(beneficiaries)
        .personYears(personYears)
        .perCapitaBenchmark(benchmark)
        .perCapitaExpenditure(benchmark * (1 - savingsRate))
        .quality(QualityOutcome.of(0.3 + 0.7 * r.nextDouble(), standard))
        .participantRevenue(revenueShare * benchmark * personYears)
        .lowRevenue(revenueShare < 0.35);
    if (track.isTwoSided()) {
      int election = r.nextInt(10);
      b.msrElection(election < 2 ? MsrElection.zero()
          : election < 6 ? MsrElection.fixed(0.005 * (1 + r.nextInt(4))) : MsrElection.variable());
    }
    if (py >= 2020 && py <= 2022) {
      b.euc(EucExposure.fullYear());
    } else if (r.nextInt(10) == 0) {
      b.euc(EucExposure.of(r.nextDouble(), r.nextDouble()));
    }
    if (r.nextInt(50) == 0) {
      b.monthsParticipated(1 + r.nextInt(11));
    }
    if (startYear >= 2024 && r.nextBoolean()) {
      b.recalculatedPerCapitaBenchmark(benchmark * (0.97 + 0.08 * r.nextDouble()));
    }
    return b.build();
  }

  private static MsspTrack pick(SplittableRandom r) {
    double u = r.nextDouble();
    for (int t = 0; t < TRACKS.length - 1; t++) {
      u -= TRACK_WEIGHTS[t];
      if (u < 0) {
        return TRACKS[t];
      }
    }
    return TRACKS[TRACKS.length - 1];
  }

  /**
   * The MSSP rules of an ACO-year, resolved by hand from 42 CFR part 425 into the hand loop's rows
   * (not from the engine's terms).
   */
  private void resolveByHand(int i, MsspInput aco) {
    int py = aco.performanceYear();
    MsspTrack track = aco.track();
    boolean basic = track != MsspTrack.ENHANCED;
    maxRate[i] = track == MsspTrack.ENHANCED ? 0.75 : track == MsspTrack.BASIC_A || track == MsspTrack.BASIC_B ? 0.40
        : 0.50;
    paymentLimitRate[i] = track == MsspTrack.ENHANCED ? 0.20 : 0.10;
    sequestrationRate[i] = py == 2019 || py == 2020 ? 0.0 : 0.02;
    qualityEra[i] = (byte) (py <= 2020 ? QUALITY_MULTIPLY : py <= 2022 ? QUALITY_NONE
        : QUALITY_MULTIPLY_UNDER_ALTERNATIVE);
    MsrElection election = aco.msrElection().orElse(MsrElection.variable());
    boolean afterJune2019 = py >= 2020 || !aco.agreementStart().isBefore(LocalDate.of(2019, 7, 1));
    if (election.kind() == MsrElection.Kind.VARIABLE) {
      fixedMsr[i] = Double.NaN;
      scaleBelow[i] = Integer.MAX_VALUE;
    } else {
      fixedMsr[i] = election.rate();
      scaleBelow[i] = afterJune2019 ? 5000 : Integer.MIN_VALUE;
    }
    int startYear = aco.agreementStart().getYear();
    belowMinimum[i] = py >= 2024 && basic && aco.lowRevenue().orElse(false) && aco.assignedBeneficiaries() >= 5000
        && startYear >= 2024;
    guardrail[i] = startYear >= 2024;
    switch (track) {
      case BASIC_C:
        lossKind[i] = LOSSES_FIXED_30;
        lossRevenueRate[i] = 0.02;
        lossBenchmarkRate[i] = 0.01;
        break;
      case BASIC_D:
        lossKind[i] = LOSSES_FIXED_30;
        lossRevenueRate[i] = 0.04;
        lossBenchmarkRate[i] = 0.02;
        break;
      case BASIC_E:
        lossKind[i] = LOSSES_FIXED_30;
        lossRevenueRate[i] = 0.08;
        lossBenchmarkRate[i] = 0.04;
        break;
      case ENHANCED:
        lossKind[i] = LOSSES_ENHANCED;
        lossBenchmarkRate[i] = 0.15;
        break;
      default:
        lossKind[i] = LOSSES_NONE;
    }
  }

  /** Table A4's MSR for a number of beneficiaries, interpolated within its row. */
  private double scaleRate(int n) {
    if (n < scaleLow[0]) {
      throw new IllegalArgumentException("beneficiaries below Table A4: " + n);
    }
    for (int k = 0; k < scaleLow.length; k++) {
      if (n <= scaleHigh[k]) {
        double width = scaleHigh[k] - scaleLow[k];
        return scaleLowRate[k] * (scaleHigh[k] - n) / width + scaleHighRate[k] * (n - scaleLow[k]) / width;
      }
    }
    return scaleAbove;
  }

  /** The net payment of ACO-year i by the hand-written MSSP rules: savings payment - losses owed. */
  private double handPayment(int i, PerformanceInputs in) {
    int n = in.beneficiaries().getAsInt();
    double msr = n < scaleBelow[i] ? scaleRate(n) : fixedMsr[i];
    double expenditure = in.expenditure();
    double benchmark = in.benchmark();
    double gross = benchmark - expenditure;
    boolean savingsAllowed = true;
    // 425.652(b)(5): losses against a higher recalculated benchmark are settled against it.
    if (guardrail[i] && gross < 0 && -gross >= msr * benchmark) {
      OptionalDouble recalculated = in.recalculatedBenchmark();
      if (recalculated.isPresent() && recalculated.getAsDouble() > benchmark) {
        benchmark = recalculated.getAsDouble();
        gross = benchmark - expenditure;
        savingsAllowed = false;
      }
    }
    double msrAmount = msr * benchmark;
    boolean savings = savingsAllowed && gross > 0 && gross >= msrAmount;
    boolean losses = gross < 0 && -gross >= msrAmount;
    QualityStandard standard = in.qualityStandard().get();
    double score = in.qualityScore().getAsDouble();
    double factor;
    if (standard == QualityStandard.NOT_MET) {
      factor = 0;
    } else if (qualityEra[i] == QUALITY_MULTIPLY) {
      factor = score;
    } else if (qualityEra[i] == QUALITY_MULTIPLY_UNDER_ALTERNATIVE && standard == QualityStandard.ALTERNATIVE_MET) {
      factor = score;
    } else {
      factor = 1;
    }
    boolean below = savingsAllowed && !savings && gross > 0 && belowMinimum[i] && maxRate[i] * factor > 0;
    double belowFactor = below ? 0.5 : 1;
    int months = in.monthsParticipated().orElse(0);
    boolean terminated = months != 0 && months < 12;
    double shared = 0;
    if ((savings || below) && !terminated) {
      shared = maxRate[i] * factor * belowFactor * gross;
    }
    double sequestration = sequestrationRate[i] * shared;
    double paid = Math.min(shared - sequestration, paymentLimitRate[i] * benchmark);
    if (lossKind[i] == LOSSES_NONE) {
      return paid - 0.0;
    }
    double afterCap = 0;
    if (losses) {
      double lossRate;
      double cap;
      if (lossKind[i] == LOSSES_FIXED_30) {
        lossRate = 0.30;
        cap = Math.min(lossBenchmarkRate[i] * benchmark, lossRevenueRate[i] * in.participantRevenue().getAsDouble());
      } else {
        double qualityScore = standard == QualityStandard.NOT_MET ? 0 : score;
        lossRate = Math.max(0.40, Math.min(0.75, 1 - 0.75 * qualityScore));
        cap = lossBenchmarkRate[i] * benchmark;
      }
      afterCap = Math.min(lossRate * -gross, cap);
    }
    if (months != 0) {
      afterCap = afterCap * months / 12.0;
    }
    return paid - (afterCap - afterCap * in.lossReduction());
  }

  /**
   * The engine, one thread.
   *
   * @return the sum of payments
   */
  @Benchmark
  public double engine() {
    double sum = 0;
    for (int i = 0; i < acoYears; i++) {
      sum += contracts[i].settle(inputs[i]).payment();
    }
    return sum;
  }

  /**
   * The hand-inlined loop, one thread.
   *
   * @return the sum of payments
   */
  @Benchmark
  public double handLoop() {
    double sum = 0;
    for (int i = 0; i < acoYears; i++) {
      sum += handPayment(i, inputs[i]);
    }
    return sum;
  }

  /**
   * The engine on two threads, each settling every ACO-year.
   *
   * @return the sum of payments
   */
  @Benchmark
  @Threads(2)
  public double engineTwoThreads() {
    return engine();
  }

  /**
   * The hand-inlined loop on two threads, each settling every ACO-year.
   *
   * @return the sum of payments
   */
  @Benchmark
  @Threads(2)
  public double handLoopTwoThreads() {
    return handLoop();
  }

  /**
   * Settles and explains the first {@link #explainSlice} ACO-years, one thread.
   *
   * @param bh consumes the explanations
   */
  @Benchmark
  public void explain(Blackhole bh) {
    for (int i = 0; i < explainSlice; i++) {
      bh.consume(contracts[i].explain(inputs[i]));
    }
  }

  /**
   * Settles and explains the first {@link #explainSlice} ACO-years on two threads.
   *
   * @param bh consumes the explanations
   */
  @Benchmark
  @Threads(2)
  public void explainTwoThreads(Blackhole bh) {
    explain(bh);
  }
}
