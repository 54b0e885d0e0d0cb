/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.examples.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import org.acokit.io.ValueWithFailures;
import org.acokit.measures.evaluation.PopulationCounts;
import org.acokit.measures.patient.PatientDataBuilder;

/**
 * Measure population counts as Spark carries them: {@link PopulationCounts#toArray()} (every
 * measure, group, population and stratum), the patients counted, and the failed patients as text.
 * A Java bean for Spark's bean encoder. Mutable (Spark fills it), not thread-safe.
 */
public final class CountsPartial implements Serializable {

  private static final long serialVersionUID = 1L;

  private long[] counts = new long[0];
  private long patients;
  private List<String> failures = new ArrayList<>();

  /** Empty, for Spark's bean encoder. */
  public CountsPartial() {
  }

  /** The partial of one batch's evaluation. */
  static CountsPartial of(ValueWithFailures<PopulationCounts> evaluated) {
    CountsPartial p = new CountsPartial();
    PopulationCounts c = evaluated.values().get(0);
    p.counts = c.toArray();
    p.patients = c.patients();
    evaluated.failures().forEach(f -> p.failures.add(f.toString()));
    return p;
  }

  /** Adds another partial into this one (an empty partial has no counts yet). */
  CountsPartial add(CountsPartial other, int maxFailures) {
    if (counts.length == 0) {
      counts = other.counts.clone();
    } else if (other.counts.length != 0) {
      if (other.counts.length != counts.length) {
        throw new IllegalArgumentException("partials must count the same measures to merge, but had "
            + counts.length + " and " + other.counts.length + " cells");
      }
      for (int i = 0; i < counts.length; i++) {
        counts[i] += other.counts[i];
      }
    }
    patients += other.patients;
    for (String f : other.failures) {
      if (failures.size() >= maxFailures) {
        break;
      }
      failures.add(f);
    }
    return this;
  }

  /**
   * The population counts, on counts of the measures bound to no patients (the layout).
   *
   * @param binding the binding the partial was evaluated with
   * @return the counts
   * @throws IllegalArgumentException if the binding counts other measures
   */
  public PopulationCounts toCounts(MeasureBinding binding) {
    PopulationCounts layout = binding.bind(new PatientDataBuilder().build()).evaluate().values().get(0);
    return layout.withCounts(counts.length == 0 ? layout.toArray() : counts, patients);
  }

  /** @return the flat counts ({@link PopulationCounts#toArray()}), empty before any patient */
  public long[] getCounts() {
    return counts;
  }

  /** @param v the flat counts */
  public void setCounts(long[] v) {
    counts = v;
  }

  /** @return the patients counted */
  public long getPatients() {
    return patients;
  }

  /** @param v the patients counted */
  public void setPatients(long v) {
    patients = v;
  }

  /** @return the failed patients as text */
  public List<String> getFailures() {
    return failures;
  }

  /** @param v the failed patients as text */
  public void setFailures(List<String> v) {
    failures = v;
  }
}
