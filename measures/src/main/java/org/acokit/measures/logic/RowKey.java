/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.logic;

import org.acokit.measures.patient.FactTable;

/**
 * A sort key of a fact row (CQL {@code sort by}), such as the end of its timing; make it once at
 * bind time.
 */
@FunctionalInterface
public interface RowKey {

  /**
   * The key of a row.
   *
   * @param p the patient
   * @param t the table
   * @param row the row
   * @return the key; {@link Long#MIN_VALUE} for null (sorts first)
   */
  long key(PatientRecord p, FactTable t, int row);
}
