/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.contract;

import org.acokit.io.Failure;
import org.acokit.io.FailureCode;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * Every kind of inconsistency is found and named with its path.
 */
class ContractValidatorTest {

  private static List<String> codesAt(ContractTerms terms) {
    return ContractValidator.validate(terms).stream().map(p -> p.code() + "@" + p.path()).collect(Collectors.toList());
  }

  @Test
  void consistentTermsHaveNoProblem() {
    ContractTerms ok = ContractTerms.builder().name("ok").minimumSavingsRate(0.02).minimumLossRate(0.02)
        .addSavingsBands(Band.of(0, 0.05, 0.5), Band.above(0.05, 0.25)).addLossBands(Band.flat(0.4))
        .savingsCap(Cap.ofBenchmark(0.1)).lossCap(Cap.ofBenchmark(0.05)).build();
    assertThat(ContractValidator.validate(ok)).isEmpty();
  }

  @Test
  void rateWrittenAsPercentIsNamed() {
    List<Failure> problems = ContractValidator.validate(ContractTerms.builder().name("x")
        .addSavingsBands(Band.flat(50)).build());
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(FailureCode.RATE_WRITTEN_AS_PERCENT);
      assertThat(p.path()).isEqualTo("savingsBands[0].rate");
      assertThat(p.message()).contains("write 0.5 for 50.0%");
    });
  }

  @Test
  void corridorGapsOverlapsAndShapes() {
    assertThat(codesAt(ContractTerms.builder().name("x").addSavingsBands(Band.of(0, 0.05, 0.5),
        Band.of(0.06, 0.1, 0.3), Band.above(0.09, 0.1)).build()))
        .containsExactly("CORRIDOR_GAP@savingsBands[1].lower", "CORRIDOR_OVERLAP@savingsBands[2].lower");
    assertThat(codesAt(ContractTerms.builder().name("x").addSavingsBands(Band.of(0.01, 0.05, 0.5),
        Band.flat(0.3)).build()))
        .containsExactly("CORRIDOR_NOT_FROM_ZERO@savingsBands[0].lower", "CORRIDOR_OVERLAP@savingsBands[1].lower");
    assertThat(codesAt(ContractTerms.builder().name("x").addSavingsBands(Band.of(0, 0.05, 0.5)).build()))
        .containsExactly("CORRIDOR_NOT_OPEN_ENDED@savingsBands[0].upper");
    assertThat(codesAt(ContractTerms.builder().name("x").addSavingsBands(Band.of(0, 0.05, 0.5),
        Band.of(0.05, 0.05, 0.5), Band.above(0.05, 0.1)).build()))
        .containsExactly("CORRIDOR_EMPTY@savingsBands[1].upper");
    assertThat(codesAt(ContractTerms.builder().name("x").build())).containsExactly("NO_SAVINGS_BANDS@savingsBands");
  }

  @Test
  void lossRateOutsideItsBoundsAndFloorAboveCeiling() {
    assertThat(codesAt(ContractTerms.builder().name("x").addSavingsBands(Band.flat(0.75)).addLossBands(Band.flat(0.9))
        .quality(QualityTerms.builder().lossRateFloor(0.4).lossRateCeiling(0.75).build()).build()))
        .containsExactly("LOSS_RATE_OUTSIDE_BOUNDS@lossBands[0].rate");
    assertThat(codesAt(ContractTerms.builder().name("x").addSavingsBands(Band.flat(0.75)).addLossBands(Band.flat(0.5))
        .quality(QualityTerms.builder().lossRateFloor(0.8).lossRateCeiling(0.75).build()).build()))
        .containsExactly("FLOOR_ABOVE_CEILING@quality.lossRateFloor");
  }

  @Test
  void capsRatesAndMissingParameters() {
    assertThat(codesAt(ContractTerms.builder().name("x").addSavingsBands(Band.flat(0.5))
        .savingsCap(Cap.ofBenchmark(-0.1)).lossCap(Cap.builder().build()).minimumLossRate(0.02)
        .quality(QualityTerms.builder().savings(SavingsQuality.SLIDING_SCALE).losses(LossQuality.MITIGATE).build())
        .sequestrationRate(Double.NaN).benchmarkDiscount(-0.01).build()))
        .containsExactlyInAnyOrder("RATE_OUT_OF_RANGE@benchmarkDiscount", "MISSING_PARAMETER@quality.slidingScale",
            "MISSING_PARAMETER@quality.maximumLossMitigation", "NEGATIVE_CAP@savingsCap.benchmarkRate",
            "CAP_WITHOUT_BASIS@lossCap", "NOT_FINITE@sequestrationRate", "LOSS_TERM_WITHOUT_LOSSES@minimumLossRate",
            "LOSS_TERM_WITHOUT_LOSSES@lossCap", "LOSS_TERM_WITHOUT_LOSSES@quality.losses");
  }

  @Test
  void slidingScaleMustAscendAndBenchmarkMustRemain() {
    assertThat(codesAt(ContractTerms.builder().name("x").addSavingsBands(Band.flat(0.5)).benchmarkDiscount(0.6)
        .quality(QualityTerms.builder().savings(SavingsQuality.SLIDING_SCALE).withholdRate(0.5)
            .addSlidingScale(ScaleStep.of(0.5, 0.5), ScaleStep.of(0.5, 1.0)).build())
        .stopLoss(StopLoss.builder().attachmentPoint(-1).build()).build()))
        .containsExactlyInAnyOrder("SLIDING_SCALE_NOT_ASCENDING@quality.slidingScale[1].minimumScore",
            "BENCHMARK_FULLY_DISCOUNTED@benchmarkDiscount", "NEGATIVE_ATTACHMENT_POINT@stopLoss.attachmentPoint");
  }
}
