/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.explain;

import static org.acokit.testing.Probe.refused;

import java.util.stream.Stream;

import org.acokit.io.Failure;
import org.acokit.io.FailureCode;
import org.acokit.io.Result;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Bad-input probes of the explanation and io value types (issue 17).
 */
class ExplainIoBadInputTest {

  @TestFactory
  Stream<DynamicTest> probes() {
    return Stream.of(
        refused("step value NaN", "value of step [A]", "NaN", () -> ExplanationStep.of("A", "x", ValueKind.DOLLARS,
            Double.NaN, "f")),
        refused("step value -Infinity", "value of step [A]", () -> ExplanationStep.of("A", "x", ValueKind.DOLLARS,
            Double.NEGATIVE_INFINITY, "f")),
        refused("text step holding a number", "text step", () -> ExplanationStep.builder().row("A").label("x")
            .kind(ValueKind.TEXT).value(1).formula("f").build()),
        refused("step missing its row", "row", () -> ExplanationStep.builder().label("x").kind(ValueKind.DOLLARS)
            .formula("f").build()),
        refused("failure without a code", "code", () -> Failure.of(null, "p", "v", "m")),
        refused("failure row 0", "row", "0", () -> Failure.ofRow(FailureCode.INVALID_VALUE, "f.csv", 0, "p", "v", "m")),
        refused("success of null", "value", () -> Result.success(null)),
        refused("failure of null", "failure", () -> Result.failure(null)));
  }
}
