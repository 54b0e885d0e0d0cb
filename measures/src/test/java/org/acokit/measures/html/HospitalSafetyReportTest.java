/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.acokit.measures.hospital.HacrpReconciliation;
import org.acokit.measures.hospital.HrrpReconciliation;
import org.acokit.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hospital safety page marks every hospital whose recomputed figure differs from CMS's and
 * counts the agreeing ones: the first rows of CMS's FY2024 HACRP and FY2027 HRRP files (data from
 * {@code acokit.sharedData}), with one published score, flag and factor changed in a temporary copy.
 */
class HospitalSafetyReportTest {

  private static Path changed(Path from, Path to, int rows, String ccn, String oldCells, String newCells)
      throws IOException {
    List<String> lines = new ArrayList<>(Files.readAllLines(from).subList(0, rows + 1));
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i).contains("," + ccn + ",") || lines.get(i).startsWith(ccn + ",")) {
        lines.set(i, lines.get(i).replace(oldCells, newCells));
      }
    }
    return Files.write(to, lines);
  }

  private static String figure(String html, String id) {
    Matcher m = Pattern.compile("id=\"" + id + "\"><div class=\"label\">[^<]*</div><div class=\"value\">([^<]*)<")
        .matcher(html);
    assertThat(m.find()).as(id).isTrue();
    return m.group(1);
  }

  @Test
  void everyHospitalThatDiffersIsMarkedAndTheAgreeingOnesCounted(@TempDir Path tmp) throws IOException {
    Path dir = SharedData.subfolder("hospital-programs");
    Path score = changed(dir.resolve("FY_2024_HAC_Reduction_Program_Hospital.csv"), tmp.resolve("a.csv"), 12,
        "010001", ",0.2040,,No,", ",0.2140,,No,");
    Path hac = changed(score, tmp.resolve("hac.csv"), 12, "010005", ",0.4781,,Yes,", ",0.4781,,No,");
    Path hrrp = changed(dir.resolve("hrrp-fy2027-components.csv"), tmp.resolve("hrrp.csv"), 10, "010001",
        "010001,0.9996,", "010001,0.9950,");
    String html = Reports.hospitalSafety(HacrpReconciliation.reconcile(hac, 2024, 0.3753),
        HrrpReconciliation.reconcile(hrrp, dir.resolve("hrrp-fy2027-meta.json"))).html();
    ReportsTest.assertSelfContained(html);
    assertThat(figure(html, "hacrp-hospitals")).isEqualTo("10");
    assertThat(figure(html, "hacrp-within")).isEqualTo("9");
    assertThat(figure(html, "hacrp-reduction")).isEqualTo("9");
    assertThat(figure(html, "hrrp-hospitals")).isEqualTo("10");
    assertThat(figure(html, "hrrp-within")).isEqualTo("9");
    List<String> bad = html.lines().filter(l -> l.startsWith("<tr class=\"bad\">")).toList();
    assertThat(bad).hasSize(3);
    assertThat(bad.get(0)).contains("<td>010001</td>").contains("<td>no</td><td>yes</td>");
    assertThat(bad.get(1)).contains("<td>010005</td>").contains("<td>Yes</td><td>yes</td><td>no</td>");
    assertThat(bad.get(2)).contains("<td>010001</td>").endsWith("<td>no</td><td>no</td></tr>");
    assertThat(html).contains("id=\"chart-hacrp\"", "id=\"chart-hrrp\"", "DIFF 010001", "Every hospital (10)");
  }
}
