/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.program.mssp;

import org.acokit.quality.QualityStandard;
import org.acokit.quality.QualityOutcome;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.OptionalDouble;

import org.acokit.program.mssp.MinimumSavingsRate;
import org.acokit.program.mssp.MsrElection;
import org.acokit.program.mssp.MsspProgramYear;
import org.acokit.program.mssp.MsspTrack;

/**
 * The Medicare Shared Savings Program settlement: from the updated benchmark, expenditures and
 * quality to earned shared savings or owed shared losses, for every track and performance year
 * 2012-2026, in the steps of CMS's methodology specification (section 4.3) and Table 3.
 * <p>
 * The steps, with [x] the rows of Table 3:
 * <ol>
 *   <li>[G] = [E] x [B], [H] = [F] x [B], [I] = [H] - [G].</li>
 *   <li>[L] MSR: the sliding scale of {@link MinimumSavingsRate} for one-sided tracks and the
 *       variable election; otherwise the elected 0%-2.0%, except that from performance years
 *       starting 7/1/2019 a fixed election falls back to the scale while the ACO has fewer than
 *       5,000 beneficiaries (42 CFR 425.110(b)(3)). [N] = [L] x [H].</li>
 *   <li>[T] final sharing rate by era: through 2020 the maximum rate x quality score when the
 *       minimum standard is met; 2021-2022 the maximum rate when the quality performance standard
 *       is met; from 2023 the maximum rate, or the maximum rate x quality score under the
 *       alternative standard; from 2024 half of that for a low-revenue BASIC ACO with an agreement
 *       starting 2024 or later and at least 5,000 beneficiaries whose savings miss the MSR
 *       (425.605(h)).</li>
 *   <li>[V] = [T] x [J] on a first-dollar basis once [I] &ge; [N]; [X] = sequestration x [V];
 *       [Y] = min([V] - [X], [W]) with [W] the performance payment limit x [H] (sequestration
 *       before the cap, spec section 4.3 steps 8-9).</li>
 *   <li>Two-sided: [U] loss rate by track, [Z] = [K] x [U] once |[I]| &ge; |[O]|, [CC] =
 *       max([Z], [BB]) with the loss sharing limit [BB], pro-rated by months / 12 on a mid-year
 *       termination (which also forfeits any savings), [FF] = [CC] x [DD] x [EE] for an EUC,
 *       [GG] = [CC] - [FF].</li>
 *   <li>Agreement periods starting 2024 and later, when the input has a
 *       {@link MsspInput#recalculatedPerCapitaBenchmark() recalculated (two-way blend)
 *       benchmark}: if expenditures exceed the three-way benchmark by at least the MLR and the
 *       recalculated benchmark is higher, losses are settled against the recalculated benchmark;
 *       if expenditures are below it, the ACO neither shares losses nor earns savings
 *       (42 CFR 425.652(b)(5)). The settlement then reports the recalculated benchmark in [F] and
 *       the replaced one in {@link MsspResult#replacedPerCapitaBenchmark()}.</li>
 * </ol>
 * Pure function; thread-safe.
 */
public final class MsspSettlement {

  private static final LocalDate JULY_2019 = LocalDate.of(2019, 7, 1);
  private static final LocalDate JANUARY_2024 = LocalDate.of(2024, 1, 1);

  private MsspSettlement() {
  }

  /**
   * Settles one ACO-year.
   *
   * @param input the settlement inputs
   * @return the settlement with every Table 3 row
   * @throws IllegalArgumentException if a rule needs an input that is missing (an MSR election of
   *     a two-sided ACO, participant revenue for a revenue-based loss limit)
   */
  public static MsspResult settle(MsspInput input) {
    MsspResult threeWay = settle(input, true);
    if (input.recalculatedPerCapitaBenchmark().isEmpty() || threeWay.outcome() != SavingsOrLosses.LOSSES
        || input.recalculatedPerCapitaBenchmark().getAsDouble() <= input.perCapitaBenchmark()) {
      return threeWay;
    }
    MsspInput recalculated = input.withPerCapitaBenchmark(input.recalculatedPerCapitaBenchmark().getAsDouble());
    return MsspResult.copyOf(settle(recalculated, false)).withReplacedPerCapitaBenchmark(input.perCapitaBenchmark());
  }

  /**
   * Settles against the input's per capita benchmark; without {@code savingsAllowed} an ACO with
   * expenditures below the benchmark earns nothing (425.652(b)(5)(ii)).
   */
  private static MsspResult settle(MsspInput input, boolean savingsAllowed) {
    MsspTrack track = input.track();
    int py = input.performanceYear();
    MsspProgramYear year = MsspProgramYear.of(py);
    double benchmark = input.totalBenchmarkExpenditures();
    double generated = benchmark - input.totalExpenditures();
    double savings = Math.max(generated, 0);
    double losses = Math.min(generated, 0);

    Msr minimum = minimumSavingsRate(input);
    double msr = minimum.rate;
    String msrBasis = minimum.basis;
    double msrDollars = msr * benchmark;
    boolean savingsQualify = savingsAllowed && generated > 0 && generated >= msrDollars;
    boolean lossesQualify = generated < 0 && -generated >= msrDollars;
    SavingsOrLosses outcome = savingsQualify ? SavingsOrLosses.SAVINGS
        : lossesQualify ? SavingsOrLosses.LOSSES : SavingsOrLosses.NEITHER;

    double qualityRate = qualitySharingRate(input);
    boolean reduced = savingsAllowed && !savingsQualify && generated > 0 && reducedRateApplies(input) && qualityRate > 0;
    double finalSharingRate = reduced ? qualityRate / 2 : qualityRate;
    // An ACO whose agreement ends before the last day of the performance year shares no savings
    // (methodology specification v11, section 4.4; 42 CFR 425.221(b)).
    boolean terminated = input.monthsParticipated().isPresent() && input.monthsParticipated().getAsInt() < 12;
    double sharedSavings = (savingsQualify || reduced) && !terminated ? finalSharingRate * savings : 0;
    double cap = track.performancePaymentLimitRate() * benchmark;
    double sequestrationRate = year.sequestrationRate();
    double sequestration = sequestrationRate * sharedSavings;
    double earned = Math.min(sharedSavings - sequestration, cap);

    MsspResult.Builder result = MsspResult.builder()
        .input(input)
        .generatedSavingsLosses(generated)
        .minimumSavingsRate(msr)
        .minimumSavingsRateBasis(msrBasis)
        .outcome(outcome)
        .finalSharingRate(finalSharingRate)
        .reducedSharingRate(reduced)
        .sharedSavings(sharedSavings)
        .sharedSavingsCap(cap)
        .sequestrationRate(sequestrationRate)
        .sequestrationAdjustment(sequestration)
        .earnedPerformancePayment(earned);
    if (!track.isTwoSided()) {
      return result.build();
    }

    double lossRate = sharedLossRate(input);
    boolean sharesLosses = generated < 0 && -generated >= msrDollars;
    double sharedLosses = sharesLosses ? losses * lossRate : 0;
    result.minimumLossRate(-msr).sharedLossRate(lossRate).sharedLosses(sharedLosses);
    double afterCap = sharedLosses;
    if (sharesLosses) {
      LossLimit limit = lossLimit(input, benchmark);
      result.sharedLossesCap(-limit.amount).sharedLossesCapBasis(limit.basis);
      afterCap = Math.max(sharedLosses, -limit.amount);
    }
    if (input.monthsParticipated().isPresent()) {
      afterCap = afterCap * input.monthsParticipated().getAsInt() / 12.0;
    }
    double eucAdjustment = afterCap * input.euc().map(EucExposure::reductionFactor).orElse(0.0);
    return result
        .sharedLossesAfterCap(afterCap)
        .eucAdjustment(eucAdjustment)
        .paymentDueToCms(afterCap - eucAdjustment)
        .build();
  }

  /** The MSR/MLR [L] as a fraction, with its basis in words. */
  static final class Msr {
    final double rate;
    final String basis;

    Msr(double rate, String basis) {
      this.rate = rate;
      this.basis = basis;
    }
  }

  /**
   * [L]: the sliding scale for one-sided tracks and the variable election; otherwise the elected
   * rate, except the scale again below 5,000 beneficiaries from 7/1/2019 (42 CFR 425.110(b)(3)).
   */
  static Msr minimumSavingsRate(MsspInput input) {
    MsrElection election = election(input);
    if (election.kind() == MsrElection.Kind.VARIABLE) {
      return new Msr(MinimumSavingsRate.slidingScale(input.assignedBeneficiaries()),
          "sliding scale for " + input.assignedBeneficiaries() + " assigned beneficiaries (Table A4)");
    }
    if (input.assignedBeneficiaries() < 5000 && performancePeriodStartsAfterJune2019(input)) {
      return new Msr(MinimumSavingsRate.slidingScale(input.assignedBeneficiaries()), "sliding scale: "
          + input.assignedBeneficiaries() + " beneficiaries is below 5,000, replacing the elected " + election
          + " (42 CFR 425.110(b)(3))");
    }
    return new Msr(election.rate(), "elected " + election);
  }

  private static MsrElection election(MsspInput input) {
    MsspTrack track = input.track();
    if (!track.isTwoSided()) {
      return MsrElection.variable();
    }
    if (input.msrElection().isPresent()) {
      return input.msrElection().get();
    }
    if (track == MsspTrack.TRACK_2 && input.agreementStart().getYear() < 2016) {
      return MsrElection.fixed(0.02);
    }
    throw new IllegalArgumentException("msrElection is required for two-sided track " + track.label()
        + ": choose MsrElection.zero(), MsrElection.fixed(0.005 to 0.02) or MsrElection.variable()");
  }

  /** Performance years that start on or after 7/1/2019: PY2020 on, and the July-December 2019 period. */
  private static boolean performancePeriodStartsAfterJune2019(MsspInput input) {
    return input.performanceYear() >= 2020
        || (input.performanceYear() == 2019 && !input.agreementStart().isBefore(JULY_2019));
  }

  /** [T] before any 2024+ reduction: the final sharing rate the quality result earns. */
  static double qualitySharingRate(MsspInput input) {
    double max = input.track().maximumSharingRate();
    QualityOutcome quality = input.quality();
    int py = input.performanceYear();
    switch (quality.standard()) {
      case MET:
        return py <= 2020 ? max * quality.score() : max;
      case ALTERNATIVE_MET:
        return max * quality.score();
      default:
        return 0;
    }
  }

  /** Whether the 2024+ reduced sharing rate of 425.605(h) applies to the ACO when savings miss the MSR. */
  static boolean reducedRateApplies(MsspInput input) {
    return input.performanceYear() >= 2024
        && input.track().isBasic()
        && input.lowRevenue().orElse(false)
        && input.assignedBeneficiaries() >= 5000
        && !input.agreementStart().isBefore(JANUARY_2024);
  }

  /** [U]: the shared loss rate of a two-sided track. */
  static double sharedLossRate(MsspInput input) {
    MsspTrack track = input.track();
    QualityOutcome quality = input.quality();
    int py = input.performanceYear();
    switch (track) {
      case TRACK_1_PLUS:
      case BASIC_C:
      case BASIC_D:
      case BASIC_E:
        return 0.30;
      case TRACK_2:
        return Math.min(0.60, 1 - qualitySharingRate(input));
      case TRACK_3:
      case ENHANCED:
        if (py <= 2020) {
          return clamp(1 - qualitySharingRate(input), 0.40, 0.75);
        }
        if (quality.standard() == QualityStandard.NOT_MET) {
          return 0.75;
        }
        return clamp(1 - track.maximumSharingRate() * quality.score(), 0.40, 0.75);
      default:
        throw new IllegalStateException("one-sided track has no loss rate: " + track);
    }
  }

  private static double clamp(double value, double min, double max) {
    return Math.max(min, Math.min(max, value));
  }

  /** A loss sharing limit in dollars (positive) with its basis in words. */
  private static final class LossLimit {
    final double amount;
    final String basis;

    LossLimit(double amount, String basis) {
      this.amount = amount;
      this.basis = basis;
    }
  }

  private static LossLimit lossLimit(MsspInput input, double benchmark) {
    MsspTrack track = input.track();
    if (track == MsspTrack.TRACK_2) {
      int year = yearOfAgreement(input);
      double rate = track2LossLimitRate(input);
      return new LossLimit(rate * benchmark, percent(rate) + " of [H] in agreement year " + year
          + " (42 CFR 425.606(g))");
    }
    double benchmarkRate = track.benchmarkLossLimitRate().orElseThrow(
        () -> new IllegalStateException("one-sided track has no loss limit: " + track));
    if (track.revenueLossLimitRate().isEmpty()) {
      return new LossLimit(benchmarkRate * benchmark, percent(benchmarkRate) + " of [H] (42 CFR 425.610(g))");
    }
    String source = track == MsspTrack.TRACK_1_PLUS ? "Track 1+ Model terms" : "42 CFR 425.605(d)(1)";
    return revenueBased(input, benchmark, track.revenueLossLimitRate().getAsDouble(), benchmarkRate, source);
  }

  private static LossLimit revenueBased(MsspInput input, double benchmark, double revenueRate,
      double benchmarkRate, String source) {
    double benchmarkBased = benchmarkRate * benchmark;
    OptionalDouble revenue = input.participantRevenue();
    if (revenue.isEmpty()) {
      throw new IllegalArgumentException("participantRevenue is required to settle losses of "
          + input.track().label() + ": its loss sharing limit is " + percent(revenueRate)
          + " of ACO participants' Medicare FFS revenue, at most " + percent(benchmarkRate) + " of [H] (" + source + ")");
    }
    double revenueBased = revenueRate * revenue.getAsDouble();
    if (revenueBased > benchmarkBased) {
      return new LossLimit(benchmarkBased, percent(benchmarkRate) + " of [H], because " + percent(revenueRate)
          + " of [AA] exceeds it (" + source + ")");
    }
    return new LossLimit(revenueBased, percent(revenueRate) + " of [AA], not above " + percent(benchmarkRate)
        + " of [H] (" + source + ")");
  }

  /** Track 2's loss sharing limit as a share of the benchmark: 5%, 7.5%, then 10% by agreement year (425.606(g)). */
  static double track2LossLimitRate(MsspInput input) {
    int year = yearOfAgreement(input);
    return year == 1 ? 0.05 : year == 2 ? 0.075 : 0.10;
  }

  /** The year of the agreement period the performance year is: 1 for the first. */
  static int yearOfAgreement(MsspInput input) {
    int firstPerformanceYear = Math.max(input.agreementStart().getYear(), 2013);
    return input.performanceYear() - firstPerformanceYear + 1;
  }

  private static String percent(double rate) {
    return BigDecimal.valueOf(rate * 100).stripTrailingZeros().toPlainString() + "%";
  }
}
