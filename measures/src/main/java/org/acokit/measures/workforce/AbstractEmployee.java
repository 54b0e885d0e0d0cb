/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.workforce;

import java.time.LocalDate;

import com.google.common.collect.ImmutableMap;
import org.acokit.internal.AcoStyle;
import org.immutables.value.Value;

/**
 * One employee in a dated snapshot of the workforce: where they work (institution, unit, job
 * family), their level (1 = entry, higher = more senior), whether they are a clinician or in
 * leadership, and their demographic attributes ({@link Demographics}: declined and unknown are
 * explicit values). Immutable and thread-safe.
 */
@Value.Immutable
@AcoStyle
abstract class AbstractEmployee {

  /** @return the snapshot date */
  public abstract LocalDate date();

  /** @return the employee's identifier, stable across snapshots */
  public abstract String employeeId();

  /** @return the institution (hospital, practice group) */
  public abstract String institution();

  /** @return the unit within the institution */
  public abstract String unit();

  /** @return the job family (nursing, physicians, environmental services …) */
  public abstract String jobFamily();

  /** @return the level, 1 or more (1 = entry) */
  public abstract int level();

  /** @return whether the employee is a clinician */
  public abstract boolean clinician();

  /** @return whether the employee is in leadership or governance (AHA pledge action 3) */
  public abstract boolean leadership();

  /** @return dimension → value, such as {@code race → Asian} */
  public abstract ImmutableMap<String, String> demographics();

  @Value.Check
  void check() {
    if (employeeId().isBlank()) {
      throw new IllegalArgumentException("employeeId must not be blank");
    }
    if (level() < 1) {
      throw new IllegalArgumentException("level of employee " + employeeId() + " is " + level() + "; levels are 1 or more");
    }
    Demographics.check("employee " + employeeId(), demographics());
  }
}
