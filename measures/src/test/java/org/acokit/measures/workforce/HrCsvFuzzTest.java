/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.workforce;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.acokit.io.FailureException;
import org.acokit.measures.probe.FuzzChecks;

/**
 * Fuzzes the HR data readers: any text as a snapshot, event, survey response or selection CSV
 * must give records and row-level failures, or a {@link FailureException} for a missing header or
 * column; never another exception. Regression inputs: {@code HrCsvFuzzTestInputs/readers/}.
 */
class HrCsvFuzzTest {

  @FuzzTest(maxDuration = "5m")
  void readers(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    check(() -> FuzzChecks.wellFormed(HrCsv.readSnapshots(new StringReader(text), "s.csv")));
    check(() -> FuzzChecks.wellFormed(HrCsv.readEvents(new StringReader(text), "e.csv",
        List.of("applied", "interviewed", "offered", "hired"))));
    check(() -> FuzzChecks.wellFormed(HrCsv.readResponses(new StringReader(text), "r.csv")));
    check(() -> FuzzChecks.wellFormed(SelectionCsv.read(new StringReader(text), "sel.csv")));
  }

  private static void check(Runnable read) {
    try {
      read.run();
    } catch (FailureException e) {
      FuzzChecks.named(e);
    }
  }
}
