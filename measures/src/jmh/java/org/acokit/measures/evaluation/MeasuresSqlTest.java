/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.acokit.measures.definition.PatientMeasure;
import org.acokit.measures.definition.PatientMeasures;
import org.acokit.measures.definition.Population;
import org.acokit.measures.logic.MeasurementPeriod;
import org.acokit.measures.patient.PatientData;
import org.acokit.measures.synthetic.SyntheticPatients;
import org.acokit.measures.terminology.ValueSets;
import org.acokit.testing.SharedData;
import org.junit.jupiter.api.Test;

/**
 * The benchmark's SQL baseline gives the Java measures' counts on 30,000 synthetic patients. Runs
 * with the jmh profile only (DuckDB is a benchmark dependency):
 * {@code mvn -B -pl measures -am -Pjmh test -Dtest=MeasuresSqlTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dacokit.sharedData=/work/shared/data}.
 */
class MeasuresSqlTest {

  private static final Population[] COLUMNS = {Population.INITIAL_POPULATION, Population.DENOMINATOR,
      Population.DENOMINATOR_EXCLUSION, Population.NUMERATOR, Population.DENOMINATOR_EXCEPTION};

  @Test
  void sqlCountsEqualJavaCounts() throws Exception {
    ValueSets valueSets = ValueSets.read(SharedData.subfolder("ecqm-test-decks").resolve("valuesets"));
    PatientData data = SyntheticPatients.of(valueSets, 99).generate(0, 30_000);
    // the built-in measures (the test classpath also registers a third-party test measure)
    List<PatientMeasure> measures = PatientMeasures.load().all().stream()
        .filter(m -> m.getClass().getPackageName().equals("org.acokit.measures.ecqm")).toList();
    PopulationCounts java = MeasureEvaluator.bind(data, valueSets, MeasurementPeriod.calendarYear(2025), measures)
        .evaluate().values().get(0);
    MeasuresSql sql = MeasuresSql.load(data, valueSets, 2);
    Map<String, long[][]> counts = sql.run();
    sql.close();
    assertThat(measures).isNotEmpty();
    for (PatientMeasure m : measures) {
      String url = m.identity().canonicalUrl();
      long[][] groups = counts.get(m.identity().catalogMeasureId());
      assertThat(groups.length).as(url).isEqualTo(java.groups(url));
      for (int g = 0; g < groups.length; g++) {
        for (int c = 0; c < COLUMNS.length; c++) {
          long expected = java.declares(url, g, COLUMNS[c]) ? java.count(url, g, COLUMNS[c]) : 0;
          assertThat(groups[g][c]).as(m.identity().catalogMeasureId() + " group " + (g + 1) + " " + COLUMNS[c])
              .isEqualTo(expected);
        }
      }
      assertThat(groups[0][0]).as(url).isGreaterThan(100);
    }
  }
}
