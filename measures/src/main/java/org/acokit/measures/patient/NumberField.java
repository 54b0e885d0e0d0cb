/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.patient;

/**
 * A numeric column of a {@link FactTable}; absent values are reported by
 * {@link FactTable#hasNumber(NumberField, int)}. Units are stated per field.
 */
public enum NumberField {
  /** {@code valueQuantity.value} (Observation; unit in {@link TokenField#VALUE_UNIT}), or 1/0 for {@code valueBoolean}, or {@code valueInteger}. */
  VALUE,
  /** The number of {@code dosageInstruction} elements. */
  DOSAGE_COUNT,
  /** The number of {@code doseAndRate} elements of the first dosage instruction. */
  DOSE_AND_RATE_COUNT,
  /** The dose of the first doseAndRate: {@code doseQuantity.value}, or {@code doseRange.high.value}. */
  DOSE,
  /** {@code timing.repeat.frequency} of the first dosage instruction (times per period). */
  FREQUENCY,
  /** {@code timing.repeat.frequencyMax} of the first dosage instruction. */
  FREQUENCY_MAX,
  /** {@code timing.repeat.period} of the first dosage instruction (unit in {@link TokenField#PERIOD_UNIT}). */
  PERIOD,
  /** The number of {@code timing.repeat.timeOfDay} of the first dosage instruction. */
  TIME_OF_DAY_COUNT,
  /** {@code dispenseRequest.expectedSupplyDuration} converted to days (MedicationRequest). */
  EXPECTED_SUPPLY_DAYS,
  /** {@code dispenseRequest.quantity.value} (MedicationRequest) or {@code quantity.value} (MedicationDispense), units of the product. */
  QUANTITY,
  /** {@code dispenseRequest.numberOfRepeatsAllowed} (MedicationRequest), refills. */
  REPEATS_ALLOWED,
  /** {@code daysSupply} converted to days (MedicationDispense). */
  DAYS_SUPPLY
}
