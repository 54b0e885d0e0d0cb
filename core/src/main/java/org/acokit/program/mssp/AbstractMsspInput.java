/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.program.mssp;

import org.acokit.quality.QualityStandard;
import org.acokit.quality.QualityOutcome;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import org.acokit.internal.AcoStyle;
import org.acokit.internal.Checks;
import org.acokit.population.EnrollmentType;
import org.acokit.population.EnrollmentVector;
import org.acokit.program.mssp.MsrElection;
import org.acokit.program.mssp.MsspTrack;
import org.immutables.value.Value;

/**
 * Everything the Medicare Shared Savings Program settlement of one ACO-year needs: the inputs of
 * CMS's Table 3 ("Shared Savings/Losses Calculation") plus the track terms that select the rules.
 * <p>
 * Dollar amounts are US dollars per person-year (per capita) unless named total; rates are
 * fractions. Example (ACO A1540, PY2022, BASIC Level B):
 * <pre>{@code
 * MsspInput.builder()
 *     .performanceYear(2022).track(MsspTrack.BASIC_B).agreementStart(LocalDate.of(2019, 7, 1))
 *     .assignedBeneficiaries(7207).personYears(6999.33333333326)
 *     .perCapitaBenchmark(14136.6916270482).perCapitaExpenditure(13085.8825389186)
 *     .quality(QualityOutcome.of(0.7326, QualityStandard.MET))
 *     .participantRevenue(12713612.69788)
 *     .build();
 * }</pre>
 * Invalid values fail at {@code build()} with an {@link IllegalArgumentException} naming the
 * field, the value and what is allowed: NaN and infinity, person-years beyond the beneficiaries,
 * per-type expenditures or enrollment proportions out of range even when their weighted total
 * matches, and per capita amounts whose totals (per capita x person-years) overflow. Immutable
 * and thread-safe.
 */
@Value.Immutable
@AcoStyle
abstract class AbstractMsspInput {

  /** The first performance year of the program. */
  static final int FIRST_YEAR = MsspProgramYear.FIRST_YEAR;
  /** The last performance year with published rules. */
  static final int LAST_YEAR = MsspProgramYear.LAST_YEAR;
  /** The first agreement periods of the Shared Savings Program began on April 1, 2012. */
  static final LocalDate FIRST_AGREEMENT_START = LocalDate.of(2012, 4, 1);

  /**
   * The performance year (PY), 2012-2026. The first performance year of ACOs that started in
   * April or July 2012 ran through December 2013 and is PY2013 here, as in CMS's public use file.
   *
   * @return the performance year
   */
  public abstract int performanceYear();

  /**
   * The track or BASIC level the ACO is settled under in this performance year.
   *
   * @return the track
   */
  public abstract MsspTrack track();

  /**
   * The start date of the current agreement period; selects agreement-period rules (Track 2's
   * fixed 2% MSR/MLR before 2016, its loss limit by year, the 2024+ reduced sharing rate).
   *
   * @return the agreement start date, 2012-04-01 (the program's first agreement periods) or
   *     later and not after the performance year
   */
  public abstract LocalDate agreementStart();

  /**
   * Number of assigned beneficiaries (Table 3 [A]); sets the sliding-scale MSR.
   *
   * @return the count, at least 1
   */
  public abstract int assignedBeneficiaries();

  /**
   * Person-years of the assigned population (Table 3 [B]): eligible months / 12.
   *
   * @return person-years, greater than 0 and at most {@link #assignedBeneficiaries()} (a
   *     beneficiary counts at most one person-year)
   */
  public abstract double personYears();

  /**
   * The per capita updated benchmark (Table 3 [F]), dollars per person-year.
   *
   * @return the benchmark, greater than 0
   */
  public abstract double perCapitaBenchmark();

  /**
   * The per capita performance-year expenditure (Table 3 [E]), dollars per person-year.
   *
   * @return the expenditure, 0 or more
   */
  public abstract double perCapitaExpenditure();

  /**
   * Per capita expenditures by enrollment type (Table 3 [C]), for the explanation; given together
   * with {@link #enrollmentProportions()}, and then [E] must equal [C] weighted by [D].
   *
   * @return the per capita expenditures by enrollment type
   */
  public abstract Optional<EnrollmentVector> expendituresByEnrollmentType();

  /**
   * Assigned beneficiary proportions by enrollment type (Table 3 [D]), summing to 1.
   *
   * @return the proportions
   */
  public abstract Optional<EnrollmentVector> enrollmentProportions();

  /**
   * The quality score and the standard met (Table 3 [R], [S]).
   *
   * @return the quality outcome
   */
  public abstract QualityOutcome quality();

  /**
   * The MSR/MLR election of a two-sided ACO. Required for two-sided tracks, except Track 2
   * agreements that started before 2016, whose MSR/MLR is fixed at 2% (42 CFR 425.606(b)(1)(i));
   * one-sided tracks use the variable rate and may only give {@link MsrElection#variable()}.
   *
   * @return the election
   */
  public abstract Optional<MsrElection> msrElection();

  /**
   * Total Medicare Parts A and B FFS revenue of the ACO participants (Table 3 [AA]), dollars.
   * Required to settle losses under a revenue-based loss sharing limit (BASIC Levels C-E,
   * Track 1+).
   *
   * @return the revenue
   */
  public abstract OptionalDouble participantRevenue();

  /**
   * The extreme and uncontrollable circumstance exposure that reduces shared losses (Table 3
   * [DD], [EE]); empty when no EUC applies.
   *
   * @return the exposure
   */
  public abstract Optional<EucExposure> euc();

  /**
   * Whether the ACO is a low revenue ACO (participant revenue below 35% of its assigned
   * beneficiaries' expenditures, 42 CFR 425.20). Needed from PY2024 only, for the reduced sharing
   * rate of 425.605(h) when savings do not reach the MSR; empty means not low revenue.
   *
   * @return whether the ACO is low revenue
   */
  public abstract Optional<Boolean> lowRevenue();

  /**
   * Months the ACO took part in the performance year when its agreement was terminated during
   * the year (42 CFR 425.221(b)): shared losses are pro-rated by months / 12, and an ACO that
   * leaves before the last day of the year shares no savings. Empty for a full year.
   *
   * @return months of participation, 1-12
   */
  public abstract OptionalInt monthsParticipated();

  /**
   * The updated benchmark recalculated with the two-way national-regional blend instead of the
   * three-way blend with the ACPT, per capita, dollars (42 CFR 425.652(b)(5), agreement periods
   * starting 2024 and later). When the ACO's expenditures exceed {@link #perCapitaBenchmark()} by
   * at least the MLR and this benchmark is higher, losses are settled against it, and an ACO whose
   * expenditures are below it neither shares losses nor earns savings ({@link MsspSettlement}).
   *
   * @return the recalculated per capita benchmark, empty when not given
   */
  public abstract OptionalDouble recalculatedPerCapitaBenchmark();

  /**
   * Total updated benchmark expenditures (Table 3 [H]) = [F] x [B].
   *
   * @return dollars
   */
  public double totalBenchmarkExpenditures() {
    return perCapitaBenchmark() * personYears();
  }

  /**
   * Total performance-year expenditures (Table 3 [G]) = [E] x [B].
   *
   * @return dollars
   */
  public double totalExpenditures() {
    return perCapitaExpenditure() * personYears();
  }

  @Value.Check
  void check() {
    if (performanceYear() < FIRST_YEAR || performanceYear() > LAST_YEAR) {
      throw new IllegalArgumentException("performanceYear must be between " + FIRST_YEAR + " and " + LAST_YEAR
          + " inclusive, but was " + performanceYear());
    }
    track().checkOfferedIn(performanceYear());
    if (agreementStart().getYear() > performanceYear()) {
      throw new IllegalArgumentException("agreementStart must not be after performance year " + performanceYear()
          + ", but was " + agreementStart());
    }
    if (agreementStart().isBefore(FIRST_AGREEMENT_START)) {
      throw new IllegalArgumentException("agreementStart must be " + FIRST_AGREEMENT_START + " or later (the first "
          + "Shared Savings Program agreement periods began then), but was " + agreementStart());
    }
    if (assignedBeneficiaries() < 1) {
      throw new IllegalArgumentException("assignedBeneficiaries must be at least 1, but was "
          + assignedBeneficiaries());
    }
    Checks.positive("personYears", personYears());
    if (personYears() > assignedBeneficiaries()) {
      throw new IllegalArgumentException("personYears must not exceed assignedBeneficiaries (" + assignedBeneficiaries()
          + "): a beneficiary is assigned for at most 12 months of the year, but personYears was " + personYears());
    }
    Checks.positive("perCapitaBenchmark", perCapitaBenchmark());
    Checks.nonNegative("perCapitaExpenditure", perCapitaExpenditure());
    Checks.checkedProduct("totalBenchmarkExpenditures = perCapitaBenchmark x personYears", perCapitaBenchmark(),
        personYears());
    Checks.checkedProduct("totalExpenditures = perCapitaExpenditure x personYears", perCapitaExpenditure(),
        personYears());
    if (participantRevenue().isPresent()) {
      Checks.nonNegative("participantRevenue", participantRevenue().getAsDouble());
    }
    if (monthsParticipated().isPresent()) {
      int months = monthsParticipated().getAsInt();
      if (months < 1 || months > 12) {
        throw new IllegalArgumentException("monthsParticipated must be between 1 and 12 inclusive, but was " + months);
      }
    }
    if (recalculatedPerCapitaBenchmark().isPresent()) {
      Checks.positive("recalculatedPerCapitaBenchmark", recalculatedPerCapitaBenchmark().getAsDouble());
      if (!MsspRules.hasGuardrail(agreementStart())) {
        throw new IllegalArgumentException("recalculatedPerCapitaBenchmark applies to agreement periods starting 2024 "
            + "and later (42 CFR 425.652(b)(5)), but agreementStart was " + agreementStart());
      }
    }
    checkEnrollmentMix();
    checkQualityStandard();
    checkMsrElection();
  }

  private void checkEnrollmentMix() {
    if (expendituresByEnrollmentType().isPresent() != enrollmentProportions().isPresent()) {
      throw new IllegalArgumentException("expendituresByEnrollmentType and enrollmentProportions must be given "
          + "together, but only " + (enrollmentProportions().isPresent() ? "enrollmentProportions" : "expendituresByEnrollmentType")
          + " was given");
    }
    if (enrollmentProportions().isPresent()) {
      EnrollmentVector proportions = enrollmentProportions().get();
      EnrollmentVector byType = expendituresByEnrollmentType().get();
      for (EnrollmentType t : EnrollmentType.values()) {
        Checks.fraction("enrollmentProportions " + t.label(), proportions.get(t));
        Checks.nonNegative("expendituresByEnrollmentType " + t.label(), byType.get(t));
      }
      double sum = proportions.sum();
      if (Math.abs(sum - 1) > 1e-9) {
        throw new IllegalArgumentException("enrollmentProportions must sum to 1, but summed to " + sum);
      }
      double weighted = expendituresByEnrollmentType().get().dot(proportions);
      if (Math.abs(weighted - perCapitaExpenditure()) > 1e-9 * Math.max(1, Math.abs(perCapitaExpenditure()))) {
        throw new IllegalArgumentException("perCapitaExpenditure must equal expendituresByEnrollmentType weighted by "
            + "enrollmentProportions (" + weighted + "), but was " + perCapitaExpenditure());
      }
    }
  }

  private void checkQualityStandard() {
    if (quality().standard() == QualityStandard.ALTERNATIVE_MET && !MsspProgramYear.of(performanceYear()).hasAlternativeStandard()) {
      throw new IllegalArgumentException("quality standard ALTERNATIVE_MET exists from performance year 2023, "
          + "but the performance year was " + performanceYear() + ": allowed are MET and NOT_MET");
    }
  }

  private void checkMsrElection() {
    if (msrElection().isEmpty()) {
      return;
    }
    MsrElection election = msrElection().get();
    if (!track().isTwoSided() && election.kind() != MsrElection.Kind.VARIABLE) {
      throw new IllegalArgumentException("msrElection " + election + " is not allowed for one-sided track "
          + track().label() + ": one-sided tracks use the variable, size-based MSR only");
    }
    if (track() == MsspTrack.TRACK_2 && MsspRules.track2FixedRate(agreementStart())
        && !(election.kind() == MsrElection.Kind.FIXED && election.rate() == 0.02)) {
      throw new IllegalArgumentException("msrElection " + election + " is not allowed for Track 2 agreements that "
          + "started before 2016 (" + agreementStart() + "): their MSR/MLR is fixed at 2% (42 CFR 425.606(b)(1)(i))");
    }
  }
}
