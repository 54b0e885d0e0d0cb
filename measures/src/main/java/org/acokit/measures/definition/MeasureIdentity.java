/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.definition;

import org.acokit.quality.CollectionType;
import java.util.Objects;

/**
 * Who a measure definition is: its canonical URL (the FHIR {@code Measure.url}, how a test deck
 * or a MeasureReport names it), its eCQM id and version, and its identity in the quality engine's
 * catalog (the MIPS measure id and collection type that {@code org.acokit.quality.MeasureResult}
 * carries), so evaluation results feed {@code AppQualityScoring} directly.
 * <p>
 * Example: {@code new MeasureIdentity("https://madie.cms.gov/Measure/DiabetesGlycemicStatusAssessmentGreaterThan9PercentFHIR",
 * "CMS122", "0.1.002", "001", CollectionType.ELECTRONIC_HEALTH_RECORD, "Diabetes: Glycemic Status Assessment Greater Than 9%",
 * GroupAggregation.SINGLE_GROUP)}. Immutable and thread-safe.
 *
 * @param canonicalUrl the FHIR Measure.url
 * @param ecqmId the eCQM id, such as {@code CMS122}
 * @param version the measure version
 * @param catalogMeasureId the catalog's measure id, such as {@code 001}
 * @param collectionType the collection type the results are reported under, such as
 *     {@link CollectionType#ELECTRONIC_HEALTH_RECORD}
 * @param title the title
 * @param groupAggregation how several groups make one rate
 */
public record MeasureIdentity(String canonicalUrl, String ecqmId, String version, String catalogMeasureId,
    CollectionType collectionType, String title, GroupAggregation groupAggregation) {

  /**
   * Validates the identity.
   *
   * @throws IllegalArgumentException if the url or the catalog id is blank
   */
  public MeasureIdentity {
    Objects.requireNonNull(canonicalUrl, "canonicalUrl");
    Objects.requireNonNull(ecqmId, "ecqmId");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(catalogMeasureId, "catalogMeasureId");
    Objects.requireNonNull(collectionType, "collectionType");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(groupAggregation, "groupAggregation");
    if (canonicalUrl.isBlank() || catalogMeasureId.isBlank()) {
      throw new IllegalArgumentException("measure identity must have a canonical url and a catalog measure id, but was"
          + " url '" + canonicalUrl + "', id '" + catalogMeasureId + "'");
    }
  }
}
