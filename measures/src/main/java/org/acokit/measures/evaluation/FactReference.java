/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.evaluation;

import java.util.List;

import org.acokit.measures.terminology.Code;

/**
 * A fact cited by an explanation: resource type and id, its codes and its date.
 *
 * @param resourceType the FHIR resource type
 * @param resourceId the resource id
 * @param codes the codes of its {@code CODE} field
 * @param date its main date as FHIR text (the start of its timing, or {@code authoredOn}), or
 *     {@code absent}
 */
public record FactReference(String resourceType, String resourceId, List<Code> codes, String date) {

  @Override
  public String toString() {
    return resourceType + "/" + resourceId + " " + codes + " " + date;
  }
}
