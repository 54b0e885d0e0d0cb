/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.hospital;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.google.common.collect.ImmutableMap;

/**
 * One hospital's HACRP inputs: facility id (CCN), state (Maryland hospitals are waived from the
 * payment reduction) and its measure inputs; measures that do not apply or cannot be calculated are
 * simply absent. Immutable and thread-safe.
 */
public final class HacHospital {

  private final String facilityId;
  private final String state;
  private final ImmutableMap<HacMeasure, HacMeasureInput> measures;

  private HacHospital(String facilityId, String state, Map<HacMeasure, HacMeasureInput> measures) {
    this.facilityId = facilityId;
    this.state = state;
    this.measures = ImmutableMap.copyOf(measures);
  }

  /**
   * Creates a hospital.
   *
   * @param facilityId the CCN, kept as text
   * @param state the two-letter state
   * @param measures the measure inputs, at most one per measure
   * @return the hospital
   * @throws IllegalArgumentException naming the hospital if a measure is given twice or the id is blank
   */
  public static HacHospital of(String facilityId, String state, List<HacMeasureInput> measures) {
    Objects.requireNonNull(facilityId, "facilityId");
    Objects.requireNonNull(state, "state");
    if (facilityId.isBlank()) {
      throw new IllegalArgumentException("facility id must not be blank");
    }
    Map<HacMeasure, HacMeasureInput> m = new EnumMap<>(HacMeasure.class);
    for (HacMeasureInput i : measures) {
      if (m.put(i.measure(), i) != null) {
        throw new IllegalArgumentException("hospital " + facilityId + " has measure " + i.measure().label() + " twice");
      }
    }
    return new HacHospital(facilityId, state, m);
  }

  /**
   * The facility id (CCN).
   *
   * @return the id
   */
  public String facilityId() {
    return facilityId;
  }

  /**
   * The state.
   *
   * @return the two-letter state
   */
  public String state() {
    return state;
  }

  /**
   * The measure inputs.
   *
   * @return the inputs by measure
   */
  public ImmutableMap<HacMeasure, HacMeasureInput> measures() {
    return measures;
  }
}
