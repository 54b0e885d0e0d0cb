/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.examples.spark;

import java.io.Serializable;
import java.util.List;

import org.acokit.measures.patient.PatientData;

/**
 * Reads a batch of Spark rows, one whole patient each (such as a FHIR Bundle as text, or a bean
 * of the patient's facts), into acokit's columnar patient data, on an executor. Sent to the
 * executors, so serializable.
 *
 * @param <T> the row type
 */
@FunctionalInterface
public interface PatientReader<T> extends Serializable {

  /**
   * Reads patients.
   *
   * @param patients the rows, one per patient
   * @return their data (patients that cannot be read are marked failed in it)
   */
  PatientData read(List<T> patients);
}
