/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.acokit.io.FailureException;
import org.acokit.io.ValueWithFailures;
import org.acokit.quality.DecileBenchmark;
import org.acokit.measures.probe.FuzzChecks;

/**
 * Fuzzes the qpp-measures-data readers: any bytes as {@code measures-data.json} and as a
 * benchmarks file must give records and row-level failures, or a {@link FailureException}; never
 * another exception. Regression inputs: {@code QppMeasuresDataFuzzTestInputs/readers/}.
 */
class QppMeasuresDataFuzzTest {

  @FuzzTest(maxDuration = "5m")
  void readers(byte[] input) throws IOException {
    Path file = Files.createTempFile("qpp-fuzz", ".json");
    try {
      Files.write(file, input);
      try {
        FuzzChecks.wellFormed(QppMeasuresData.readMeasures(file));
      } catch (FailureException e) {
        FuzzChecks.named(e);
      }
      for (TenValueDeciles tenValues : TenValueDeciles.values()) {
        try {
          ValueWithFailures<DecileBenchmark> r = QppMeasuresData.readBenchmarks(file, Map.of(), tenValues);
          FuzzChecks.wellFormed(r);
        } catch (FailureException e) {
          FuzzChecks.named(e);
        }
      }
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
