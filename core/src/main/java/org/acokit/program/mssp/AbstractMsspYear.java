/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.program.mssp;

import java.time.LocalDate;
import java.util.Optional;

import org.acokit.contract.ContractTerms;
import org.acokit.internal.AcoStyle;
import org.acokit.program.Program;
import org.acokit.program.ProgramYear;
import org.immutables.value.Value;

/**
 * One Medicare Shared Savings Program ACO-year as a preset of the one contract vocabulary: the
 * track, performance year and agreement period, the MSR/MLR election, the number of assigned
 * beneficiaries and whether the ACO is a low revenue ACO. Never its expenditures or quality:
 * {@link #terms()} is the same for every outcome of the year ({@link MsspRules}). Example:
 * <pre>{@code
 * ResolvedContract contract = ResolvedContract.of(MsspYear.builder().performanceYear(2025)
 *     .track(MsspTrack.ENHANCED).agreementStart(LocalDate.of(2024, 1, 1))
 *     .msrElection(MsrElection.zero()).assignedBeneficiaries(12_000).build().terms());
 * }</pre>
 * Invalid values fail at {@code build()} naming the field, the value and what is allowed.
 * Immutable and thread-safe.
 */
@Value.Immutable
@AcoStyle
abstract class AbstractMsspYear implements ProgramYear {

  @Override
  public Program program() {
    return Program.MSSP;
  }

  @Override
  public abstract int performanceYear();

  /**
   * The track or BASIC level.
   *
   * @return the track
   */
  public abstract MsspTrack track();

  /**
   * The start of the agreement period.
   *
   * @return the date
   */
  public abstract LocalDate agreementStart();

  /**
   * The MSR/MLR election of a two-sided ACO (see {@link MsspRules#election(Optional)}).
   *
   * @return the election, empty for one-sided tracks and fixed-rate Track 2 agreements
   */
  public abstract Optional<MsrElection> msrElection();

  /**
   * The number of assigned beneficiaries, for the 2024+ reduced sharing rate's eligibility (the
   * size-based MSR reads the performance inputs' beneficiaries).
   *
   * @return the count, at least 1
   */
  public abstract int assignedBeneficiaries();

  /**
   * Whether the ACO is a low revenue ACO (42 CFR 425.20).
   *
   * @return true if low revenue; false unless set
   */
  @Value.Default
  public boolean lowRevenue() {
    return false;
  }

  /**
   * The rules of the year, track and agreement period.
   *
   * @return the rules
   */
  public MsspRules rules() {
    return MsspRules.of(performanceYear(), track(), agreementStart());
  }

  @Override
  public ContractTerms terms() {
    MsspRules rules = rules();
    return rules.terms(rules.election(msrElection()), assignedBeneficiaries(), lowRevenue());
  }

  /**
   * The preset of an ACO-year's inputs: its track, year, agreement, election, size and revenue
   * status.
   *
   * @param input the ACO-year
   * @return the preset
   */
  public static MsspYear of(MsspInput input) {
    return MsspYear.builder().performanceYear(input.performanceYear()).track(input.track())
        .agreementStart(input.agreementStart()).msrElection(input.msrElection())
        .assignedBeneficiaries(input.assignedBeneficiaries()).lowRevenue(input.lowRevenue().orElse(false)).build();
  }

  @Value.Check
  void check() {
    MsspRules.of(performanceYear(), track(), agreementStart());
    if (assignedBeneficiaries() < 1) {
      throw new IllegalArgumentException("assignedBeneficiaries must be at least 1, but was " + assignedBeneficiaries());
    }
  }
}
