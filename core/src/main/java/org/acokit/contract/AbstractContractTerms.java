/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.contract;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.acokit.internal.AcoStyle;
import org.immutables.value.Value;

/**
 * The financial terms of a shared-savings contract, in one vocabulary for every program (MSSP
 * tracks, Pioneer, Next Generation, ACO REACH, MassHealth) and for bespoke payer contracts.
 * <p>
 * The settlement ({@link ResolvedContract}) reads them in this order: benchmark discount,
 * quality withhold and earn-back, stop-loss, minimum savings/loss rate (a symmetric or
 * asymmetric corridor around zero), first-dollar or excess-only sharing, the savings and loss
 * bands (risk corridors, each with its own rate), quality modulation of savings and losses,
 * caps, sequestration. All rates are fractions (0.05 = 5%). Example, a commercial upside-only
 * contract with a 2% MSR, 50% sharing beyond it, savings capped at 10% of the benchmark:
 * <pre>{@code
 * ContractTerms.builder().name("Acme PPO 2025")
 *     .minimumSavingsRate(0.02).shareBasis(ShareBasis.EXCESS_ONLY)
 *     .addSavingsBands(Band.flat(0.5))
 *     .savingsCap(Cap.ofBenchmark(0.10))
 *     .build();
 * }</pre>
 * Building accepts inconsistent terms on purpose, so that
 * {@link ContractValidator#validate(ContractTerms)} can name every problem;
 * {@link ResolvedContract#of(ContractTerms)} refuses them. JSON through {@link ContractJson}. Immutable and thread-safe.
 */
@Value.Immutable
@AcoStyle
@JsonSerialize(as = ContractTerms.class)
@JsonDeserialize(as = ContractTerms.class)
abstract class AbstractContractTerms {

  /**
   * The name of the contract or preset, such as {@code "ACO REACH Global PY2024"}.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * Where the terms come from (program documents, contract sections), for the explanation.
   *
   * @return the sources, empty if not given
   */
  public abstract Optional<String> source();

  /**
   * The share taken off the benchmark before settlement (Next Generation ACO 0.5%-4.5%; ACO
   * REACH Global 3%-4%).
   *
   * @return the discount, a fraction; 0 unless set
   */
  @Value.Default
  public double benchmarkDiscount() {
    return 0;
  }

  /**
   * The minimum savings rate: gross savings below this share of the settlement benchmark are not
   * shared.
   *
   * @return the MSR, a fraction; 0 unless set
   */
  @Value.Default
  public double minimumSavingsRate() {
    return 0;
  }

  /**
   * The minimum loss rate: gross losses below this share of the settlement benchmark are not
   * shared.
   *
   * @return the MLR, a fraction; 0 unless set
   */
  @Value.Default
  public double minimumLossRate() {
    return 0;
  }

  /**
   * A size-based scale that sets the minimum savings and loss rates from the number of
   * beneficiaries ({@link PerformanceInputs#beneficiaries()}), always or below a size.
   *
   * @return the scale, empty when the fixed rates always apply
   */
  public abstract Optional<MinimumRateScale> minimumRateScale();

  /**
   * The share of the final sharing rate at which savings that are positive but below the minimum
   * savings rate are shared, from the first dollar (MSSP from PY2024: 0.5 for eligible
   * low-revenue BASIC ACOs, 42 CFR 425.605(h)).
   *
   * @return the factor, a fraction; empty when such savings are not shared
   */
  public abstract OptionalDouble belowMinimumSharingFactor();

  /**
   * Whether the settlement uses a recalculated benchmark
   * ({@link PerformanceInputs#recalculatedBenchmark()}) as a guardrail: when the ACO has losses
   * against the benchmark and the recalculated benchmark is higher, losses are settled against
   * the recalculated one, and an ACO whose expenditure is below it neither shares losses nor earns
   * savings (MSSP agreement periods from 2024, 42 CFR 425.652(b)(5)).
   *
   * @return true for the guardrail, false unless set
   */
  @Value.Default
  public boolean recalculatedBenchmarkGuardrail() {
    return false;
  }

  /**
   * What a partial year of participation does to the settlement.
   *
   * @return the rule, {@link PartialYearRule#FULL_YEAR_ONLY} unless set
   */
  @Value.Default
  public PartialYearRule partialYear() {
    return PartialYearRule.FULL_YEAR_ONLY;
  }

  /**
   * Whether savings (losses) past the minimum rate are shared from the first dollar or only
   * beyond the minimum rate.
   *
   * @return the basis, {@link ShareBasis#FIRST_DOLLAR} unless set
   */
  @Value.Default
  public ShareBasis shareBasis() {
    return ShareBasis.FIRST_DOLLAR;
  }

  /**
   * The savings bands in ascending order, from 0, without gaps or overlaps, the last one open.
   *
   * @return the bands; at least one
   */
  public abstract List<Band> savingsBands();

  /**
   * The loss bands in ascending order of losses as a share of the benchmark; empty for a
   * one-sided (upside-only) contract.
   *
   * @return the bands
   */
  public abstract List<Band> lossBands();

  /**
   * How quality changes the settlement.
   *
   * @return the quality terms, {@code QualityTerms.none()} unless set
   */
  @Value.Default
  public QualityTerms quality() {
    return QualityTerms.none();
  }

  /**
   * The cap on shared savings.
   *
   * @return the cap, empty for none
   */
  public abstract Optional<Cap> savingsCap();

  /**
   * The cap on shared losses.
   *
   * @return the cap, empty for none
   */
  public abstract Optional<Cap> lossCap();

  /**
   * Stop-loss or truncation of high-cost beneficiaries.
   *
   * @return the stop-loss, empty for none
   */
  public abstract Optional<StopLoss> stopLoss();

  /**
   * The sequestration rate applied to shared savings payments (2% for most MSSP years, see
   * {@code MsspProgramYear}).
   *
   * @return the rate, a fraction; 0 unless set
   */
  @Value.Default
  public double sequestrationRate() {
    return 0;
  }

  /**
   * Whether sequestration comes before or after the savings cap.
   *
   * @return the order, {@link SequestrationOrder#AFTER_CAP} unless set
   */
  @Value.Default
  public SequestrationOrder sequestrationOrder() {
    return SequestrationOrder.AFTER_CAP;
  }
}
