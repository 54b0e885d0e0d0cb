/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.safety;

import java.util.Objects;

/**
 * One hospital-acquired condition during a stay, in a category of the method's
 * {@link HarmTaxonomy}. Immutable and thread-safe.
 *
 * @param stayId the stay it occurred in
 * @param category the category code
 */
public record HacEvent(String stayId, String category) {

  /**
   * Validates the event.
   *
   * @throws NullPointerException if a field is null
   */
  public HacEvent {
    Objects.requireNonNull(stayId, "stayId");
    Objects.requireNonNull(category, "category");
  }
}
