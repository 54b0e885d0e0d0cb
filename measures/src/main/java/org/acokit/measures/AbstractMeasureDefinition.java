/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.acokit.internal.AcoStyle;
import org.acokit.quality.CollectionType;
import org.acokit.quality.Direction;
import org.acokit.quality.RateUnit;
import org.immutables.value.Value;

/**
 * A quality measure as a program scores it in one performance year: id, title, domain,
 * direction, unit, collection types and programs.
 * <p>
 * Example: {@code 236 "Controlling High Blood Pressure"}, domain "Effective Clinical Care",
 * higher is better, percent, collected by {@code cmsWebInterface}, {@code electronicHealthRecord},
 * {@code registry}, {@code claims}. Immutable and thread-safe.
 */
@Value.Immutable
@AcoStyle
@JsonSerialize(as = MeasureDefinition.class)
@JsonDeserialize(as = MeasureDefinition.class)
abstract class AbstractMeasureDefinition {

  /**
   * The measure identifier as CMS prints it.
   *
   * @return the id
   */
  public abstract String measureId();

  /**
   * The title.
   *
   * @return the title
   */
  public abstract String title();

  /**
   * The domain (MSSP domain through 2020; CMS's National Quality Strategy domain or measure type
   * in the APP).
   *
   * @return the domain
   */
  public abstract String domain();

  /**
   * The measure type ({@code process}, {@code outcome}, {@code intermediateOutcome},
   * {@code patientEngagementExperience}), if known.
   *
   * @return the measure type
   */
  public abstract Optional<String> measureType();

  /**
   * The MIPS performance category ({@code quality}, {@code ia}, {@code pi}, {@code cost}), if
   * known; the APM Performance Pathway measure sets hold the {@code quality} measures.
   *
   * @return the category
   */
  public abstract Optional<String> category();

  /**
   * Which way performance improves.
   *
   * @return the direction
   */
  public abstract Direction direction();

  /**
   * The unit of the measure's rate.
   *
   * @return the unit
   */
  public abstract RateUnit unit();

  /**
   * The collection types (qpp-measures-data {@code submissionMethods}) the program accepts.
   *
   * @return the collection types
   */
  public abstract List<CollectionType> collectionTypes();

  /**
   * The programs (qpp-measures-data {@code allowedPrograms}, such as {@code app1}).
   *
   * @return the programs
   */
  public abstract List<String> programs();

  /**
   * Whether the measure is pay for performance in the year (false: pay for reporting); true
   * unless a source says otherwise.
   *
   * @return true for pay for performance
   */
  @Value.Default
  public boolean payForPerformance() {
    return true;
  }

  /**
   * The weight of the measure's points (2 for the Shared Savings Program EHR measure ACO-11).
   *
   * @return the weight
   */
  @Value.Default
  public double weight() {
    return 1;
  }

  /**
   * The MIPS quality measure id of the same specification (ACO-13 is MIPS 318), if any.
   *
   * @return the MIPS id
   */
  public abstract Optional<String> mipsMeasureId();

  /**
   * Whether the measure is an outcome measure (measure type {@code outcome} or
   * {@code intermediateOutcome}) for the alternative quality performance standard.
   *
   * @return true for outcome measures
   */
  @Value.Derived
  @com.fasterxml.jackson.annotation.JsonIgnore
  public boolean outcome() {
    return measureType().map(t -> t.equals("outcome") || t.equals("intermediateOutcome")).orElse(false);
  }
}
