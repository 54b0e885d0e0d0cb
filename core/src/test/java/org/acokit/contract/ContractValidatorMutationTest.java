/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;

import org.acokit.io.Failure;
import org.acokit.io.FailureCode;
import org.junit.jupiter.api.Test;

/**
 * Pins every boundary of {@link ContractValidator}: a value exactly on a limit is accepted (or
 * refused) as the rule says, and each problem carries its code, path and message. Written to kill
 * the PIT mutants that survived {@link ContractValidatorTest} (issue 17).
 */
class ContractValidatorMutationTest {

  private static ContractTerms.Builder base() {
    return ContractTerms.builder().name("m").addSavingsBands(Band.flat(0.5));
  }

  private static List<String> codesAt(ContractTerms terms) {
    return ContractValidator.validate(terms).stream().map(p -> p.code() + "@" + p.path()).collect(Collectors.toList());
  }

  private static Failure only(ContractTerms terms) {
    List<Failure> problems = ContractValidator.validate(terms);
    assertThat(problems).hasSize(1);
    return problems.get(0);
  }

  @Test
  void fractionBoundaries() {
    // exactly 0 and exactly 1 are fractions; 1 is not a percent
    assertThat(codesAt(base().benchmarkDiscount(0).sequestrationRate(1).build())).isEmpty();
    Failure percent = only(base().sequestrationRate(100).build());
    assertThat(percent.code()).isEqualTo(FailureCode.RATE_WRITTEN_AS_PERCENT);
    assertThat(percent.path()).isEqualTo("sequestrationRate");
    assertThat(percent.value()).hasValue("100.0");
    assertThat(percent.message()).isEqualTo("sequestrationRate is 100.0: rates are fractions between 0 and 1, write 1.0 for 100.0%");
    Failure range = only(base().sequestrationRate(100.5).build());
    assertThat(range.code()).isEqualTo(FailureCode.RATE_OUT_OF_RANGE);
    assertThat(range.message()).isEqualTo("sequestrationRate must be a fraction between 0 and 1 inclusive, but was 100.5");
    Failure nan = only(base().sequestrationRate(Double.POSITIVE_INFINITY).build());
    assertThat(nan.code()).isEqualTo(FailureCode.NOT_FINITE);
    assertThat(nan.message()).isEqualTo("sequestrationRate must be a finite fraction, but was Infinity");
  }

  @Test
  void aBadLowerBoundIsReportedOnceNotAlsoAsACorridorProblem() {
    // fraction(...) returns false for each kind of bad value, so no CORRIDOR_* follows from it
    assertThat(codesAt(ContractTerms.builder().name("m").addSavingsBands(Band.above(Double.NaN, 0.5)).build()))
        .containsExactly("NOT_FINITE@savingsBands[0].lower");
    assertThat(codesAt(ContractTerms.builder().name("m").addSavingsBands(Band.above(5, 0.5)).build()))
        .containsExactly("RATE_WRITTEN_AS_PERCENT@savingsBands[0].lower");
    assertThat(codesAt(ContractTerms.builder().name("m").addSavingsBands(Band.above(-0.1, 0.5)).build()))
        .containsExactly("RATE_OUT_OF_RANGE@savingsBands[0].lower");
  }

  @Test
  void lossBandsAreCheckedLikeSavingsBands() {
    assertThat(codesAt(base().addLossBands(Band.flat(40)).build()))
        .containsExactly("RATE_WRITTEN_AS_PERCENT@lossBands[0].rate");
    assertThat(codesAt(base().addLossBands(Band.of(0, 0.1, 0.4)).build()))
        .containsExactly("CORRIDOR_NOT_OPEN_ENDED@lossBands[0].upper");
  }

  @Test
  void stopLossAttachmentPointBoundary() {
    assertThat(codesAt(base().stopLoss(StopLoss.builder().attachmentPoint(0).build()).build())).isEmpty();
    Failure negative = only(base().stopLoss(StopLoss.builder().attachmentPoint(-1).build()).build());
    assertThat(negative.code()).isEqualTo(FailureCode.NEGATIVE_ATTACHMENT_POINT);
    assertThat(negative.path()).isEqualTo("stopLoss.attachmentPoint");
    assertThat(negative.message()).isEqualTo("stopLoss.attachmentPoint must be 0 or more dollars, but was -1.0");
    assertThat(codesAt(base().stopLoss(StopLoss.builder().attachmentPoint(Double.NaN).excessShareRemoved(2).build()).build()))
        .containsExactly("NOT_FINITE@stopLoss.attachmentPoint", "RATE_WRITTEN_AS_PERCENT@stopLoss.excessShareRemoved");
  }

  @Test
  void optionalFractionsAreChecked() {
    assertThat(codesAt(base().belowMinimumSharingFactor(-0.5).build()))
        .containsExactly("RATE_OUT_OF_RANGE@belowMinimumSharingFactor");
    assertThat(codesAt(base().quality(QualityTerms.builder().minimumScore(-0.1).build()).build()))
        .containsExactly("RATE_OUT_OF_RANGE@quality.minimumScore");
    assertThat(codesAt(base().addLossBands(Band.flat(0.5)).quality(QualityTerms.builder()
        .losses(LossQuality.COMPLEMENT_OF_SHARING_RATE).complementSharingRate(-0.1).build()).build()))
        .containsExactly("RATE_OUT_OF_RANGE@quality.complementSharingRate");
    assertThat(codesAt(base().addLossBands(Band.flat(0.5)).quality(QualityTerms.builder()
        .losses(LossQuality.MITIGATE).maximumLossMitigation(-0.1).build()).build()))
        .containsExactly("RATE_OUT_OF_RANGE@quality.maximumLossMitigation");
  }

  @Test
  void benchmarkFullyDiscountedBoundaries() {
    assertThat(codesAt(base().benchmarkDiscount(0.5).quality(QualityTerms.builder().withholdRate(0.49).build()).build()))
        .isEmpty();
    Failure exact = only(base().benchmarkDiscount(0.5).quality(QualityTerms.builder().withholdRate(0.5).build()).build());
    assertThat(exact.code()).isEqualTo(FailureCode.BENCHMARK_FULLY_DISCOUNTED);
    assertThat(exact.path()).isEqualTo("benchmarkDiscount");
    assertThat(exact.message()).isEqualTo("benchmarkDiscount 0.5 plus quality.withholdRate 0.5 must be below 1, but was 1.0");
    assertThat(codesAt(base().benchmarkDiscount(1).build())).containsExactly("BENCHMARK_FULLY_DISCOUNTED@benchmarkDiscount");
    assertThat(codesAt(base().quality(QualityTerms.builder().withholdRate(1).build()).build()))
        .containsExactly("BENCHMARK_FULLY_DISCOUNTED@benchmarkDiscount");
    // a discount written as a percent is reported once, as a percent
    assertThat(codesAt(base().benchmarkDiscount(2).build())).containsExactly("RATE_WRITTEN_AS_PERCENT@benchmarkDiscount");
  }

  @Test
  void withholdEarnBackBySlidingScaleNeedsAScaleOnlyWhenThereIsAWithhold() {
    assertThat(codesAt(base().quality(QualityTerms.builder().withholdRate(0)
        .withholdEarnBack(WithholdEarnBack.SLIDING_SCALE).build()).build())).isEmpty();
    Failure missing = only(base().quality(QualityTerms.builder().withholdRate(0.02)
        .withholdEarnBack(WithholdEarnBack.SLIDING_SCALE).build()).build());
    assertThat(missing.code()).isEqualTo(FailureCode.MISSING_PARAMETER);
    assertThat(missing.path()).isEqualTo("quality.slidingScale");
    assertThat(missing.message()).isEqualTo("quality.slidingScale is empty but a SLIDING_SCALE rule uses it");
    assertThat(codesAt(base().quality(QualityTerms.builder().withholdRate(0.02).build()).build())).isEmpty();
  }

  @Test
  void lossRateFloorAndCeilingBoundaries() {
    // floor equal to ceiling, and a rate exactly on both, is consistent
    assertThat(codesAt(base().addLossBands(Band.flat(0.6))
        .quality(QualityTerms.builder().lossRateFloor(0.6).lossRateCeiling(0.6).build()).build())).isEmpty();
    Failure low = only(base().addLossBands(Band.flat(0))
        .quality(QualityTerms.builder().lossRateFloor(0.1).build()).build());
    assertThat(low.code()).isEqualTo(FailureCode.LOSS_RATE_OUTSIDE_BOUNDS);
    assertThat(low.path()).isEqualTo("lossBands[0].rate");
    assertThat(low.value()).hasValue("0.0");
    assertThat(low.message()).isEqualTo("lossBands[0].rate must be between the loss rate floor 0.1 and ceiling 1.0, but was 0.0");
    assertThat(codesAt(base().addLossBands(Band.flat(1))
        .quality(QualityTerms.builder().lossRateCeiling(0.9).build()).build()))
        .containsExactly("LOSS_RATE_OUTSIDE_BOUNDS@lossBands[0].rate");
    Failure floor = only(base().addLossBands(Band.flat(0.5))
        .quality(QualityTerms.builder().lossRateFloor(0.7).lossRateCeiling(0.6).build()).build());
    assertThat(floor.message()).isEqualTo("quality.lossRateFloor 0.7 must not be above quality.lossRateCeiling 0.6");
  }

  @Test
  void complementOfFinalSharingRateNamesTheListWithTooManyBands() {
    QualityTerms q = QualityTerms.builder().losses(LossQuality.COMPLEMENT_OF_FINAL_SHARING_RATE).build();
    assertThat(codesAt(base().addLossBands(Band.flat(0.5)).quality(q).build())).isEmpty();
    Failure loss = only(base().addLossBands(Band.of(0, 0.1, 0.5), Band.above(0.1, 0.4)).quality(q).build());
    assertThat(loss.code()).isEqualTo(FailureCode.MISSING_PARAMETER);
    assertThat(loss.path()).isEqualTo("lossBands");
    assertThat(loss.message()).isEqualTo(
        "quality.losses COMPLEMENT_OF_FINAL_SHARING_RATE needs one savings band and one loss band, but there are 1 and 2");
    Failure savings = only(ContractTerms.builder().name("m").addSavingsBands(Band.of(0, 0.1, 0.5), Band.above(0.1, 0.4))
        .addLossBands(Band.flat(0.5)).quality(q).build());
    assertThat(savings.path()).isEqualTo("savingsBands");
  }

  private static SizeRate row(int low, int high, double lowRate, double highRate) {
    return SizeRate.builder().lowSize(low).highSize(high).lowRate(lowRate).highRate(highRate).build();
  }

  private static MinimumRateScale scale(SizeRate... rows) {
    return MinimumRateScale.builder().name("s").addRows(rows).rateAboveLargestSize(0.02).build();
  }

  @Test
  void minimumRateScaleBoundaries() {
    assertThat(codesAt(base().minimumRateScale(scale(row(1, 10, 0.039, 0.035), row(11, 20, 0.035, 0.03))).build()))
        .isEmpty();
    Failure zero = only(base().minimumRateScale(scale(row(0, 10, 0.039, 0.035))).build());
    assertThat(zero.code()).isEqualTo(FailureCode.SIZE_SCALE_NOT_CONTIGUOUS);
    assertThat(zero.path()).isEqualTo("minimumRateScale.rows[0].highSize");
    assertThat(zero.message()).isEqualTo("minimumRateScale.rows[0] must run from at least 1 beneficiary to a larger size, but was 0-10");
    assertThat(codesAt(base().minimumRateScale(scale(row(5, 5, 0.039, 0.035))).build()))
        .containsExactly("SIZE_SCALE_NOT_CONTIGUOUS@minimumRateScale.rows[0].highSize");
    Failure gap = only(base().minimumRateScale(scale(row(1, 10, 0.039, 0.035), row(12, 20, 0.035, 0.03))).build());
    assertThat(gap.path()).isEqualTo("minimumRateScale.rows[1].lowSize");
    assertThat(gap.value()).hasValue("12");
    assertThat(gap.message()).isEqualTo(
        "minimumRateScale.rows[1].lowSize must be 11, one after the previous row's highSize, but was 12");
    assertThat(codesAt(base().minimumRateScale(scale(row(1, 10, 39, 0.035))).build()))
        .containsExactly("RATE_WRITTEN_AS_PERCENT@minimumRateScale.rows[0].lowRate");
    assertThat(codesAt(base().minimumRateScale(MinimumRateScale.builder().name("s").addRows(row(1, 10, 0.039, 0.035))
        .rateAboveLargestSize(0.02).replacesFixedRateBelow(1).build()).build())).isEmpty();
    Failure below = only(base().minimumRateScale(MinimumRateScale.builder().name("s").addRows(row(1, 10, 0.039, 0.035))
        .rateAboveLargestSize(0.02).replacesFixedRateBelow(0).build()).build());
    assertThat(below.code()).isEqualTo(FailureCode.RATE_OUT_OF_RANGE);
    assertThat(below.path()).isEqualTo("minimumRateScale.replacesFixedRateBelow");
    assertThat(codesAt(base().minimumRateScale(MinimumRateScale.builder().name("s").rateAboveLargestSize(0.02).build())
        .build())).containsExactly("SIZE_SCALE_NOT_CONTIGUOUS@minimumRateScale.rows");
  }

  @Test
  void capRateBoundaries() {
    assertThat(codesAt(base().savingsCap(Cap.ofBenchmark(0)).build())).isEmpty();
    Failure revenue = only(base().savingsCap(Cap.builder().revenueRate(-0.1).build()).build());
    assertThat(revenue.code()).isEqualTo(FailureCode.NEGATIVE_CAP);
    assertThat(revenue.path()).isEqualTo("savingsCap.revenueRate");
    assertThat(revenue.message()).isEqualTo("savingsCap.revenueRate must be 0 or more, but was -0.1");
    assertThat(codesAt(base().savingsCap(Cap.builder().revenueRate(10).build()).build()))
        .containsExactly("RATE_WRITTEN_AS_PERCENT@savingsCap.revenueRate");
    assertThat(codesAt(base().savingsCap(Cap.ofBenchmark(Double.NaN)).build()))
        .containsExactly("NOT_FINITE@savingsCap.benchmarkRate");
  }
}
