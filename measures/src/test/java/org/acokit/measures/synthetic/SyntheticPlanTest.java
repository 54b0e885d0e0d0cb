/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

import org.acokit.measures.patient.AdministrativeSex;
import org.acokit.measures.patient.CodedField;
import org.acokit.measures.patient.DateTimes;
import org.acokit.measures.patient.FactKind;
import org.acokit.measures.patient.FactTable;
import org.acokit.measures.patient.NumberField;
import org.acokit.measures.patient.PatientData;
import org.acokit.measures.patient.TimeField;
import org.acokit.measures.terminology.CodeSystems;
import org.acokit.measures.terminology.ValueSets;
import org.acokit.testing.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generator's documented population, eligibility rules and care gaps, and that every planned
 * trait is written as its fact (and no other) at its documented time.
 */
class SyntheticPlanTest {

  private static final int N = 60_000;
  private static SyntheticPatients generator;

  @BeforeAll
  static void read() {
    generator = SyntheticPatients.of(ValueSets.read(SharedData.subfolder("ecqm-test-decks").resolve("valuesets")), 99);
  }

  private static int band(int age) {
    return age < 18 ? 0 : age < 45 ? 1 : age < 65 ? 2 : age < 75 ? 3 : age < 85 ? 4 : 5;
  }

  @Test
  void thePlanHasTheDocumentedAgesSexPayersAndEligibilityRules() {
    int[] bands = new int[6];
    int female = 0;
    int[][] withTrait = new int[3][3];
    int[] adultsByBand = new int[3];
    int under65 = 0;
    int medicaid = 0;
    Map<SyntheticTrait, Integer> counts = new EnumMap<>(SyntheticTrait.class);
    String medicare = generator.plan(firstOld()).payer().code();
    String medicaidCode = generator.plan(firstMedicaid()).payer().code();
    for (int i = 0; i < N; i++) {
      SyntheticPatient s = generator.plan(i);
      int age = s.ageAtEndOf2025();
      s.traitSet().forEach(t -> counts.merge(t, 1, Integer::sum));
      bands[band(age)]++;
      boolean isFemale = s.sex() == AdministrativeSex.FEMALE;
      female += isFemale ? 1 : 0;
      assertThat(s.ageAtStartOf2025()).isIn(age, age - 1);
      if (age >= 18) {
        int b = age < 45 ? 0 : age < 65 ? 1 : 2;
        adultsByBand[b]++;
        withTrait[0][b] += s.has(SyntheticTrait.HYPERTENSION) ? 1 : 0;
        withTrait[1][b] += s.has(SyntheticTrait.DIABETES) ? 1 : 0;
        withTrait[2][b] += s.has(SyntheticTrait.ASCVD) ? 1 : 0;
      }
      if (age >= 65) {
        assertThat(s.payer().code()).as("Medicare for 65+").isEqualTo(medicare);
      } else {
        under65++;
      }
      // eligibility: a trait only where its measure or rule allows it
      if (s.has(SyntheticTrait.MAMMOGRAPHY) || s.has(SyntheticTrait.BILATERAL_MASTECTOMY)
          || s.has(SyntheticTrait.PREGNANCY)) {
        assertThat(isFemale).isTrue();
      }
      if (s.has(SyntheticTrait.MAMMOGRAPHY)) {
        assertThat(age).isBetween(50, 74);
      }
      if (s.has(SyntheticTrait.PREGNANCY)) {
        assertThat(age).isBetween(18, 44);
      }
      if (s.has(SyntheticTrait.COLONOSCOPY) || s.has(SyntheticTrait.FECAL_OCCULT_BLOOD_TEST)) {
        assertThat(age).isBetween(45, 75);
        assertThat(s.has(SyntheticTrait.COLONOSCOPY) && s.has(SyntheticTrait.FECAL_OCCULT_BLOOD_TEST)).isFalse();
      }
      if (s.has(SyntheticTrait.HIGH_CVD_RISK) || s.has(SyntheticTrait.LOW_CVD_RISK)) {
        assertThat(age).isBetween(40, 76);
        assertThat(s.has(SyntheticTrait.HIGH_CVD_RISK) && s.has(SyntheticTrait.LOW_CVD_RISK)).isFalse();
      }
      if (s.has(SyntheticTrait.LDL_190_OR_MORE)) {
        assertThat(age).isGreaterThanOrEqualTo(20);
        assertThat(s.ldlMgPerDl()).isBetween(190.0, 249.0);
        assertThat(s.has(SyntheticTrait.LDL_BELOW_190)).isFalse();
      } else if (s.has(SyntheticTrait.LDL_BELOW_190)) {
        assertThat(age).isGreaterThanOrEqualTo(20);
        assertThat(s.ldlMgPerDl()).isBetween(70.0, 189.0);
      } else {
        assertThat(s.ldlMgPerDl()).isZero();
      }
      if (s.has(SyntheticTrait.FAMILIAL_HYPERCHOLESTEROLEMIA)) {
        assertThat(age).isGreaterThanOrEqualTo(20);
      }
      if (s.has(SyntheticTrait.FRAILTY_AND_ADVANCED_ILLNESS) || s.has(SyntheticTrait.NURSING_HOME)) {
        assertThat(age).isGreaterThanOrEqualTo(66);
      }
      if (s.has(SyntheticTrait.BILATERAL_MASTECTOMY)) {
        assertThat(age).isGreaterThanOrEqualTo(50);
      }
      if (s.has(SyntheticTrait.COLON_CANCER)) {
        assertThat(age).isGreaterThanOrEqualTo(45);
      }
      if (s.has(SyntheticTrait.BLOOD_PRESSURE_READING)) {
        assertThat(s.has(SyntheticTrait.HYPERTENSION) && s.has(SyntheticTrait.OUTPATIENT_VISIT)).isTrue();
      } else {
        assertThat(s.has(SyntheticTrait.BLOOD_PRESSURE_CONTROLLED)).isFalse();
        assertThat(s.systolic()).isZero();
      }
      if (s.has(SyntheticTrait.HBA1C_TESTED)) {
        assertThat(s.has(SyntheticTrait.DIABETES)).isTrue();
        assertThat(s.hba1cPercent()).isBetween(5.5, 13.0);
      } else {
        assertThat(s.has(SyntheticTrait.HBA1C_ABOVE_9)).isFalse();
      }
      if (s.has(SyntheticTrait.DEPRESSION_FOLLOW_UP)) {
        assertThat(s.has(SyntheticTrait.DEPRESSION_POSITIVE)).isTrue();
      }
      if (s.has(SyntheticTrait.DEPRESSION_POSITIVE)) {
        assertThat(s.has(SyntheticTrait.DEPRESSION_SCREENING)).isTrue();
      }
      if (s.has(SyntheticTrait.DEPRESSION_SCREENING_DECLINED)) {
        assertThat(s.has(SyntheticTrait.DEPRESSION_SCREENING)).isFalse();
        assertThat(s.has(SyntheticTrait.OUTPATIENT_VISIT)).isTrue();
      }
      assertThat(s.visitDay()).isBetween((int) LocalDate.of(2025, 1, 21).toEpochDay(),
          (int) LocalDate.of(2025, 12, 11).toEpochDay());
      medicaid += age < 65 && s.payer().code().equals(medicaidCode) ? 1 : 0;
    }
    // Age on 2025-12-31: 12-17 5%, 18-44 25%, 45-64 30%, 65-74 22%, 75-84 13%, 85-99 5%; 54% female
    double[] expected = {0.05, 0.25, 0.30, 0.22, 0.13, 0.05};
    for (int b = 0; b < 6; b++) {
      assertThat((double) bands[b] / N).as("age band %d", b).isCloseTo(expected[b], org.assertj.core.data.Offset.offset(0.008));
    }
    assertThat((double) female / N).isCloseTo(0.54, org.assertj.core.data.Offset.offset(0.008));
    assertThat((double) medicaid / under65).as("Medicaid 20% under 65").isCloseTo(0.20, org.assertj.core.data.Offset.offset(0.01));
    // prevalence 18-44 / 45-64 / 65+: hypertension 10/33/60%, diabetes 4/15/24%, ASCVD 1/7/20%
    double[][] prevalence = {{0.10, 0.33, 0.60}, {0.04, 0.15, 0.24}, {0.01, 0.07, 0.20}};
    for (int t = 0; t < 3; t++) {
      for (int b = 0; b < 3; b++) {
        assertThat((double) withTrait[t][b] / adultsByBand[b]).as("prevalence %d in band %d", t, b)
            .isCloseTo(prevalence[t][b], org.assertj.core.data.Offset.offset(0.015));
      }
    }
    // care gaps: 38% of readings uncontrolled, 70% colonoscopy among the screened
    double controlled = (double) counts.get(SyntheticTrait.BLOOD_PRESSURE_CONTROLLED)
        / counts.get(SyntheticTrait.BLOOD_PRESSURE_READING);
    assertThat(controlled).isCloseTo(0.62, org.assertj.core.data.Offset.offset(0.02));
    double colonoscopy = (double) counts.get(SyntheticTrait.COLONOSCOPY)
        / (counts.get(SyntheticTrait.COLONOSCOPY) + counts.get(SyntheticTrait.FECAL_OCCULT_BLOOD_TEST));
    assertThat(colonoscopy).isCloseTo(0.70, org.assertj.core.data.Offset.offset(0.02));
    double positive = (double) counts.get(SyntheticTrait.DEPRESSION_POSITIVE) / counts.get(SyntheticTrait.DEPRESSION_SCREENING);
    assertThat(positive).isCloseTo(0.12, org.assertj.core.data.Offset.offset(0.01));
  }

  private static int firstOld() {
    for (int i = 0; ; i++) {
      if (generator.plan(i).ageAtEndOf2025() >= 70) {
        return i;
      }
    }
  }

  private static int firstMedicaid() {
    // the payer of the under-65s that is not the most common one (private)
    Map<String, Integer> n = new java.util.HashMap<>();
    for (int i = 0; i < 2000; i++) {
      SyntheticPatient s = generator.plan(i);
      if (s.ageAtEndOf2025() < 65) {
        n.merge(s.payer().code(), 1, Integer::sum);
      }
    }
    assertThat(n).hasSize(2);
    String rarer = n.entrySet().stream().min(Map.Entry.comparingByValue()).orElseThrow().getKey();
    for (int i = 0; ; i++) {
      SyntheticPatient s = generator.plan(i);
      if (s.ageAtEndOf2025() < 65 && s.payer().code().equals(rarer)) {
        return i;
      }
    }
  }

  @Test
  void everyPlannedTraitIsWrittenAsItsFactAtItsDocumentedTime() {
    int n = 4000;
    PatientData d = generator.generate(0, n);
    Object[][] facts = {
        {SyntheticTrait.OUTPATIENT_VISIT, FactKind.ENCOUNTER, "visit"},
        {SyntheticTrait.HYPERTENSION, FactKind.CONDITION, "hypertension"},
        {SyntheticTrait.BLOOD_PRESSURE_READING, FactKind.OBSERVATION, "bp"},
        {SyntheticTrait.DIABETES, FactKind.CONDITION, "diabetes"},
        {SyntheticTrait.HBA1C_TESTED, FactKind.OBSERVATION, "hba1c"},
        {SyntheticTrait.ASCVD, FactKind.CONDITION, "ascvd"},
        {SyntheticTrait.FAMILIAL_HYPERCHOLESTEROLEMIA, FactKind.CONDITION, "fh"},
        {SyntheticTrait.STATIN_ORDERED, FactKind.MEDICATION_REQUEST, "statin"},
        {SyntheticTrait.MAMMOGRAPHY, FactKind.OBSERVATION, "mammography"},
        {SyntheticTrait.COLONOSCOPY, FactKind.PROCEDURE, "colonoscopy"},
        {SyntheticTrait.FECAL_OCCULT_BLOOD_TEST, FactKind.OBSERVATION, "fobt"},
        {SyntheticTrait.DEPRESSION_SCREENING, FactKind.OBSERVATION, "depression-screening"},
        {SyntheticTrait.DEPRESSION_FOLLOW_UP, FactKind.PROCEDURE, "depression-follow-up"},
        {SyntheticTrait.DEPRESSION_SCREENING_DECLINED, FactKind.OBSERVATION, "depression-screening-not-done"},
        {SyntheticTrait.BIPOLAR_DISORDER, FactKind.CONDITION, "bipolar"},
        {SyntheticTrait.HOSPICE, FactKind.ENCOUNTER, "hospice"},
        {SyntheticTrait.PALLIATIVE_CARE, FactKind.CONDITION, "palliative"},
        {SyntheticTrait.FRAILTY_AND_ADVANCED_ILLNESS, FactKind.CONDITION, "frailty"},
        {SyntheticTrait.FRAILTY_AND_ADVANCED_ILLNESS, FactKind.CONDITION, "advanced-illness"},
        {SyntheticTrait.NURSING_HOME, FactKind.OBSERVATION, "housing"},
        {SyntheticTrait.BILATERAL_MASTECTOMY, FactKind.CONDITION, "mastectomy"},
        {SyntheticTrait.COLON_CANCER, FactKind.CONDITION, "colon-cancer"},
        {SyntheticTrait.PREGNANCY, FactKind.CONDITION, "pregnancy"}};
    long jan1 = LocalDate.of(2025, 1, 1).toEpochDay();
    long dec31 = LocalDate.of(2025, 12, 31).toEpochDay();
    long onsetFirst = LocalDate.of(2010, 1, 1).toEpochDay();
    long onsetLast = LocalDate.of(2024, 12, 30).toEpochDay();
    int written = 0;
    for (int p = 0; p < n; p++) {
      SyntheticPatient s = generator.plan(p);
      assertThat(d.id(p)).isEqualTo(s.id());
      assertThat(d.sex(p)).isEqualTo(s.sex());
      assertThat(d.birthDate(p)).isEqualTo(s.birthDate());
      assertThat(d.races(p)).hasSize(s.races().length);
      assertThat(d.ethnicities(p)).hasSize(s.ethnicity().isPresent() ? 1 : 0);
      assertThat(d.language(p) >= 0).isEqualTo(s.language().isPresent());
      FactTable coverage = d.table(FactKind.COVERAGE);
      assertThat(coverage.end(p) - coverage.start(p)).isEqualTo(1);
      assertThat(d.codes().toCode(coverage.codeAt(CodedField.CODE, coverage.codeStart(CodedField.CODE, coverage.start(p)))))
          .isEqualTo(s.payer());
      assertThat(day(coverage, TimeField.START, coverage.start(p))).isEqualTo(jan1);
      assertThat(day(coverage, TimeField.END, coverage.start(p))).isEqualTo(dec31);
      for (Object[] f : facts) {
        SyntheticTrait trait = (SyntheticTrait) f[0];
        FactTable t = d.table((FactKind) f[1]);
        int row = row(t, p, (String) f[2]);
        assertThat(row >= 0).as("%s of %s", f[2], s.id()).isEqualTo(s.has(trait));
        if (row < 0) {
          continue;
        }
        written++;
        long day = day(t, TimeField.START, row) == Long.MIN_VALUE ? day(t, TimeField.AUTHORED_ON, row)
            : day(t, TimeField.START, row);
        switch ((String) f[2]) {
          case "hypertension", "diabetes", "ascvd", "fh", "bipolar", "mastectomy", "colon-cancer" ->
              assertThat(day).as("onset before 2025").isBetween(onsetFirst, onsetLast);
          case "advanced-illness" -> assertThat(LocalDate.ofEpochDay(day).getYear()).isEqualTo(2024);
          case "mammography" -> assertThat(day).isBetween(LocalDate.of(2023, 11, 1).toEpochDay(),
              LocalDate.of(2025, 12, 15).toEpochDay());
          case "colonoscopy" -> assertThat(LocalDate.ofEpochDay(day).getYear()).isBetween(2017, 2025);
          case "visit", "depression-screening", "depression-follow-up", "bp" ->
              assertThat(day).as("on the visit day").isEqualTo(s.visitDay());
          case "depression-screening-not-done" -> assertThat(day(t, TimeField.ISSUED, row)).isEqualTo(s.visitDay());
          default -> assertThat(day).as("%s in 2025", f[2]).isBetween(jan1 + 1, dec31 - 1);
        }
        if (f[2].equals("hba1c")) {
          assertThat(t.number(NumberField.VALUE, row)).isEqualTo(s.hba1cPercent());
        }
        if (f[2].equals("bp")) {
          assertThat(t.componentValue(t.componentStart(row))).isEqualTo(s.systolic());
          assertThat(t.componentValue(t.componentStart(row) + 1)).isEqualTo(s.diastolic());
        }
        if (f[2].equals("depression-screening")) {
          String loinc = d.codes().toCode(t.codeAt(CodedField.CODE, t.codeStart(CodedField.CODE, row))).code();
          assertThat(loinc).as("adolescent or adult screening by age").isEqualTo(s.ageAtStartOf2025() < 18 ? "73831-0"
              : "73832-8");
          int positive = d.codes().id(CodeSystems.SNOMED_CT, "428181000124104");
          assertThat(positive >= 0 && t.hasCode(CodedField.VALUE, row, positive))
              .isEqualTo(s.has(SyntheticTrait.DEPRESSION_POSITIVE));
        }
      }
    }
    assertThat(written).isGreaterThan(n * 2);
    assertThat(Arrays.stream(FactKind.values()).mapToInt(k -> d.table(k).size()).sum())
        .as("one coverage per patient plus the planted facts, nothing else").isEqualTo(n + written
            + (int) java.util.stream.IntStream.range(0, n).filter(i -> generator.plan(i).has(SyntheticTrait.HIGH_CVD_RISK)
                || generator.plan(i).has(SyntheticTrait.LOW_CVD_RISK)).count()
            + (int) java.util.stream.IntStream.range(0, n).filter(i -> generator.plan(i).has(SyntheticTrait.LDL_190_OR_MORE)
                || generator.plan(i).has(SyntheticTrait.LDL_BELOW_190)).count());
  }

  private static int row(FactTable t, int p, String id) {
    for (int r = t.start(p); r < t.end(p); r++) {
      if (t.resourceId(r).equals(id)) {
        return r;
      }
    }
    return -1;
  }

  private static long day(FactTable t, TimeField f, int row) {
    long i = t.instant(f, row);
    return i == DateTimes.ABSENT ? Long.MIN_VALUE : Math.floorDiv(i, DateTimes.MILLIS_PER_DAY);
  }
}
