/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.ecqm;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CMS125's and CMS130's subtle rules on hand-built patients (counts: IP DEN DENEX NUM). */
class Cms125Cms130RulesTest {

  @TempDir
  Path dir;

  static final String OFFICE_VISIT = Cms347RulesTest.OFFICE_VISIT;

  static String mastectomy(String id, String code, String end) {
    return """
        {"resourceType":"Procedure","id":"%s","status":"completed","subject":{"reference":"$P"},
         "code":{"coding":[{"system":"http://www.cms.gov/Medicare/Coding/ICD10","code":"%s"}]},
         "performedPeriod":{"start":"2025-06-01T00:00:00.000Z","end":"%s"}}""".formatted(id, code, end);
  }

  static String observation(String id, String code, String category, String value, String effective) {
    return """
        {"resourceType":"Observation","id":"%s","status":"final","subject":{"reference":"$P"},
         "category":[{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/observation-category","code":"%s"}]}],
         "code":{"coding":[{"system":"http://loinc.org","code":"%s"}]},"effectiveDateTime":"%s"%s}"""
        .formatted(id, category, code, effective, value);
  }

  @Test
  void mastectomiesNeedBothSidesByTheEndOfThePeriodToTheMillisecondAndTheIpNeedsAWoman() {
    String right = "0HTT0ZZ";
    String left = "0HTU0ZZ";
    HandBuiltBundles.Evaluation e = new HandBuiltBundles(dir)
        .patient("both", "1960-01-01", "female", OFFICE_VISIT, mastectomy("r", right, "2025-06-01T01:00:00.000Z"),
            mastectomy("l", left, "2025-12-31T23:59:59.999Z"))
        .patient("left-after-end", "1960-01-01", "female", OFFICE_VISIT,
            mastectomy("r", right, "2025-06-01T01:00:00.000Z"), mastectomy("l", left, "2026-01-01T00:00:00.000Z"))
        .patient("right-only", "1960-01-01", "female", OFFICE_VISIT, mastectomy("r", right, "2025-06-01T01:00:00.000Z"))
        .patient("man", "1960-01-01", "male", OFFICE_VISIT)
        .patient("52", "1973-12-31", "female", OFFICE_VISIT)
        .patient("51", "1974-01-01", "female", OFFICE_VISIT)
        .evaluate(new BreastCancerScreening());
    assertThat(e.counts("both")).isEqualTo("1 1 1 0");
    assertThat(e.counts("left-after-end")).isEqualTo("1 1 0 0");
    assertThat(e.counts("right-only")).isEqualTo("1 1 0 0");
    assertThat(e.counts("man")).isEqualTo("0 0 0 0");
    assertThat(e.counts("52")).isEqualTo("1 1 0 0");
    assertThat(e.counts("51")).isEqualTo("0 0 0 0");
  }

  @Test
  void aMammogramCountsFromOctoberFirstTwoYearsBefore() {
    HandBuiltBundles.Evaluation e = new HandBuiltBundles(dir)
        .patient("oct-1", "1960-01-01", "female", OFFICE_VISIT,
            observation("m", "24606-6", "imaging", "", "2023-10-01T00:00:00.000Z"))
        .patient("sep-30", "1960-01-01", "female", OFFICE_VISIT,
            observation("m", "24606-6", "imaging", "", "2023-09-30T23:59:59.000Z"))
        .evaluate(new BreastCancerScreening());
    assertThat(e.counts("oct-1")).isEqualTo("1 1 0 1");
    assertThat(e.counts("sep-30")).isEqualTo("1 1 0 0");
  }

  @Test
  void fobtNeedsALaboratoryResultWithAValueWhileCtColonographyNeedsNoCategory() {
    String value = ",\"valueCodeableConcept\":{\"coding\":[{\"system\":\"http://snomed.info/sct\",\"code\":\"260385009\"}]}";
    HandBuiltBundles.Evaluation e = new HandBuiltBundles(dir)
        .patient("fobt", "1970-01-01", "male", OFFICE_VISIT,
            observation("f", "12503-9", "laboratory", value, "2025-05-01T00:00:00.000Z"))
        .patient("fobt-no-value", "1970-01-01", "male", OFFICE_VISIT,
            observation("f", "12503-9", "laboratory", "", "2025-05-01T00:00:00.000Z"))
        .patient("fobt-not-lab", "1970-01-01", "male", OFFICE_VISIT,
            observation("f", "12503-9", "survey", value, "2025-05-01T00:00:00.000Z"))
        .patient("ct-any-category", "1970-01-01", "male", OFFICE_VISIT,
            observation("c", "60515-4", "imaging", "", "2021-01-01T00:00:00.000Z"))
        .patient("ct-too-old", "1970-01-01", "male", OFFICE_VISIT,
            observation("c", "60515-4", "imaging", "", "2020-12-31T23:59:59.000Z"))
        .patient("45", "1980-01-01", "male", OFFICE_VISIT)
        .evaluate(new ColorectalCancerScreening());
    assertThat(e.counts("fobt")).isEqualTo("1 1 0 1");
    assertThat(e.counts("fobt-no-value")).isEqualTo("1 1 0 0");
    assertThat(e.counts("fobt-not-lab")).isEqualTo("1 1 0 0");
    assertThat(e.counts("ct-any-category")).isEqualTo("1 1 0 1");
    assertThat(e.counts("ct-too-old")).isEqualTo("1 1 0 0");
    assertThat(e.counts("45")).isEqualTo("0 0 0 0");
  }
}
