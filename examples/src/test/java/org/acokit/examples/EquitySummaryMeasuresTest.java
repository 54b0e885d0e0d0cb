/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.acokit.io.Failure;
import org.acokit.io.FailureCode;
import org.acokit.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example reproduces healthequal's sample outputs and keeps good datasets of a bad file. */
class EquitySummaryMeasuresTest {

  @TempDir
  Path tmp;

  @Test
  void writesEveryAnalyticSampleOutputToItsTolerance() throws IOException {
    Path dir = SharedData.subfolder("equity");
    Path out = tmp.resolve("out.csv");
    assertThat(EquitySummaryMeasures.run(dir.resolve("healthequal_sample_inputs.csv"), out)).isEmpty();
    Map<String, String[]> written = new HashMap<>();
    List<String> lines = Files.readAllLines(out);
    assertThat(lines.get(0)).isEqualTo("dataset,measure,estimate,se,lowerci,upperci");
    for (String l : lines.subList(1, lines.size())) {
      String[] c = l.split(",");
      written.put(c[0] + "/" + c[1], c);
    }
    List<String> expected = Files.readAllLines(dir.resolve("healthequal_sample_outputs.csv"));
    assertThat(written).hasSize(expected.size() - 1);
    int checked = 0;
    for (String l : expected.subList(1, expected.size())) {
      String[] e = l.split(",", -1);
      String[] a = written.get(e[0] + "/" + e[1]);
      assertThat(a).as(e[0] + "/" + e[1]).isNotNull();
      boolean delta = e[6].equals("delta-numeric");
      near(a[2], e[2], delta ? 1e-7 : 1e-9);
      if (e[6].equals("simulation")) {
        assertThat(a[3]).isEqualTo("NaN");
        assertThat(Double.parseDouble(a[4])).isLessThan(Double.parseDouble(a[5]));
        continue;
      }
      for (int i = 3; i <= 5; i++) {
        near(a[i], e[i], delta ? 1e-4 : 1e-6);
      }
      checked++;
    }
    assertThat(checked).isEqualTo(30);
  }

  @Test
  void aBadRowLeavesOutItsDatasetOnlyAndIsNamed() throws IOException {
    Path dir = SharedData.subfolder("equity");
    List<String> rows = new java.util.ArrayList<>(Files.readAllLines(dir.resolve("healthequal_sample_inputs.csv")));
    // row 2 (Quintile 2 of sample_ordered_sba): a negative standard error
    String[] c = rows.get(2).split(",", -1);
    c[6] = "-1.5";
    rows.set(2, String.join(",", c));
    Path in = tmp.resolve("in.csv");
    Files.write(in, rows);
    Path out = tmp.resolve("out.csv");
    List<Failure> failures = EquitySummaryMeasures.run(in, out);
    assertThat(failures).hasSize(2);
    Failure f = failures.get(0);
    assertThat(f.code()).isEqualTo(FailureCode.INVALID_VALUE);
    assertThat(f.row()).hasValue(2);
    assertThat(f.path()).isEqualTo("dataset[sample_ordered_sba].subgroup[Quintile 2].se");
    assertThat(f.value()).hasValue("-1.5");
    assertThat(f.message()).contains("sample_ordered_sba", "Quintile 2", "se", "-1.5");
    List<String> lines = Files.readAllLines(out);
    assertThat(lines).noneMatch(l -> l.startsWith("sample_ordered_sba,"));
    assertThat(lines).anyMatch(l -> l.startsWith("sample_ordered_u5mr,sii,"));
  }

  private static void near(String actual, String expected, double rel) {
    double a = Double.parseDouble(actual);
    double e = Double.parseDouble(expected);
    assertThat(Math.abs(a - e)).as(actual + " vs " + expected).isLessThanOrEqualTo(rel * Math.abs(e));
  }
}
