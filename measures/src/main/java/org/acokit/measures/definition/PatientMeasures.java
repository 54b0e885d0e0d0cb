/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.definition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

import com.google.common.collect.ImmutableList;

/**
 * The patient-level measure definitions found on the class path with {@link ServiceLoader}
 * (services of {@link PatientMeasure}), by canonical URL.
 * <p>
 * Example: {@code PatientMeasures.load().byUrl("https://madie.cms.gov/Measure/...")}. There is no
 * global registry: each {@link #load()} builds a new instance; {@link #of(List)} makes one from
 * explicit definitions. Immutable and thread-safe.
 */
public final class PatientMeasures {

  private final ImmutableList<PatientMeasure> measures;

  private PatientMeasures(List<PatientMeasure> measures) {
    Map<String, PatientMeasure> byUrl = new LinkedHashMap<>();
    for (PatientMeasure m : measures) {
      PatientMeasure old = byUrl.put(m.identity().canonicalUrl(), m);
      if (old != null) {
        throw new IllegalArgumentException("measure url must be unique, but " + m.identity().canonicalUrl()
            + " is defined by both " + old.getClass().getName() + " and " + m.getClass().getName());
      }
    }
    this.measures = ImmutableList.copyOf(measures);
  }

  /**
   * Loads every registered definition.
   *
   * @return the definitions
   * @throws IllegalArgumentException if two definitions share a canonical URL
   */
  public static PatientMeasures load() {
    List<PatientMeasure> found = new ArrayList<>();
    ServiceLoader.load(PatientMeasure.class, PatientMeasures.class.getClassLoader()).forEach(found::add);
    return new PatientMeasures(found);
  }

  /**
   * The given definitions.
   *
   * @param measures the definitions
   * @return the registry
   * @throws IllegalArgumentException if two definitions share a canonical URL
   */
  public static PatientMeasures of(List<PatientMeasure> measures) {
    return new PatientMeasures(measures);
  }

  /**
   * All definitions, in loading order.
   *
   * @return the definitions
   */
  public ImmutableList<PatientMeasure> all() {
    return measures;
  }

  /**
   * The definition with a canonical URL.
   *
   * @param url the FHIR Measure.url (a {@code |version} suffix is ignored)
   * @return the definition, empty if none is registered
   */
  public Optional<PatientMeasure> find(String url) {
    int bar = url.indexOf('|');
    String key = bar < 0 ? url : url.substring(0, bar);
    return measures.stream().filter(m -> m.identity().canonicalUrl().equals(key)).findFirst();
  }

  /**
   * The definition with a canonical URL.
   *
   * @param url the FHIR Measure.url
   * @return the definition
   * @throws IllegalArgumentException if none is registered; the message lists the registered URLs
   */
  public PatientMeasure byUrl(String url) {
    return find(url).orElseThrow(() -> new IllegalArgumentException("measure " + url
        + " must be a registered PatientMeasure, but the registered ones are "
        + measures.stream().map(m -> m.identity().canonicalUrl()).toList()));
  }
}
