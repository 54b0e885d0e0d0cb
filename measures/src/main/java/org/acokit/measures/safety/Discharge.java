/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.safety;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;

/**
 * One inpatient stay: the person (the patient id of the patient data model,
 * {@code org.acokit.measures.patient.PatientData#id}), facility, admission and discharge dates,
 * discharge status, principal and secondary diagnoses and procedures (codes as text, such as
 * ICD-10-CM / ICD-10-PCS), payer, whether a readmission into this stay was planned (a supplied flag,
 * or the result of a planned-readmission algorithm whose version the {@link SafetyMethod} names),
 * and the stay's strata (dimension to stratum, such as {@code race -> 2054-5}).
 * <p>
 * The discharge date may be absent (still admitted, or not recorded); such a stay cannot open a
 * readmission window and is reported as a row-level failure by {@link SafetyEngine}. Immutable and
 * thread-safe.
 *
 * @param stayId the stay id, unique
 * @param personId the person (patient) id
 * @param facilityId the facility (CCN or own id)
 * @param admissionDate the admission date
 * @param dischargeDate the discharge date, empty if unknown
 * @param status the discharge status
 * @param principalDiagnosis the principal diagnosis code
 * @param secondaryDiagnoses the secondary diagnosis codes
 * @param procedures the procedure codes
 * @param payer the payer (such as {@code medicare})
 * @param planned whether this stay, as a readmission, was planned
 * @param strata the stay's strata by dimension
 */
public record Discharge(String stayId, String personId, String facilityId, LocalDate admissionDate,
    Optional<LocalDate> dischargeDate, DischargeStatus status, String principalDiagnosis,
    ImmutableList<String> secondaryDiagnoses, ImmutableList<String> procedures, String payer, boolean planned,
    ImmutableMap<String, String> strata) {

  /**
   * Validates the stay.
   *
   * @throws IllegalArgumentException naming the stay, field and value if the discharge date is
   *     before the admission date
   */
  public Discharge {
    Objects.requireNonNull(stayId, "stayId");
    Objects.requireNonNull(personId, "personId of stay " + stayId);
    Objects.requireNonNull(facilityId, "facilityId of stay " + stayId);
    Objects.requireNonNull(admissionDate, "admissionDate of stay " + stayId);
    Objects.requireNonNull(dischargeDate, "dischargeDate of stay " + stayId);
    Objects.requireNonNull(status, "status of stay " + stayId);
    Objects.requireNonNull(principalDiagnosis, "principalDiagnosis of stay " + stayId);
    Objects.requireNonNull(payer, "payer of stay " + stayId);
    if (dischargeDate.isPresent() && dischargeDate.get().isBefore(admissionDate)) {
      throw new IllegalArgumentException("stay " + stayId + " dischargeDate " + dischargeDate.get()
          + " is before its admissionDate " + admissionDate + ": a discharge must be on or after the admission");
    }
  }

  /**
   * A stay with the common fields.
   *
   * @param stayId the stay id
   * @param personId the person id
   * @param facilityId the facility
   * @param admissionDate the admission date
   * @param dischargeDate the discharge date, or null if unknown
   * @param status the discharge status
   * @param principalDiagnosis the principal diagnosis
   * @param payer the payer
   * @param planned whether a readmission into this stay was planned
   * @param strata the strata by dimension
   * @return the stay
   * @throws IllegalArgumentException if the discharge is before the admission
   */
  public static Discharge of(String stayId, String personId, String facilityId, LocalDate admissionDate,
      LocalDate dischargeDate, DischargeStatus status, String principalDiagnosis, String payer, boolean planned,
      Map<String, String> strata) {
    return new Discharge(stayId, personId, facilityId, admissionDate, Optional.ofNullable(dischargeDate), status,
        principalDiagnosis, ImmutableList.of(), ImmutableList.of(), payer, planned, ImmutableMap.copyOf(strata));
  }

  /**
   * The same stay with diagnoses and procedures.
   *
   * @param secondary the secondary diagnoses
   * @param procedureCodes the procedures
   * @return the stay
   */
  public Discharge withCodes(List<String> secondary, List<String> procedureCodes) {
    return new Discharge(stayId, personId, facilityId, admissionDate, dischargeDate, status, principalDiagnosis,
        ImmutableList.copyOf(secondary), ImmutableList.copyOf(procedureCodes), payer, planned, strata);
  }
}
