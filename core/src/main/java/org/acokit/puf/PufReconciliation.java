/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.puf;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

import com.google.common.collect.ImmutableList;
import org.acokit.io.ValueWithFailures;
import org.acokit.program.mssp.MinimumSavingsRate;
import org.acokit.program.mssp.MsrElection;
import org.acokit.program.mssp.MsspProgramYear;
import org.acokit.program.mssp.MsspTrack;
import org.acokit.io.Failure;
import org.acokit.io.FailureCode;
import org.acokit.io.FailureException;
import org.acokit.io.Result;
import org.acokit.program.mssp.EucExposure;
import org.acokit.program.mssp.MsspSettlement;
import org.acokit.quality.QualityOutcome;
import org.acokit.quality.QualityStandard;
import org.acokit.program.mssp.MsspResult;
import org.acokit.program.mssp.MsspRules;
import org.acokit.program.mssp.MsspInput;

/**
 * Settles every ACO-year of CMS's public use files again with the library and compares the
 * result with the published earned savings/losses ({@code EarnSaveLoss}).
 * <p>
 * Inputs taken from each row: assigned beneficiaries ({@code N_AB}), person-years
 * ({@code N_AB_Year_PY}), per capita benchmark and expenditure (the published totals
 * {@code ABtotBnchmk}, {@code ABtotExp} divided by person-years), track and agreement start, the
 * quality score and standard, the MSR/MLR election of two-sided ACOs (inferred from the published
 * {@code MinSavPerc}: the sliding-scale value means the variable election, otherwise the fixed
 * rate it equals), the revenue category (for the 2024 reduced rate) and the EUC exposure: 100% of
 * beneficiaries for the whole year in PY2020-2022 (the COVID-19 PHE), and otherwise the published
 * EUC adjustment {@code DisAdj}, because CMS does not publish the shares of beneficiaries and
 * months behind it.
 * <p>
 * A row matches when the recomputed amount is within $1 of the published one. Where CMS rounded
 * inputs before publishing them (the quality score to four digits in 2015-2018 and to whole
 * percents in 2019-2020, totals to whole dollars) the row is settled again at both ends of each
 * input's rounding interval; a published amount inside that bracket (plus $1) is a match within
 * the precision of the published inputs. Pure functions; thread-safe.
 */
public final class PufReconciliation {

  /** The tolerance of a match, dollars. */
  public static final double TOLERANCE = 1.0;
  /**
   * Half a unit in the last digit of the published quality score: CMS publishes it to four
   * decimals as a fraction (two as a percent) in every year that publishes a score.
   */
  private static final double HALF_UNIT_OF_QUALITY_SCORE = 0.00005;
  /** Revenue of a high revenue ACO is at least this share of its beneficiaries' expenditures (42 CFR 425.20). */
  private static final double HIGH_REVENUE_THRESHOLD = 0.35;

  private PufReconciliation() {
  }

  /**
   * Reconciles every record that was read; rows the reader could not read are carried as
   * failures.
   *
   * @param records the records read from one or more files, with the reader's failures
   * @return the report
   */
  public static ReconciliationReport reconcile(ValueWithFailures<PufRecord> records) {
    ImmutableList.Builder<ReconciledAcoYear> results = ImmutableList.builder();
    for (PufRecord record : records.values()) {
      results.add(reconcile(record));
    }
    return ReconciliationReport.builder().results(results.build()).readFailures(records.failures()).build();
  }

  /**
   * Reconciles one published ACO-year.
   *
   * @param record the published row
   * @return the comparison
   */
  public static ReconciledAcoYear reconcile(PufRecord record) {
    ReconciledAcoYear.Builder result = ReconciledAcoYear.builder().record(record);
    Result<Inputs> read = inputs(record, QualityBound.PUBLISHED);
    if (!read.isSuccess()) {
      Failure f = ofRow(record, read.failure().get());
      return result.status(ReconciliationStatus.MISSING_INPUT).failure(f).reason(f.message()).build();
    }
    Inputs inputs = read.value();
    Result<MsspResult> settled = MsspSettlement.trySettle(inputs.input);
    if (!settled.isSuccess()) {
      Failure f = ofRow(record, settled.failure().get());
      return result.status(ReconciliationStatus.MISSING_INPUT).failure(f).reason(f.message()).note(inputs.notes())
          .build();
    }
    MsspResult settlement = settled.value();
    result.settlement(settlement).note(inputs.notes());
    OptionalDouble published = record.earnedSavingsLosses();
    if (published.isEmpty()) {
      Failure f = Failure.ofRow(FailureCode.MISSING_INPUT, record.sourceFile(), record.row(), "EarnSaveLoss", null,
          "EarnSaveLoss is not published for this row, so there is nothing to compare");
      return result.status(ReconciliationStatus.MISSING_INPUT).failure(f).reason(f.message()).build();
    }
    double difference = settlement.earnedSavingsLosses() - published.getAsDouble();
    if (Math.abs(difference) <= TOLERANCE) {
      return result.status(ReconciliationStatus.MATCH).build();
    }
    Optional<double[]> bracket = bracket(record);
    if (bracket.isPresent() && published.getAsDouble() >= bracket.get()[0] - TOLERANCE
        && published.getAsDouble() <= bracket.get()[1] + TOLERANCE) {
      return result.status(ReconciliationStatus.MATCH_WITHIN_INPUT_PRECISION)
          .reason(String.format(Locale.ROOT, "off by %.2f; the published inputs' rounding allows %.2f to %.2f",
              difference, bracket.get()[0], bracket.get()[1]))
          .build();
    }
    Optional<Failure> unpublished = unpublishedCause(record, difference);
    if (unpublished.isPresent()) {
      return result.status(ReconciliationStatus.MISSING_INPUT).failure(unpublished.get())
          .reason(unpublished.get().message() + "; " + explainMismatch(record, settlement, difference)).build();
    }
    return result.status(ReconciliationStatus.MISMATCH).reason(explainMismatch(record, settlement, difference)).build();
  }

  /** A failure about a row's settlement input, naming the row's file and number. */
  private static Failure ofRow(PufRecord record, Failure f) {
    return f.row().isPresent() ? f : Failure.builder().from(f).source(record.sourceFile()).row(record.row()).build();
  }

  /**
   * Recognizes published results that rest on an input the file does not carry: a
   * {@link FailureCode#MISSING_INPUT} failure at the settlement input that is not published
   * ({@code perCapitaBenchmark}, the three-way benchmark behind the 2024+ guardrail; {@code euc},
   * the six-month 2019 performance period behind a halved EUC adjustment).
   *
   * @param r the published row
   * @param difference computed minus published, dollars
   * @return the missing input, if recognized
   */
  private static Optional<Failure> unpublishedCause(PufRecord r, double difference) {
    if (r.column("Guardrail").map("1"::equals).orElse(false)) {
      return Optional.of(Failure.ofRow(FailureCode.MISSING_INPUT, r.sourceFile(), r.row(), "perCapitaBenchmark", null,
          "CMS settled this 2024+ agreement under the guardrail of 42 CFR 425.652(b)(5) (Guardrail = 1): "
          + "the published benchmark is the recalculated two-way benchmark, and expenditures below it earn neither "
          + "savings nor losses (the published 0); the three-way benchmark that triggered the guardrail, which "
          + "MsspInput needs next to recalculatedPerCapitaBenchmark, is not published"));
    }
    double disaster = r.disasterAdjustment().orElse(0.0);
    if (r.performanceYear() == 2019 && disaster != 0 && Math.abs(Math.abs(difference) - Math.abs(disaster) / 2) <= TOLERANCE) {
      return Optional.of(Failure.ofRow(FailureCode.MISSING_INPUT, r.sourceFile(), r.row(), "euc",
          r.disasterAdjustment().isPresent() ? Double.toString(disaster) : null,
          "six-month 2019 performance period (42 CFR 425.609): the published DisAdj is the 12-month EUC "
          + "adjustment, which CMS pro-rated by half; the file does not say which ACOs had a six-month period"));
    }
    return Optional.empty();
  }

  /**
   * Builds the settlement inputs of a published row.
   *
   * @param record the published row
   * @return the inputs
   * @throws IllegalArgumentException naming the input that is missing or invalid
   */
  public static MsspInput settlementInput(PufRecord record) {
    return readInputs(record, QualityBound.PUBLISHED).input;
  }

  /** Which end of the rounding interval of the published inputs to use. */
  private enum QualityBound {
    LOW(-1), PUBLISHED(0), HIGH(1);

    final int sign;

    QualityBound(int sign) {
      this.sign = sign;
    }
  }

  /** Settlement inputs with notes on how they were taken from the row. */
  private static final class Inputs {
    final MsspInput input;
    final List<String> notes;

    Inputs(MsspInput input, List<String> notes) {
      this.input = input;
      this.notes = notes;
    }

    Optional<String> notes() {
      return notes.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", notes));
    }
  }

  /**
   * The settlement inputs of a row, or the failure naming the column that is not published
   * ({@link FailureCode#MISSING_INPUT}) or the published value the library's input types refuse
   * ({@link FailureCode#INVALID_VALUE}, with the validation's message).
   */
  private static Result<Inputs> inputs(PufRecord r, QualityBound bound) {
    try {
      return Result.success(readInputs(r, bound));
    } catch (FailureException e) {
      return Result.failure(e.failure());
    } catch (IllegalArgumentException e) {
      return Result.failure(Failure.ofRow(FailureCode.INVALID_VALUE, r.sourceFile(), r.row(), "", null, e.getMessage()));
    }
  }

  private static Inputs readInputs(PufRecord r, QualityBound bound) {
    int py = r.performanceYear();
    ImmutableList.Builder<String> notes = ImmutableList.builder();
    MsspTrack track = r.track().orElseThrow(() -> missing(r, "track"));
    int beneficiaries = r.assignedBeneficiaries().orElseThrow(() -> missing(r, "N_AB"));
    double personYears = r.personYears().orElseThrow(() -> missing(r, "N_AB_Year_PY"));
    double benchmark = r.totalBenchmarkExpenditures().orElseThrow(() -> missing(r, "ABtotBnchmk"));
    double expenditure = r.totalExpenditures().orElseThrow(() -> missing(r, "ABtotExp"));
    double dollarShift = 0.5 * bound.sign;
    MsspInput.Builder b = MsspInput.builder()
        .performanceYear(py)
        .track(track)
        .agreementStart(r.agreementStart().orElseThrow(() -> missing(r, "agreement start date")))
        .assignedBeneficiaries(beneficiaries)
        .personYears(personYears)
        .perCapitaBenchmark((benchmark + dollarShift) / personYears)
        .perCapitaExpenditure(Math.max(0, expenditure - dollarShift) / personYears)
        .quality(quality(r, bound, notes))
        .lowRevenue(r.revenueCategory().map(c -> c.toLowerCase(Locale.ROOT).startsWith("low")).orElse(false));
    if (track.isTwoSided()) {
      msrElection(r, track, beneficiaries, notes).ifPresent(b::msrElection);
    }
    if (MsspProgramYear.of(py).everyAcoAffectedByEuc()) {
      b.euc(EucExposure.fullYear());
    }
    MsspInput input = b.build();
    if (track.isTwoSided()) {
      input = withLossSideInputs(r, input, notes);
    }
    return new Inputs(input, notes.build());
  }

  private static QualityOutcome quality(PufRecord r, QualityBound bound, ImmutableList.Builder<String> notes) {
    int py = r.performanceYear();
    if (r.payForReporting()) {
      return QualityOutcome.of(1.0, QualityStandard.MET);
    }
    double published = r.qualityScore().orElseThrow(() -> missing(r, "QualScore"));
    double score = Math.max(0, Math.min(1, published + bound.sign * HALF_UNIT_OF_QUALITY_SCORE));
    QualityStandard standard;
    if (r.metQualityStandard().isPresent()) {
      standard = r.metQualityStandard().get() ? QualityStandard.MET
          : r.metAlternativeQualityStandard().orElse(false) && MsspProgramYear.of(py).hasAlternativeStandard()
              ? QualityStandard.ALTERNATIVE_MET
          : QualityStandard.NOT_MET;
    } else if (published > 0 && r.finalSharingRate().orElse(1.0) == 0) {
      // Before 2016 the file has no Met_QPS column: a zero final sharing rate with a positive
      // score means the ACO missed the minimum attainment standard (42 CFR 425.502(d)(2)(iii)).
      standard = QualityStandard.NOT_MET;
      notes.add("quality standard not published before 2016: NOT_MET inferred from FinalShareRate = 0");
    } else {
      standard = published > 0 ? QualityStandard.MET : QualityStandard.NOT_MET;
    }
    return QualityOutcome.of(score, standard);
  }

  private static Optional<MsrElection> msrElection(PufRecord r, MsspTrack track, int beneficiaries,
      ImmutableList.Builder<String> notes) {
    if (track == MsspTrack.TRACK_2 && MsspRules.track2FixedRate(r.agreementStart().get())) {
      return Optional.empty();
    }
    double published = r.minimumSavingsRate().orElseThrow(() -> missing(r, "MinSavPerc"));
    double tolerance = 0.00006;
    if (beneficiaries >= MinimumSavingsRate.SMALLEST_PUBLISHED_SIZE
        && Math.abs(published - MinimumSavingsRate.slidingScale(beneficiaries)) <= tolerance) {
      notes.add("MSR/MLR election inferred as variable from MinSavPerc");
      return Optional.of(MsrElection.variable());
    }
    if (Math.abs(published) <= tolerance) {
      notes.add("MSR/MLR election inferred as 0% from MinSavPerc");
      return Optional.of(MsrElection.zero());
    }
    for (double fixed : new double[] {0.005, 0.01, 0.015, 0.02}) {
      if (Math.abs(published - fixed) <= tolerance) {
        notes.add("MSR/MLR election inferred as fixed " + fixed + " from MinSavPerc");
        return Optional.of(MsrElection.fixed(fixed));
      }
    }
    throw new IllegalArgumentException(String.format(Locale.ROOT,
        "MinSavPerc %.6f of two-sided ACO %s matches no MSR/MLR election (0%%, 0.5%%-2.0%%, or the sliding scale %.6f "
            + "for %d beneficiaries)", published, r.acoId(), beneficiaries >= 500
            ? MinimumSavingsRate.slidingScale(beneficiaries) : Double.NaN, beneficiaries));
  }

  /**
   * Adds what the loss side needs and the file does not publish directly: the EUC exposure behind
   * a published {@code DisAdj}, and a participant revenue bound where the loss limit cannot bind.
   */
  private static MsspInput withLossSideInputs(PufRecord r, MsspInput input,
      ImmutableList.Builder<String> notes) {
    boolean revenueBased = input.track().revenueLossLimitRate().isPresent();
    MsspInput result = input;
    if (revenueBased && input.participantRevenue().isEmpty()) {
      double benchmarkRate = input.track().benchmarkLossLimitRate().getAsDouble();
      double revenueRate = input.track().revenueLossLimitRate().getAsDouble();
      // Any revenue at or above this amount gives the benchmark-based limit.
      double benchmarkEquivalent = benchmarkRate * input.totalBenchmarkExpenditures() / revenueRate;
      boolean fullyForgiven = input.euc().map(e -> e.reductionFactor() == 1.0).orElse(false);
      boolean benchmarkLimitApplies = r.revenueLossLimit().map(flag -> !flag).orElse(false);
      boolean highRevenue = r.revenueCategory().map(c -> c.toLowerCase(Locale.ROOT).startsWith("high")).orElse(false);
      if (fullyForgiven || benchmarkLimitApplies) {
        result = result.withParticipantRevenue(benchmarkEquivalent);
        notes.add(fullyForgiven ? "participant revenue not published; irrelevant because the EUC adjustment forgives all losses"
            : "participant revenue not published; RevLossLimit = 0 says the benchmark-based loss limit applies");
      } else if (highRevenue) {
        // A high revenue ACO's participant revenue is at least 35% of its assigned beneficiaries'
        // expenditures; if the loss limit does not bind at that bound, it binds at no higher revenue.
        double lowerBound = Math.min(HIGH_REVENUE_THRESHOLD * input.totalExpenditures(), benchmarkEquivalent);
        MsspInput atBound = result.withParticipantRevenue(lowerBound);
        MsspResult settled = MsspSettlement.settle(atBound);
        boolean limitBinds = settled.sharedLossesCap().isPresent()
            && settled.sharedLosses().getAsDouble() < settled.sharedLossesCap().getAsDouble();
        if (!limitBinds) {
          result = atBound;
          notes.add("participant revenue not published; High Revenue bounds it below by 35% of ABtotExp, "
              + "where the loss limit does not bind");
        }
      }
    }
    double disasterAdjustment = r.disasterAdjustment().orElse(0.0);
    if (disasterAdjustment != 0 && result.euc().isEmpty()) {
      MsspResult withoutEuc;
      try {
        withoutEuc = MsspSettlement.settle(result);
      } catch (IllegalArgumentException e) {
        return result;
      }
      double capped = withoutEuc.sharedLossesAfterCap().orElse(0.0);
      if (capped < 0) {
        double factor = Math.min(1.0, Math.abs(disasterAdjustment) / Math.abs(capped));
        result = result.withEuc(EucExposure.of(1.0, factor));
        notes.add(String.format(Locale.ROOT, "EUC shares not published: DisAdj %.0f taken as [FF] (%.4f of [CC])",
            disasterAdjustment, factor));
      }
    }
    return result;
  }

  private static Optional<double[]> bracket(PufRecord r) {
    try {
      double low = MsspSettlement.settle(readInputs(r, QualityBound.LOW).input).earnedSavingsLosses();
      double high = MsspSettlement.settle(readInputs(r, QualityBound.HIGH).input).earnedSavingsLosses();
      return Optional.of(new double[] {Math.min(low, high), Math.max(low, high)});
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static String explainMismatch(PufRecord r, MsspResult s, double difference) {
    StringBuilder reason = new StringBuilder(String.format(Locale.ROOT, "computed %.2f, published %.2f (off by %.2f)",
        s.earnedSavingsLosses(), r.earnedSavingsLosses().getAsDouble(), difference));
    r.finalSharingRate().ifPresent(rate -> {
      if (Math.abs(rate - s.finalSharingRate()) > 0.0001) {
        reason.append(String.format(Locale.ROOT, "; final sharing rate %.4f vs published %.4f", s.finalSharingRate(), rate));
      }
    });
    r.minimumSavingsRate().ifPresent(msr -> {
      if (Math.abs(msr - s.minimumSavingsRate()) > 0.0001) {
        reason.append(String.format(Locale.ROOT, "; MSR %.4f vs published %.4f", s.minimumSavingsRate(), msr));
      }
    });
    r.generatedSavingsLosses().ifPresent(g -> {
      if (Math.abs(g - s.generatedSavingsLosses()) > 1.5) {
        reason.append(String.format(Locale.ROOT, "; generated savings %.0f vs published %.0f", s.generatedSavingsLosses(), g));
      }
    });
    return reason.toString();
  }

  private static FailureException missing(PufRecord r, String column) {
    return new FailureException(Failure.ofRow(FailureCode.MISSING_INPUT, r.sourceFile(), r.row(), column, null,
        column + " is not published for ACO " + r.acoId() + " in " + r.sourceFile() + " row " + r.row()));
  }
}
