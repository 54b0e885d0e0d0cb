/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * No lower layer of core imports a higher one: the layering the design promises, checked on every
 * main source file's imports and fully qualified references (javadoc included).
 */
class PackageLayersTest {

  /** Layers from the bottom; a package may use only packages of lower layers (and its own). */
  private static final Map<String, Integer> LAYER = Map.ofEntries(
      Map.entry("internal", 0),
      Map.entry("io", 1), Map.entry("explain", 1),
      Map.entry("population", 2), Map.entry("quality", 2),
      Map.entry("quality.app", 3), Map.entry("quality.mssp", 3), Map.entry("benchmark", 3),
      Map.entry("contract", 4),
      Map.entry("program", 5), Map.entry("program.mssp", 6), Map.entry("program.pioneer", 6),
      Map.entry("program.nextgen", 6), Map.entry("program.reach", 6), Map.entry("program.masshealth", 6),
      Map.entry("puf", 7), Map.entry("report", 7),
      Map.entry("risk", 8));

  private static final Pattern REFERENCE = Pattern.compile("org\\.acokit\\.([a-z]+(?:\\.[a-z]+)*)\\.[A-Z]");

  @Test
  void everyPackageHasALayer() throws IOException {
    assertThat(packages()).allSatisfy(p -> assertThat(LAYER).as("layer of %s", p).containsKey(p));
  }

  @Test
  void noPackageUsesAHigherOrSiblingLayer() throws IOException {
    List<String> violations = new ArrayList<>();
    Path root = Path.of("src/main/java/org/acokit");
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).collect(Collectors.toList())) {
        String pkg = root.relativize(file.getParent()).toString().replace('/', '.').replace('\\', '.');
        Matcher m = REFERENCE.matcher(Files.readString(file, StandardCharsets.UTF_8));
        while (m.find()) {
          String used = m.group(1);
          if (used.equals(pkg) || !LAYER.containsKey(used)) {
            continue;
          }
          if (LAYER.get(used) >= LAYER.get(pkg)) {
            violations.add(file.getFileName() + " (" + pkg + ") uses " + used);
          }
        }
      }
    }
    assertThat(violations).isEmpty();
  }

  @Test
  void qualityNeverUsesTheSettlement() throws IOException {
    // The design review's inverted dependency: the quality engine produced the settlement's input
    // type from inside the settlement package. Quality now sits below the engine.
    assertThat(LAYER.get("quality")).isLessThan(LAYER.get("contract"));
    assertThat(LAYER.get("quality.app")).isLessThan(LAYER.get("program.mssp"));
  }

  private static List<String> packages() throws IOException {
    Path root = Path.of("src/main/java/org/acokit");
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(f -> f.toString().endsWith(".java"))
          .map(f -> root.relativize(f.getParent()).toString().replace('/', '.').replace('\\', '.'))
          .distinct().sorted().collect(Collectors.toList());
    }
  }
}
