/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.program.mssp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;

import org.acokit.population.EnrollmentVector;

import org.junit.jupiter.api.Test;

/**
 * The limits of {@link MsspInput}'s checks, each tried exactly on the limit (accepted) and just past
 * it (refused with a message naming the field and value). Kills the PIT boundary mutants of
 * {@code AbstractMsspInput.check} and {@code checkEnrollmentMix} (issue 17).
 */
class MsspInputMutationTest {

  private static MsspInput.Builder a1540() {
    return MsspInput.builder().from(MsspSettlementTest.a1540());
  }

  @Test
  void agreementMayStartInThePerformanceYearButNotAfter() {
    assertThat(a1540().agreementStart(LocalDate.of(2022, 12, 31)).build().agreementStart())
        .isEqualTo(LocalDate.of(2022, 12, 31));
    assertThatThrownBy(() -> a1540().agreementStart(LocalDate.of(2023, 1, 1)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("agreementStart must not be after performance year 2022, but was 2023-01-01");
  }

  @Test
  void beneficiaryAndPersonYearLimits() {
    assertThat(a1540().assignedBeneficiaries(1).personYears(1).build().personYears()).isEqualTo(1.0);
    assertThatThrownBy(() -> a1540().assignedBeneficiaries(0).personYears(0.5).build())
        .hasMessage("assignedBeneficiaries must be at least 1, but was 0");
    assertThat(a1540().personYears(7207).build().personYears()).isEqualTo(7207.0);
    assertThatThrownBy(() -> a1540().personYears(7207.001).build())
        .hasMessageStartingWith("personYears must not exceed assignedBeneficiaries (7207)")
        .hasMessageEndingWith("but personYears was 7207.001");
  }

  @Test
  void monthsParticipatedRunsFromOneToTwelve() {
    assertThat(a1540().monthsParticipated(1).build().monthsParticipated()).hasValue(1);
    assertThat(a1540().monthsParticipated(12).build().monthsParticipated()).hasValue(12);
    assertThatThrownBy(() -> a1540().monthsParticipated(0).build())
        .hasMessage("monthsParticipated must be between 1 and 12 inclusive, but was 0");
    assertThatThrownBy(() -> a1540().monthsParticipated(13).build())
        .hasMessage("monthsParticipated must be between 1 and 12 inclusive, but was 13");
  }

  @Test
  void enrollmentMixIsGivenWholeAndConsistent() {
    assertThatThrownBy(() -> a1540().expendituresByEnrollmentType(Optional.empty()).build())
        .hasMessage("expendituresByEnrollmentType and enrollmentProportions must be given together, "
            + "but only enrollmentProportions was given");
    assertThatThrownBy(() -> a1540().enrollmentProportions(Optional.empty()).build())
        .hasMessage("expendituresByEnrollmentType and enrollmentProportions must be given together, "
            + "but only expendituresByEnrollmentType was given");
    assertThat(a1540().expendituresByEnrollmentType(Optional.empty()).enrollmentProportions(Optional.empty()).build()
        .enrollmentProportions()).isEmpty();
    assertThatThrownBy(() -> a1540().enrollmentProportions(EnrollmentVector.of(0.1, 0.1, 0.1, 0.6)).build())
        .hasMessageStartingWith("enrollmentProportions must sum to 1, but summed to 0.9");
    assertThatThrownBy(() -> a1540().perCapitaExpenditure(13085.9).build())
        .hasMessageStartingWith("perCapitaExpenditure must equal expendituresByEnrollmentType weighted by "
            + "enrollmentProportions (13085.88")
        .hasMessageEndingWith("but was 13085.9");
  }
}
