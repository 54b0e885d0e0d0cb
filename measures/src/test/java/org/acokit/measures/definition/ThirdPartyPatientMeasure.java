/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.definition;

import org.acokit.quality.CollectionType;
import java.util.List;

import org.acokit.measures.library.Status;
import org.acokit.measures.library.SupplementalData;
import org.acokit.measures.logic.MeasureContext;
import org.acokit.measures.logic.PatientRecord;
import org.acokit.measures.logic.RowPredicate;
import org.acokit.measures.logic.Timing;
import org.acokit.measures.patient.FactKind;
import org.acokit.measures.patient.TimeField;
import org.acokit.measures.terminology.Code;
import org.acokit.measures.terminology.CodeSystems;
import org.acokit.measures.terminology.CompiledValueSet;

/**
 * A payer's own measure, registered as a {@code ServiceLoader} service in the test resources:
 * adults 18 and over with a finished encounter in the period (IP); excluded in hospice (a direct
 * code); numerator: an influenza vaccine (CVX 140) administered during day of the period;
 * exception: the vaccine declined (an Immunization not done with a reason), stratified by age
 * band.
 */
public final class ThirdPartyPatientMeasure implements PatientMeasure {

  /** The canonical URL. */
  public static final String URL = "https://payer.example/Measure/flu-vaccine";

  @Override
  public MeasureIdentity identity() {
    return new MeasureIdentity(URL, "PAYER-FLU", "1", "FLU", CollectionType.ELECTRONIC_HEALTH_RECORD, "Influenza vaccination",
        GroupAggregation.SINGLE_GROUP);
  }

  @Override
  public List<GroupDefinition> groups(MeasureContext ctx) {
    Status status = Status.bind(ctx);
    CompiledValueSet flu = ctx.codes("Influenza vaccine", Code.of(CodeSystems.CVX, "140"));
    CompiledValueSet hospice = ctx.codes("Hospice", Code.of(CodeSystems.SNOMED_CT, "385763009"));
    RowPredicate finished = (p, t, r) -> status.isEncounterPerformed(t, r) && Timing.duringDayOfPeriod(p, t, r);
    RowPredicate given = (p, t, r) -> status.isCompleted(t, r) && Timing.duringDayOfPeriod(p, t, r);
    RowPredicate declined = (p, t, r) -> !status.isCompleted(t, r) && t.hasAnyCode(
        org.acokit.measures.patient.CodedField.REASON, r)
        && Timing.fieldDuringDayOfPeriod(p, t, TimeField.RECORDED, r);
    RowPredicate hospiceOverlap = (p, t, r) -> Timing.overlapsDayOfPeriod(p, t, r);
    PatientCriteria c = new PatientCriteria() {
      @Override
      public boolean initialPopulation(PatientRecord p) {
        return p.ageAtEnd() >= 18 && p.exists(FactKind.ENCOUNTER, null, finished);
      }

      @Override
      public boolean denominatorExclusion(PatientRecord p) {
        return p.exists(FactKind.ENCOUNTER, hospice, hospiceOverlap);
      }

      @Override
      public boolean numerator(PatientRecord p) {
        return p.exists(FactKind.IMMUNIZATION, flu, given);
      }

      @Override
      public boolean denominatorException(PatientRecord p) {
        return p.exists(FactKind.IMMUNIZATION, flu, declined);
      }
    };
    Stratifier ageBand = Stratifier.of("age band", List.of("18-64", "65+"), p -> p.ageAtEnd() >= 65 ? 1 : 0);
    return List.of(GroupDefinition.ofPatients(c, Population.INITIAL_POPULATION, Population.DENOMINATOR,
        Population.DENOMINATOR_EXCLUSION, Population.NUMERATOR, Population.DENOMINATOR_EXCEPTION)
        .withStratifiers(List.of(ageBand)));
  }

  @Override
  public List<Stratifier> supplementalData(MeasureContext context) {
    return context.valueSets().contains(SupplementalData.PAYER_TYPE) ? SupplementalData.standard(context) : List.of();
  }
}
