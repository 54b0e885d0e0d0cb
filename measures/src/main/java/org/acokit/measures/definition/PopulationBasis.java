/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.definition;

/**
 * What a population counts (the {@code cqfm-populationBasis} extension): patients ({@code boolean})
 * or episodes (a resource type such as {@code Encounter}).
 */
public enum PopulationBasis {
  /** Each patient counts once: populations are booleans ({@link PatientCriteria}). */
  PATIENT,
  /** Each episode counts: populations are evaluated per episode ({@link EpisodeCriteria}). */
  EPISODE
}
