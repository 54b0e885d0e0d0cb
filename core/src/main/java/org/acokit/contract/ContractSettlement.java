/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.contract;

import java.util.List;
import java.util.OptionalDouble;

import com.google.common.collect.ImmutableList;

/**
 * Settles one performance year under contract terms.
 * <p>
 * The steps, lettered as in {@link ContractResult#explain()}:
 * <ol>
 *   <li>[G] settlement benchmark = [A] benchmark - [B] discount - [C] withhold + [E] withhold
 *       earned back + [F] adjustment.</li>
 *   <li>[J] = [H] expenditure - [I] stop-loss removal; [K] gross savings = [G] - [J].</li>
 *   <li>Savings are shared when [K] &gt; 0 and [K] &ge; MSR x [G]; losses when the contract is
 *       two-sided, [K] &lt; 0 and -[K] &ge; MLR x [G].</li>
 *   <li>[P] = |[K]| (first dollar) or |[K]| less the minimum amount (excess only); [Q] = the sum
 *       over the bands of rate x the part of [P] between the band's bounds x [G].</li>
 *   <li>Savings: [S] = [Q] x quality factor (gate, minimum score, multiplier or sliding scale);
 *       then the cap and sequestration in the terms' order.</li>
 *   <li>Losses: the loss rate may be the bounded complement of the quality-adjusted sharing rate;
 *       [W] = [Q] x (1 - mitigation x score); [Z] = min([W], cap) x (1 - loss reduction).</li>
 * </ol>
 * Worked example (MSSP Track 1 style, methodology notes A.7 example 1): benchmark $100M,
 * expenditure $92M, MSR 2.5%, one band at 50%, quality multiplier with score 0.9, 2%
 * sequestration: gross $8M &ge; $2.5M, shared 0.5 x $8M x 0.9 = $3.6M, paid $3.528M. Pure
 * function; thread-safe.
 */
public final class ContractSettlement {

  private ContractSettlement() {
  }

  /**
   * Settles one performance year.
   *
   * @param terms the contract terms
   * @param inputs the performance inputs
   * @return the settlement
   * @throws IllegalArgumentException if the terms have a problem ({@link ContractValidator}), if
   *     the terms need an input that is not given (naming it), or if the settlement benchmark is
   *     not positive
   */
  public static ContractResult settle(ContractTerms terms, PerformanceInputs inputs) {
    ContractValidator.requireValid(terms);
    QualityTerms q = terms.quality();
    double base = inputs.benchmark();
    double discount = terms.benchmarkDiscount() * base;
    double afterDiscount = base - discount;
    double withhold = q.withholdRate() * afterDiscount;
    double earnedShare = withhold > 0 ? withholdEarnedShare(q, inputs) : 0;
    double earnedBack = withhold * earnedShare;
    double benchmark = afterDiscount - withhold + earnedBack + inputs.benchmarkAdjustment();
    if (!(benchmark > 0)) {
      throw new IllegalArgumentException("the settlement benchmark (benchmark " + base + " after discount, withhold "
          + "and benchmarkAdjustment " + inputs.benchmarkAdjustment() + ") must be greater than 0, but was " + benchmark);
    }
    double removed = 0;
    if (terms.stopLoss().isPresent()) {
      double excess = inputs.expenditureAboveAttachmentPoint().orElseThrow(() -> new IllegalArgumentException(
          "expenditureAboveAttachmentPoint is required: the terms '" + terms.name() + "' have a stop-loss at "
              + terms.stopLoss().get().attachmentPoint() + " dollars per beneficiary"));
      removed = terms.stopLoss().get().excessShareRemoved() * excess;
    }
    double expenditure = inputs.expenditure() - removed;
    double gross = benchmark - expenditure;
    double msrAmount = terms.minimumSavingsRate() * benchmark;
    double mlrAmount = terms.minimumLossRate() * benchmark;
    boolean twoSided = !terms.lossBands().isEmpty();
    boolean savings = gross > 0 && gross >= msrAmount;
    boolean losses = twoSided && gross < 0 && -gross >= mlrAmount;

    ContractResult.Builder r = ContractResult.builder().terms(terms).inputs(inputs)
        .discount(discount).withhold(withhold).withholdEarnedShare(earnedShare).withholdEarnedBack(earnedBack)
        .settlementBenchmark(benchmark).stopLossRemoved(removed).settledExpenditure(expenditure)
        .grossSavings(gross).minimumSavingsAmount(msrAmount).minimumLossAmount(twoSided ? mlrAmount : 0);
    if (savings) {
      double shared = terms.shareBasis() == ShareBasis.EXCESS_ONLY ? gross - msrAmount : gross;
      List<Double> rates = rates(terms.savingsBands());
      List<Double> amounts = bandAmounts(terms.savingsBands(), rates, shared, benchmark);
      double factor = savingsQualityFactor(q, inputs);
      double sharedSavings = sum(amounts) * factor;
      OptionalDouble cap = terms.savingsCap().isPresent()
          ? OptionalDouble.of(capAmount(terms.savingsCap().get(), "savingsCap", benchmark, inputs, terms))
          : OptionalDouble.empty();
      double seqRate = terms.sequestrationRate();
      double sequestration;
      double paid;
      if (terms.sequestrationOrder() == SequestrationOrder.BEFORE_CAP) {
        sequestration = seqRate * sharedSavings;
        paid = Math.min(sharedSavings - sequestration, cap.orElse(Double.POSITIVE_INFINITY));
      } else {
        double capped = Math.min(sharedSavings, cap.orElse(Double.POSITIVE_INFINITY));
        sequestration = seqRate * capped;
        paid = capped - sequestration;
      }
      return r.outcome(Outcome.SAVINGS).amountShared(shared).bandAmounts(amounts).bandRates(rates)
          .qualityFactor(factor).sharedSavings(sharedSavings).savingsCap(cap).sequestration(sequestration)
          .savingsPayment(paid).sharedLosses(0).lossReductionAmount(0).lossesOwed(0).build();
    }
    if (losses) {
      double shared = terms.shareBasis() == ShareBasis.EXCESS_ONLY ? -gross - mlrAmount : -gross;
      List<Double> rates = lossRates(terms, inputs);
      List<Double> amounts = bandAmounts(terms.lossBands(), rates, shared, benchmark);
      double factor = 1;
      if (q.losses() == LossQuality.MITIGATE) {
        factor = 1 - q.maximumLossMitigation().getAsDouble() * score(inputs, "quality.losses MITIGATE");
      }
      double sharedLosses = sum(amounts) * factor;
      OptionalDouble cap = terms.lossCap().isPresent()
          ? OptionalDouble.of(capAmount(terms.lossCap().get(), "lossCap", benchmark, inputs, terms))
          : OptionalDouble.empty();
      double capped = Math.min(sharedLosses, cap.orElse(Double.POSITIVE_INFINITY));
      double reduction = capped * inputs.lossReduction();
      return r.outcome(Outcome.LOSSES).amountShared(shared).bandAmounts(amounts).bandRates(rates)
          .qualityFactor(factor).sharedSavings(0).sequestration(0).savingsPayment(0)
          .sharedLosses(sharedLosses).lossCap(cap).lossReductionAmount(reduction).lossesOwed(capped - reduction)
          .build();
    }
    return r.outcome(Outcome.NEITHER).amountShared(0).qualityFactor(1).sharedSavings(0).sequestration(0)
        .savingsPayment(0).sharedLosses(0).lossReductionAmount(0).lossesOwed(0).build();
  }

  private static List<Double> rates(List<Band> bands) {
    ImmutableList.Builder<Double> rates = ImmutableList.builder();
    for (Band b : bands) {
      rates.add(b.rate());
    }
    return rates.build();
  }

  private static List<Double> lossRates(ContractTerms terms, PerformanceInputs inputs) {
    QualityTerms q = terms.quality();
    if (q.losses() != LossQuality.COMPLEMENT_OF_SHARING_RATE) {
      return rates(terms.lossBands());
    }
    boolean gateMet = !q.gateRequired() || gate(inputs, "quality.losses COMPLEMENT_OF_SHARING_RATE");
    double score = gateMet ? score(inputs, "quality.losses COMPLEMENT_OF_SHARING_RATE") : 0;
    double rate = 1 - q.complementSharingRate().getAsDouble() * score;
    rate = Math.max(q.lossRateFloor().orElse(0), Math.min(q.lossRateCeiling().orElse(1), rate));
    return ImmutableList.of(rate);
  }

  /** The amount in each band: rate x (the part of the amount between the bounds, in dollars). */
  private static List<Double> bandAmounts(List<Band> bands, List<Double> rates, double amount, double benchmark) {
    ImmutableList.Builder<Double> out = ImmutableList.builder();
    for (int i = 0; i < bands.size(); i++) {
      Band b = bands.get(i);
      double lower = b.lower() * benchmark;
      double upper = b.upper().isPresent() ? b.upper().getAsDouble() * benchmark : Double.POSITIVE_INFINITY;
      double inBand = Math.max(0, Math.min(amount, upper) - lower);
      out.add(rates.get(i) * inBand);
    }
    return out.build();
  }

  private static double savingsQualityFactor(QualityTerms q, PerformanceInputs inputs) {
    if (q.gateRequired() && !gate(inputs, "quality.gateRequired")) {
      return 0;
    }
    if (q.minimumScore().isPresent() && score(inputs, "quality.minimumScore") < q.minimumScore().getAsDouble()) {
      return 0;
    }
    switch (q.savings()) {
      case MULTIPLY:
        return score(inputs, "quality.savings MULTIPLY");
      case SLIDING_SCALE:
        return q.slidingScaleFactor(score(inputs, "quality.savings SLIDING_SCALE"));
      default:
        return 1;
    }
  }

  private static double withholdEarnedShare(QualityTerms q, PerformanceInputs inputs) {
    switch (q.withholdEarnBack()) {
      case GATE:
        return gate(inputs, "quality.withholdEarnBack GATE") ? 1 : 0;
      case SLIDING_SCALE:
        return q.slidingScaleFactor(score(inputs, "quality.withholdEarnBack SLIDING_SCALE"));
      default:
        return score(inputs, "quality.withholdEarnBack SCORE");
    }
  }

  private static double score(PerformanceInputs inputs, String rule) {
    return inputs.qualityScore().orElseThrow(() -> new IllegalArgumentException(
        "qualityScore is required by " + rule + ": give the quality score as a fraction 0-1"));
  }

  private static boolean gate(PerformanceInputs inputs, String rule) {
    return inputs.qualityGateMet().orElseThrow(() -> new IllegalArgumentException(
        "qualityGateMet is required by " + rule + ": say whether the quality gate was met"));
  }

  private static double capAmount(Cap cap, String field, double benchmark, PerformanceInputs inputs,
      ContractTerms terms) {
    OptionalDouble byBenchmark = cap.benchmarkRate().isPresent()
        ? OptionalDouble.of(cap.benchmarkRate().getAsDouble() * benchmark) : OptionalDouble.empty();
    OptionalDouble byRevenue = OptionalDouble.empty();
    if (cap.revenueRate().isPresent()) {
      double revenue = inputs.participantRevenue().orElseThrow(() -> new IllegalArgumentException(
          "participantRevenue is required: " + field + " of '" + terms.name() + "' is "
              + AbstractContractResult.pct(cap.revenueRate().getAsDouble()) + " of participant revenue"));
      byRevenue = OptionalDouble.of(cap.revenueRate().getAsDouble() * revenue);
    }
    if (byBenchmark.isEmpty()) {
      return byRevenue.getAsDouble();
    }
    if (byRevenue.isEmpty()) {
      return byBenchmark.getAsDouble();
    }
    return cap.combination() == CapCombination.LESSER
        ? Math.min(byBenchmark.getAsDouble(), byRevenue.getAsDouble())
        : Math.max(byBenchmark.getAsDouble(), byRevenue.getAsDouble());
  }

  private static double sum(List<Double> values) {
    double total = 0;
    for (double v : values) {
      total += v;
    }
    return total;
  }
}
