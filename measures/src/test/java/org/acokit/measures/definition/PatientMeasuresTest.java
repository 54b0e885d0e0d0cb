/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.definition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A third-party measure registered as a ServiceLoader service in the test resources is found. */
class PatientMeasuresTest {

  @Test
  void thirdPartyMeasureIsFoundByItsCanonicalUrl() {
    PatientMeasures measures = PatientMeasures.load();
    assertThat(measures.all()).anyMatch(m -> m instanceof ThirdPartyPatientMeasure);
    assertThat(measures.byUrl(ThirdPartyPatientMeasure.URL + "|1").identity().catalogMeasureId()).isEqualTo("FLU");
    assertThat(measures.find("https://nowhere.example/Measure/x")).isEmpty();
    assertThatThrownBy(() -> measures.byUrl("https://nowhere.example/Measure/x"))
        .hasMessageContaining("https://nowhere.example/Measure/x").hasMessageContaining(ThirdPartyPatientMeasure.URL);
  }

  @Test
  void twoDefinitionsOfOneUrlAreRefused() {
    assertThatThrownBy(() -> PatientMeasures.of(List.of(new ThirdPartyPatientMeasure(),
        new ThirdPartyPatientMeasure()))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unique");
  }

  @Test
  void aMeasureWithoutOverridesIsAHigherIsBetterProportionWithoutSupplementalData() {
    PatientMeasure m = new ThirdPartyPatientMeasure();
    assertThat(m.scoring()).isEqualTo(Scoring.PROPORTION);
    assertThat(m.direction()).isEqualTo(org.acokit.quality.Direction.HIGHER_IS_BETTER);
    PatientMeasures one = PatientMeasures.of(List.of(m));
    assertThat(one.all()).containsExactly(m);
    assertThat(one.find(ThirdPartyPatientMeasure.URL)).containsSame(m);
    assertThat(one.find(ThirdPartyPatientMeasure.URL + "|2.0.0")).as("a version suffix is ignored").containsSame(m);
  }
}
