/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.quality;

import java.util.Arrays;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How a measure's result was collected and submitted: CMS's collection types (the
 * {@code submissionMethod} vocabulary of CMS's qpp-measures-data, in which benchmarks are keyed)
 * and the few other sources the quality strategies of other programs score.
 * <p>
 * Each constant maps to and from the name CMS prints ({@link #cmsName()}, {@link #of(String)}),
 * which is also its JSON form: {@code CollectionType.of("cmsWebInterface")} is
 * {@link #CMS_WEB_INTERFACE}. The Shared Savings Program's reporting options map onto them as:
 * Web Interface {@link #CMS_WEB_INTERFACE}; eCQM {@link #ELECTRONIC_HEALTH_RECORD}; MIPS CQM and
 * Medicare CQM {@link #REGISTRY} (Medicare CQM measure ids carry CMS's {@code SSP} suffix, such
 * as {@code 001SSP}); the CAHPS survey {@link #CERTIFIED_SURVEY_VENDOR}; the claims-based
 * measures CMS calculates (479, 484, MCC1) {@link #ADMINISTRATIVE_CLAIMS}. Immutable and
 * thread-safe.
 */
public enum CollectionType {
  /** Medicare Part B claims measures reported by clinicians ({@code claims}). */
  CLAIMS("claims"),
  /** Electronic clinical quality measures, eCQMs ({@code electronicHealthRecord}). */
  ELECTRONIC_HEALTH_RECORD("electronicHealthRecord"),
  /** MIPS clinical quality measures and Medicare CQMs submitted by a registry ({@code registry}). */
  REGISTRY("registry"),
  /** The CMS Web Interface ({@code cmsWebInterface}). */
  CMS_WEB_INTERFACE("cmsWebInterface"),
  /** A survey fielded by a CMS-approved vendor: CAHPS for ACOs / CAHPS for MIPS ({@code certifiedSurveyVendor}). */
  CERTIFIED_SURVEY_VENDOR("certifiedSurveyVendor"),
  /** Measures CMS calculates from administrative claims (479, 484, MCC1, ACO-8) ({@code administrativeClaims}). */
  ADMINISTRATIVE_CLAIMS("administrativeClaims"),
  /**
   * The Shared Savings Program's EHR Incentive Program measure of 2012-2016 (ACO-11, meaningful use
   * attestation) ({@code ehrIncentiveProgram}).
   */
  EHR_INCENTIVE_PROGRAM("ehrIncentiveProgram"),
  /** NCQA HEDIS measures reported to a payer, such as MassHealth ({@code hedis}). */
  HEDIS("hedis");

  private final String cmsName;

  CollectionType(String cmsName) {
    this.cmsName = cmsName;
  }

  /**
   * The name CMS prints ({@code cmsWebInterface}, {@code electronicHealthRecord}, ...), also the
   * JSON form.
   *
   * @return the name
   */
  @JsonValue
  public String cmsName() {
    return cmsName;
  }

  /**
   * The collection type of a name as CMS prints it, matched exactly.
   *
   * @param cmsName the name, such as {@code cmsWebInterface}
   * @return the collection type
   * @throws IllegalArgumentException if the name is none of the known collection types, listing them
   */
  @JsonCreator
  public static CollectionType of(String cmsName) {
    for (CollectionType t : values()) {
      if (t.cmsName.equals(cmsName)) {
        return t;
      }
    }
    throw new IllegalArgumentException("collection type must be one of "
        + Arrays.stream(values()).map(CollectionType::cmsName).collect(Collectors.joining(", "))
        + ", but was '" + cmsName + "'");
  }

  /**
   * The name CMS prints.
   *
   * @return {@link #cmsName()}
   */
  @Override
  public String toString() {
    return cmsName;
  }
}
