/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.acokit.measures.patient.CodedField;
import org.acokit.measures.patient.FactKind;
import org.acokit.measures.patient.FactTable;
import org.acokit.measures.patient.PatientData;
import org.acokit.measures.patient.TimeField;
import org.acokit.measures.terminology.Code;
import org.acokit.measures.terminology.ValueSet;
import org.acokit.measures.terminology.ValueSets;
import org.acokit.testing.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SyntheticPatientsTest {

  private static final String VS = "http://cts.nlm.nih.gov/fhir/ValueSet/";
  private static ValueSets valueSets;

  @BeforeAll
  static void read() {
    valueSets = ValueSets.read(SharedData.subfolder("ecqm-test-decks").resolve("valuesets"));
  }

  @Test
  void sameSeedSamePatientsAndPartitionsMergeToTheWhole() {
    SyntheticPatients g = SyntheticPatients.of(valueSets, 42);
    PatientData whole = g.generate(0, 3000);
    PatientData again = SyntheticPatients.of(valueSets, 42).generate(0, 3000);
    PatientData merged = PatientData.merge(List.of(g.generate(0, 1234), g.generate(1234, 3000)));
    for (PatientData other : List.of(again, merged)) {
      assertThat(other.size()).isEqualTo(whole.size());
      for (int p = 0; p < whole.size(); p += 7) {
        assertThat(other.id(p)).isEqualTo(whole.id(p));
        assertThat(other.birthDate(p)).isEqualTo(whole.birthDate(p));
        for (FactKind k : FactKind.values()) {
          FactTable a = whole.table(k);
          FactTable b = other.table(k);
          assertThat(b.end(p) - b.start(p)).isEqualTo(a.end(p) - a.start(p));
          for (int i = 0; i < a.end(p) - a.start(p); i++) {
            int ra = a.start(p) + i;
            int rb = b.start(p) + i;
            assertThat(b.resourceId(rb)).isEqualTo(a.resourceId(ra));
            assertThat(other.codes().toCode(b.codeAt(CodedField.CODE, b.codeStart(CodedField.CODE, rb))))
                .isEqualTo(whole.codes().toCode(a.codeAt(CodedField.CODE, a.codeStart(CodedField.CODE, ra))));
          }
        }
      }
    }
    PatientData otherSeed = SyntheticPatients.of(valueSets, 43).generate(0, 3000);
    assertThat(otherSeed.birthDate(5)).isNotEqualTo(whole.birthDate(5));
  }

  @Test
  void plannedFactsUseCodesOfTheirValueSets() {
    SyntheticPatients g = SyntheticPatients.of(valueSets, 7);
    PatientData d = g.generate(0, 5000);
    Map<String, String> idToValueSet = Map.of("visit", "2.16.840.1.113883.3.464.1003.101.12.1001",
        "diabetes", "2.16.840.1.113883.3.464.1003.103.12.1001", "hba1c", "2.16.840.1.113883.3.464.1003.198.12.1013",
        "statin", "2.16.840.1.113883.3.526.3.1575", "hypertension", "2.16.840.1.113883.3.464.1003.104.12.1011",
        "colonoscopy", "2.16.840.1.113883.3.464.1003.108.12.1020", "hospice", "2.16.840.1.113883.3.464.1003.1003",
        "frailty", "2.16.840.1.113883.3.464.1003.113.12.1074");
    int checked = 0;
    for (FactKind k : FactKind.values()) {
      FactTable t = d.table(k);
      for (int r = 0; r < t.size(); r++) {
        String vs = idToValueSet.get(t.resourceId(r));
        if (vs != null) {
          Code c = d.codes().toCode(t.codeAt(CodedField.CODE, t.codeStart(CodedField.CODE, r)));
          ValueSet set = valueSets.get(VS + vs);
          assertThat(set.contains(c)).as(c + " in " + set.name()).isTrue();
          checked++;
        }
      }
    }
    assertThat(checked).isGreaterThan(5000);
    // the visit also qualifies for depression screening; its code is in no other value set
    FactTable enc = d.table(FactKind.ENCOUNTER);
    Code visit = d.codes().toCode(enc.codeAt(CodedField.CODE, enc.codeStart(CodedField.CODE, 0)));
    assertThat(valueSets.get(VS + "2.16.840.1.113883.3.600.1916").contains(visit)).isTrue();
    assertThat(valueSets.get(VS + "2.16.840.1.113883.3.464.1003.1003").contains(visit)).isFalse();
  }

  @Test
  void prevalenceGapsAndDemographicsHaveTheirShapes() {
    SyntheticPatients g = SyntheticPatients.of(valueSets, 2026);
    int n = 40_000;
    Map<SyntheticTrait, Integer> counts = new EnumMap<>(SyntheticTrait.class);
    int adults65 = 0;
    int diabetic65 = 0;
    int hispanic = 0;
    int spanish = 0;
    int black = 0;
    int noRace = 0;
    for (int i = 0; i < n; i++) {
      SyntheticPatient s = g.plan(i);
      s.traitSet().forEach(t -> counts.merge(t, 1, Integer::sum));
      assertThat(s.ageAtEndOf2025()).isBetween(12, 99);
      if (s.ageAtEndOf2025() >= 65) {
        adults65++;
        diabetic65 += s.has(SyntheticTrait.DIABETES) ? 1 : 0;
      }
      hispanic += s.ethnicity().filter(c -> c.code().equals("2135-2")).isPresent() ? 1 : 0;
      spanish += s.language().filter(c -> c.code().equals("es")).isPresent() ? 1 : 0;
      black += s.races().length == 1 && s.races()[0].code().equals("2054-5") ? 1 : 0;
      noRace += s.races().length == 0 ? 1 : 0;
      if (s.has(SyntheticTrait.HBA1C_ABOVE_9)) {
        assertThat(s.hba1cPercent()).isGreaterThan(9);
      } else if (s.has(SyntheticTrait.HBA1C_TESTED)) {
        assertThat(s.hba1cPercent()).isLessThanOrEqualTo(9);
      }
      if (s.has(SyntheticTrait.BLOOD_PRESSURE_CONTROLLED)) {
        assertThat(s.systolic()).isLessThan(140);
        assertThat(s.diastolic()).isLessThan(90);
      } else if (s.has(SyntheticTrait.BLOOD_PRESSURE_READING)) {
        assertThat(s.systolic() >= 140 || s.diastolic() >= 90).isTrue();
      }
      assertThat(s.has(SyntheticTrait.DEPRESSION_SCREENING) && !s.has(SyntheticTrait.OUTPATIENT_VISIT)).isFalse();
    }
    assertThat(share(counts, SyntheticTrait.OUTPATIENT_VISIT, n)).isBetween(0.84, 0.86);
    assertThat((double) diabetic65 / adults65).isBetween(0.22, 0.26);
    assertThat(share(counts, SyntheticTrait.HYPERTENSION, n)).isBetween(0.28, 0.40);
    assertThat(share(counts, SyntheticTrait.HOSPICE, n)).isBetween(0.003, 0.015);
    assertThat((double) counts.get(SyntheticTrait.HBA1C_ABOVE_9) / counts.get(SyntheticTrait.HBA1C_TESTED))
        .isBetween(0.12, 0.16);
    assertThat((double) hispanic / n).isBetween(0.13, 0.15);
    assertThat((double) spanish / hispanic).isBetween(0.45, 0.55);
    assertThat((double) black / n).isBetween(0.12, 0.14);
    assertThat((double) noRace / n).isBetween(0.045, 0.065);
    assertThat(counts).containsKeys(SyntheticTrait.values());
  }

  @Test
  void visitTimesAvoidDayBoundariesAndStayInTheYear() {
    PatientData d = SyntheticPatients.of(valueSets, 1).generate(0, 2000);
    FactTable enc = d.table(FactKind.ENCOUNTER);
    for (int r = 0; r < enc.size(); r++) {
      long start = enc.instant(TimeField.START, r);
      assertThat(Math.floorMod(start, 86_400_000L)).isBetween(8 * 3_600_000L, 15 * 3_600_000L);
      assertThat(start).isBetween(1_735_689_600_000L, 1_767_225_599_999L);
    }
  }

  @Test
  void badArgumentsAreNamed() {
    SyntheticPatients g = SyntheticPatients.of(valueSets, 1);
    assertThatThrownBy(() -> g.generate(5, 4)).hasMessageContaining("[5, 4)");
    assertThatThrownBy(() -> g.plan(-1)).hasMessageContaining("-1");
    ValueSets partial = ValueSets.of(List.of(valueSets.get(VS + "2.16.840.1.113883.3.464.1003.101.12.1001")));
    assertThatThrownBy(() -> SyntheticPatients.of(partial, 1)).hasMessageContaining("2.16.840.1.113883.3.600.1916");
  }

  private static double share(Map<SyntheticTrait, Integer> counts, SyntheticTrait t, int n) {
    return (double) counts.getOrDefault(t, 0) / n;
  }
}
