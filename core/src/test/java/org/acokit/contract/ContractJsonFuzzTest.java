/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.acokit.io.FailureException;

/**
 * Fuzzes {@link ContractJson}'s readers with Jazzer: any text either reads as terms (or
 * performance inputs) that write back as JSON without NaN or infinity and read back equal, or
 * fails with the library's {@link FailureException} whose failure names a JSON path. Any other
 * exception is a finding.
 * <p>
 * In the normal build the inputs under {@code ContractJsonFuzzTestInputs/readsOrFailsNamed} run
 * as regression tests; {@code JAZZER_FUZZ=1} fuzzes (see the README's contributor section).
 */
class ContractJsonFuzzTest {

  @FuzzTest(maxDuration = "5m")
  void readsOrFailsNamed(byte[] data) {
    boolean inputs = data.length > 0 && (data[0] & 1) == 1;
    String json = new String(data, data.length > 0 ? 1 : 0, Math.max(0, data.length - 1), StandardCharsets.UTF_8);
    try {
      if (inputs) {
        PerformanceInputs read = ContractJson.readInputs(json);
        String written = ContractJson.writeInputs(read);
        assertThat(written).doesNotContain("NaN", "Infinity");
        assertThat(ContractJson.readInputs(written)).isEqualTo(read);
      } else {
        ContractTerms read = ContractJson.read(json);
        String written = ContractJson.write(read);
        assertThat(written).doesNotContain("NaN", "Infinity");
        assertThat(ContractJson.read(written)).isEqualTo(read);
      }
    } catch (FailureException e) {
      assertThat(e.failure().path()).startsWith("$");
      assertThat(e.failure().message()).isNotBlank().doesNotContain("com.fasterxml", "Exception");
    }
  }
}
