/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.evaluation;

import java.util.List;
import java.util.Optional;

/**
 * Why a patient is in or out of each population of each group of each measure, built only on
 * request ({@link MeasureEvaluator#explain(int)}), never on the batch path.
 *
 * @param patientId the patient id
 * @param groups the groups, measure by measure in evaluation order, each in Measure order
 * @param failure why the patient could not be evaluated, if so
 */
public record PatientExplanation(String patientId, List<GroupExplanation> groups, Optional<String> failure) {

  /**
   * One group of one measure.
   *
   * @param measureUrl the measure's canonical URL
   * @param group the group index, from 0
   * @param populations the declared populations in rule order
   */
  public record GroupExplanation(String measureUrl, int group, List<PopulationExplanation> populations) {
  }

  /**
   * A readable rendering, one line per population.
   *
   * @return the text
   */
  public String render() {
    StringBuilder b = new StringBuilder("Patient/" + patientId + "\n");
    failure.ifPresent(f -> b.append("  failure: ").append(f).append('\n'));
    for (GroupExplanation g : groups) {
      b.append("  ").append(g.measureUrl()).append(" group ").append(g.group() + 1).append('\n');
      for (PopulationExplanation p : g.populations()) {
        b.append("    ").append(p).append('\n');
      }
    }
    return b.toString();
  }
}
