/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.library;

import org.acokit.measures.logic.Definition;
import org.acokit.measures.logic.MeasureContext;
import org.acokit.measures.logic.PatientRecord;
import org.acokit.measures.logic.RowPredicate;
import org.acokit.measures.logic.Timing;
import org.acokit.measures.patient.FactKind;
import org.acokit.measures.terminology.Code;
import org.acokit.measures.terminology.CodeSystems;
import org.acokit.measures.terminology.CompiledValueSet;

/**
 * The CQL library PalliativeCare 1.11.000, natively: {@code "Has Palliative Care in the
 * Measurement Period"}: a performed FACIT-Pal assessment (LOINC 71007-9), a "Palliative Care
 * Diagnosis" by prevalence, a performed "Palliative Care Encounter", or a performed "Palliative
 * Care Intervention" procedure, each overlapping day of the measurement period. Bound once per
 * dataset. Immutable and thread-safe.
 */
public final class PalliativeCare {

  /** "Palliative Care Encounter". */
  public static final String PALLIATIVE_CARE_ENCOUNTER =
      "http://cts.nlm.nih.gov/fhir/ValueSet/2.16.840.1.113883.3.464.1003.101.12.1090";
  /** "Palliative Care Intervention". */
  public static final String PALLIATIVE_CARE_INTERVENTION =
      "http://cts.nlm.nih.gov/fhir/ValueSet/2.16.840.1.113883.3.464.1003.198.12.1135";
  /** "Palliative Care Diagnosis". */
  public static final String PALLIATIVE_CARE_DIAGNOSIS =
      "http://cts.nlm.nih.gov/fhir/ValueSet/2.16.840.1.113883.3.464.1003.1167";

  private final CompiledValueSet facitPal;
  private final CompiledValueSet diagnosis;
  private final CompiledValueSet encounter;
  private final CompiledValueSet intervention;
  private final RowPredicate assessed;
  private final RowPredicate diagnosed;
  private final RowPredicate encountered;
  private final RowPredicate performed;
  private final Definition palliativeCare;

  private PalliativeCare(MeasureContext ctx) {
    Status status = Status.bind(ctx);
    QiCoreCommon common = QiCoreCommon.bind(ctx);
    facitPal = ctx.codes("FACIT-Pal", Code.of(CodeSystems.LOINC, "71007-9"));
    diagnosis = ctx.valueSet(PALLIATIVE_CARE_DIAGNOSIS);
    encounter = ctx.valueSet(PALLIATIVE_CARE_ENCOUNTER);
    intervention = ctx.valueSet(PALLIATIVE_CARE_INTERVENTION);
    assessed = (p, t, r) -> status.isAssessmentPerformed(t, r) && Timing.overlapsDayOfPeriod(p, t, r);
    diagnosed = (p, t, r) -> common.prevalenceOverlapsDayOfPeriod(p, t, r);
    encountered = (p, t, r) -> status.isEncounterPerformed(t, r) && Timing.overlapsDayOfPeriod(p, t, r);
    performed = (p, t, r) -> status.isCompleted(t, r) && Timing.overlapsDayOfPeriod(p, t, r);
    palliativeCare = ctx.define(this::evaluatePalliativeCare);
  }

  /**
   * Binds the library to a dataset.
   *
   * @param ctx the context
   * @return the bound library
   * @throws IllegalArgumentException if one of its value sets is absent from the registry
   */
  public static PalliativeCare bind(MeasureContext ctx) {
    return ctx.library(PalliativeCare.class, PalliativeCare::new);
  }

  /**
   * {@code PalliativeCare."Has Palliative Care in the Measurement Period"}.
   *
   * @param p the patient
   * @return the truth value
   */
  public boolean hasPalliativeCare(PatientRecord p) {
    return palliativeCare.test(p);
  }

  private boolean evaluatePalliativeCare(PatientRecord p) {
    return p.exists(FactKind.OBSERVATION, facitPal, assessed)
        || p.exists(FactKind.CONDITION, diagnosis, diagnosed)
        || p.exists(FactKind.ENCOUNTER, encounter, encountered)
        || p.exists(FactKind.PROCEDURE, intervention, performed);
  }
}
