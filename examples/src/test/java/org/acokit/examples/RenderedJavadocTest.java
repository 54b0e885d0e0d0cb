/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The rendered javadoc of the published modules has an overview page and names no
 * package-private {@code Abstract*} template. Runs on the javadoc that {@code mvn verify} (or
 * {@code package}, for the -javadoc.jar) wrote for core, measures and testkit earlier in the same
 * reactor build; skipped, saying so, when a module's javadoc has not been built.
 */
class RenderedJavadocTest {

  private static final Pattern ABSTRACT = Pattern.compile("Abstract[A-Z][A-Za-z]*");

  /**
   * The one known leak: Immutables gives the builder of a value type that implements an
   * interface with attributes ({@code ProgramYear}) a public {@code from(Abstract...Year)}
   * overload, and no style setting of Immutables 2.12 removes it.
   */
  private static final Pattern KNOWN = Pattern.compile(
      "Abstract(Mssp|Pioneer|NextGen|Reach|MassHealth)Year");

  @ParameterizedTest
  @ValueSource(strings = {"core", "measures", "testkit"})
  void hasAnOverviewAndNoAbstractTemplates(String module) throws IOException {
    Path docs = Path.of("..", module, "target", "reports", "apidocs");
    if (!Files.isDirectory(docs)) {
      docs = Path.of("..", module, "target", "apidocs");
    }
    Assumptions.assumeTrue(Files.isDirectory(docs), "the javadoc of " + module + " is not built: run mvn verify");
    assertThat(Files.readString(docs.resolve("index.html"), StandardCharsets.UTF_8)).contains("Entry points");
    List<String> leaks = new ArrayList<>();
    List<Path> pages;
    try (Stream<Path> files = Files.walk(docs)) {
      pages = files.filter(p -> p.toString().endsWith(".html")).collect(Collectors.toList());
    }
    for (Path page : pages) {
      Matcher m = ABSTRACT.matcher(Files.readString(page, StandardCharsets.UTF_8));
      while (m.find()) {
        if (!KNOWN.matcher(m.group()).matches()) {
          leaks.add(docs.relativize(page) + ": " + m.group());
        }
      }
    }
    assertThat(leaks).as("Abstract* names in the rendered javadoc of " + module).isEmpty();
  }
}
