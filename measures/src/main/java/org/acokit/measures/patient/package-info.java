/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
/**
 * Columnar patient data: patients and their coded, dated clinical facts in primitive arrays,
 * sorted by patient (compressed sparse rows), for millions of patients.
 * <p>
 * Entry point: {@link org.acokit.measures.patient.PatientData}, built with
 * {@link org.acokit.measures.patient.PatientDataBuilder} (or read by
 * {@code org.acokit.measures.fhir.FhirReader}); partial datasets merge with
 * {@link org.acokit.measures.patient.PatientData#merge(java.util.List)}. One
 * {@link org.acokit.measures.patient.FactTable} per
 * {@link org.acokit.measures.patient.FactKind}; date-times are encoded by
 * {@link org.acokit.measures.patient.DateTimes} (instant, precision, own offset, an absent marker).
 */
package org.acokit.measures.patient;
