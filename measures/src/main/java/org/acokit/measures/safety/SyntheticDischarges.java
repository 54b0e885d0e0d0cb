/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.safety;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.acokit.internal.Checks;

/**
 * A seeded synthetic discharge generator with planted rates, to check that {@link SafetyEngine}
 * recovers them.
 * <p>
 * Each person has one index stay discharged home in the year (admitted on a uniform day, 1-6
 * days long, at one of five facilities, with race {@code A} or {@code B} half each); with
 * probability {@code readmissionProbability} the person returns 2-30 days later (an unplanned stay
 * of 1-4 days, discharged home); with probability {@code plannedProbability} instead a planned
 * return. HAC events of every stay are Poisson with mean {@code harmPer1000 / 1000}, categories
 * uniform over the taxonomy. Expected: HACs per 1,000 discharges {@code harmPer1000};
 * readmissions per 1,000 people {@code 1000 x readmissionProbability}; readmissions per index
 * discharge {@code p / (1 + p + q)} (returns are index stays too). Pure function of the seed.
 */
public final class SyntheticDischarges {

  /** Generated stays and events. */
  public record Generated(List<Discharge> discharges, List<HacEvent> events) {
  }

  private SyntheticDischarges() {
  }

  /**
   * Generates stays.
   *
   * @param seed the seed
   * @param people the number of persons, at least 1
   * @param year the discharge year of the index stays
   * @param harmPer1000 HACs per 1,000 index discharges, 0 or more
   * @param readmissionProbability the probability of an unplanned 30-day return, in [0, 1]
   * @param plannedProbability the probability of a planned return instead, in [0, 1 - readmission]
   * @param taxonomy the HAC categories
   * @return the stays and events
   * @throws IllegalArgumentException if a parameter is outside its range
   */
  public static Generated generate(long seed, int people, int year, double harmPer1000, double readmissionProbability,
      double plannedProbability, HarmTaxonomy taxonomy) {
    if (people < 1) {
      throw new IllegalArgumentException("people must be at least 1, but was " + people);
    }
    Checks.nonNegative("harm per 1,000", harmPer1000);
    Checks.fraction("readmission probability", readmissionProbability);
    Checks.fraction("planned readmission probability", plannedProbability);
    if (readmissionProbability + plannedProbability > 1) {
      throw new IllegalArgumentException("readmission and planned probabilities must sum to at most 1, but were "
          + readmissionProbability + " + " + plannedProbability);
    }
    SplittableRandom r = new SplittableRandom(seed);
    List<Discharge> stays = new ArrayList<>();
    List<HacEvent> events = new ArrayList<>();
    double mean = harmPer1000 / 1000;
    LocalDate first = LocalDate.of(year, 1, 1);
    for (int p = 0; p < people; p++) {
      String person = "P" + p;
      String race = r.nextBoolean() ? "A" : "B";
      String facility = "F" + r.nextInt(5);
      LocalDate admit = first.plusDays(r.nextInt(300));
      LocalDate discharge = admit.plusDays(1 + r.nextInt(6));
      stays.add(Discharge.of(person + "-1", person, facility, admit, discharge, DischargeStatus.HOME, "I50.9",
          "medicare", false, Map.of("race", race)));
      double u = r.nextDouble();
      if (u < readmissionProbability + plannedProbability) {
        LocalDate back = discharge.plusDays(2 + r.nextInt(29));
        stays.add(Discharge.of(person + "-2", person, facility, back, back.plusDays(1 + r.nextInt(4)),
            DischargeStatus.HOME, "J18.9", "medicare", u >= readmissionProbability, Map.of("race", race)));
      }
    }
    for (Discharge d : stays) {
      int k = poisson(r, mean);
      for (int e = 0; e < k; e++) {
        events.add(new HacEvent(d.stayId(), taxonomy.categories().get(r.nextInt(taxonomy.categories().size()))));
      }
    }
    return new Generated(stays, events);
  }

  private static int poisson(SplittableRandom r, double mean) {
    double l = Math.exp(-mean);
    int k = 0;
    double p = r.nextDouble();
    while (p > l) {
      k++;
      p *= r.nextDouble();
    }
    return k;
  }
}
