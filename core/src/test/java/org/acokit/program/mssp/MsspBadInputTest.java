/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.program.mssp;

import static org.acokit.testing.Probe.handled;
import static org.acokit.testing.Probe.refused;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.stream.Stream;

import org.acokit.contract.Outcome;
import org.acokit.population.EnrollmentVector;
import org.acokit.quality.QualityOutcome;
import org.acokit.quality.QualityStandard;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Bad-input probes of the Shared Savings Program settlement (issue 17): every bad value is
 * refused with a message naming the field, or handled with a finite result.
 */
class MsspBadInputTest {

  static MsspInput.Builder good() {
    return MsspInput.builder().from(MsspSettlementTest.a1540());
  }

  static MsspResult settle(MsspInput.Builder b) {
    return MsspSettlement.settle(b.build());
  }

  @TestFactory
  Stream<DynamicTest> probes() {
    return Stream.of(
        refused("personYears NaN", "personYears", "NaN", () -> settle(good().personYears(Double.NaN))),
        refused("personYears +Infinity", "personYears", () -> settle(good().personYears(Double.POSITIVE_INFINITY))),
        refused("personYears beyond the beneficiaries", "personYears", "70000",
            () -> settle(good().personYears(70_000))),
        refused("perCapitaBenchmark NaN", "perCapitaBenchmark", () -> settle(good().perCapitaBenchmark(Double.NaN))),
        refused("perCapitaBenchmark negative", "perCapitaBenchmark", () -> settle(good().perCapitaBenchmark(-1))),
        refused("perCapitaBenchmark x personYears overflows", "perCapitaBenchmark",
            () -> settle(good().perCapitaBenchmark(1e305).perCapitaExpenditure(1e305)
                .expendituresByEnrollmentType(java.util.Optional.empty()).enrollmentProportions(java.util.Optional.empty()))),
        refused("perCapitaExpenditure x personYears overflows", "perCapitaExpenditure",
            () -> settle(good().perCapitaExpenditure(1e305)
                .expendituresByEnrollmentType(java.util.Optional.empty()).enrollmentProportions(java.util.Optional.empty()))),
        refused("perCapitaExpenditure -Infinity", "perCapitaExpenditure",
            () -> settle(good().perCapitaExpenditure(Double.NEGATIVE_INFINITY))),
        refused("per-type expenditure negative, weighted total right", "expendituresByEnrollmentType",
            () -> settle(good().perCapitaExpenditure(1000)
                .expendituresByEnrollmentType(EnrollmentVector.of(-1000, 3000, 1000, 1000))
                .enrollmentProportions(EnrollmentVector.of(0.5, 0.5, 0, 0)))),
        refused("enrollment proportion negative, summing to 1", "enrollmentProportions",
            () -> settle(good().perCapitaExpenditure(1000)
                .expendituresByEnrollmentType(EnrollmentVector.of(1000, 1000, 1000, 1000))
                .enrollmentProportions(EnrollmentVector.of(-0.5, 1.5, 0, 0)))),
        refused("performanceYear 1900", "performanceYear", "1900", () -> settle(good().performanceYear(1900))),
        refused("performanceYear 3000", "performanceYear", "3000", () -> settle(good().performanceYear(3000))),
        refused("agreementStart in year 1", "agreementStart", "0001",
            () -> settle(good().agreementStart(LocalDate.of(1, 1, 1)))),
        refused("agreementStart 1950, long before the program", "agreementStart", "1950",
            () -> settle(good().agreementStart(LocalDate.of(1950, 7, 1)))),
        refused("agreementStart after the performance year", "agreementStart",
            () -> settle(good().agreementStart(LocalDate.of(2030, 1, 1)))),
        refused("assignedBeneficiaries 0", "assignedBeneficiaries", "0", () -> settle(good().assignedBeneficiaries(0))),
        refused("participantRevenue NaN", "participantRevenue", () -> settle(good().participantRevenue(Double.NaN))),
        refused("participantRevenue negative", "participantRevenue", () -> settle(good().participantRevenue(-1))),
        refused("monthsParticipated 13", "monthsParticipated", "13", () -> settle(good().monthsParticipated(13))),
        refused("recalculatedPerCapitaBenchmark +Infinity", "recalculatedPerCapitaBenchmark",
            () -> settle(good().recalculatedPerCapitaBenchmark(Double.POSITIVE_INFINITY))),
        refused("quality score as percent (73.26 for 0.7326)", "quality score", "73.26",
            () -> QualityOutcome.of(73.26, QualityStandard.MET)),
        refused("quality score NaN", "quality score", () -> QualityOutcome.of(Double.NaN, QualityStandard.MET)),
        refused("fixed MSR as percent (2 for 0.02)", "rate", "2.0", () -> MsrElection.fixed(2)),
        refused("fixed MSR NaN", "rate", () -> MsrElection.fixed(Double.NaN)),
        refused("EUC share NaN", "EUC share of beneficiaries", () -> EucExposure.of(Double.NaN, 1)),
        refused("EUC share as percent", "EUC share of year", "50", () -> EucExposure.of(1, 50)),
        refused("null track", "track", () -> good().track(null)),
        refused("missing quality", "quality", () -> MsspInput.builder().performanceYear(2022).track(MsspTrack.BASIC_B)
            .agreementStart(LocalDate.of(2019, 7, 1)).assignedBeneficiaries(10).personYears(10)
            .perCapitaBenchmark(1).perCapitaExpenditure(1).build()),
        refused("settle(null)", "input", () -> MsspSettlement.settle(null)),
        handled("huge but finite benchmark total", () -> settle(good().perCapitaBenchmark(1e300).perCapitaExpenditure(0)
                .expendituresByEnrollmentType(java.util.Optional.empty()).enrollmentProportions(java.util.Optional.empty())),
            r -> assertThat(r.outcome()).isEqualTo(Outcome.SAVINGS)),
        handled("person-years equal to the beneficiaries", () -> settle(good().personYears(7207)),
            r -> assertThat(r.totalBenchmarkExpenditures()).isPositive()));
  }
}
