/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.synthetic;

/**
 * What {@link SyntheticPatients} planted in a patient's record, one bit each in
 * {@link SyntheticPatient#traits()}. Each trait names the facts written for it (all in
 * measurement year 2025 unless said otherwise).
 */
public enum SyntheticTrait {
  /** A finished outpatient office visit in 2025 (Office Visit and Encounter to Screen for Depression value sets, class AMB). */
  OUTPATIENT_VISIT,
  /** An active essential hypertension problem with onset before 2025. */
  HYPERTENSION,
  /** A final blood pressure panel (LOINC 85354-9) taken at the visit, referencing it. */
  BLOOD_PRESSURE_READING,
  /** The reading is below 140/90 mm[Hg] (absent: uncontrolled, systolic at least 140 or diastolic at least 90). */
  BLOOD_PRESSURE_CONTROLLED,
  /** An active diabetes problem with onset before 2025. */
  DIABETES,
  /** A final HbA1c laboratory result in percent in 2025. */
  HBA1C_TESTED,
  /** The HbA1c result is above 9%. */
  HBA1C_ABOVE_9,
  /** An active ischemic heart disease problem (ASCVD) with onset before 2025. */
  ASCVD,
  /** An active familial hypercholesterolemia problem with onset before 2025. */
  FAMILIAL_HYPERCHOLESTEROLEMIA,
  /** A final LDL cholesterol result of 190 mg/dL or more in 2025. */
  LDL_190_OR_MORE,
  /** A final LDL cholesterol result below 190 mg/dL in 2025 (no statin indication by itself). */
  LDL_BELOW_190,
  /** A final 10-year cardiovascular risk observation (LOINC 99055-6) of 20% or more in 2025. */
  HIGH_CVD_RISK,
  /** A 10-year cardiovascular risk observation below 20% in 2025. */
  LOW_CVD_RISK,
  /** An active order of a moderate-intensity statin authored in 2025. */
  STATIN_ORDERED,
  /** A final mammography observation between 2023-11-01 and 2025-12-15. */
  MAMMOGRAPHY,
  /** A completed colonoscopy between 2017 and 2025. */
  COLONOSCOPY,
  /** A final fecal occult blood test with a value in 2025. */
  FECAL_OCCULT_BLOOD_TEST,
  /** A final depression screening (adolescent or adult LOINC by age) on the visit day, before the visit. */
  DEPRESSION_SCREENING,
  /** The screening is positive (absent: negative). */
  DEPRESSION_POSITIVE,
  /** A completed follow-up procedure for depression during the visit. */
  DEPRESSION_FOLLOW_UP,
  /** A depression screening not done (status cancelled) with reason "screening declined", issued during the visit. */
  DEPRESSION_SCREENING_DECLINED,
  /** A bipolar disorder problem with onset before 2025. */
  BIPOLAR_DISORDER,
  /** A finished hospice encounter in 2025. */
  HOSPICE,
  /** An active palliative care diagnosis with onset in 2025. */
  PALLIATIVE_CARE,
  /** An active frailty diagnosis with onset in 2025 and an advanced illness with onset in 2024. */
  FRAILTY_AND_ADVANCED_ILLNESS,
  /** A final housing status survey (LOINC 71802-3) in 2025 with value "lives in a nursing home". */
  NURSING_HOME,
  /** A history of bilateral mastectomy (condition, onset before 2025). */
  BILATERAL_MASTECTOMY,
  /** A malignant neoplasm of colon (condition, onset before 2025). */
  COLON_CANCER,
  /** An active pregnancy with onset in 2025. */
  PREGNANCY;

  /**
   * This trait's bit in {@link SyntheticPatient#traits()}.
   *
   * @return the bit
   */
  public long bit() {
    return 1L << ordinal();
  }
}
