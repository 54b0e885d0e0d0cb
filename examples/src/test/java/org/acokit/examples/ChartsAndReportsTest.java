/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;

import org.acokit.testing.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.InputSource;

/**
 * Writes every chart and report ({@link ChartsAndReports}) and opens each in headless Chromium:
 * the page loads with no console message, its key figures are in the DOM, and its charts render
 * (a screenshot with coloured chart pixels). Each SVG chart file is opened on its own too. The
 * browser checks need {@code -Dacokit.chromium=/usr/bin/chromium} and are skipped without it.
 */
class ChartsAndReportsTest {

  @TempDir
  static Path dir;
  static List<Path> files;
  static String printed;

  @BeforeAll
  static void write() {
    StandardOutput.Printed<List<Path>> p = StandardOutput.capture(o -> ChartsAndReports.run(SharedData.dir(),
        dir.resolve("out"), o));
    files = p.value();
    printed = p.text();
  }

  static Path file(String name) {
    return dir.resolve("out").resolve(name);
  }

  /** The figures each report must show, from the library's own results. */
  static Map<String, List<String>> keyFigures() {
    PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
    Map<String, List<String>> m = new LinkedHashMap<>();
    m.put("settlement-bespoke.html", List.of("$1,960,000.00", "Settlement: Acme Health Plan commercial shared"
        + " savings 2025", "Net payment to the ACO"));
    m.put("settlement-a1540.html", List.of("MSSP settlement PY2022, BASIC Level B", "$2,883,145.53", "$14,136.69",
        "Table 3: Shared Savings/Losses",
        "Table 2: Updated Benchmark Determination"));
    m.put("replay-a1540.html", List.of("185 reproduced to a relative error of 1.0E-9", "BASIC Level B"));
    m.put("quality-app.html", List.of(String.format(Locale.ROOT, "%.4f", AppQualityScoreExample.run(quiet).score()),
        "APP quality score, PY2023", "CAHPS_1"));
    m.put("quality-mssp.html", List.of(String.format(Locale.ROOT, "%.4f", MsspQualityScoreExample.run(quiet).score()),
        "MSSP quality score"));
    m.put("equity.html", List.of("Equity report", "White", "Wilson"));
    m.put("hospital-safety.html", List.of("HACRP FY2024: 2972 hospitals", "HRRP FY2027: 2912 hospitals", "010005"));
    return m;
  }

  @Test
  void writesEveryChartAndReport() throws Exception {
    assertThat(files).hasSize(16);
    assertThat(printed).contains("9 charts and 7 reports in ");
    for (Path f : files) {
      String text = Files.readString(f);
      if (f.toString().endsWith(".svg")) {
        DocumentBuilderFactory x = DocumentBuilderFactory.newInstance();
        x.setNamespaceAware(true);
        assertThat(x.newDocumentBuilder().parse(new InputSource(new StringReader(text))).getDocumentElement()
            .getLocalName()).as(f.toString()).isEqualTo("svg");
      } else {
        assertThat(text).as(f.toString()).startsWith("<!DOCTYPE html>").doesNotContainIgnoringCase("<script")
            .contains("<svg ");
      }
    }
    assertThat(keyFigures().keySet()).allMatch(n -> files.contains(file(n)));
  }

  @Test
  void jshellWritesAChartAndAReportInOneCallEach() throws Exception {
    List<String> lines = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of("src/main/jshell/acokit.jsh"), StandardCharsets.UTF_8)) {
      if (!line.isBlank() && !line.startsWith("//")) {
        lines.add(line);
      }
    }
    Path svg = dir.resolve("jshell/risk.svg");
    Path html = dir.resolve("jshell/settlement.html");
    lines.add("var input = PublishedStudies.deliaTwoSided(5000);");
    lines.add("Charts.settlementDistribution(SettlementSimulation.parametric(input, ParametricSpending.normal(0.02, 2.2))"
        + ".run(20_000, 42), 40).writeTo(java.nio.file.Path.of(\"" + svg + "\"));");
    lines.add("Reports.settlement(MsspSettlement.settle(input).contractResult()).writeTo(java.nio.file.Path.of(\""
        + html + "\"));");
    List<String> problems = new ArrayList<>();
    try (JShell shell = JShell.builder().executionEngine("local").build()) {
      for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
        shell.addToClasspath(entry);
      }
      for (String line : lines) {
        for (SnippetEvent e : shell.eval(line)) {
          if (e.exception() != null || e.status() == Snippet.Status.REJECTED) {
            problems.add(line + " -> " + (e.exception() != null ? e.exception() : shell.diagnostics(e.snippet())
                .map(d -> d.getMessage(null)).findFirst().orElse("rejected")));
          }
        }
      }
    }
    assertThat(problems).isEmpty();
    assertThat(Files.readString(svg)).startsWith("<?xml").contains("20,000 trials, seed 42");
    assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>").contains("Payment by spending");
  }

  @Test
  void theBrowserChecksCanFail() throws Exception {
    Chromium chromium = Chromium.fromProperty(dir.resolve("chromium-self"));
    Path bad = dir.resolve("bad.html");
    Files.writeString(bad, "<!DOCTYPE html><p>x</p><script>missingFunction();</script>");
    assertThat(chromium.load(bad).console()).anyMatch(l -> l.contains("Uncaught ReferenceError"));
    Path blank = dir.resolve("blank.html");
    Files.writeString(blank, "<!DOCTYPE html><body style=\"background:#fff\"><p>&nbsp;</p></body>");
    BufferedImage image = chromium.screenshot(blank, 400, 300);
    assertThat(Chromium.inked(image)).isZero();
    assertThat(Chromium.coloured(image)).isZero();
  }

  @Test
  void reportsLoadWithNoConsoleMessageShowTheirFiguresAndRenderTheirCharts() {
    Chromium chromium = Chromium.fromProperty(dir.resolve("chromium-reports"));
    for (Map.Entry<String, List<String>> e : keyFigures().entrySet()) {
      Path page = file(e.getKey());
      Chromium.Loaded loaded = chromium.load(page);
      assertThat(loaded.console()).as("console of " + page).isEmpty();
      assertThat(loaded.dom()).as("DOM of " + page).contains("<svg", "</html>");
      for (String figure : e.getValue()) {
        assertThat(loaded.dom()).as("DOM of " + page).contains(figure.replace("&", "&amp;"));
      }
      BufferedImage shot = chromium.screenshot(page, 1200, 2400);
      assertThat(Chromium.coloured(shot)).as("coloured chart pixels in " + page).isGreaterThan(2_000);
    }
  }

  @Test
  void everyChartFileRendersOnItsOwn() {
    Chromium chromium = Chromium.fromProperty(dir.resolve("chromium-charts"));
    for (Path f : files) {
      if (!f.toString().endsWith(".svg")) {
        continue;
      }
      BufferedImage shot = chromium.screenshot(f, 800, 480);
      long pixels = (long) shot.getWidth() * shot.getHeight();
      assertThat(Chromium.inked(shot)).as("inked pixels of " + f).isGreaterThan(pixels / 50);
      assertThat(Chromium.coloured(shot)).as("coloured pixels of " + f).isGreaterThan(500);
    }
  }
}
