/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.ecqm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.acokit.measures.definition.PatientMeasure;
import org.acokit.measures.definition.Stratifier;
import org.acokit.measures.logic.MeasureContext;
import org.acokit.measures.logic.MeasurementPeriod;
import org.acokit.measures.patient.PatientDataBuilder;
import org.acokit.measures.terminology.ValueSets;
import org.acokit.quality.Direction;
import org.acokit.testing.SharedData;
import org.junit.jupiter.api.Test;

/** The eCQMs' supplemental data elements and improvement notation. */
class EcqmSupplementalDataTest {

  @Test
  void theMeasuresReportTheFourSupplementalDataElementsAndCms122IsInverse() {
    MeasureContext ctx = new MeasureContext(new PatientDataBuilder().build(),
        ValueSets.read(SharedData.subfolder("ecqm-test-decks").resolve("valuesets")), MeasurementPeriod.calendarYear(2025));
    for (PatientMeasure m : List.of(new Cms122DiabetesGlycemicStatus(), new Cms165ControllingHighBloodPressure(),
        new Cms2DepressionScreening())) {
      assertThat(m.supplementalData(ctx)).as(m.identity().catalogMeasureId()).extracting(Stratifier::name)
          .containsExactly("SDE Sex", "SDE Race", "SDE Ethnicity", "SDE Payer");
    }
    assertThat(new Cms122DiabetesGlycemicStatus().direction()).as("poor control: lower is better")
        .isEqualTo(Direction.LOWER_IS_BETTER);
    assertThat(new Cms165ControllingHighBloodPressure().direction()).isEqualTo(Direction.HIGHER_IS_BETTER);
  }
}
