/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.definition;

import java.util.List;

import org.acokit.measures.logic.MeasureContext;
import org.acokit.quality.Direction;

/**
 * A measure evaluated on patient-level data: the service interface measure definitions implement
 * (the built-in eCQMs, and any third party's), found with {@link PatientMeasures#load()}.
 * <p>
 * A definition declares its identity, scoring and groups; each group declares its populations and
 * supplies their criteria, written like the measure's CQL with the building blocks of
 * {@code org.acokit.measures.logic} (a few dozen lines). The framework applies the membership rules
 * ({@link MembershipRules}), counts, stratifies and explains. {@link #groups(MeasureContext)} is
 * called once per dataset: resolve value sets and codes there (resolve once, evaluate many
 * times), never per patient.
 * <p>
 * Register an implementation in {@code META-INF/services/org.acokit.measures.definition.PatientMeasure};
 * it needs a public no-argument constructor. Implementations must be immutable and thread-safe.
 * (The name is not {@code MeasureDefinition}: that is the catalog's description of a measure,
 * {@code org.acokit.measures.MeasureDefinition}, which {@link MeasureIdentity#catalogMeasureId()}
 * points to.)
 */
public interface PatientMeasure {

  /**
   * The identity: canonical URL, eCQM id, catalog measure id.
   *
   * @return the identity
   */
  MeasureIdentity identity();

  /**
   * The scoring.
   *
   * @return the scoring, {@link Scoring#PROPORTION} unless overridden
   */
  default Scoring scoring() {
    return Scoring.PROPORTION;
  }

  /**
   * The groups, in Measure order, with criteria bound to a dataset.
   *
   * @param context the dataset, value sets and measurement period to bind to
   * @return the groups, at least one
   * @throws IllegalArgumentException if a value set the measure needs is absent from the context's
   *     registry (the message names it)
   */
  List<GroupDefinition> groups(MeasureContext context);

  /**
   * The supplemental data elements, counted per stratum like stratifiers (none unless
   * overridden); {@code org.acokit.measures.logic.SupplementalData} has the standard ones.
   *
   * @param context the dataset to bind to
   * @return the supplemental data stratifiers
   */
  default List<Stratifier> supplementalData(MeasureContext context) {
    return List.of();
  }

  /**
   * Whether a higher performance rate is better (the Measure's improvement notation): decides
   * which stratum is best, whether a gap is adverse, and how equity statistics are framed.
   *
   * @return {@link Direction#HIGHER_IS_BETTER} unless overridden (an inverse measure such as
   *     CMS122, poor glycemic control, returns {@link Direction#LOWER_IS_BETTER})
   */
  default Direction direction() {
    return Direction.HIGHER_IS_BETTER;
  }
}
