/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.equity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import org.acokit.io.ValueWithFailures;
import org.acokit.testing.SharedData;
import org.junit.jupiter.api.Test;

/**
 * Every analytic value of healthequal 1.0.0's outputs for its four sample datasets, reproduced
 * from the sample inputs (shared data equity/).
 */
class SummaryMeasuresTest {

  @Test
  void reproducesEveryAnalyticValueOfHealthequalsSampleOutputs() throws IOException {
    Path dir = SharedData.subfolder("equity");
    ValueWithFailures<InequalityData> in = InequalityCsv.read(dir.resolve("healthequal_sample_inputs.csv"));
    assertThat(in.failures()).isEmpty();
    assertThat(in.values()).hasSize(4);
    List<SummaryEstimate> all = new ArrayList<>();
    in.values().forEach(d -> all.addAll(SummaryMeasures.compute(d)));
    List<String> lines = Files.readAllLines(dir.resolve("healthequal_sample_outputs.csv"));
    int analytic = 0;
    int simulated = 0;
    for (String line : lines.subList(1, lines.size())) {
      String[] c = line.split(",", -1);
      String method = c[6];
      SummaryMeasure m = SummaryMeasure.ofCode(c[1]);
      SummaryEstimate e = all.stream().filter(x -> x.dataset().equals(c[0]) && x.measure() == m).findFirst()
          .orElseThrow(() -> new AssertionError("no " + c[1] + " for " + c[0]));
      boolean delta = method.equals("delta-numeric");
      double estTol = delta ? 1e-7 : 1e-9;
      double seTol = delta ? 1e-4 : 1e-6;
      close(c[0] + " " + c[1] + " estimate", e.estimate(), Double.parseDouble(c[2]), estTol);
      if (method.equals("simulation")) {
        simulated++;
        assertThat(e.method()).isEqualTo(IntervalMethod.SIMULATION);
        assertThat(e.se()).isEmpty();
        assertThat(e.lower().getAsDouble()).isLessThanOrEqualTo(e.upper().getAsDouble());
        continue;
      }
      analytic++;
      close(c[0] + " " + c[1] + " se", e.se(), Double.parseDouble(c[3]), seTol);
      close(c[0] + " " + c[1] + " lowerci", e.lower(), Double.parseDouble(c[4]), seTol);
      close(c[0] + " " + c[1] + " upperci", e.upper(), Double.parseDouble(c[5]), seTol);
    }
    assertThat(analytic).isEqualTo(30);
    assertThat(simulated).isEqualTo(20);
    // every applicable measure with a value, and nothing else
    assertThat(all).hasSize(lines.size() - 1);
  }

  private static void close(String what, OptionalDouble actual, double expected, double rel) {
    assertThat(actual).as(what).isPresent();
    close(what, actual.getAsDouble(), expected, rel);
  }

  private static void close(String what, double actual, double expected, double rel) {
    assertThat(Math.abs(actual - expected)).as(what + ": " + actual + " vs " + expected)
        .isLessThanOrEqualTo(rel * Math.abs(expected));
  }
}
