/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import org.junit.jupiter.api.Test;

/**
 * The JShell start-up script and the one-call simulation of the README: every line of
 * {@code acokit.jsh} evaluates, and one call simulates and prints the summary table and the
 * histogram.
 */
class JShellRiskTest {

  @Test
  void oneCallSimulatesAndPrintsTheTableAndTheHistogram() throws Exception {
    List<String> script = Files.readAllLines(Path.of("src/main/jshell/acokit.jsh"), StandardCharsets.UTF_8);
    PrintStream original = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    List<String> problems = new ArrayList<>();
    try (JShell shell = JShell.builder().executionEngine("local").build()) {
      for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
        shell.addToClasspath(entry);
      }
      List<String> lines = new ArrayList<>();
      for (String line : script) {
        if (!line.isBlank() && !line.startsWith("//")) {
          lines.add(line);
        }
      }
      lines.add("var input = PublishedStudies.deliaTwoSided(5000);");
      lines.add("SettlementSimulation.parametric(input, ParametricSpending.normal(0.0, 2.2)).run(20_000, 42).print();");
      System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
      for (String line : lines) {
        for (SnippetEvent e : shell.eval(line)) {
          if (e.exception() != null || e.status() == Snippet.Status.REJECTED) {
            problems.add(line + " -> " + (e.exception() != null ? e.exception() : shell.diagnostics(e.snippet()).map(
                d -> d.getMessage(null)).findFirst().orElse("rejected")));
          }
        }
      }
    } finally {
      System.setOut(original);
    }
    assertThat(problems).isEmpty();
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(out).contains("MSSP Track 2 PY2013").contains("20,000 trials, seed 42").contains("P(savings >= MSR)")
        .contains("Payment distribution").contains("#");
  }
}
