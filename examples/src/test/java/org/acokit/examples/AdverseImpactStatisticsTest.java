/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.acokit.testing.SharedData;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the adverse-impact example on the Morris (2017) selection data and compares every value
 * with the published outputs: estimates to relative 1e-9, standard errors and interval bounds to
 * relative 1e-6; also a file with bad rows and a second, three-group data set.
 */
class AdverseImpactStatisticsTest {

  @Test
  void reproducesEveryMorrisStatistic(@TempDir Path dir) throws Exception {
    Path equity = SharedData.subfolder("equity");
    Path out = dir.resolve("out.csv");
    StandardOutput.Printed<?> printed =
        StandardOutput.capture(o -> AdverseImpactStatistics.run(equity.resolve("morris2017_inputs.csv"), out, o));
    assertThat(printed.text()).contains("morris2017: reference men").doesNotContain("left out");
    Map<String, String[]> actual = rows(out);
    Map<String, String[]> expected = rows(equity.resolve("morris2017_outputs.csv"));
    assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
    SoftAssertions soft = new SoftAssertions();
    for (Map.Entry<String, String[]> e : expected.entrySet()) {
      String[] want = e.getValue();
      String[] got = actual.get(e.getKey());
      for (int c = 3; c < 7; c++) {
        String w = c < want.length ? want[c] : "";
        String g = c < got.length ? got[c] : "";
        if (w.isEmpty()) {
          soft.assertThat(g).as("%s column %d", e.getKey(), c).isEmpty();
          continue;
        }
        double tolerance = c == 3 ? 1e-9 : 1e-6;
        double wv = Double.parseDouble(w);
        double gv = Double.parseDouble(g);
        soft.assertThat(Math.abs(gv - wv)).as("%s column %d: %s vs %s", e.getKey(), c, g, w)
            .isLessThanOrEqualTo(tolerance * Math.max(Math.abs(wv), Double.MIN_NORMAL));
      }
    }
    soft.assertAll();
  }

  @Test
  void badRowsAreReportedAndTheRestAnalysed(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("in.csv");
    Files.writeString(in, String.join("\n", "dataset,group,applicants,selected",
        "a,women,10,2", "a,men,25,15", "a,nonbinary,0,0", "a,declined,4,5",
        "b,Asian,12,3", "b,Black,9,6", "b,White,15,10", "b,Hispanic,x,1", ""));
    Path out = dir.resolve("out.csv");
    StandardOutput.Printed<?> printed = StandardOutput.capture(o -> AdverseImpactStatistics.run(in, out, o));
    assertThat(printed.text())
        .contains("in.csv row 3 INVALID_VALUE at applicants: applicants is 0 for group 'nonbinary'")
        .contains("row 4 INCONSISTENT at selected").contains("selected is 5 but applicants is 4")
        .contains("row 8 UNPARSEABLE at applicants").contains("'x', not a whole number")
        .contains("a: reference men")
        // Black 6/9 and White 10/15 tie: the first in input order is the reference
        .contains("b: reference Black");
    List<String> lines = Files.readAllLines(out);
    assertThat(lines).contains("a,women,impact_ratio,0.33333333333333337,0.6531972647421809,0.09265439159251876,1.199199619158501")
        .anySatisfy(l -> assertThat(l).startsWith("b,,chisq_df,2.0"))
        .noneSatisfy(l -> assertThat(l).contains("chisq_yates").startsWith("b,"));
  }

  private static Map<String, String[]> rows(Path csv) throws Exception {
    Map<String, String[]> rows = new LinkedHashMap<>();
    List<String> lines = Files.readAllLines(csv);
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",", -1);
      rows.put(cells[0] + "|" + cells[1] + "|" + cells[2], cells);
    }
    return rows;
  }
}
