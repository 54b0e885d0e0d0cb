/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.benchmark;

import org.acokit.explain.Explanation;
import org.acokit.explain.ExplanationStep;
import org.acokit.explain.ValueKind;
import org.acokit.population.EnrollmentType;
import org.acokit.population.EnrollmentVector;

/**
 * Adds one explanation step per enrollment type.
 */
final class Steps {

  private Steps() {
  }

  static void add(Explanation.Builder e, String row, String label, ValueKind kind, EnrollmentVector v, String formula) {
    for (EnrollmentType t : EnrollmentType.values()) {
      e.addSteps(ExplanationStep.of(row, label + ", " + t.label(), kind, v.get(t), formula));
    }
  }

  static void add(Explanation.Builder e, String row, String label, ValueKind kind, double v, String formula) {
    e.addSteps(ExplanationStep.of(row, label, kind, v, formula));
  }
}
