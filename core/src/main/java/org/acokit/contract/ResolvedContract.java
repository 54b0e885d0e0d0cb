/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.contract;

import java.util.List;
import java.util.Locale;

import org.acokit.explain.Explanation;
import org.acokit.explain.Formats;
import org.acokit.internal.Checks;
import org.acokit.io.Failure;
import org.acokit.io.FailureCode;
import org.acokit.io.FailureException;
import org.acokit.io.Result;
import org.acokit.quality.QualityStandard;

/**
 * The one settlement engine: contract terms validated and compiled once into an immutable,
 * thread-safe settlement function, evaluated for as many performance inputs as needed.
 * <p>
 * Every program goes through it: the MSSP (every track and year, through
 * the MSSP's {@code MsspSettlement}), the Pioneer, Next Generation, ACO REACH and
 * MassHealth presets, and bespoke contracts. {@link #settle(PerformanceInputs)} is the fast path
 * (Monte Carlo, batch): it builds no strings and no explanation, and allocates nothing but its
 * {@link ContractResult}. {@link ContractResult#explain()} renders the same numbers as lettered
 * steps. Resolve once, settle many times:
 * <pre>{@code
 * ResolvedContract contract = ResolvedContract.of(terms);   // validates, throws on problems
 * for (PerformanceInputs year : simulatedYears) {
 *   double payment = contract.settle(year).payment();
 * }
 * }</pre>
 * The steps (the rows of {@link ContractStep}):
 * <ol>
 *   <li>Settlement benchmark = benchmark - discount - withhold + withhold earned back +
 *       adjustment; with the guardrail, a higher recalculated benchmark replaces the benchmark
 *       when the year has losses against it (and then no savings can be earned).</li>
 *   <li>Settled expenditure = expenditure - stop-loss removal; gross savings = settlement
 *       benchmark - settled expenditure.</li>
 *   <li>Minimum savings and loss rates: the terms' fixed rates, or the size-based scale's rate
 *       for the number of beneficiaries. Savings when gross &gt; 0 and gross &ge; MSR x
 *       benchmark; losses when -gross &ge; MLR x benchmark; else neither.</li>
 *   <li>Final sharing rate = band rate x quality factor (gate, minimum score, multiplier, the
 *       alternative standard's multiplier or a sliding scale); savings below the minimum may be
 *       shared from the first dollar at a reduced factor of that rate. Shared savings = the sum
 *       over the savings bands of final rate x the part of the amount subject to sharing in the
 *       band; then the cap and sequestration in the terms' order. A partial year may forfeit
 *       savings.</li>
 *   <li>Two-sided: loss rate = the band rate or a complement of the quality-adjusted sharing
 *       rate within its floor and ceiling; shared losses = the sum over the loss bands, times
 *       1 - mitigation; then the cap, a partial year's pro-ration (x months / 12), and the loss
 *       reduction (such as disaster relief).</li>
 *   <li>Net payment = savings payment - losses owed.</li>
 * </ol>
 * Worked example (MSSP Track 1 style, methodology notes A.7 example 1): benchmark $100M,
 * expenditure $92M, MSR 2.5%, one band at 50%, quality multiplier with score 0.9, 2%
 * sequestration: gross $8M &ge; $2.5M, final sharing rate 0.5 x 0.9 = 0.45, shared $3.6M, paid
 * $3.528M.
 */
public final class ResolvedContract {

  // An absent optional count: inputs are validated (months 1-12, beneficiaries at least 1) and so
  // are terms (a scale replaces a fixed rate below at least 1 beneficiary), so it is never a given
  // value; absent amounts and rates are NaN, as validated ones are finite.
  private static final int ABSENT = 0;
  private static final QualityStandard[] STANDARDS = QualityStandard.values();

  private final ContractTerms terms;
  private final QualityTerms quality;
  private final boolean twoSided;
  private final double[] savingsLower;
  private final double[] savingsUpper;
  private final double[] savingsRate;
  private final double[] lossLower;
  private final double[] lossUpper;
  private final double[] lossBandRate;
  private final boolean excessOnly;
  private final boolean sequestrationBeforeCap;
  private final boolean forfeitPartialYear;
  private final boolean guardrail;
  // The terms' optional parts and quality rules, read once: NaN or null when the terms have none.
  private final double benchmarkDiscount;
  private final double sequestrationRate;
  private final StopLoss stopLoss;
  private final double fixedMinimumSavingsRate;
  private final double fixedMinimumLossRate;
  private final MinimumRateScale scale;
  private final int scaleReplacesFixedRateBelow;
  private final double belowMinimumFactor;
  private final CapRates savingsCap;
  private final CapRates lossCap;
  private final boolean gateRequired;
  private final SavingsQuality savingsQuality;
  private final double minimumScore;
  private final LossQuality lossQuality;
  private final double complementSharingRate;
  private final double lossRateFloor;
  private final double lossRateCeiling;
  private final double maximumLossMitigation;
  private final double withholdRate;
  private final WithholdEarnBack withholdEarnBack;

  private ResolvedContract(ContractTerms terms) {
    this.terms = terms;
    this.quality = terms.quality();
    this.twoSided = !terms.lossBands().isEmpty();
    int n = terms.savingsBands().size();
    this.savingsLower = new double[n];
    this.savingsUpper = new double[n];
    this.savingsRate = new double[n];
    fill(terms.savingsBands(), savingsLower, savingsUpper, savingsRate);
    int m = terms.lossBands().size();
    this.lossLower = new double[m];
    this.lossUpper = new double[m];
    this.lossBandRate = new double[m];
    fill(terms.lossBands(), lossLower, lossUpper, lossBandRate);
    this.excessOnly = terms.shareBasis() == ShareBasis.EXCESS_ONLY;
    this.sequestrationBeforeCap = terms.sequestrationOrder() == SequestrationOrder.BEFORE_CAP;
    this.forfeitPartialYear = terms.partialYear() == PartialYearRule.FORFEIT_SAVINGS_PRORATE_LOSSES;
    this.guardrail = terms.recalculatedBenchmarkGuardrail();
    this.benchmarkDiscount = terms.benchmarkDiscount();
    this.sequestrationRate = terms.sequestrationRate();
    this.stopLoss = terms.stopLoss().orElse(null);
    this.fixedMinimumSavingsRate = terms.minimumSavingsRate();
    this.fixedMinimumLossRate = terms.minimumLossRate();
    this.scale = terms.minimumRateScale().orElse(null);
    this.scaleReplacesFixedRateBelow = scale == null ? ABSENT : scale.replacesFixedRateBelow().orElse(ABSENT);
    this.belowMinimumFactor = terms.belowMinimumSharingFactor().orElse(Double.NaN);
    this.savingsCap = terms.savingsCap().map(CapRates::new).orElse(null);
    this.lossCap = terms.lossCap().map(CapRates::new).orElse(null);
    this.gateRequired = quality.gateRequired();
    this.savingsQuality = quality.savings();
    this.minimumScore = quality.minimumScore().orElse(Double.NaN);
    this.lossQuality = quality.losses();
    this.complementSharingRate = quality.complementSharingRate().orElse(Double.NaN);
    this.lossRateFloor = quality.lossRateFloor().orElse(0);
    this.lossRateCeiling = quality.lossRateCeiling().orElse(1);
    this.maximumLossMitigation = quality.maximumLossMitigation().orElse(Double.NaN);
    this.withholdRate = quality.withholdRate();
    this.withholdEarnBack = quality.withholdEarnBack();
  }

  /** A cap's rates, read once: NaN for a rate the cap does not have. */
  private static final class CapRates {
    final Cap cap;
    final double benchmarkRate;
    final double revenueRate;
    final boolean lesser;

    CapRates(Cap cap) {
      this.cap = cap;
      this.benchmarkRate = cap.benchmarkRate().orElse(Double.NaN);
      this.revenueRate = cap.revenueRate().orElse(Double.NaN);
      this.lesser = cap.combination() == CapCombination.LESSER;
    }
  }

  private static void fill(List<Band> bands, double[] lower, double[] upper, double[] rate) {
    for (int i = 0; i < bands.size(); i++) {
      Band b = bands.get(i);
      lower[i] = b.lower();
      upper[i] = b.upper().isPresent() ? b.upper().getAsDouble() : Double.POSITIVE_INFINITY;
      rate[i] = b.rate();
    }
  }

  /**
   * Validates and compiles contract terms.
   *
   * @param terms the terms
   * @return the settlement function
   * @throws IllegalArgumentException naming every problem {@link ContractValidator} finds
   */
  public static ResolvedContract of(ContractTerms terms) {
    java.util.Objects.requireNonNull(terms, "terms");
    return new ResolvedContract(ContractValidator.requireValid(terms));
  }

  /**
   * The terms this contract was compiled from.
   *
   * @return the terms
   */
  public ContractTerms terms() {
    return terms;
  }

  /**
   * Settles one performance year.
   *
   * @param in the performance inputs
   * @return the settlement
   * @throws FailureException (an {@link IllegalArgumentException}) if the terms need an input that
   *     is not given (naming it and the term that needs it), if the settlement benchmark is not
   *     positive, or if a partial year or recalculated benchmark is given to terms without a rule
   *     for it; {@link #trySettle(PerformanceInputs)} returns these as failures
   */
  public ContractResult settle(PerformanceInputs in) {
    java.util.Objects.requireNonNull(in, "inputs");
    return settle(in, in.benchmark(), in.expenditure());
  }

  /**
   * Settles the base inputs with another benchmark and expenditure: the simulation's fast path,
   * which needs no new {@link PerformanceInputs} per trial. The same computation and result as
   * {@code settle(base.withBenchmark(benchmark).withExpenditure(expenditure))}; the result's
   * {@link ContractResult#inputs()} builds those inputs only when asked.
   *
   * @param base the other performance inputs (quality, revenue, beneficiaries, ...)
   * @param benchmark the benchmark before any discount, total dollars, greater than 0
   * @param expenditure the expenditure before any stop-loss, total dollars, 0 or more and not
   *     below the base's spending above the attachment point
   * @return the settlement
   * @throws IllegalArgumentException if the benchmark or expenditure is not allowed (naming it), or
   *     as {@link #settle(PerformanceInputs)}
   */
  public ContractResult settle(PerformanceInputs base, double benchmark, double expenditure) {
    java.util.Objects.requireNonNull(base, "base");
    if (!(benchmark > 0) || benchmark == Double.POSITIVE_INFINITY) {
      throw new IllegalArgumentException("benchmark must be a finite number greater than 0, but was " + benchmark);
    }
    if (!(expenditure >= 0) || expenditure == Double.POSITIVE_INFINITY) {
      throw new IllegalArgumentException("expenditure must be a finite number 0 or more, but was " + expenditure);
    }
    if (base.expenditureAboveAttachmentPoint().isPresent()
        && base.expenditureAboveAttachmentPoint().getAsDouble() > expenditure) {
      throw new IllegalArgumentException("expenditure must not be below expenditureAboveAttachmentPoint ("
          + base.expenditureAboveAttachmentPoint().getAsDouble() + "), but was " + expenditure);
    }
    int months = base.monthsParticipated().orElse(ABSENT);
    double recalculated = base.recalculatedBenchmark().orElse(Double.NaN);
    checkInputs(months, recalculated);
    // With the guardrail, a first pass that finds losses against a lower benchmark than the
    // recalculated one stops at the outcome and settles once more on the recalculated benchmark.
    return compute(base, months, benchmark, expenditure, benchmark, true, false, guardrail ? recalculated : Double.NaN);
  }


  /**
   * Settles one performance year, or says why it cannot: for batches and reconciliations that
   * classify failures by code. A missing input the terms need is {@link FailureCode#MISSING_INPUT}
   * at the input's path; a partial year or recalculated benchmark the terms have no rule for, or a
   * settlement benchmark that is not positive, is {@link FailureCode#INCONSISTENT}.
   *
   * @param in the performance inputs
   * @return the settlement, or the failure
   */
  public Result<ContractResult> trySettle(PerformanceInputs in) {
    try {
      return Result.success(settle(in));
    } catch (FailureException e) {
      return Result.failure(e.failure());
    }
  }

  /**
   * Settles one performance year and explains it: the same computation as
   * {@link #settle(PerformanceInputs)}, rendered as lettered steps.
   *
   * @param in the performance inputs
   * @return the explanation
   * @throws IllegalArgumentException as {@link #settle(PerformanceInputs)}
   */
  public Explanation explain(PerformanceInputs in) {
    return settle(in).explain();
  }

  private static FailureException inconsistent(String field, String value, String message) {
    return new FailureException(Failure.of(FailureCode.INCONSISTENT, field, value, message));
  }

  private void checkInputs(int months, double recalculated) {
    if (months != ABSENT && months < 12 && !forfeitPartialYear) {
      throw inconsistent("monthsParticipated", String.valueOf(months), "monthsParticipated is " + months + " but the terms '"
          + terms.name() + "' settle full years only: set partialYear to FORFEIT_SAVINGS_PRORATE_LOSSES or omit it");
    }
    if (!Double.isNaN(recalculated) && !guardrail) {
      throw inconsistent("recalculatedBenchmark", String.valueOf(recalculated),
          "recalculatedBenchmark is given (" + recalculated
          + ") but the terms '" + terms.name() + "' have no recalculatedBenchmarkGuardrail");
    }
  }

  private ContractResult compute(PerformanceInputs in, int months, double inputBenchmark, double inputExpenditure,
      double base, boolean savingsAllowed, boolean recalculated, double guardrailBenchmark) {
    // Each optional input is read once; NaN or null marks one not given.
    double score = in.qualityScore().orElse(Double.NaN);
    int standardOrdinal = in.qualityStandardOrdinal();
    QualityStandard standard = standardOrdinal < 0 ? null : STANDARDS[standardOrdinal];
    double revenue = in.participantRevenue().orElse(Double.NaN);

    double discount = benchmarkDiscount * base;
    double afterDiscount = base - discount;
    double withhold = withholdRate * afterDiscount;
    double earnedShare = withhold > 0 ? withholdEarnedShare(score, standard) : 0;
    double earnedBack = withhold * earnedShare;
    double benchmark = afterDiscount - withhold + earnedBack + in.benchmarkAdjustment();
    if (benchmark == Double.POSITIVE_INFINITY) {
      // Only a settle(base, benchmark, expenditure) override can get here: the inputs' own sum is checked.
      Checks.checkedSum("the settlement benchmark (benchmark " + base + " after discount and withhold) + benchmarkAdjustment",
          afterDiscount - withhold + earnedBack, in.benchmarkAdjustment());
    }
    if (!(benchmark > 0)) {
      throw inconsistent("benchmark", String.valueOf(base), "the settlement benchmark (benchmark " + base + " after discount, withhold "
          + "and benchmarkAdjustment " + in.benchmarkAdjustment() + ") must be greater than 0, but was " + benchmark);
    }
    double removed = 0;
    if (stopLoss != null) {
      double above = in.expenditureAboveAttachmentPoint().orElse(Double.NaN);
      if (Double.isNaN(above)) {
        throw missing("expenditureAboveAttachmentPoint", "stopLoss", "the terms have a stop-loss at "
            + stopLoss.attachmentPoint() + " dollars per beneficiary");
      }
      removed = stopLoss.excessShareRemoved() * above;
    }
    double expenditure = inputExpenditure - removed;
    double gross = benchmark - expenditure;
    if (!Double.isFinite(gross / benchmark)) {
      // A subnormal benchmark: the savings rate (gross / benchmark) would be infinite.
      throw new IllegalArgumentException("benchmark must be large enough that the savings rate (benchmark - expenditure)"
          + " / benchmark is finite, but the settlement benchmark was " + benchmark + " against expenditure " + expenditure);
    }

    double msr = fixedMinimumSavingsRate;
    double mlr = fixedMinimumLossRate;
    boolean fromScale = false;
    if (scale != null) {
      int n = in.beneficiaries().orElse(ABSENT);
      if (n == ABSENT) {
        throw missing("beneficiaries", "minimumRateScale", "the minimum savings rate is set by size (" + scale.name() + ")");
      }
      if (scaleReplacesFixedRateBelow == ABSENT || n < scaleReplacesFixedRateBelow) {
        msr = scale.rate(n);
        mlr = msr;
        fromScale = true;
      }
    }
    double msrAmount = msr * benchmark;
    double mlrAmount = mlr * benchmark;
    boolean savings = savingsAllowed && gross > 0 && gross >= msrAmount;
    boolean losses = gross < 0 && -gross >= mlrAmount;
    Outcome outcome = savings ? Outcome.SAVINGS : losses ? Outcome.LOSSES : Outcome.NEITHER;
    if (losses && guardrailBenchmark > inputBenchmark) {
      // 42 CFR 425.652(b)(5): losses are settled against the higher recalculated benchmark, where
      // they may shrink or vanish; savings are then not shared. NaN (no guardrail) compares false.
      return compute(in, months, inputBenchmark, inputExpenditure, guardrailBenchmark, false, true, Double.NaN);
    }
    boolean sharesLosses = losses && twoSided;
    boolean belowCandidate = savingsAllowed && !savings && gross > 0 && !Double.isNaN(belowMinimumFactor);
    boolean complementOfFinal = twoSided && lossQuality == LossQuality.COMPLEMENT_OF_FINAL_SHARING_RATE;

    double factor = savingsQualityFactor(score, standard, savings || belowCandidate || (complementOfFinal && sharesLosses));
    boolean singleBand = savingsRate.length == 1;
    double qualityRate = singleBand ? savingsRate[0] * factor : Double.NaN;
    boolean below = belowCandidate && savingsRate[0] * factor > 0;
    double belowFactor = below ? belowMinimumFactor : 1;
    double finalRate = below ? qualityRate * belowFactor : qualityRate;
    boolean forfeited = forfeitPartialYear && months != ABSENT && months < 12;

    double amountShared = 0;
    double sharedSavings = 0;
    if ((savings || below) && !forfeited) {
      amountShared = excessOnly && savings ? gross - msrAmount : gross;
      for (int i = 0; i < savingsRate.length; i++) {
        sharedSavings += savingsRate[i] * factor * belowFactor * inBand(amountShared, savingsLower[i], savingsUpper[i],
            benchmark);
      }
    }
    double savingsCapAmount = savingsCap != null
        ? capAmount(savingsCap, "savingsCap", benchmark, revenue, savings || below) : Double.NaN;
    double cap = Double.isNaN(savingsCapAmount) ? Double.POSITIVE_INFINITY : savingsCapAmount;
    double sequestration;
    double paid;
    if (sequestrationBeforeCap) {
      sequestration = sequestrationRate * sharedSavings;
      paid = Math.min(sharedSavings - sequestration, cap);
    } else {
      double capped = Math.min(sharedSavings, cap);
      sequestration = sequestrationRate * capped;
      paid = capped - sequestration;
    }

    double lossRate = Double.NaN;
    double lossFactor = Double.NaN;
    double sharedLosses = 0;
    double lossCapAmount = Double.NaN;
    double afterCap = 0;
    double reduction = 0;
    double owed = 0;
    if (twoSided) {
      lossRate = lossRate(score, standard, factor, sharesLosses);
      if (sharesLosses) {
        amountShared = excessOnly ? -gross - mlrAmount : -gross;
        lossFactor = lossQuality == LossQuality.MITIGATE
            ? 1 - maximumLossMitigation * score(score, "quality.losses MITIGATE") : 1;
        boolean single = lossBandRate.length == 1;
        for (int i = 0; i < lossBandRate.length; i++) {
          double rate = single && !Double.isNaN(lossRate) ? lossRate : lossBandRate[i];
          sharedLosses += rate * lossFactor * inBand(amountShared, lossLower[i], lossUpper[i], benchmark);
        }
        if (lossCap != null) {
          lossCapAmount = capAmount(lossCap, "lossCap", benchmark, revenue, true);
        }
        afterCap = Double.isNaN(lossCapAmount) ? sharedLosses : Math.min(sharedLosses, lossCapAmount);
      }
      if (forfeitPartialYear && months != ABSENT) {
        afterCap = afterCap * months / 12.0;
      }
      reduction = afterCap * in.lossReduction();
      owed = afterCap - reduction;
    }
    if (!Double.isFinite(paid - owed)) {
      // Unreachable from finite validated inputs; kept so that no result ever holds NaN or infinity.
      Checks.finiteResult("the payment (savings paid " + paid + " - losses owed " + owed + ")", paid - owed);
    }
    return new ContractResult(this, in, inputBenchmark, inputExpenditure, base, recalculated, discount, withhold, earnedShare, earnedBack, benchmark,
        removed, expenditure, gross, msr, mlr, fromScale, outcome, amountShared, factor, finalRate, below,
        forfeited && (savings || below), sharedSavings, savingsCapAmount, sequestration, paid, lossRate, lossFactor,
        sharedLosses, lossCapAmount, afterCap, reduction, owed);
  }

  /** The part of an amount between a band's bounds (fractions of the benchmark), in dollars. */
  static double inBand(double amount, double lower, double upper, double benchmark) {
    double top = upper == Double.POSITIVE_INFINITY ? amount : Math.min(amount, upper * benchmark);
    return Math.max(0, top - lower * benchmark);
  }

  /**
   * The quality factor on savings, or NaN when its inputs are missing and it is not needed.
   */
  private double savingsQualityFactor(double score, QualityStandard standard, boolean needed) {
    if (gateRequired || savingsQuality == SavingsQuality.MULTIPLY_UNDER_ALTERNATIVE) {
      if (standard == null) {
        if (needed) {
          throw missing("qualityStandard", gateRequired ? "quality.gateRequired"
              : "quality.savings MULTIPLY_UNDER_ALTERNATIVE", "say which quality standard was met");
        }
        return Double.NaN;
      }
      if (standard == QualityStandard.NOT_MET) {
        return 0;
      }
    }
    boolean needsScore = !Double.isNaN(minimumScore) || savingsQuality == SavingsQuality.MULTIPLY
        || savingsQuality == SavingsQuality.SLIDING_SCALE
        || (savingsQuality == SavingsQuality.MULTIPLY_UNDER_ALTERNATIVE && standard == QualityStandard.ALTERNATIVE_MET);
    if (needsScore && Double.isNaN(score)) {
      if (needed) {
        throw missing("qualityScore", "quality.savings " + savingsQuality, "give the quality score as a fraction 0-1");
      }
      return Double.NaN;
    }
    if (!Double.isNaN(minimumScore) && score < minimumScore) {
      return 0;
    }
    switch (savingsQuality) {
      case MULTIPLY:
        return score;
      case SLIDING_SCALE:
        return quality.slidingScaleFactor(score);
      case MULTIPLY_UNDER_ALTERNATIVE:
        return standard == QualityStandard.ALTERNATIVE_MET ? score : 1;
      default:
        return 1;
    }
  }

  /** The loss rate of a single loss band after its quality rule; NaN for several bands or missing inputs not needed. */
  private double lossRate(double score, QualityStandard standard, double savingsFactor, boolean needed) {
    switch (lossQuality) {
      case COMPLEMENT_OF_SHARING_RATE: {
        boolean gateMet = true;
        if (gateRequired) {
          if (standard == null) {
            if (needed) {
              throw missing("qualityStandard", "quality.losses COMPLEMENT_OF_SHARING_RATE", "say which quality standard was met");
            }
            return Double.NaN;
          }
          gateMet = standard != QualityStandard.NOT_MET;
        }
        double gatedScore = 0;
        if (gateMet) {
          if (Double.isNaN(score)) {
            if (needed) {
              throw missing("qualityScore", "quality.losses COMPLEMENT_OF_SHARING_RATE",
                  "give the quality score as a fraction 0-1");
            }
            return Double.NaN;
          }
          gatedScore = score;
        }
        double rate = 1 - complementSharingRate * gatedScore;
        return Math.max(lossRateFloor, Math.min(lossRateCeiling, rate));
      }
      case COMPLEMENT_OF_FINAL_SHARING_RATE:
        if (Double.isNaN(savingsFactor)) {
          return Double.NaN;
        }
        return Math.max(lossRateFloor, Math.min(lossRateCeiling, 1 - savingsRate[0] * savingsFactor));
      default:
        return lossBandRate.length == 1 ? lossBandRate[0] : Double.NaN;
    }
  }

  private double withholdEarnedShare(double score, QualityStandard standard) {
    switch (withholdEarnBack) {
      case GATE:
        if (standard == null) {
          throw missing("qualityStandard", "quality.withholdEarnBack GATE", "say which quality standard was met");
        }
        return standard != QualityStandard.NOT_MET ? 1 : 0;
      case SLIDING_SCALE:
        return quality.slidingScaleFactor(score(score, "quality.withholdEarnBack SLIDING_SCALE"));
      default:
        return score(score, "quality.withholdEarnBack SCORE");
    }
  }

  private double score(double score, String rule) {
    if (Double.isNaN(score)) {
      throw missing("qualityScore", rule, "give the quality score as a fraction 0-1");
    }
    return score;
  }

  private FailureException missing(String field, String rule, String what) {
    return new FailureException(Failure.of(FailureCode.MISSING_INPUT, field, null,
        field + " is required by " + rule + " of the terms '" + terms.name() + "': " + what));
  }

  /** A cap in dollars; NaN when its revenue is missing and the cap is not needed. */
  private double capAmount(CapRates cap, String field, double benchmark, double revenue, boolean needed) {
    double byBenchmark = Double.isNaN(cap.benchmarkRate) ? Double.NaN : cap.benchmarkRate * benchmark;
    double byRevenue = Double.NaN;
    if (!Double.isNaN(cap.revenueRate)) {
      if (Double.isNaN(revenue)) {
        if (!needed) {
          return Double.NaN;
        }
        throw missing("participantRevenue", field, field + " is " + Formats.percent(cap.revenueRate)
            + " of participant revenue" + (cap.cap.benchmarkRate().isPresent() ? String.format(Locale.ROOT, ", %s %s of the "
                + "benchmark", cap.lesser ? "at most" : "at least",
                Formats.percent(cap.benchmarkRate)) : ""));
      }
      byRevenue = cap.revenueRate * revenue;
    }
    if (Double.isNaN(byBenchmark)) {
      return byRevenue;
    }
    if (Double.isNaN(byRevenue)) {
      return byBenchmark;
    }
    return cap.lesser ? Math.min(byBenchmark, byRevenue) : Math.max(byBenchmark, byRevenue);
  }

  @Override
  public String toString() {
    return "ResolvedContract{" + terms.name() + "}";
  }
}
