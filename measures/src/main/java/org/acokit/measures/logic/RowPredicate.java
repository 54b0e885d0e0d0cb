/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.logic;

import org.acokit.measures.patient.FactTable;

/**
 * A condition on one fact row (a CQL {@code where} clause). Make predicates once, when a measure
 * binds ({@code PatientMeasure.groups}), and keep them in fields: a lambda that captures
 * variables allocates each time its expression is evaluated.
 */
@FunctionalInterface
public interface RowPredicate {

  /**
   * Tests a row.
   *
   * @param p the patient (for the period and other facts)
   * @param t the table
   * @param row the row
   * @return true if the row qualifies
   */
  boolean test(PatientRecord p, FactTable t, int row);
}
