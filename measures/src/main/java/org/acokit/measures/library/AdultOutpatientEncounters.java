/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.library;

import org.acokit.measures.logic.Definition;
import org.acokit.measures.logic.MeasureContext;
import org.acokit.measures.logic.PatientRecord;
import org.acokit.measures.logic.RowPredicate;
import org.acokit.measures.logic.Timing;
import org.acokit.measures.patient.CodedField;
import org.acokit.measures.patient.FactKind;
import org.acokit.measures.patient.FactTable;
import org.acokit.measures.terminology.CompiledValueSet;

/**
 * The CQL library AdultOutpatientEncounters 4.11.000, natively: {@code "Qualifying Encounters"},
 * performed encounters of the seven outpatient value sets (Office Visit, Annual Wellness Visit,
 * Preventive Care Services Established and Initial Office Visit 18 and Up, Home Healthcare
 * Services, Virtual Encounter, Telephone Visits) whose period is during day of the measurement
 * period. Bound once per dataset. Immutable and thread-safe.
 */
public final class AdultOutpatientEncounters {

  private static final String[] VALUE_SETS = {
      "http://cts.nlm.nih.gov/fhir/ValueSet/2.16.840.1.113883.3.464.1003.101.12.1001",
      "http://cts.nlm.nih.gov/fhir/ValueSet/2.16.840.1.113883.3.526.3.1240",
      "http://cts.nlm.nih.gov/fhir/ValueSet/2.16.840.1.113883.3.464.1003.101.12.1025",
      "http://cts.nlm.nih.gov/fhir/ValueSet/2.16.840.1.113883.3.464.1003.101.12.1023",
      "http://cts.nlm.nih.gov/fhir/ValueSet/2.16.840.1.113883.3.464.1003.101.12.1016",
      "http://cts.nlm.nih.gov/fhir/ValueSet/2.16.840.1.113883.3.464.1003.101.12.1089",
      "http://cts.nlm.nih.gov/fhir/ValueSet/2.16.840.1.113883.3.464.1003.101.12.1080"};

  /** The union of the seven encounter value sets: one membership test per code. */
  private final CompiledValueSet valueSets;
  private final Status status;
  private final RowPredicate qualifying;
  private final Definition qualifyingEncounter;

  private AdultOutpatientEncounters(MeasureContext ctx) {
    CompiledValueSet[] each = new CompiledValueSet[VALUE_SETS.length];
    for (int i = 0; i < VALUE_SETS.length; i++) {
      each[i] = ctx.valueSet(VALUE_SETS[i]);
    }
    valueSets = CompiledValueSet.union("Qualifying Encounters", each);
    status = Status.bind(ctx);
    qualifying = this::isQualifying;
    qualifyingEncounter = ctx.define(p -> p.exists(FactKind.ENCOUNTER, null, qualifying));
  }

  /**
   * Binds the library to a dataset.
   *
   * @param ctx the context
   * @return the bound library
   * @throws IllegalArgumentException if one of its value sets is absent from the registry
   */
  public static AdultOutpatientEncounters bind(MeasureContext ctx) {
    return ctx.library(AdultOutpatientEncounters.class, AdultOutpatientEncounters::new);
  }

  /**
   * Whether an encounter row is one of the "Qualifying Encounters".
   *
   * @param p the patient
   * @param t the Encounter table
   * @param row the row
   * @return the truth value
   */
  public boolean isQualifying(PatientRecord p, FactTable t, int row) {
    return t.hasCode(CodedField.CODE, row, valueSets) && status.isEncounterPerformed(t, row)
        && Timing.duringDayOfPeriod(p, t, row);
  }

  /**
   * {@code exists AdultOutpatientEncounters."Qualifying Encounters"}.
   *
   * @param p the patient
   * @return the truth value
   */
  public boolean hasQualifyingEncounter(PatientRecord p) {
    return qualifyingEncounter.test(p);
  }
}
