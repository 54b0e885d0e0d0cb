/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.examples.spark;

import java.util.List;

import org.acokit.measures.definition.GroupAggregation;
import org.acokit.measures.definition.GroupDefinition;
import org.acokit.measures.definition.MeasureIdentity;
import org.acokit.measures.definition.PatientCriteria;
import org.acokit.measures.definition.PatientMeasure;
import org.acokit.measures.definition.Population;
import org.acokit.measures.definition.Stratifier;
import org.acokit.measures.library.Status;
import org.acokit.measures.logic.MeasureContext;
import org.acokit.measures.logic.PatientRecord;
import org.acokit.measures.logic.RowPredicate;
import org.acokit.measures.logic.Timing;
import org.acokit.measures.patient.FactKind;
import org.acokit.measures.terminology.Code;
import org.acokit.measures.terminology.CodeSystems;
import org.acokit.measures.terminology.CompiledValueSet;
import org.acokit.quality.CollectionType;

/**
 * A payer's own measure for the Spark tests (no value sets needed): adults with a finished
 * encounter in the period; excluded in hospice; numerator: an influenza vaccine (CVX 140) given in
 * the period; stratified by age band.
 */
public final class FluVaccination implements PatientMeasure {

  static final String URL = "https://payer.example/Measure/flu-spark";

  @Override
  public MeasureIdentity identity() {
    return new MeasureIdentity(URL, "PAYER-FLU", "1", "FLU", CollectionType.ELECTRONIC_HEALTH_RECORD,
        "Influenza vaccination", GroupAggregation.SINGLE_GROUP);
  }

  @Override
  public List<GroupDefinition> groups(MeasureContext ctx) {
    Status status = Status.bind(ctx);
    CompiledValueSet flu = ctx.codes("Influenza vaccine", Code.of(CodeSystems.CVX, "140"));
    CompiledValueSet hospice = ctx.codes("Hospice", Code.of(CodeSystems.SNOMED_CT, "385763009"));
    RowPredicate finished = (p, t, r) -> status.isEncounterPerformed(t, r) && Timing.duringDayOfPeriod(p, t, r);
    RowPredicate given = (p, t, r) -> status.isCompleted(t, r) && Timing.duringDayOfPeriod(p, t, r);
    RowPredicate overlaps = (p, t, r) -> Timing.overlapsDayOfPeriod(p, t, r);
    PatientCriteria c = new PatientCriteria() {
      @Override
      public boolean initialPopulation(PatientRecord p) {
        return p.ageAtEnd() >= 18 && p.exists(FactKind.ENCOUNTER, null, finished);
      }

      @Override
      public boolean denominatorExclusion(PatientRecord p) {
        return p.exists(FactKind.ENCOUNTER, hospice, overlaps);
      }

      @Override
      public boolean numerator(PatientRecord p) {
        return p.exists(FactKind.IMMUNIZATION, flu, given);
      }
    };
    Stratifier ageBand = Stratifier.of("age band", List.of("18-64", "65+"), p -> p.ageAtEnd() >= 65 ? 1 : 0);
    return List.of(GroupDefinition.ofPatients(c, Population.INITIAL_POPULATION, Population.DENOMINATOR,
        Population.DENOMINATOR_EXCLUSION, Population.NUMERATOR).withStratifiers(List.of(ageBand)));
  }
}
