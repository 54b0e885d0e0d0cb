/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.program.reach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.acokit.contract.Band;
import org.acokit.contract.ContractResult;
import org.acokit.contract.ResolvedContract;
import org.acokit.contract.ContractTerms;
import org.acokit.contract.PerformanceInputs;
import org.junit.jupiter.api.Test;

/**
 * The ACO REACH preset against the corridors, discounts and withholds it publishes.
 */
class ReachYearTest {

  private static ContractTerms terms(int py, ReachOption option) {
    return ReachYear.builder().performanceYear(py).option(option).sequestrationRate(0).build().terms();
  }

  /**
   * Pearl Health, Exhibit A, and its reading in the methodology notes C.2: Professional, gross
   * savings 12% of the benchmark keeps 5% x 50% + 5% x 35% + 2% x 15% = 4.55%; 20% keeps 5.25%.
   */
  @Test
  void professionalCorridorsWorkedExamples() {
    ContractTerms t = terms(2024, ReachOption.PROFESSIONAL);
    PerformanceInputs in = PerformanceInputs.builder().benchmark(1_000_000).expenditure(880_000).qualityScore(1).build();
    ContractResult r = ResolvedContract.of(t).settle(in);
    assertThat(r.settlementBenchmark()).isEqualTo(1_000_000, within(1e-9));
    assertThat(r.payment()).isEqualTo(45_500, within(1e-6));
    assertThat(ResolvedContract.of(t).settle(in.withExpenditure(800_000)).payment()).isEqualTo(52_500, within(1e-6));
    assertThat(ResolvedContract.of(t).settle(in.withExpenditure(1_120_000)).payment()).isEqualTo(-45_500, within(1e-6));
  }

  /** Global, gross savings 30% of the (discounted) benchmark keeps 25% x 100% + 5% x 50% = 27.5%. */
  @Test
  void globalCorridorsAfterDiscountAndWithhold() {
    ContractTerms t = terms(2023, ReachOption.GLOBAL);
    assertThat(t.benchmarkDiscount()).isEqualTo(0.03);
    assertThat(t.quality().withholdRate()).isEqualTo(0.02);
    ContractResult r = ResolvedContract.of(t).settle(PerformanceInputs.builder().benchmark(1000).expenditure(679)
        .qualityScore(1).build());
    assertThat(r.settlementBenchmark()).isEqualTo(970, within(1e-9));
    assertThat(r.payment()).isEqualTo(0.275 * 970, within(1e-9));
    ContractResult halfQuality = ResolvedContract.of(t).settle(PerformanceInputs.builder().benchmark(1000)
        .expenditure(679).qualityScore(0.5).build());
    assertThat(halfQuality.withholdEarnedBack()).isEqualTo(0.5 * 19.4, within(1e-9));
  }

  @Test
  void discountsAndWithholdsByYear() {
    assertThat(terms(2024, ReachOption.GLOBAL).benchmarkDiscount()).isEqualTo(0.03);
    assertThat(terms(2025, ReachOption.GLOBAL).benchmarkDiscount()).isEqualTo(0.04);
    assertThat(terms(2025, ReachOption.PROFESSIONAL).benchmarkDiscount()).isZero();
    ContractTerms py2026 = ReachYear.builder().performanceYear(2026).option(ReachOption.GLOBAL).sequestrationRate(0)
        .discount(0.04).addCorridors(Band.of(0, 0.10, 1.0), Band.above(0.10, 0.5)).build().terms();
    assertThat(py2026.quality().withholdRate()).isEqualTo(0.05);
  }

  @Test
  void py2026RequiresCorridorsAndDiscount() {
    assertThatThrownBy(() -> terms(2026, ReachOption.GLOBAL)).hasMessageStartingWith("corridors is required");
    assertThatThrownBy(() -> ReachYear.builder().performanceYear(2026).option(ReachOption.GLOBAL).sequestrationRate(0)
        .addCorridors(Band.flat(1.0)).build().terms()).hasMessageStartingWith("discount is required");
    assertThatThrownBy(() -> ReachYear.builder().performanceYear(2024).option(ReachOption.GLOBAL).build().terms())
        .hasMessageStartingWith("sequestrationRate is required");
  }

  @Test
  void healthEquityBenchmarkAdjustmentBounds() {
    assertThat(ReachYear.healthEquityBenchmarkAdjustment(30, 1000)).isEqualTo(360_000);
    assertThat(ReachYear.healthEquityBenchmarkAdjustment(-10, 1000)).isEqualTo(-120_000);
    assertThatThrownBy(() -> ReachYear.healthEquityBenchmarkAdjustment(31, 1000))
        .hasMessageContaining("perBeneficiaryPerMonth must be between -10.0 and 30.0");
  }
}
