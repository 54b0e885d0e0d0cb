/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.acokit.measures.workforce.IntervalReport;
import org.junit.jupiter.api.Test;

/**
 * Runs the workforce interval report example.
 */
class WorkforceIntervalReportTest {

  @Test
  void printsThreeIntervalsWithThePlantedChokePointFirst() {
    StandardOutput.Printed<List<IntervalReport>> printed = StandardOutput.capture(WorkforceIntervalReport::run);
    assertThat(printed.value()).hasSize(3);
    assertThat(printed.text()).contains("Synthetic system: [Institution A, Institution B, Institution C]")
        .contains("=== Interval 2014-01-01 to 2016-01-01 ===").contains("=== Interval 2018-01-01 to 2020-01-01 ===")
        .contains("Table A7: Applicants and hires").contains("Table A14: Separations")
        .contains("applied->screened Hispanic");
    for (IntervalReport r : printed.value()) {
      assertThat(r.talentFlow().orElseThrow().chokePoints().get(0).group()).isEqualTo("Asian");
    }
  }
}
