/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.Map;

import org.acokit.measures.definition.PatientMeasure;
import org.acokit.measures.definition.PatientMeasures;
import org.acokit.measures.definition.Population;
import org.acokit.measures.evaluation.AppSubmission;
import org.acokit.measures.evaluation.EcqmPerformance;
import org.acokit.measures.evaluation.PopulationCounts;
import org.acokit.measures.synthetic.SyntheticPatient;
import org.acokit.measures.synthetic.SyntheticPatients;
import org.acokit.measures.synthetic.SyntheticTrait;
import org.acokit.quality.ScoreStatus;
import org.acokit.testing.SharedData;
import org.junit.jupiter.api.Test;

/**
 * Runs the end-to-end example on 20,000 synthetic patients and checks every population count of
 * the six measures against a recount from the generator's plans (what it planted, not the facts it
 * wrote), written here from the measure specifications, then the score's scale.
 */
class PatientDataToAppScoreTest {

  private static final int PATIENTS = 20_000;
  private static final String[] MEASURES = {"001", "236", "134", "112", "113", "438"};

  @Test
  void countsEqualTheRecountOfThePlansAndTheScoreIsOnItsScale() {
    StandardOutput.Printed<PatientDataToAppScore.Result> printed = StandardOutput.capture(out ->
        PatientDataToAppScore.run(SharedData.subfolder("ecqm-test-decks").resolve("valuesets"), PATIENTS, 11, out));
    PatientDataToAppScore.Result r = printed.value();
    assertThat(r.counts().failures()).isEmpty();
    PopulationCounts counts = r.counts().values().get(0);
    assertThat(counts.patients()).isEqualTo(PATIENTS);

    Map<String, String> urls = new HashMap<>();
    for (PatientMeasure m : PatientMeasures.load().all()) {
      urls.put(m.identity().catalogMeasureId(), m.identity().canonicalUrl());
    }
    Map<String, long[][]> expected = recount(r.generator());
    for (String id : urls.keySet()) {
      long[][] groups = expected.get(id);
      assertThat(counts.groups(urls.get(id))).as(id).isEqualTo(groups.length);
      for (int g = 0; g < groups.length; g++) {
        for (Population p : Population.values()) {
          if (counts.declares(urls.get(id), g, p)) {
            assertThat(counts.count(urls.get(id), g, p)).as(id + " group " + (g + 1) + " " + p)
                .isEqualTo(groups[g][p.ordinal()]);
          }
        }
      }
      assertThat(groups[0][Population.DENOMINATOR.ordinal()]).as(id + " has patients").isGreaterThan(100);
    }

    assertThat(urls).containsOnlyKeys(MEASURES);

    AppSubmission submission = r.submission();
    assertThat(submission.performances()).hasSize(6);
    for (EcqmPerformance p : submission.performances()) {
      assertThat(p.performanceMet() + p.performanceNotMet() + p.exclusions() + p.exceptions())
          .isEqualTo(p.eligible());
      assertThat(p.performanceRatePercent()).isBetween(0.0, 100.0);
    }
    EcqmPerformance diabetes = submission.performances().stream().filter(p -> p.measureId().equals("001"))
        .findFirst().orElseThrow();
    long[] cms122 = expected.get("001")[0];
    assertThat(diabetes.performanceRatePercent()).isCloseTo(100.0 * cms122[Population.NUMERATOR.ordinal()]
        / (cms122[Population.DENOMINATOR.ordinal()] - cms122[Population.DENOMINATOR_EXCLUSION.ordinal()]),
        within(1e-9));
    assertThat(submission.input().reportingOptions().get(AppSubmission.OPTION)).hasSize(6);

    assertThat(r.score().score()).isBetween(0.0, 100.0);
    assertThat(r.score().chosen()).isPresent();
    assertThat(r.score().chosen().get().measureScores()).anySatisfy(m -> {
      assertThat(m.measureId()).isEqualTo("001");
      assertThat(m.status()).isEqualTo(ScoreStatus.SCORED);
    });
    assertThat(printed.text()).contains("20,000 synthetic patients").contains("001").contains("438");
  }

  /** Expected counts by measure id: per group, per population ordinal. */
  private static Map<String, long[][]> recount(SyntheticPatients g) {
    Map<String, long[][]> out = new HashMap<>();
    out.put("001", new long[1][Population.values().length]);
    out.put("236", new long[1][Population.values().length]);
    out.put("134", new long[1][Population.values().length]);
    out.put("112", new long[1][Population.values().length]);
    out.put("113", new long[1][Population.values().length]);
    out.put("438", new long[4][Population.values().length]);
    for (int i = 0; i < PATIENTS; i++) {
      SyntheticPatient s = g.plan(i);
      int a = s.ageAtEndOf2025();
      int start = s.ageAtStartOf2025();
      boolean visit = s.has(SyntheticTrait.OUTPATIENT_VISIT);
      boolean hospice = s.has(SyntheticTrait.HOSPICE);
      boolean palliative = s.has(SyntheticTrait.PALLIATIVE_CARE);
      boolean frail66 = a >= 66 && s.has(SyntheticTrait.FRAILTY_AND_ADVANCED_ILLNESS);
      boolean nursing66 = a >= 66 && s.has(SyntheticTrait.NURSING_HOME);
      boolean shared = hospice || palliative || frail66 || nursing66;
      add(out.get("001")[0], a >= 18 && a <= 75 && visit && s.has(SyntheticTrait.DIABETES), shared,
          !s.has(SyntheticTrait.HBA1C_TESTED) || s.has(SyntheticTrait.HBA1C_ABOVE_9), false);
      add(out.get("236")[0], a >= 18 && a <= 85 && visit && s.has(SyntheticTrait.HYPERTENSION),
          shared || s.has(SyntheticTrait.PREGNANCY), s.has(SyntheticTrait.BLOOD_PRESSURE_CONTROLLED), false);
      add(out.get("134")[0], start >= 12 && visit, s.has(SyntheticTrait.BIPOLAR_DISORDER),
          s.has(SyntheticTrait.DEPRESSION_SCREENING)
              && (!s.has(SyntheticTrait.DEPRESSION_POSITIVE) || s.has(SyntheticTrait.DEPRESSION_FOLLOW_UP)),
          s.has(SyntheticTrait.DEPRESSION_SCREENING_DECLINED));
      add(out.get("112")[0], s.sex().code().equals("female") && a >= 52 && a <= 74 && visit,
          shared || s.has(SyntheticTrait.BILATERAL_MASTECTOMY), s.has(SyntheticTrait.MAMMOGRAPHY), false);
      add(out.get("113")[0], a >= 46 && a <= 75 && visit, shared || s.has(SyntheticTrait.COLON_CANCER),
          s.has(SyntheticTrait.COLONOSCOPY) || s.has(SyntheticTrait.FECAL_OCCULT_BLOOD_TEST), false);
      boolean ascvd = s.has(SyntheticTrait.ASCVD);
      boolean ldl = s.has(SyntheticTrait.LDL_190_OR_MORE);
      boolean fh = s.has(SyntheticTrait.FAMILIAL_HYPERCHOLESTEROLEMIA);
      boolean diabetes = s.has(SyntheticTrait.DIABETES);
      boolean[] ip = {
          ascvd && visit,
          start >= 20 && start <= 75 && (ldl || fh) && !ascvd && visit,
          start >= 40 && start <= 75 && diabetes && !ascvd && !ldl && !fh && visit,
          start >= 40 && start <= 75 && s.has(SyntheticTrait.HIGH_CVD_RISK) && !(ascvd || fh || ldl || diabetes)
              && visit};
      for (int k = 0; k < 4; k++) {
        add(out.get("438")[k], ip[k], false, s.has(SyntheticTrait.STATIN_ORDERED), hospice || palliative);
      }
    }
    return out;
  }

  /** Adds a patient under the proportion membership rules (DEN = IP). */
  private static void add(long[] c, boolean ip, boolean denex, boolean num, boolean denexcep) {
    if (!ip) {
      return;
    }
    c[Population.INITIAL_POPULATION.ordinal()]++;
    c[Population.DENOMINATOR.ordinal()]++;
    if (denex) {
      c[Population.DENOMINATOR_EXCLUSION.ordinal()]++;
    } else if (num) {
      c[Population.NUMERATOR.ordinal()]++;
    } else if (denexcep) {
      c[Population.DENOMINATOR_EXCEPTION.ordinal()]++;
    }
  }
}
