/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.program;

import static org.acokit.testing.Probe.handled;
import static org.acokit.testing.Probe.refused;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.acokit.contract.Band;
import org.acokit.program.masshealth.MassHealthDsrip;
import org.acokit.program.masshealth.MassHealthModel;
import org.acokit.program.masshealth.MassHealthYear;
import org.acokit.program.nextgen.NextGenArrangement;
import org.acokit.program.nextgen.NextGenYear;
import org.acokit.program.pioneer.PioneerArrangement;
import org.acokit.program.pioneer.PioneerYear;
import org.acokit.program.reach.ReachOption;
import org.acokit.program.reach.ReachYear;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Bad-input probes of the Pioneer, Next Generation, REACH and MassHealth program years (issue
 * 17): years far outside each program, rates on the wrong scale, NaN and infinity, overflowing
 * products and missing fields are refused with a message naming the field.
 */
class ProgramsBadInputTest {

  private static MassHealthYear.Builder massHealth() {
    return MassHealthYear.builder().model(MassHealthModel.PRIMARY_CARE_ACO).performanceYear(2019)
        .addSavingsBands(Band.flat(0.5)).addLossBands(Band.flat(0.5)).minimumSavingsRate(0.0)
        .savingsCap(0.05).lossCap(0.05).maximumLossMitigation(0.4);
  }

  @TestFactory
  Stream<DynamicTest> probes() {
    return Stream.of(
        refused("Pioneer year 1990", "performanceYear", "1990", () -> PioneerYear.builder().performanceYear(1990)
            .arrangement(PioneerArrangement.CORE).minimumSavingsRate(0.01).sequestrationRate(0).build()),
        refused("Pioneer MSR as percent", "minimumSavingsRate", "2", () -> PioneerYear.builder().performanceYear(2012)
            .arrangement(PioneerArrangement.CORE).minimumSavingsRate(2).sequestrationRate(0).build()),
        refused("Pioneer sequestration NaN", "sequestrationRate", () -> PioneerYear.builder().performanceYear(2012)
            .arrangement(PioneerArrangement.CORE).minimumSavingsRate(0.01).sequestrationRate(Double.NaN).build()),
        refused("Pioneer missing arrangement", "arrangement", () -> PioneerYear.builder().performanceYear(2012).build()),
        refused("Pioneer blended trend NaN", "acoGrowth", () -> PioneerYear.blendedTrend(Double.NaN, 0.03)),
        refused("Next Generation year 2030", "performanceYear", "2030", () -> NextGenYear.builder().performanceYear(2030)
            .arrangement(NextGenArrangement.A).discount(0.03).savingsLossCap(0.15).sequestrationRate(0).build()),
        refused("Next Generation discount as percent", "discount", "3", () -> NextGenYear.builder().performanceYear(2017)
            .arrangement(NextGenArrangement.A).discount(3).savingsLossCap(0.15).sequestrationRate(0).build()),
        refused("Next Generation cap +Infinity", "savingsLossCap", () -> NextGenYear.builder().performanceYear(2017)
            .arrangement(NextGenArrangement.A).discount(0.03).savingsLossCap(Double.POSITIVE_INFINITY)
            .sequestrationRate(0).build()),
        refused("REACH year 2000", "performanceYear", "2000", () -> ReachYear.builder().performanceYear(2000)
            .option(ReachOption.PROFESSIONAL).sequestrationRate(0).build()),
        refused("REACH sequestration as percent", "sequestrationRate", "2", () -> ReachYear.builder().performanceYear(2023)
            .option(ReachOption.PROFESSIONAL).sequestrationRate(2).build()),
        refused("REACH missing option", "option", () -> ReachYear.builder().performanceYear(2023).build()),
        refused("REACH HEBA PBPM NaN", "perBeneficiaryPerMonth",
            () -> ReachYear.healthEquityBenchmarkAdjustment(Double.NaN, 1000)),
        refused("REACH HEBA x person-years overflows", "personYears",
            () -> ReachYear.healthEquityBenchmarkAdjustment(30, 1e307)),
        refused("MassHealth year 2017", "performanceYear", "2017", () -> massHealth().performanceYear(2017).build()),
        refused("MassHealth year 3000", "performanceYear", "3000", () -> massHealth().performanceYear(3000).build()),
        refused("MassHealth savings cap as percent", "savingsCap", "5", () -> massHealth().savingsCap(5).build()),
        refused("MassHealth loss mitigation NaN", "maximumLossMitigation",
            () -> massHealth().maximumLossMitigation(Double.NaN).build()),
        refused("MassHealth missing model", "model", () -> MassHealthYear.builder().performanceYear(2019).build()),
        refused("DSRIP funding NaN", "funding", () -> MassHealthDsrip.fundingKept(Double.NaN, 2, 0.8)),
        refused("DSRIP accountability score as percent", "accountabilityScore", "80",
            () -> MassHealthDsrip.fundingKept(1e6, 2, 80)),
        refused("DSRIP budget period 9", "budgetPeriod", "9", () -> MassHealthDsrip.fundingKept(1e6, 9, 0.8)),
        refused("DSRIP calendar year 1999", "1999", () -> MassHealthDsrip.budgetPeriod(1999)),
        handled("REACH HEBA near the largest product", () -> ReachYear.healthEquityBenchmarkAdjustment(30, 1e300),
            v -> assertThat(v).isPositive()),
        handled("MassHealth terms of a good year", () -> massHealth().build().terms(),
            t -> assertThat(t.savingsBands()).hasSize(1)));
  }
}
