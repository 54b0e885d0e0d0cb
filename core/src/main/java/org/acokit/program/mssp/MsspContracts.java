/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.program.mssp;

import org.acokit.quality.QualityStandard;
import org.acokit.quality.QualityOutcome;

import org.acokit.contract.Band;
import org.acokit.contract.Cap;
import org.acokit.contract.ContractTerms;
import org.acokit.contract.LossQuality;
import org.acokit.contract.PerformanceInputs;
import org.acokit.contract.QualityTerms;
import org.acokit.contract.SavingsQuality;
import org.acokit.contract.SequestrationOrder;
import org.acokit.contract.ShareBasis;
import org.acokit.program.mssp.MsspProgramYear;
import org.acokit.program.mssp.MsspTrack;

/**
 * The Medicare Shared Savings Program in the contract-terms vocabulary: maps an ACO-year's
 * {@link MsspInput} (track, performance year, inputs) to {@link ContractTerms} and
 * {@link PerformanceInputs} whose settlement by
 * {@link org.acokit.contract.ContractSettlement} pays what {@link MsspSettlement#settle} pays.
 * <p>
 * The mapping, rule by rule (the rules of {@link MsspSettlement}, which stays the reference):
 * <ul>
 *   <li>MSR = MLR: the sliding scale for one-sided tracks and the variable election, the elected
 *       rate otherwise, the scale again below 5,000 beneficiaries from 7/1/2019 (42 CFR
 *       425.110(b)(3)); Track 2 agreements before 2016 fixed at 2% (425.606(b)(1)(i)); first
 *       dollar (425.604(d)).</li>
 *   <li>One savings band at the track's maximum sharing rate; quality: gate = the quality
 *       standard, savings multiplied by the score through 2020 and under the 2023+ alternative
 *       standard (425.512), not otherwise.</li>
 *   <li>The 2024+ reduced rate of 425.605(h): when it applies and savings miss the MSR, the MSR
 *       becomes 0 and the band's rate is halved.</li>
 *   <li>Losses: one band; Track 1+ and BASIC C-E at 30% (425.605(d)(1)); Track 2 the complement
 *       of the quality-scaled rate, at most 60% (425.606(f)); Track 3 and ENHANCED the
 *       complement within 40%-75% (425.610(f)). In 2021-2022 Track 2's complement reads the
 *       maximum rate, which the engine gets as a score of 1.</li>
 *   <li>Caps: savings at the performance payment limit x benchmark; losses at Track 2's 5%, 7.5%,
 *       10% of the benchmark by agreement year (425.606(g)), Track 3/ENHANCED's benchmark share,
 *       or the lesser of the revenue and benchmark shares (BASIC C-E, Track 1+).</li>
 *   <li>Sequestration of the year ({@link MsspProgramYear#sequestrationRate()}) before the cap;
 *       the EUC reduction and a mid-year termination's months / 12 pro-ration become the loss
 *       reduction; a terminated ACO's savings band has rate 0 (425.221(b)).</li>
 * </ul>
 * The 2024+ guardrail against the recalculated two-way benchmark (42 CFR 425.652(b)(5)) is not
 * expressed: an input with {@code recalculatedPerCapitaBenchmark} is refused. Pure functions;
 * thread-safe.
 */
public final class MsspContracts {

  private MsspContracts() {
  }

  /**
   * The contract terms of one MSSP ACO-year.
   *
   * @param input the MSSP settlement inputs
   * @return the terms
   * @throws IllegalArgumentException if the rules need an input that is missing (an MSR election
   *     of a two-sided ACO)
   */
  public static ContractTerms terms(MsspInput input) {
    MsspTrack track = input.track();
    int py = input.performanceYear();
    if (input.recalculatedPerCapitaBenchmark().isPresent()) {
      throw new IllegalArgumentException("recalculatedPerCapitaBenchmark (the 2024+ guardrail of 42 CFR 425.652(b)(5)) "
          + "is not expressed in contract terms: map the input without it, or settle it with MsspSettlement");
    }
    double msr = MsspSettlement.minimumSavingsRate(input).rate;
    double maxRate = track.maximumSharingRate();
    QualityStandard standard = input.quality().standard();
    boolean multiply = py <= 2020 || standard == QualityStandard.ALTERNATIVE_MET;
    double generated = input.totalBenchmarkExpenditures() - input.totalExpenditures();
    boolean reduced = generated > 0 && generated < msr * input.totalBenchmarkExpenditures() && MsspSettlement.reducedRateApplies(input)
        && input.quality().standard() != QualityStandard.NOT_MET;
    boolean terminated = input.monthsParticipated().isPresent() && input.monthsParticipated().getAsInt() < 12;
    double savingsRate = terminated ? 0 : reduced ? maxRate / 2 : maxRate;

    ContractTerms.Builder terms = ContractTerms.builder()
        .name("MSSP " + track.label() + " PY" + py)
        .source("42 CFR part 425 subpart G; Shared Savings and Losses methodology specification v11 section 4.3")
        .minimumSavingsRate(reduced ? 0 : msr)
        .minimumLossRate(track.isTwoSided() ? msr : 0)
        .shareBasis(ShareBasis.FIRST_DOLLAR)
        .addSavingsBands(Band.flat(savingsRate))
        .savingsCap(Cap.ofBenchmark(track.performancePaymentLimitRate()))
        .sequestrationRate(MsspProgramYear.of(py).sequestrationRate())
        .sequestrationOrder(SequestrationOrder.BEFORE_CAP);
    QualityTerms.Builder quality = QualityTerms.builder()
        .gateRequired(true)
        .savings(multiply ? SavingsQuality.MULTIPLY : SavingsQuality.NONE);
    if (track.isTwoSided()) {
      switch (track) {
        case TRACK_2:
          terms.addLossBands(Band.flat(0.60));
          quality.losses(LossQuality.COMPLEMENT_OF_SHARING_RATE).complementSharingRate(maxRate).lossRateCeiling(0.60);
          break;
        case TRACK_3:
        case ENHANCED:
          terms.addLossBands(Band.flat(0.75));
          quality.losses(LossQuality.COMPLEMENT_OF_SHARING_RATE).complementSharingRate(maxRate)
              .lossRateFloor(0.40).lossRateCeiling(0.75);
          break;
        default:
          terms.addLossBands(Band.flat(0.30));
      }
      terms.lossCap(lossCap(input));
    }
    return terms.quality(quality.build()).build();
  }

  /**
   * The performance inputs of one MSSP ACO-year: total benchmark [H] and expenditure [G], the
   * quality score and standard, participant revenue, and the loss reduction of an EUC and of a
   * mid-year termination.
   *
   * @param input the MSSP settlement inputs
   * @return the performance inputs
   */
  public static PerformanceInputs performance(MsspInput input) {
    QualityOutcome quality = input.quality();
    boolean complementReadsMaximum = input.track() == MsspTrack.TRACK_2 && input.performanceYear() >= 2021
        && quality.standard() == QualityStandard.MET;
    double lossShareKept = input.euc().map(e -> 1 - e.reductionFactor()).orElse(1.0);
    if (input.monthsParticipated().isPresent()) {
      lossShareKept *= input.monthsParticipated().getAsInt() / 12.0;
    }
    PerformanceInputs.Builder b = PerformanceInputs.builder()
        .benchmark(input.totalBenchmarkExpenditures())
        .expenditure(input.totalExpenditures())
        .qualityScore(complementReadsMaximum ? 1.0 : quality.score())
        .qualityGateMet(quality.standard() != QualityStandard.NOT_MET)
        .lossReduction(1 - lossShareKept)
        .beneficiaries(input.assignedBeneficiaries());
    input.participantRevenue().ifPresent(b::participantRevenue);
    return b.build();
  }

  private static Cap lossCap(MsspInput input) {
    MsspTrack track = input.track();
    if (track == MsspTrack.TRACK_2) {
      return Cap.ofBenchmark(MsspSettlement.track2LossLimitRate(input));
    }
    double benchmarkRate = track.benchmarkLossLimitRate().getAsDouble();
    if (track.revenueLossLimitRate().isEmpty()) {
      return Cap.ofBenchmark(benchmarkRate);
    }
    return Cap.lesserOfRevenueAndBenchmark(track.revenueLossLimitRate().getAsDouble(), benchmarkRate);
  }
}
