/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.logic;

import org.acokit.measures.patient.FactKind;

/**
 * Where the building blocks report the facts that decided a criterion, for explanations.
 * <p>
 * Batch evaluation uses {@link #NONE}, which does nothing and allocates nothing; an explanation
 * uses a recording implementation. Building blocks call {@link #cite(FactKind, int)} with the row
 * that made a criterion true (the first match of an {@code exists}, the row a {@code Last}
 * picked).
 */
public interface Evidence {

  /** Records nothing (the batch fast path). */
  Evidence NONE = (kind, row) -> {
  };

  /**
   * Cites a fact.
   *
   * @param kind the kind
   * @param row the row of the patient's dataset
   */
  void cite(FactKind kind, int row);
}
