/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.hospital;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.acokit.io.FailureException;
import org.acokit.measures.probe.FuzzChecks;

/**
 * Fuzzes the hospital program readers: any bytes as a HACRP file, an HRRP supplemental file, an
 * HRRP Care Compare file or HRRP program values must give rows and row-level failures (or a
 * report), or a {@link FailureException}; never another exception. Regression inputs:
 * {@code HospitalCsvFuzzTestInputs/readers/}.
 */
class HospitalCsvFuzzTest {

  @FuzzTest(maxDuration = "5m")
  void readers(byte[] input) throws IOException {
    Path file = Files.createTempFile("hospital-fuzz", ".csv");
    try {
      Files.write(file, input);
      check(() -> FuzzChecks.wellFormed(HacrpReconciliation.read(file)));
      check(() -> FuzzChecks.wellFormed(HrrpReconciliation.readHospitals(file)));
      check(() -> HrrpReconciliation.reconcileErrs(file));
      check(() -> HrrpReconciliation.readProgramValues(file));
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private static void check(Runnable read) {
    try {
      read.run();
    } catch (FailureException e) {
      FuzzChecks.named(e);
    }
  }
}
