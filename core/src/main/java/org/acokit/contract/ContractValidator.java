/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.contract;

import java.util.List;
import java.util.OptionalDouble;

import com.google.common.collect.ImmutableList;
import org.acokit.io.Failure;
import org.acokit.io.FailureCode;

/**
 * Finds every inconsistency in contract terms and names it.
 * <p>
 * Checks: every number finite; every rate a fraction in [0, 1], with rates written as percents
 * (50 for 0.5) named as such; bands (corridors) from 0, ascending, without gaps or overlaps, the
 * last one open; loss band rates within the loss rate floor and ceiling; floor not above
 * ceiling; caps not negative and with a basis; the parameters each quality rule needs; sliding
 * scales ascending; no loss terms in a one-sided contract; discount plus withhold below 100%;
 * stop-loss attachment not negative. Pure function; thread-safe.
 */
public final class ContractValidator {

  private ContractValidator() {
  }

  /**
   * Validates contract terms.
   *
   * @param terms the terms
   * @return every problem found, in the order of the fields; empty if the terms are consistent
   */
  public static ImmutableList<Failure> validate(ContractTerms terms) {
    ImmutableList.Builder<Failure> out = ImmutableList.builder();
    fraction(out, "benchmarkDiscount", terms.benchmarkDiscount());
    fraction(out, "minimumSavingsRate", terms.minimumSavingsRate());
    fraction(out, "minimumLossRate", terms.minimumLossRate());
    if (terms.savingsBands().isEmpty()) {
      out.add(Failure.of(FailureCode.NO_SAVINGS_BANDS, "savingsBands", null,
          "savingsBands is empty: give at least one band, such as one open band from 0 at the sharing rate"));
    }
    bands(out, "savingsBands", terms.savingsBands());
    bands(out, "lossBands", terms.lossBands());
    quality(out, terms);
    terms.savingsCap().ifPresent(c -> cap(out, "savingsCap", c));
    terms.lossCap().ifPresent(c -> cap(out, "lossCap", c));
    terms.stopLoss().ifPresent(s -> {
      if (!Double.isFinite(s.attachmentPoint())) {
        out.add(Failure.of(FailureCode.NOT_FINITE, "stopLoss.attachmentPoint", null,
            "stopLoss.attachmentPoint must be a finite number of dollars, but was " + s.attachmentPoint()));
      } else if (s.attachmentPoint() < 0) {
        out.add(Failure.of(FailureCode.NEGATIVE_ATTACHMENT_POINT, "stopLoss.attachmentPoint", null,
            "stopLoss.attachmentPoint must be 0 or more dollars, but was " + s.attachmentPoint()));
      }
      fraction(out, "stopLoss.excessShareRemoved", s.excessShareRemoved());
    });
    fraction(out, "sequestrationRate", terms.sequestrationRate());
    terms.minimumRateScale().ifPresent(scale -> scale(out, scale));
    terms.belowMinimumSharingFactor().ifPresent(v -> fraction(out, "belowMinimumSharingFactor", v));
    if (terms.lossBands().isEmpty()) {
      if (terms.minimumLossRate() > 0) {
        out.add(Failure.of(FailureCode.LOSS_TERM_WITHOUT_LOSSES, "minimumLossRate", null,
            "minimumLossRate is " + terms.minimumLossRate() + " but lossBands is empty (a one-sided contract)"));
      }
      if (terms.lossCap().isPresent()) {
        out.add(Failure.of(FailureCode.LOSS_TERM_WITHOUT_LOSSES, "lossCap", null,
            "lossCap is given but lossBands is empty (a one-sided contract)"));
      }
      if (terms.quality().losses() != LossQuality.NONE) {
        out.add(Failure.of(FailureCode.LOSS_TERM_WITHOUT_LOSSES, "quality.losses", null,
            "quality.losses is " + terms.quality().losses() + " but lossBands is empty (a one-sided contract)"));
      }
    }
    double taken = terms.benchmarkDiscount() + terms.quality().withholdRate();
    if (Double.isFinite(taken) && taken >= 1 && terms.benchmarkDiscount() <= 1 && terms.quality().withholdRate() <= 1) {
      out.add(Failure.of(FailureCode.BENCHMARK_FULLY_DISCOUNTED, "benchmarkDiscount", null,
          "benchmarkDiscount " + terms.benchmarkDiscount() + " plus quality.withholdRate "
              + terms.quality().withholdRate() + " must be below 1, but was " + taken));
    }
    return out.build();
  }

  /**
   * Validates terms and fails on the first inconsistency found, listing all of them.
   *
   * @param terms the terms
   * @return the terms
   * @throws IllegalArgumentException naming every problem, if there is any
   */
  public static ContractTerms requireValid(ContractTerms terms) {
    List<Failure> problems = validate(terms);
    if (!problems.isEmpty()) {
      StringBuilder message = new StringBuilder("contract terms '" + terms.name() + "' have "
          + problems.size() + (problems.size() == 1 ? " problem" : " problems") + ":");
      for (Failure p : problems) {
        message.append("\n  ").append(p);
      }
      throw new IllegalArgumentException(message.toString());
    }
    return terms;
  }

  private static void bands(ImmutableList.Builder<Failure> out, String field, List<Band> bands) {
    for (int i = 0; i < bands.size(); i++) {
      Band band = bands.get(i);
      String path = field + "[" + i + "]";
      boolean lowerOk = fraction(out, path + ".lower", band.lower());
      boolean upperOk = band.upper().isEmpty() || fraction(out, path + ".upper", band.upper().getAsDouble());
      fraction(out, path + ".rate", band.rate());
      if (i == 0 && lowerOk && band.lower() != 0) {
        out.add(Failure.of(FailureCode.CORRIDOR_NOT_FROM_ZERO, path + ".lower", String.valueOf(band.lower()),
            path + ".lower must be 0 (the first band starts at no savings), but was " + band.lower()));
      }
      if (lowerOk && upperOk && band.upper().isPresent() && band.upper().getAsDouble() <= band.lower()) {
        out.add(Failure.of(FailureCode.CORRIDOR_EMPTY, path + ".upper", null,
            path + ".upper must be above its lower bound " + band.lower() + ", but was " + band.upper().getAsDouble()));
      }
      boolean last = i == bands.size() - 1;
      if (band.upper().isEmpty() && !last) {
        out.add(Failure.of(FailureCode.CORRIDOR_NOT_OPEN_ENDED, path + ".upper", null,
            path + " is open above but is not the last band: only the last band may omit upper"));
      }
      if (band.upper().isPresent() && last) {
        out.add(Failure.of(FailureCode.CORRIDOR_NOT_OPEN_ENDED, path + ".upper", null,
            path + ".upper is " + band.upper().getAsDouble() + " but the last band must be open (omit upper), "
                + "so that every amount falls in a band"));
      }
      if (i > 0) {
        OptionalDouble previousUpper = bands.get(i - 1).upper();
        if (previousUpper.isPresent() && Double.isFinite(previousUpper.getAsDouble()) && lowerOk) {
          double end = previousUpper.getAsDouble();
          if (band.lower() > end) {
            out.add(Failure.of(FailureCode.CORRIDOR_GAP, path + ".lower", String.valueOf(band.lower()), path + ".lower is " + band.lower()
                + " but the previous band ends at " + end + ": amounts between them fall in no band"));
          } else if (band.lower() < end) {
            out.add(Failure.of(FailureCode.CORRIDOR_OVERLAP, path + ".lower", String.valueOf(band.lower()), path + ".lower is "
                + band.lower() + " but the previous band ends at " + end + ": the bands overlap"));
          }
        }
      }
    }
  }

  private static void quality(ImmutableList.Builder<Failure> out, ContractTerms terms) {
    QualityTerms q = terms.quality();
    q.minimumScore().ifPresent(v -> fraction(out, "quality.minimumScore", v));
    fraction(out, "quality.withholdRate", q.withholdRate());
    boolean needsScale = q.savings() == SavingsQuality.SLIDING_SCALE
        || (q.withholdRate() > 0 && q.withholdEarnBack() == WithholdEarnBack.SLIDING_SCALE);
    if (needsScale && q.slidingScale().isEmpty()) {
      out.add(Failure.of(FailureCode.MISSING_PARAMETER, "quality.slidingScale", null,
          "quality.slidingScale is empty but a SLIDING_SCALE rule uses it"));
    }
    for (int i = 0; i < q.slidingScale().size(); i++) {
      ScaleStep step = q.slidingScale().get(i);
      String path = "quality.slidingScale[" + i + "]";
      boolean ok = fraction(out, path + ".minimumScore", step.minimumScore());
      fraction(out, path + ".factor", step.factor());
      if (i > 0 && ok && step.minimumScore() <= q.slidingScale().get(i - 1).minimumScore()) {
        out.add(Failure.of(FailureCode.SLIDING_SCALE_NOT_ASCENDING, path + ".minimumScore", null,
            path + ".minimumScore must be above the previous step's " + q.slidingScale().get(i - 1).minimumScore()
                + ", but was " + step.minimumScore()));
      }
    }
    boolean floorOk = q.lossRateFloor().isEmpty() || fraction(out, "quality.lossRateFloor", q.lossRateFloor().getAsDouble());
    boolean ceilingOk = q.lossRateCeiling().isEmpty()
        || fraction(out, "quality.lossRateCeiling", q.lossRateCeiling().getAsDouble());
    double floor = q.lossRateFloor().orElse(0);
    double ceiling = q.lossRateCeiling().orElse(1);
    if (floorOk && ceilingOk && floor > ceiling) {
      out.add(Failure.of(FailureCode.FLOOR_ABOVE_CEILING, "quality.lossRateFloor", null,
          "quality.lossRateFloor " + floor + " must not be above quality.lossRateCeiling " + ceiling));
    } else if (floorOk && ceilingOk) {
      for (int i = 0; i < terms.lossBands().size(); i++) {
        double rate = terms.lossBands().get(i).rate();
        if (Double.isFinite(rate) && rate >= 0 && rate <= 1 && (rate < floor || rate > ceiling)) {
          out.add(Failure.of(FailureCode.LOSS_RATE_OUTSIDE_BOUNDS, "lossBands[" + i + "].rate", String.valueOf(rate),
              "lossBands[" + i + "].rate must be between the loss rate floor " + floor + " and ceiling " + ceiling
                  + ", but was " + rate));
        }
      }
    }
    q.complementSharingRate().ifPresent(v -> fraction(out, "quality.complementSharingRate", v));
    q.maximumLossMitigation().ifPresent(v -> fraction(out, "quality.maximumLossMitigation", v));
    if (q.losses() == LossQuality.COMPLEMENT_OF_SHARING_RATE) {
      if (q.complementSharingRate().isEmpty()) {
        out.add(Failure.of(FailureCode.MISSING_PARAMETER, "quality.complementSharingRate", null,
            "quality.complementSharingRate is required by quality.losses COMPLEMENT_OF_SHARING_RATE"));
      }
      if (terms.lossBands().size() > 1) {
        out.add(Failure.of(FailureCode.MISSING_PARAMETER, "lossBands", null,
            "quality.losses COMPLEMENT_OF_SHARING_RATE sets one loss rate, but lossBands has "
                + terms.lossBands().size() + " bands: give one"));
      }
    }
    if (q.losses() == LossQuality.COMPLEMENT_OF_FINAL_SHARING_RATE
        && (terms.lossBands().size() > 1 || terms.savingsBands().size() > 1)) {
      out.add(Failure.of(FailureCode.MISSING_PARAMETER, terms.lossBands().size() > 1 ? "lossBands" : "savingsBands",
          null, "quality.losses COMPLEMENT_OF_FINAL_SHARING_RATE needs one savings band and one loss band, but there are "
              + terms.savingsBands().size() + " and " + terms.lossBands().size()));
    }
    if (q.losses() == LossQuality.MITIGATE && q.maximumLossMitigation().isEmpty()) {
      out.add(Failure.of(FailureCode.MISSING_PARAMETER, "quality.maximumLossMitigation", null,
          "quality.maximumLossMitigation is required by quality.losses MITIGATE"));
    }
  }

  private static void scale(ImmutableList.Builder<Failure> out, MinimumRateScale scale) {
    List<SizeRate> rows = scale.rows();
    if (rows.isEmpty()) {
      out.add(Failure.of(FailureCode.SIZE_SCALE_NOT_CONTIGUOUS, "minimumRateScale.rows", null,
          "minimumRateScale.rows is empty: give at least one row of sizes and rates"));
    }
    for (int i = 0; i < rows.size(); i++) {
      SizeRate row = rows.get(i);
      String path = "minimumRateScale.rows[" + i + "]";
      fraction(out, path + ".lowRate", row.lowRate());
      fraction(out, path + ".highRate", row.highRate());
      if (row.lowSize() < 1 || row.highSize() <= row.lowSize()) {
        out.add(Failure.of(FailureCode.SIZE_SCALE_NOT_CONTIGUOUS, path + ".highSize", String.valueOf(row.highSize()),
            path + " must run from at least 1 beneficiary to a larger size, but was " + row.lowSize() + "-"
                + row.highSize()));
      }
      if (i > 0 && row.lowSize() != rows.get(i - 1).highSize() + 1) {
        out.add(Failure.of(FailureCode.SIZE_SCALE_NOT_CONTIGUOUS, path + ".lowSize", String.valueOf(row.lowSize()),
            path + ".lowSize must be " + (rows.get(i - 1).highSize() + 1) + ", one after the previous row's highSize, "
                + "but was " + row.lowSize()));
      }
    }
    fraction(out, "minimumRateScale.rateAboveLargestSize", scale.rateAboveLargestSize());
    if (scale.replacesFixedRateBelow().isPresent() && scale.replacesFixedRateBelow().getAsInt() < 1) {
      out.add(Failure.of(FailureCode.RATE_OUT_OF_RANGE, "minimumRateScale.replacesFixedRateBelow",
          String.valueOf(scale.replacesFixedRateBelow().getAsInt()),
          "minimumRateScale.replacesFixedRateBelow must be at least 1 beneficiary, but was "
              + scale.replacesFixedRateBelow().getAsInt()));
    }
  }

  private static void cap(ImmutableList.Builder<Failure> out, String field, Cap cap) {
    if (cap.benchmarkRate().isEmpty() && cap.revenueRate().isEmpty()) {
      out.add(Failure.of(FailureCode.CAP_WITHOUT_BASIS, field, null,
          field + " has neither benchmarkRate nor revenueRate: give one or both, or omit the cap"));
    }
    cap.benchmarkRate().ifPresent(v -> capRate(out, field + ".benchmarkRate", v));
    cap.revenueRate().ifPresent(v -> capRate(out, field + ".revenueRate", v));
  }

  private static void capRate(ImmutableList.Builder<Failure> out, String path, double value) {
    if (Double.isFinite(value) && value < 0) {
      out.add(Failure.of(FailureCode.NEGATIVE_CAP, path, String.valueOf(value), path + " must be 0 or more, but was " + value));
      return;
    }
    fraction(out, path, value);
  }

  /** Reports a value that is not a fraction; returns whether it is one. */
  private static boolean fraction(ImmutableList.Builder<Failure> out, String path, double value) {
    if (!Double.isFinite(value)) {
      out.add(Failure.of(FailureCode.NOT_FINITE, path, String.valueOf(value), path + " must be a finite fraction, but was " + value));
      return false;
    }
    if (value > 1 && value <= 100) {
      out.add(Failure.of(FailureCode.RATE_WRITTEN_AS_PERCENT, path, String.valueOf(value), path + " is " + value
          + ": rates are fractions between 0 and 1, write " + value / 100 + " for " + value + "%"));
      return false;
    }
    if (value < 0 || value > 1) {
      out.add(Failure.of(FailureCode.RATE_OUT_OF_RANGE, path, String.valueOf(value),
          path + " must be a fraction between 0 and 1 inclusive, but was " + value));
      return false;
    }
    return true;
  }
}
