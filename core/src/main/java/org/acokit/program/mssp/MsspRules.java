/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.program.mssp;

import java.time.LocalDate;
import java.util.Optional;

import org.acokit.contract.Band;
import org.acokit.contract.Cap;
import org.acokit.contract.ContractTerms;
import org.acokit.contract.LossQuality;
import org.acokit.contract.PartialYearRule;
import org.acokit.contract.PerformanceInputs;
import org.acokit.contract.QualityTerms;
import org.acokit.contract.ResolvedContract;
import org.acokit.contract.SequestrationOrder;
import org.acokit.contract.ShareBasis;
import org.acokit.io.Failure;
import org.acokit.io.FailureCode;
import org.acokit.io.FailureException;

/**
 * The Medicare Shared Savings Program's rules for one performance year, track (or BASIC level)
 * and agreement period, resolved once, as contract terms of the one settlement engine.
 * <p>
 * Every MSSP rule is a term of {@link ContractTerms}; {@link #terms(MsrElection, int, boolean)}
 * reads the ACO's elections and size but never its expenditures or quality, so the same
 * ACO-year's {@link ResolvedContract} settles any number of simulated outcomes. The rules:
 * <ul>
 *   <li>MSR/MLR: the size-based scale of CMS Table A4 ({@link MinimumSavingsRate#TABLE_A4}) for
 *       one-sided tracks and the variable election; the elected 0%-2% otherwise, replaced by the
 *       scale below 5,000 beneficiaries in performance periods starting on or after 7/1/2019
 *       (42 CFR 425.110(b)(3)); Track 2 agreements that started before 2016 fixed at 2%
 *       (425.606(b)(1)(i)). Shared from the first dollar (425.604(d)).</li>
 *   <li>One savings band at the track's maximum sharing rate; the quality standard is the gate;
 *       the quality score scales the rate by era ({@link MsspProgramYear#savingsQuality()}).</li>
 *   <li>From PY2024, for a low-revenue BASIC ACO with an agreement starting 2024 or later and at
 *       least 5,000 beneficiaries, savings below the MSR are shared at half the final sharing rate
 *       (425.605(h)).</li>
 *   <li>Losses: Track 1+ and BASIC C-E at a fixed 30% (425.605(d)(1)); Track 2 at 1 - final
 *       sharing rate, at most 60% (425.606(f)); Track 3 and ENHANCED at 1 - maximum rate x quality
 *       score, within 40%-75%, 75% when no standard is met (425.610(f)).</li>
 *   <li>Caps: savings at the performance payment limit x benchmark; losses at Track 2's 5%, 7.5%,
 *       10% of the benchmark by agreement year (425.606(g)), 15% for Track 3 and ENHANCED
 *       (425.610(g)), or the lesser of the revenue and benchmark shares (BASIC C-E 2%/1%, 4%/2%,
 *       8%/4%, 425.605(d)(1)(iii)-(v); Track 1+ 8%/4%).</li>
 *   <li>Sequestration of the year, before the cap (methodology specification v11 section 4.3).</li>
 *   <li>A mid-year termination forfeits savings and pro-rates losses by months / 12
 *       (425.221(b)); the EUC share of losses is forgiven (425.606(i), 425.610(i)).</li>
 *   <li>Agreement periods from 2024: the guardrail against the benchmark recalculated with the
 *       two-way blend (425.652(b)(5)).</li>
 * </ul>
 * Immutable and thread-safe.
 */
public final class MsspRules {

  static final LocalDate JULY_2019 = LocalDate.of(2019, 7, 1);
  private static final int FIRST_GUARDRAIL_AGREEMENT_YEAR = 2024;
  private static final int SIZE_FOR_FIXED_RATE = 5000;
  private static final double BELOW_MINIMUM_FACTOR = 0.5;

  private final MsspProgramYear year;
  private final MsspTrack track;
  private final LocalDate agreementStart;

  private MsspRules(MsspProgramYear year, MsspTrack track, LocalDate agreementStart) {
    this.year = year;
    this.track = track;
    this.agreementStart = agreementStart;
  }

  /**
   * The rules of a performance year, track and agreement period.
   *
   * @param performanceYear the performance year, 2012-2026
   * @param track the track or BASIC level
   * @param agreementStart the start of the agreement period
   * @return the rules
   * @throws IllegalArgumentException if the year is outside 2012-2026, the track was not offered
   *     that year, or the agreement starts after the performance year
   */
  public static MsspRules of(int performanceYear, MsspTrack track, LocalDate agreementStart) {
    MsspProgramYear year = MsspProgramYear.of(performanceYear);
    track.checkOfferedIn(performanceYear);
    if (agreementStart.getYear() > performanceYear) {
      throw new IllegalArgumentException("agreementStart must not be after performance year " + performanceYear
          + ", but was " + agreementStart);
    }
    return new MsspRules(year, track, agreementStart);
  }

  /**
   * The rules of an ACO-year's track, year and agreement.
   *
   * @param input the ACO-year
   * @return the rules
   */
  public static MsspRules of(MsspInput input) {
    return of(input.performanceYear(), input.track(), input.agreementStart());
  }

  /**
   * The performance year's parameters.
   *
   * @return the year
   */
  public MsspProgramYear year() {
    return year;
  }

  /**
   * The track.
   *
   * @return the track
   */
  public MsspTrack track() {
    return track;
  }

  /**
   * The start of the agreement period.
   *
   * @return the date
   */
  public LocalDate agreementStart() {
    return agreementStart;
  }

  /**
   * Whether agreement periods of this start have the guardrail of 425.652(b)(5).
   *
   * @param agreementStart the start of the agreement period
   * @return true from 2024
   */
  public static boolean hasGuardrail(LocalDate agreementStart) {
    return agreementStart.getYear() >= FIRST_GUARDRAIL_AGREEMENT_YEAR;
  }

  /**
   * The MSR/MLR election that applies: the input's for two-sided tracks (Track 2 agreements before
   * 2016 fixed at 2% when none is given), the variable (size-based) rate for one-sided tracks.
   *
   * @param election the ACO's election, empty if none
   * @return the election
   * @throws IllegalArgumentException if a two-sided ACO that must elect gave no election
   */
  public MsrElection election(Optional<MsrElection> election) {
    if (!track.isTwoSided()) {
      return MsrElection.variable();
    }
    if (election.isPresent()) {
      return election.get();
    }
    if (fixedTwoPercent()) {
      return MsrElection.fixed(0.02);
    }
    throw new FailureException(Failure.of(FailureCode.MISSING_INPUT, "msrElection", null,
        "msrElection is required for two-sided track " + track.label()
            + ": choose MsrElection.zero(), MsrElection.fixed(0.005 to 0.02) or MsrElection.variable()"));
  }

  private boolean fixedTwoPercent() {
    return track == MsspTrack.TRACK_2 && track2FixedRate(agreementStart);
  }

  /**
   * Whether a Track 2 agreement of this start has its MSR/MLR fixed at 2% (agreements that started
   * before 2016, 42 CFR 425.606(b)(1)(i)).
   *
   * @param agreementStart the start of the agreement period
   * @return true before 2016
   */
  public static boolean track2FixedRate(LocalDate agreementStart) {
    return agreementStart.getYear() < 2016;
  }

  /**
   * The year of the agreement period the performance year is: 1 for the first (agreements that
   * started in 2012 count from PY2013).
   *
   * @return the agreement year
   */
  public int yearOfAgreement() {
    int first = Math.max(agreementStart.getYear(), 2013);
    return year.performanceYear() - first + 1;
  }

  /**
   * Whether savings below the MSR are shared at half the rate for an ACO of this size and
   * revenue (425.605(h)).
   *
   * @param assignedBeneficiaries the number of assigned beneficiaries
   * @param lowRevenue whether the ACO is a low revenue ACO (425.20)
   * @return true if the reduced rate applies
   */
  public boolean belowMinimumSharing(int assignedBeneficiaries, boolean lowRevenue) {
    return year.hasBelowMinimumSharing() && track.isBasic() && lowRevenue
        && assignedBeneficiaries >= SIZE_FOR_FIXED_RATE && agreementStart.getYear() >= FIRST_GUARDRAIL_AGREEMENT_YEAR;
  }

  /**
   * The contract terms of an ACO-year under these rules.
   *
   * @param election the MSR/MLR election ({@link #election(Optional)})
   * @param assignedBeneficiaries the number of assigned beneficiaries (only for the reduced rate's
   *     eligibility; the MSR scale reads it from the performance inputs)
   * @param lowRevenue whether the ACO is a low revenue ACO
   * @return the terms
   */
  public ContractTerms terms(MsrElection election, int assignedBeneficiaries, boolean lowRevenue) {
    ContractTerms.Builder terms = ContractTerms.builder()
        .name("MSSP " + track.label() + " PY" + year.performanceYear())
        .source("42 CFR part 425 subpart G; Shared Savings and Losses methodology specification v11 section 4.3")
        .shareBasis(ShareBasis.FIRST_DOLLAR)
        .addSavingsBands(Band.flat(track.maximumSharingRate()))
        .savingsCap(Cap.ofBenchmark(track.performancePaymentLimitRate()))
        .sequestrationRate(year.sequestrationRate())
        .sequestrationOrder(SequestrationOrder.BEFORE_CAP)
        .partialYear(PartialYearRule.FORFEIT_SAVINGS_PRORATE_LOSSES)
        .recalculatedBenchmarkGuardrail(hasGuardrail(agreementStart));
    if (election.kind() == MsrElection.Kind.VARIABLE) {
      terms.minimumRateScale(MinimumSavingsRate.TABLE_A4);
    } else {
      terms.minimumSavingsRate(election.rate()).minimumLossRate(election.rate());
      if (year.startsAfterJune2019(agreementStart)) {
        terms.minimumRateScale(MinimumSavingsRate.TABLE_A4            .withReplacesFixedRateBelow(SIZE_FOR_FIXED_RATE));
      }
    }
    if (belowMinimumSharing(assignedBeneficiaries, lowRevenue)) {
      terms.belowMinimumSharingFactor(BELOW_MINIMUM_FACTOR);
    }
    QualityTerms.Builder quality = QualityTerms.builder().gateRequired(true).savings(year.savingsQuality());
    if (track.isTwoSided()) {
      switch (track) {
        case TRACK_2:
          terms.addLossBands(Band.flat(0.60)).lossCap(Cap.ofBenchmark(track2LossLimitRate()));
          quality.losses(LossQuality.COMPLEMENT_OF_FINAL_SHARING_RATE).lossRateCeiling(0.60);
          break;
        case TRACK_3:
        case ENHANCED:
          terms.addLossBands(Band.flat(0.75)).lossCap(Cap.ofBenchmark(track.benchmarkLossLimitRate().getAsDouble()));
          quality.losses(LossQuality.COMPLEMENT_OF_SHARING_RATE).complementSharingRate(track.maximumSharingRate())
              .lossRateFloor(0.40).lossRateCeiling(0.75);
          break;
        default:
          terms.addLossBands(Band.flat(0.30)).lossCap(Cap.lesserOfRevenueAndBenchmark(
              track.revenueLossLimitRate().getAsDouble(), track.benchmarkLossLimitRate().getAsDouble()));
      }
    }
    return terms.quality(quality.build()).build();
  }

  /**
   * The contract terms of an ACO-year: its track, year and agreement, election, size and revenue
   * status. Reads no expenditure and no quality result.
   *
   * @param input the ACO-year
   * @return the terms
   * @throws IllegalArgumentException if a two-sided ACO that must elect gave no MSR/MLR election
   */
  public ContractTerms terms(MsspInput input) {
    return MsspYear.of(input).terms();
  }

  /**
   * The performance inputs of an ACO-year: total benchmark [H] and expenditure [G], assigned
   * beneficiaries, the quality score and standard, participant revenue, months of participation,
   * the EUC share of losses forgiven and the recalculated benchmark of the guardrail.
   *
   * @param input the ACO-year
   * @return the performance inputs
   */
  public static PerformanceInputs performance(MsspInput input) {
    PerformanceInputs.Builder b = PerformanceInputs.builder()
        .benchmark(input.totalBenchmarkExpenditures())
        .expenditure(input.totalExpenditures())
        .beneficiaries(input.assignedBeneficiaries())
        .qualityScore(input.quality().score())
        .qualityStandard(input.quality().standard())
        .lossReduction(input.euc().map(EucExposure::reductionFactor).orElse(0.0));
    input.participantRevenue().ifPresent(b::participantRevenue);
    input.monthsParticipated().ifPresent(b::monthsParticipated);
    input.recalculatedPerCapitaBenchmark().ifPresent(r -> b.recalculatedBenchmark(r * input.personYears()));
    return b.build();
  }

  /** Track 2's loss sharing limit as a share of the benchmark: 5%, 7.5%, then 10% by agreement year (425.606(g)). */
  double track2LossLimitRate() {
    int agreementYear = yearOfAgreement();
    return agreementYear == 1 ? 0.05 : agreementYear == 2 ? 0.075 : 0.10;
  }

  @Override
  public String toString() {
    return "MsspRules{PY" + year.performanceYear() + ", " + track.label() + ", agreement " + agreementStart + "}";
  }
}
