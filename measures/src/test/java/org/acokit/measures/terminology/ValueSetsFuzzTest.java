/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.terminology;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.acokit.io.FailureException;
import org.acokit.measures.probe.FuzzChecks;

/**
 * Fuzzes the value set reader: any bytes as a ValueSet {@code .json} file must give a registry or
 * a {@link FailureException}, never another exception. Regression inputs:
 * {@code ValueSetsFuzzTestInputs/valueSet/}.
 */
class ValueSetsFuzzTest {

  @FuzzTest(maxDuration = "5m")
  void valueSet(byte[] input) throws IOException {
    Path dir = Files.createTempDirectory("vs-fuzz");
    Path file = dir.resolve("v.json");
    try {
      Files.write(file, input);
      try {
        ValueSets.read(dir);
      } catch (FailureException e) {
        FuzzChecks.named(e);
      }
    } finally {
      Files.deleteIfExists(file);
      Files.deleteIfExists(dir);
    }
  }
}
