/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import jdk.jshell.JShell;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Completeness;
import org.junit.jupiter.api.Test;

/**
 * The README's JShell session works in every way of typing it: piped through the JDK's
 * {@code jshell} with the runtime class path and the start-up script, it prints exactly the
 * lines the README shows ({@code $N} numbers included); typed or pasted line by line, JShell
 * waits for the continuation lines and runs each statement once it is complete.
 */
class ReadmeJShellTest {

  private static final String PROMPT = "jshell> ";
  private static final String CONTINUATION = "   ...> ";

  /** The README's session: input statements (each a list of lines) and the printed lines. */
  private record Session(List<List<String>> statements, List<String> printed) {
  }

  private static Session readmeSession() throws Exception {
    List<String> readme = Files.readAllLines(Path.of("../README.md"), StandardCharsets.UTF_8);
    int from = indexOf(readme, "<!-- jshell-session");
    int to = indexOf(readme, "<!-- /jshell-session -->");
    List<List<String>> statements = new ArrayList<>();
    List<String> printed = new ArrayList<>();
    for (String line : readme.subList(from + 1, to)) {
      if (line.startsWith("```")) {
        continue;
      }
      if (line.startsWith(PROMPT)) {
        statements.add(new ArrayList<>(List.of(line.substring(PROMPT.length()))));
      } else if (line.startsWith(CONTINUATION)) {
        statements.get(statements.size() - 1).add(line.substring(CONTINUATION.length()));
      } else if (!line.isBlank()) {
        printed.add(line);
      }
    }
    return new Session(statements, printed);
  }

  private static int indexOf(List<String> lines, String prefix) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith(prefix)) {
        return i;
      }
    }
    throw new AssertionError("README.md has no line starting with " + prefix);
  }

  /** The runtime class path surefire passes (examples' classes and runtime dependencies). */
  private static String runtimeClasspath() {
    String cp = System.getProperty("acokit.runtimeClasspath");
    assertThat(cp).as("acokit.runtimeClasspath (set by examples/pom.xml)").isNotBlank().doesNotContain("${");
    return cp;
  }

  @Test
  void theRuntimeClasspathHasNoTestJarsAndNoSpark() {
    List<String> names = Arrays.stream(runtimeClasspath().split(File.pathSeparator))
        .map(e -> Path.of(e).getFileName().toString()).collect(Collectors.toList());
    assertThat(names).anyMatch(n -> n.startsWith("acokit-core") || n.equals("classes"))
        .noneMatch(n -> n.contains("-tests") || n.equals("test-classes"))
        .noneMatch(n -> n.startsWith("spark-") || n.startsWith("junit-") || n.startsWith("jqwik")
            || n.startsWith("assertj") || n.startsWith("acokit-testkit") || n.startsWith("log4j-core"));
    assertThat(names).anyMatch(n -> n.startsWith("guava-")).anyMatch(n -> n.startsWith("jackson-databind"))
        .anyMatch(n -> n.startsWith("poi-ooxml"));
  }

  @Test
  void pipedThroughJShellItPrintsWhatTheReadmeShows() throws Exception {
    Session session = readmeSession();
    assertThat(session.statements()).hasSizeGreaterThanOrEqualTo(4);
    Path input = Files.createTempFile("readme-session", ".jsh");
    Files.write(input, session.statements().stream().flatMap(List::stream).collect(Collectors.toList()),
        StandardCharsets.UTF_8);
    Path output = Files.createTempFile("readme-session", ".out");
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jshell").toString(),
        "--class-path", runtimeClasspath(), "--startup", "DEFAULT",
        "--startup", Path.of("src/main/jshell/acokit.jsh").toAbsolutePath().toString())
        .redirectInput(input.toFile()).redirectErrorStream(true).redirectOutput(output.toFile()).start();
    assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("jshell finished within 180 s").isTrue();
    String out = Files.readString(output, StandardCharsets.UTF_8);
    Files.delete(input);
    Files.delete(output);
    List<String> printed = new ArrayList<>();
    for (String line : out.split("\n", -1)) {
      String l = line.replaceAll("[\\x00-\\x08\\x0B-\\x1F]", "");   // jshell ends a piped session with a backspace
      while (l.startsWith(PROMPT)) {
        l = l.substring(PROMPT.length()).stripLeading();
      }
      if (!l.isBlank() && !l.startsWith("|  Welcome to JShell") && !l.startsWith("|  For an introduction")) {
        printed.add(l);
      }
    }
    assertThat(p.exitValue()).as(out).isZero();
    assertThat(printed).as("what jshell printed, against the README").containsExactlyElementsOf(session.printed());
  }

  @Test
  void typedLineByLineJShellWaitsForEveryContinuationLine() throws Exception {
    Session session = readmeSession();
    try (JShell shell = JShell.create()) {
      SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
      for (List<String> statement : session.statements()) {
        StringBuilder typed = new StringBuilder();
        for (int i = 0; i < statement.size(); i++) {
          typed.append(statement.get(i)).append('\n');
          SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(typed.toString());
          if (i < statement.size() - 1) {
            assertThat(info.completeness()).as("after line %d of %s JShell must wait for more", i + 1, statement)
                .isIn(Completeness.DEFINITELY_INCOMPLETE, Completeness.CONSIDERED_INCOMPLETE);
          } else {
            assertThat(info.completeness()).as("%s is one complete statement", statement)
                .isIn(Completeness.COMPLETE, Completeness.COMPLETE_WITH_SEMI);
            assertThat(info.remaining()).as("%s leaves nothing for a second statement", statement).isBlank();
          }
        }
      }
    }
  }
}
