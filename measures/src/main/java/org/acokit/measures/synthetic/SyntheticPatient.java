/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.synthetic;

import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.Optional;

import org.acokit.measures.patient.AdministrativeSex;
import org.acokit.measures.terminology.Code;

/**
 * The plan of one synthetic patient: demographics and the traits {@link SyntheticPatients}
 * planted, from which it writes the patient's facts. A test can recount populations from plans
 * without reading the facts. Immutable and thread-safe.
 *
 * @param index the patient's index in the synthetic population (its id is {@code syn-<index>})
 * @param birthDate the birth date
 * @param sex the administrative sex (male or female)
 * @param races the CDC race codes (OMB categories; empty if not reported, two if multiple)
 * @param ethnicity the CDC ethnicity code, if reported
 * @param language the preferred language (BCP 47), if reported
 * @param payer the payer typology code of the 2025 coverage
 * @param traits the planted traits, {@link SyntheticTrait#bit()} each
 * @param visitDay the epoch day of the outpatient visit in 2025 (when planted)
 * @param hba1cPercent the HbA1c result in percent (when tested), else 0
 * @param systolic the systolic reading in mm[Hg] (when read), else 0
 * @param diastolic the diastolic reading in mm[Hg] (when read), else 0
 * @param ldlMgPerDl the LDL cholesterol result in mg/dL (when tested), else 0
 */
public record SyntheticPatient(int index, LocalDate birthDate, AdministrativeSex sex, Code[] races,
    Optional<Code> ethnicity, Optional<Code> language, Code payer, long traits, int visitDay, double hba1cPercent,
    int systolic, int diastolic, double ldlMgPerDl) {

  private static final LocalDate START = LocalDate.of(2025, 1, 1);
  private static final LocalDate END = LocalDate.of(2025, 12, 31);

  /**
   * Creates a plan.
   *
   * @throws IllegalArgumentException if the index is negative
   */
  public SyntheticPatient {
    if (index < 0) {
      throw new IllegalArgumentException("index must be 0 or more, but was " + index);
    }
    races = races.clone();
  }

  /**
   * The race codes.
   *
   * @return a copy of the codes
   */
  @Override
  public Code[] races() {
    return races.clone();
  }

  /**
   * The patient id written to the dataset.
   *
   * @return {@code syn-<index>}
   */
  public String id() {
    return SyntheticPatients.id(index);
  }

  /**
   * Whether a trait was planted.
   *
   * @param trait the trait
   * @return true if planted
   */
  public boolean has(SyntheticTrait trait) {
    return (traits & trait.bit()) != 0;
  }

  /**
   * The planted traits.
   *
   * @return a new set
   */
  public EnumSet<SyntheticTrait> traitSet() {
    EnumSet<SyntheticTrait> s = EnumSet.noneOf(SyntheticTrait.class);
    for (SyntheticTrait t : SyntheticTrait.values()) {
      if (has(t)) {
        s.add(t);
      }
    }
    return s;
  }

  /**
   * Age in whole years on 2025-12-31 (CQL {@code AgeInYearsAt(date from end of "Measurement Period")}).
   *
   * @return the age
   */
  public int ageAtEndOf2025() {
    return Period.between(birthDate, END).getYears();
  }

  /**
   * Age in whole years on 2025-01-01 (CQL {@code AgeInYearsAt(date from start of "Measurement Period")}).
   *
   * @return the age
   */
  public int ageAtStartOf2025() {
    return Period.between(birthDate, START).getYears();
  }
}
