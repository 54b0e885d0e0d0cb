/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.equity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.acokit.io.FailureCode;
import org.acokit.measures.definition.Stratifier;
import org.acokit.measures.logic.MeasureContext;
import org.acokit.measures.logic.MeasurementPeriod;
import org.acokit.measures.logic.PatientFailure;
import org.acokit.measures.logic.PatientRecord;
import org.acokit.measures.logic.Evidence;
import org.acokit.measures.patient.AdministrativeSex;
import org.acokit.measures.patient.DataSource;
import org.acokit.measures.patient.PatientData;
import org.acokit.measures.patient.PatientDataBuilder;
import org.acokit.measures.terminology.CodeSystems;
import org.acokit.measures.terminology.ValueSets;
import org.junit.jupiter.api.Test;

/** Categories as the standards define them, none dropped; unknown codes fail the patient. */
class EquityDimensionTest {

  private static final String CDC = CodeSystems.CDC_RACE_ETHNICITY;

  private static PatientData patients() {
    PatientDataBuilder b = new PatientDataBuilder();
    int black = b.patient("black");
    b.race(black, CDC, "2054-5").race(black, CDC, "2058-6").ethnicity(black, CDC, "2186-5")
        .language(black, "urn:ietf:bcp:47", "en-US").raceSource(black, DataSource.DIRECT)
        .birthDate(black, LocalDate.of(1960, 6, 1)).sex(black, AdministrativeSex.FEMALE)
        .attribute(black, EquityDimension.DUAL_LIS_ATTRIBUTE, "urn:x", "dual")
        .attribute(black, EquityDimension.ADI_ATTRIBUTE, "urn:x", "91");
    int two = b.patient("two");
    b.race(two, CDC, "2106-3").race(two, CDC, "2028-9").ethnicity(two, CDC, "2135-2")
        .language(two, "urn:ietf:bcp:47", "es").raceSource(two, DataSource.INDIRECT)
        .birthDate(two, LocalDate.of(2010, 1, 1)).attribute(two, EquityDimension.ADI_ATTRIBUTE, "urn:x", "90");
    int declined = b.patient("declined");
    b.race(declined, EquityDimension.NULL_FLAVOR, "ASKU").ethnicity(declined, EquityDimension.NULL_FLAVOR, "ASKU")
        .language(declined, "urn:ietf:bcp:47", "vi").attribute(declined, EquityDimension.DUAL_LIS_ATTRIBUTE, "urn:x",
            "medicaid-only");
    int nothing = b.patient("nothing");
    b.race(nothing, EquityDimension.NULL_FLAVOR, "UNK");
    b.patient("blank");
    int odd = b.patient("odd");
    b.race(odd, "urn:local:race", "martian");
    return b.build();
  }

  private static List<String> categories(EquityDimension d, PatientData data, int... patients) {
    PatientRecord p = new PatientRecord(new MeasureContext(data, ValueSets.of(List.of()), MeasurementPeriod.calendarYear(2025)),
        Evidence.NONE);
    return java.util.Arrays.stream(patients).mapToObj(i -> d.strata().get(d.stratifier().stratum(p.moveTo(i))))
        .toList();
  }

  @Test
  void raceAndEthnicityKeepAskedButNoAnswerAndUnknown() {
    PatientData data = patients();
    EquityDimension race = EquityDimension.race(data);
    assertThat(categories(race, data, 0, 1, 2, 3, 4)).containsExactly("Black or African American",
        "More than one race", "Asked but no answer", "Unknown", "Unknown");
    assertThat(categories(EquityDimension.ethnicity(data), data, 0, 1, 2, 3)).containsExactly(
        "Not Hispanic or Latino", "Hispanic or Latino", "Asked but no answer", "Unknown");
    assertThat(categories(EquityDimension.raceSource(data), data, 0, 1, 2)).containsExactly("direct", "indirect",
        "unknown");
    assertThat(categories(EquityDimension.language(data, List.of("en", "es")), data, 0, 1, 2, 3)).containsExactly("en",
        "es", "Other", "Unknown");
    assertThat(categories(EquityDimension.sex(data), data, 0, 1)).containsExactly("female", "unknown");
    assertThat(categories(EquityDimension.ageBand(data, LocalDate.of(2025, 12, 31), 18, 65), data, 0, 1, 2))
        .containsExactly("65+", "<18", "Unknown");
  }

  @Test
  void adiDecilesAreOrderedFromTheMostDeprived() {
    PatientData data = patients();
    EquityDimension adi = EquityDimension.adiDecile(data);
    assertThat(categories(adi, data, 0, 1, 2)).containsExactly("ADI decile 10", "ADI decile 9", "Unknown");
    assertThat(adi.ordered()).isTrue();
    assertThat(adi.order("ADI decile 10")).isEqualTo(1);
    assertThat(adi.order("ADI decile 1")).isEqualTo(10);
    assertThat(adi.order("Unknown")).isZero();
  }

  @Test
  void anUnknownCategoryCodeFailsThePatientNamingFieldAndValue() {
    PatientData data = patients();
    assertThatThrownBy(() -> categories(EquityDimension.race(data), data, 5)).isInstanceOfSatisfying(
        PatientFailure.class, e -> {
          assertThat(e.code()).isEqualTo(FailureCode.INVALID_VALUE);
          assertThat(e.path()).isEqualTo("Patient.extension(us-core-race)");
          assertThat(e.getMessage()).contains("race", "urn:local:race|martian");
        });
    assertThatThrownBy(() -> categories(EquityDimension.dualLis(data), data, 2)).isInstanceOfSatisfying(
        PatientFailure.class, e -> assertThat(e.getMessage()).contains("dual/LIS", "medicaid-only", "[dual, lis, neither]"));
  }

  @Test
  void intersectionsNameAndIndexEveryCombination() {
    PatientData data = patients();
    EquityDimension race = EquityDimension.race(data);
    EquityDimension eth = EquityDimension.ethnicity(data);
    Stratifier both = EquityDimension.intersection(race, eth);
    assertThat(both.name()).isEqualTo("race x ethnicity");
    assertThat(both.strata()).hasSize(8 * 4);
    assertThat(both.strata().get(0)).isEqualTo("American Indian or Alaska Native|Hispanic or Latino");
    PatientRecord p = new PatientRecord(new MeasureContext(data, ValueSets.of(List.of()), MeasurementPeriod.calendarYear(2025)),
        Evidence.NONE);
    assertThat(both.strata().get(both.stratum(p.moveTo(0)))).isEqualTo("Black or African American|Not Hispanic or Latino");
    assertThat(both.components()).hasSize(2);
  }
}
