/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.acokit.measures.definition.Stratifier;
import org.acokit.measures.logic.Evidence;
import org.acokit.measures.logic.MeasureContext;
import org.acokit.measures.logic.MeasurementPeriod;
import org.acokit.measures.logic.PatientRecord;
import org.acokit.measures.patient.AdministrativeSex;
import org.acokit.measures.patient.CodedField;
import org.acokit.measures.patient.FactKind;
import org.acokit.measures.patient.PatientData;
import org.acokit.measures.patient.PatientDataBuilder;
import org.acokit.measures.terminology.Code;
import org.acokit.measures.terminology.CodeSystems;
import org.acokit.measures.terminology.ValueSets;
import org.acokit.testing.SharedData;
import org.junit.jupiter.api.Test;

/** The supplemental data elements: sex, OMB race (one or "multiple"), ethnicity and payer type. */
class SupplementalDataTest {

  private static final String CDC = CodeSystems.CDC_RACE_ETHNICITY;

  @Test
  void eachPatientFallsInTheStratumOfItsSexRaceEthnicityAndFirstPayerCode() {
    ValueSets vs = ValueSets.read(SharedData.subfolder("ecqm-test-decks").resolve("valuesets"));
    List<Code> payers = vs.get(SupplementalData.PAYER_TYPE).codes().asList();
    Code medicare = payers.stream().filter(c -> c.code().equals("1")).findFirst().orElseThrow();
    Code medicaidSub = payers.stream().filter(c -> c.code().startsWith("2") && c.code().length() > 1).findFirst()
        .orElseThrow();
    Code private5 = payers.stream().filter(c -> c.code().startsWith("5")).findFirst().orElseThrow();
    Code other9 = payers.stream().filter(c -> c.code().startsWith("9")).findFirst().orElseThrow();
    PatientDataBuilder b = new PatientDataBuilder();
    int a = b.patient("a");
    b.sex(a, AdministrativeSex.MALE).race(a, CDC, "2106-3").ethnicity(a, CDC, "2186-5");
    b.fact(FactKind.COVERAGE, a, "cov-a").code(CodedField.CODE, medicare.system(), medicare.code());
    int m = b.patient("m");
    b.sex(m, AdministrativeSex.FEMALE).race(m, CDC, "2054-5").race(m, CDC, "2028-9").ethnicity(m, CDC, "2135-2");
    b.fact(FactKind.COVERAGE, m, "cov-m").code(CodedField.CODE, medicaidSub.system(), medicaidSub.code());
    int none = b.patient("none");
    b.patientResource(none, "test");
    int two = b.patient("two");
    b.sex(two, AdministrativeSex.FEMALE).race(two, CDC, "1002-5").ethnicity(two, CDC, "2135-2")
        .ethnicity(two, CDC, "2186-5");
    b.fact(FactKind.COVERAGE, two, "cov-1").code(CodedField.CODE, CodeSystems.SNOMED_CT, "1");
    b.fact(FactKind.COVERAGE, two, "cov-2").code(CodedField.CODE, private5.system(), private5.code());
    int nine = b.patient("nine");
    b.sex(nine, AdministrativeSex.MALE).race(nine, CDC, "2076-8");
    b.fact(FactKind.COVERAGE, nine, "cov-9").code(CodedField.CODE, CodeSystems.SNOMED_CT, "2")
        .code(CodedField.CODE, other9.system(), other9.code());
    int notPayer = b.patient("not-payer");
    b.fact(FactKind.COVERAGE, notPayer, "cov-x").code(CodedField.CODE, CodeSystems.SNOMED_CT, "3");
    PatientData d = b.build();
    MeasureContext ctx = new MeasureContext(d, vs, MeasurementPeriod.calendarYear(2025));
    List<Stratifier> sde = SupplementalData.standard(ctx);
    assertThat(sde).extracting(Stratifier::name).containsExactly("SDE Sex", "SDE Race", "SDE Ethnicity", "SDE Payer");
    assertThat(SupplementalData.standard(ctx)).as("bound once per context").isSameAs(sde);
    assertThat(sde.get(1).strata()).containsExactly("1002-5", "2028-9", "2054-5", "2076-8", "2106-3", "multiple");
    assertThat(sde.get(3).strata()).containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9");
    PatientRecord r = new PatientRecord(ctx, Evidence.NONE);
    // sex, race, ethnicity, payer strata per patient (-1: in none)
    int[][] expected = {{0, 4, 1, 0}, {1, 5, 0, 1}, {-1, -1, -1, -1}, {1, 0, 0, 4}, {0, 3, -1, 8}, {-1, -1, -1, -1}};
    for (int p = 0; p < d.size(); p++) {
      r.moveTo(p);
      for (int s = 0; s < 4; s++) {
        assertThat(sde.get(s).stratum(r)).as("%s of %s", sde.get(s).name(), d.id(p)).isEqualTo(expected[p][s]);
      }
    }
  }
}
