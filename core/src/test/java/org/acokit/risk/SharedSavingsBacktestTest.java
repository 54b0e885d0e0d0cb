/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.acokit.puf.PufReader;
import org.acokit.puf.PufRecord;
import org.acokit.testing.SharedData;
import org.junit.jupiter.api.Test;

/** The back-test on every ACO-year of the public use files (needs acokit.sharedData). */
class SharedSavingsBacktestTest {

  @Test
  void forecastsEveryAcoYearWithAnEarlierYearAndScoresThem() {
    Path puf = SharedData.pufDir();
    List<PufRecord> records = PufReader.readPrimaryFiles(puf).values();
    Map<String, String> crosswalk = SharedSavingsBacktest.readCrosswalk(puf.resolve("aco-id-crosswalk.csv"));
    SharedSavingsBacktest test = SharedSavingsBacktest.run(records, crosswalk, 2026);
    System.out.print(test.report());
    System.out.println(test.failures().size() > 0 ? test.failures().get(0).message() : "");
    assertThat(test.forecasts().size()).isGreaterThan(3_000);
    assertThat(test.forecasts()).allSatisfy(f -> {
      assertThat(f.priorYears()).isPositive();
      assertThat(f.probability()).isBetween(0.0, 1.0);
      assertThat(f.performanceYear()).isGreaterThan(2013);
    });
    // Every ACO-year with an earlier year is either forecast or reported with its reason.
    assertThat(test.failures()).allSatisfy(f -> assertThat(f.message()).contains("cannot be forecast"));
    assertThat(test.brierScore()).isLessThan(test.baseRateBrierScore());
    assertThat(test.calibrationTable()).contains("0.0 - 0.1").contains("0.9 - 1.0");
  }
}
