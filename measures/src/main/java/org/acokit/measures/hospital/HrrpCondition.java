/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.hospital;

/**
 * The six conditions and procedures of the Hospital Readmissions Reduction Program (42 CFR
 * 412.152 "applicable conditions"), with the measure name of CMS's public file.
 */
public enum HrrpCondition {
  /** Acute myocardial infarction (from FY2013). */
  AMI("READM-30-AMI-HRRP", "ami"),
  /** Chronic obstructive pulmonary disease (from FY2015). */
  COPD("READM-30-COPD-HRRP", "copd"),
  /** Heart failure (from FY2013). */
  HF("READM-30-HF-HRRP", "hf"),
  /** Pneumonia (from FY2013; cohort expanded in FY2017). */
  PN("READM-30-PN-HRRP", "pn"),
  /** Coronary artery bypass graft surgery (from FY2017). */
  CABG("READM-30-CABG-HRRP", "cabg"),
  /** Elective primary total hip and/or total knee arthroplasty (from FY2015). */
  THA_TKA("READM-30-HIP-KNEE-HRRP", "tha_tka");

  private final String measureName;
  private final String columnPrefix;

  HrrpCondition(String measureName, String columnPrefix) {
    this.measureName = measureName;
    this.columnPrefix = columnPrefix;
  }

  /**
   * The measure name in CMS's Care Compare file, such as {@code READM-30-AMI-HRRP}.
   *
   * @return the name
   */
  public String measureName() {
    return measureName;
  }

  /**
   * The lower-case prefix of the condition's columns in the supplemental data extract, such as
   * {@code tha_tka}.
   *
   * @return the prefix
   */
  public String columnPrefix() {
    return columnPrefix;
  }

  /**
   * The condition of a Care Compare measure name.
   *
   * @param measureName the name, such as {@code READM-30-HF-HRRP}
   * @return the condition
   * @throws IllegalArgumentException if the name is not one of the six
   */
  public static HrrpCondition ofMeasureName(String measureName) {
    for (HrrpCondition c : values()) {
      if (c.measureName.equals(measureName)) {
        return c;
      }
    }
    throw new IllegalArgumentException("HRRP measure name must be one of READM-30-{AMI,COPD,HF,PN,CABG,HIP-KNEE}-HRRP,"
        + " but was '" + measureName + "'");
  }
}
