/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.fhir;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.acokit.measures.probe.FuzzChecks;

/**
 * Fuzzes the FHIR Bundle reader: any bytes as a {@code .json} file must give a dataset and
 * row-level failures, never an exception. Regression inputs:
 * {@code FhirBundleFuzzTestInputs/bundle/}.
 */
class FhirBundleFuzzTest {

  @FuzzTest(maxDuration = "5m")
  void bundle(byte[] input) throws IOException {
    Path file = Files.createTempFile("fhir-fuzz", ".json");
    try {
      Files.write(file, input);
      FuzzChecks.wellFormed(FhirReader.read(List.of(file)));
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
