/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.testkit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.acokit.contract.Band;
import org.acokit.contract.Cap;
import org.acokit.contract.ContractTerms;
import org.acokit.contract.LossQuality;
import org.acokit.contract.PerformanceInputs;
import org.acokit.contract.QualityTerms;
import org.acokit.contract.SavingsQuality;
import org.acokit.contract.ScaleStep;
import org.acokit.contract.SequestrationOrder;
import org.acokit.contract.ShareBasis;
import org.acokit.contract.StopLoss;
import org.acokit.contract.WithholdEarnBack;
import org.acokit.program.mssp.MsrElection;
import org.acokit.program.mssp.MsspTrack;
import org.acokit.program.masshealth.MassHealthModel;
import org.acokit.program.masshealth.MassHealthYear;
import org.acokit.program.nextgen.NextGenArrangement;
import org.acokit.program.nextgen.NextGenYear;
import org.acokit.program.pioneer.PioneerArrangement;
import org.acokit.program.pioneer.PioneerYear;
import org.acokit.program.reach.ReachOption;
import org.acokit.program.reach.ReachYear;
import org.acokit.program.ProgramYear;
import org.acokit.program.mssp.MsspYear;
import org.acokit.quality.QualityOutcome;
import org.acokit.quality.QualityStandard;
import org.acokit.program.mssp.MsspInput;

/**
 * jqwik {@link Arbitrary} providers of contract terms, program presets and performance inputs,
 * for property tests of contracts.
 * <p>
 * Every terms generated are valid ({@code ContractValidator.validate} finds no problem), and every
 * {@link #performanceInputs()} carries all the optional inputs any terms may need (quality score
 * and gate, participant revenue, spending above a stop-loss), so any generated terms settle any
 * generated inputs. Example:
 * <pre>{@code
 * @Property
 * void myContractNeverPaysMoreThanTenPercent(@ForAll("inputs") PerformanceInputs in) {
 *   assertSettlement(myTerms, in).respectsCaps();
 * }
 *
 * @Provide
 * Arbitrary<PerformanceInputs> inputs() {
 *   return ContractArbitraries.performanceInputs();
 * }
 * }</pre>
 * Thread-safe (jqwik arbitraries are immutable descriptions).
 */
public final class ContractArbitraries {

  private ContractArbitraries() {
  }

  /**
   * Fractions in a closed range.
   *
   * @param min the smallest value
   * @param max the largest value
   * @return the arbitrary
   */
  public static Arbitrary<Double> fractions(double min, double max) {
    return Arbitraries.doubles().between(min, max).ofScale(6);
  }

  /**
   * Valid bands (risk corridors): from 0, ascending, contiguous, the last one open; 1-4 bands with
   * breakpoints below 60% of the benchmark and rates in [0, 1].
   *
   * @return the arbitrary
   */
  public static Arbitrary<List<Band>> bands() {
    Arbitrary<List<Double>> breakpoints = Arbitraries.doubles().between(0.001, 0.6).ofScale(3).set().ofMaxSize(3)
        .map(s -> new ArrayList<>(new TreeSet<>(s)));
    Arbitrary<List<Double>> rates = fractions(0, 1).list().ofSize(4);
    return Combinators.combine(breakpoints, rates).as((points, r) -> {
      List<Band> bands = new ArrayList<>();
      double lower = 0;
      for (int i = 0; i < points.size(); i++) {
        bands.add(Band.of(lower, points.get(i), r.get(i)));
        lower = points.get(i);
      }
      bands.add(Band.above(lower, r.get(points.size())));
      return bands;
    });
  }

  /**
   * Valid quality terms of every kind: gate, minimum score, multiplier or sliding scale,
   * mitigation of losses, withhold with each earn-back. Loss complement rules are in
   * {@link #terms()} because they need a single loss band.
   *
   * @return the arbitrary
   */
  public static Arbitrary<QualityTerms> qualityTerms() {
    Arbitrary<List<ScaleStep>> scale = Arbitraries.doubles().between(0.05, 0.95).ofScale(2).set().ofMinSize(1)
        .ofMaxSize(3).map(s -> {
          List<ScaleStep> steps = new ArrayList<>();
          int i = 1;
          for (double score : new TreeSet<>(s)) {
            steps.add(ScaleStep.of(score, Math.min(1.0, 0.4 * i++)));
          }
          return steps;
        });
    return Combinators.combine(Arbitraries.of(true, false), Arbitraries.of(SavingsQuality.values()), scale,
        Arbitraries.of(LossQuality.NONE, LossQuality.MITIGATE), fractions(0, 1), fractions(0, 0.05),
        Arbitraries.of(WithholdEarnBack.values()), fractions(0, 0.5).optional())
        .as((gate, savings, steps, losses, mitigation, withhold, earnBack, minimumScore) -> {
          QualityTerms.Builder q = QualityTerms.builder().gateRequired(gate).savings(savings).addAllSlidingScale(steps)
              .losses(losses).withholdRate(withhold).withholdEarnBack(earnBack);
          if (losses == LossQuality.MITIGATE) {
            q.maximumLossMitigation(mitigation);
          }
          minimumScore.ifPresent(q::minimumScore);
          return q.build();
        });
  }

  /**
   * Valid contract terms of every shape: discount, MSR/MLR, first-dollar or excess-only sharing,
   * savings and loss bands (one-sided when there are none), quality terms, caps on the benchmark
   * or on revenue, stop-loss, sequestration before or after the cap.
   *
   * @return the arbitrary
   */
  public static Arbitrary<ContractTerms> terms() {
    Arbitrary<Optional<Cap>> caps = Arbitraries.oneOf(
        Arbitraries.just(Optional.<Cap>empty()),
        fractions(0, 0.3).map(r -> Optional.of(Cap.ofBenchmark(r))),
        Combinators.combine(fractions(0, 0.2), fractions(0, 0.3)).as((rev, b) ->
            Optional.of(Cap.lesserOfRevenueAndBenchmark(rev, b))));
    Arbitrary<Optional<StopLoss>> stopLoss = Combinators.combine(Arbitraries.doubles().between(10_000, 500_000),
        fractions(0.5, 1)).as((a, s) -> StopLoss.builder().attachmentPoint(a).excessShareRemoved(s).build()).optional();
    Arbitrary<ContractTerms.Builder> core = Combinators.combine(fractions(0, 0.05), fractions(0, 0.03),
        fractions(0, 0.03), Arbitraries.of(ShareBasis.values()), bands(), bands().optional(), qualityTerms(), caps)
        .as((discount, msr, mlr, basis, savings, losses, quality, savingsCap) -> {
          ContractTerms.Builder b = ContractTerms.builder().name("generated").benchmarkDiscount(discount)
              .minimumSavingsRate(msr).shareBasis(basis).addAllSavingsBands(savings).savingsCap(savingsCap);
          if (losses.isPresent()) {
            b.minimumLossRate(mlr).addAllLossBands(losses.get()).quality(quality);
          } else {
            b.quality(QualityTerms.builder().from(quality).losses(LossQuality.NONE).build());
          }
          return b;
        });
    return Combinators.combine(core, caps, stopLoss, fractions(0, 0.02), Arbitraries.of(SequestrationOrder.values()))
        .as((b, lossCap, sl, seq, order) -> {
          ContractTerms partial = b.build();
          ContractTerms.Builder full = ContractTerms.builder().from(partial).stopLoss(sl).sequestrationRate(seq)
              .sequestrationOrder(order);
          if (!partial.lossBands().isEmpty()) {
            full.lossCap(lossCap);
          }
          return full.build();
        });
  }

  /**
   * Program presets with generated parameters: Pioneer (2012-2016, both arrangements), Next
   * Generation (2016-2021, A and B), ACO REACH (2023-2025, both options), MassHealth (2018-2024,
   * every model) and MSSP tracks through {@link MsspYear}.
   *
   * @return the arbitrary
   */
  public static Arbitrary<ContractTerms> presetTerms() {
    return programYears().map(ProgramYear::terms);
  }

  /**
   * Pioneer ACO years with generated required parameters.
   *
   * @return the arbitrary
   */
  public static Arbitrary<ContractTerms> pioneer() {
    return pioneerYears().map(ProgramYear::terms);
  }

  /**
   * The same program years as {@link #pioneer()}, before they become terms.
   *
   * @return the arbitrary
   */
  public static Arbitrary<ProgramYear> pioneerYears() {
    return Combinators.combine(Arbitraries.integers().between(2012, 2016), Arbitraries.of(PioneerArrangement.values()),
        fractions(0.01, 0.027), fractions(0.5, 0.75), fractions(0.05, 0.15), fractions(0, 0.02))
        .as((py, arrangement, msr, rate, limit, seq) -> PioneerYear.builder().performanceYear(py)
            .arrangement(arrangement).minimumSavingsRate(msr).sharingRate(rate).savingsLossLimit(limit)
            .sequestrationRate(seq).populationBasedPayment(py >= 2014).build());
  }

  /**
   * Next Generation ACO years with generated discounts.
   *
   * @return the arbitrary
   */
  public static Arbitrary<ContractTerms> nextGeneration() {
    return nextGenerationYears().map(ProgramYear::terms);
  }

  /**
   * The same program years as {@link #nextGeneration()}, before they become terms.
   *
   * @return the arbitrary
   */
  public static Arbitrary<ProgramYear> nextGenerationYears() {
    return Combinators.combine(Arbitraries.integers().between(2016, 2021), Arbitraries.of(NextGenArrangement.values()),
        fractions(0.005, 0.045), fractions(0.8, 0.85), fractions(0.05, 0.15), fractions(0, 0.02))
        .as((py, arrangement, discount, rate2021, cap, seq) -> {
          NextGenYear.Builder b = NextGenYear.builder().performanceYear(py).arrangement(arrangement).discount(discount)
              .savingsLossCap(cap).sequestrationRate(seq);
          if (py == 2021) {
            b.sharingRate(rate2021);
          }
          return b.build();
        });
  }

  /**
   * ACO REACH years 2023-2025 with their published corridors, and 2026 with generated corridors.
   *
   * @return the arbitrary
   */
  public static Arbitrary<ContractTerms> reach() {
    return reachYears().map(ProgramYear::terms);
  }

  /**
   * The same program years as {@link #reach()}, before they become terms.
   *
   * @return the arbitrary
   */
  public static Arbitrary<ProgramYear> reachYears() {
    return Combinators.combine(Arbitraries.integers().between(2023, 2026), Arbitraries.of(ReachOption.values()),
        bands(), fractions(0, 0.02), fractions(0.03, 0.05))
        .as((py, option, corridors, seq, discount) -> {
          ReachYear.Builder b = ReachYear.builder().performanceYear(py).option(option).sequestrationRate(seq);
          if (py == 2026) {
            b.addAllCorridors(corridors);
            if (option == ReachOption.GLOBAL) {
              b.discount(discount);
            }
          }
          return b.build();
        });
  }

  /**
   * MassHealth ACO years with generated risk-track terms.
   *
   * @return the arbitrary
   */
  public static Arbitrary<ContractTerms> massHealth() {
    return massHealthYears().map(ProgramYear::terms);
  }

  /**
   * The same program years as {@link #massHealth()}, before they become terms.
   *
   * @return the arbitrary
   */
  public static Arbitrary<ProgramYear> massHealthYears() {
    return Combinators.combine(Arbitraries.of(MassHealthModel.values()), Arbitraries.integers().between(2018, 2024),
        bands(), bands(), fractions(0, 0.02), fractions(0.01, 0.2), fractions(0.01, 0.2), fractions(0, 1))
        .as((model, py, savings, losses, msr, savingsCap, lossCap, mitigation) -> MassHealthYear.builder().model(model)
            .performanceYear(py).addAllSavingsBands(savings).addAllLossBands(losses).minimumSavingsRate(msr)
            .savingsCap(savingsCap).lossCap(lossCap).maximumLossMitigation(mitigation).build());
  }

  /**
   * MSSP ACO-years of every track and performance year, as contract terms.
   *
   * @return the arbitrary
   */
  public static Arbitrary<ContractTerms> mssp() {
    return msspYears().map(ProgramYear::terms);
  }

  /**
   * MSSP ACO-years of every track and performance year, as presets.
   *
   * @return the arbitrary
   */
  public static Arbitrary<ProgramYear> msspYears() {
    return msspInputs().map(MsspYear::of);
  }

  /**
   * A year of every program acokit presets ({@link org.acokit.program.Program}), with generated
   * required parameters: for tooling that handles every program alike.
   *
   * @return the arbitrary
   */
  public static Arbitrary<ProgramYear> programYears() {
    return Arbitraries.oneOf(pioneerYears(), nextGenerationYears(), reachYears(), massHealthYears(), msspYears());
  }

  /**
   * MSSP settlement inputs of every track offered in 2013-2026, with elections, sizes, spending
   * and quality results of every kind.
   *
   * @return the arbitrary
   */
  public static Arbitrary<MsspInput> msspInputs() {
    Arbitrary<MsspTrack> tracks = Arbitraries.of(MsspTrack.values());
    return Combinators.combine(tracks, Arbitraries.integers().between(2013, 2026), Arbitraries.integers()
        .between(5000, 100_000), fractions(0.7, 1.3), fractions(0, 1), Arbitraries.of(QualityStandard.values()),
        Arbitraries.of(0.0, 0.01, 0.02, -1.0))
        .as((track, year, beneficiaries, spendingRatio, score, standard, msr) -> {
          int py = Math.max(track.firstPerformanceYear(), Math.min(track.lastPerformanceYear(), year));
          QualityStandard s = standard == QualityStandard.ALTERNATIVE_MET && py < 2023 ? QualityStandard.MET : standard;
          MsspInput.Builder b = MsspInput.builder().performanceYear(py).track(track)
              .agreementStart(LocalDate.of(startYear(py), 1, 1)).assignedBeneficiaries(beneficiaries)
              .personYears(beneficiaries * 0.98).perCapitaBenchmark(11_000).perCapitaExpenditure(11_000 * spendingRatio)
              .quality(QualityOutcome.of(score, s)).participantRevenue(beneficiaries * 3_000.0);
          if (track.isTwoSided() && !(track == MsspTrack.TRACK_2 && startYear(py) < 2016)) {
            b.msrElection(msr < 0 ? MsrElection.variable() : msr == 0 ? MsrElection.zero() : MsrElection.fixed(msr));
          }
          return b.build();
        });
  }

  private static int startYear(int performanceYear) {
    return performanceYear < 2016 ? performanceYear : Math.max(2016, performanceYear - 2);
  }

  /**
   * Performance inputs with every optional input given: benchmark $100K-$1B, expenditure 50%-150%
   * of it, quality score and standard, participant revenue, beneficiaries (one per $11,000 of
   * benchmark, 500-200,000), spending above a stop-loss (at most 5%
   * of the expenditure), a benchmark adjustment within 1% and a loss reduction.
   *
   * @return the arbitrary
   */
  public static Arbitrary<PerformanceInputs> performanceInputs() {
    return Combinators.combine(Arbitraries.doubles().between(100_000, 1_000_000_000), fractions(0.5, 1.5),
        fractions(0, 1), Arbitraries.of(true, false), fractions(0.1, 1), fractions(0, 0.05), fractions(-0.01, 0.01),
        Arbitraries.of(0.0, 0.0, 0.25, 1.0))
        .as((benchmark, ratio, score, gate, revenueShare, excessShare, adjustment, reduction) -> {
          double expenditure = benchmark * ratio;
          return PerformanceInputs.builder().benchmark(benchmark).expenditure(expenditure).qualityScore(score)
              .qualityStandard(gate ? QualityStandard.MET : QualityStandard.NOT_MET).participantRevenue(benchmark * revenueShare)
              .expenditureAboveAttachmentPoint(expenditure * excessShare).benchmarkAdjustment(benchmark * adjustment)
              .lossReduction(reduction).beneficiaries((int) Math.max(500, Math.min(200_000, benchmark / 11_000)))
              .build();
        });
  }
}
