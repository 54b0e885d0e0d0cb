/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.evaluation;

import java.util.List;

import org.acokit.measures.definition.Population;

/**
 * One population of a group for one patient: whether the patient is in it (the count: 0 or 1 on
 * a patient basis, the number of episodes on an episode basis), the truth of its criterion on its
 * own (before the membership rules; patient basis only), and the facts the criterion cited.
 *
 * @param population the population
 * @param count the membership count
 * @param criterion the criterion's truth on its own (false for an episode basis)
 * @param facts the facts that decided the criterion
 */
public record PopulationExplanation(Population population, int count, boolean criterion, List<FactReference> facts) {

  @Override
  public String toString() {
    return population.code() + "=" + count + " (criterion " + criterion + ")" + (facts.isEmpty() ? "" : " " + facts);
  }
}
