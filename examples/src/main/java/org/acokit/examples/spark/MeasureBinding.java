/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.examples.spark;

import java.io.Serializable;

import org.acokit.measures.evaluation.MeasureEvaluator;
import org.acokit.measures.patient.PatientData;

/**
 * Binds the measures to a batch of patient data, on an executor and once on the driver (to no
 * patients, for the layout of the counts): usually
 * {@code data -> MeasureEvaluator.bind(data, valueSets, period, measures)} with the value sets
 * loaded once per executor JVM. Every call must bind the same measures, or the counts will not
 * merge. Sent to the executors, so serializable.
 */
@FunctionalInterface
public interface MeasureBinding extends Serializable {

  /**
   * Binds the measures.
   *
   * @param data the batch
   * @return the evaluator
   */
  MeasureEvaluator bind(PatientData data);
}
