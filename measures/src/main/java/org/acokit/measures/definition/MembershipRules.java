/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.definition;

import org.acokit.measures.logic.PatientRecord;

/**
 * Population membership from the criteria, exactly as the HL7 Quality Measure Implementation Guide
 * states it; the result is a bit mask of {@link Population#bit()}s.
 * <p>
 * Proportion: IP = the initial-population criterion; DEN = IP and the denominator criterion;
 * DENEX = DEN and the exclusion criterion; NUM = DEN, not DENEX, and the numerator criterion;
 * NUMEX = NUM and the numerator-exclusion criterion; DENEXCEP = DEN, not DENEX, not NUM, and the
 * exception criterion. So a basis is in at most one of DENEX, NUM and DENEXCEP. Ratio: IP; DEN =
 * IP and the denominator criterion; DENEX = DEN and its criterion; NUM = IP and the numerator
 * criterion (ratio numerators are a subset of the initial population, not of the denominator);
 * NUMEX = NUM and its criterion. Continuous variable: IP; MSRPOPL = IP and its criterion;
 * MSRPOPLEX = MSRPOPL and its criterion. A population the group does not declare is never
 * entered and its criterion never called, except that an undeclared denominator (or measure
 * population) stands for the initial population. Criteria are called lazily, in the order above.
 * Static functions only; thread-safe.
 */
public final class MembershipRules {

  private MembershipRules() {
  }

  /**
   * The populations a patient is in.
   *
   * @param scoring the scoring
   * @param declared the declared populations, a mask of {@link Population#bit()}
   * @param c the criteria
   * @param p the patient
   * @return the membership mask
   */
  public static int patient(Scoring scoring, int declared, PatientCriteria c, PatientRecord p) {
    int m = 0;
    if (!has(declared, Population.INITIAL_POPULATION) || !c.initialPopulation(p)) {
      return m;
    }
    m |= Population.INITIAL_POPULATION.bit();
    switch (scoring) {
      case PROPORTION: {
        if (has(declared, Population.DENOMINATOR) && !c.denominator(p)) {
          return m;
        }
        m |= Population.DENOMINATOR.bit();
        if (has(declared, Population.DENOMINATOR_EXCLUSION) && c.denominatorExclusion(p)) {
          return m | Population.DENOMINATOR_EXCLUSION.bit();
        }
        if (has(declared, Population.NUMERATOR) && c.numerator(p)) {
          m |= Population.NUMERATOR.bit();
          if (has(declared, Population.NUMERATOR_EXCLUSION) && c.numeratorExclusion(p)) {
            m |= Population.NUMERATOR_EXCLUSION.bit();
          }
          return m;
        }
        if (has(declared, Population.DENOMINATOR_EXCEPTION) && c.denominatorException(p)) {
          m |= Population.DENOMINATOR_EXCEPTION.bit();
        }
        return m;
      }
      case RATIO: {
        if (!has(declared, Population.DENOMINATOR) || c.denominator(p)) {
          m |= Population.DENOMINATOR.bit();
          if (has(declared, Population.DENOMINATOR_EXCLUSION) && c.denominatorExclusion(p)) {
            m |= Population.DENOMINATOR_EXCLUSION.bit();
          }
        }
        if (has(declared, Population.NUMERATOR) && c.numerator(p)) {
          m |= Population.NUMERATOR.bit();
          if (has(declared, Population.NUMERATOR_EXCLUSION) && c.numeratorExclusion(p)) {
            m |= Population.NUMERATOR_EXCLUSION.bit();
          }
        }
        return m;
      }
      default: {
        if (has(declared, Population.MEASURE_POPULATION) && !c.measurePopulation(p)) {
          return m;
        }
        m |= Population.MEASURE_POPULATION.bit();
        if (has(declared, Population.MEASURE_POPULATION_EXCLUSION) && c.measurePopulationExclusion(p)) {
          m |= Population.MEASURE_POPULATION_EXCLUSION.bit();
        }
        return m;
      }
    }
  }

  /**
   * The populations an episode is in (the same rules, per episode).
   *
   * @param scoring the scoring
   * @param declared the declared populations
   * @param c the criteria
   * @param p the patient
   * @param e the episode
   * @return the membership mask
   */
  public static int episode(Scoring scoring, int declared, EpisodeCriteria c, PatientRecord p, int e) {
    int m = 0;
    if (!has(declared, Population.INITIAL_POPULATION) || !c.initialPopulation(p, e)) {
      return m;
    }
    m |= Population.INITIAL_POPULATION.bit();
    switch (scoring) {
      case PROPORTION: {
        if (has(declared, Population.DENOMINATOR) && !c.denominator(p, e)) {
          return m;
        }
        m |= Population.DENOMINATOR.bit();
        if (has(declared, Population.DENOMINATOR_EXCLUSION) && c.denominatorExclusion(p, e)) {
          return m | Population.DENOMINATOR_EXCLUSION.bit();
        }
        if (has(declared, Population.NUMERATOR) && c.numerator(p, e)) {
          m |= Population.NUMERATOR.bit();
          if (has(declared, Population.NUMERATOR_EXCLUSION) && c.numeratorExclusion(p, e)) {
            m |= Population.NUMERATOR_EXCLUSION.bit();
          }
          return m;
        }
        if (has(declared, Population.DENOMINATOR_EXCEPTION) && c.denominatorException(p, e)) {
          m |= Population.DENOMINATOR_EXCEPTION.bit();
        }
        return m;
      }
      case RATIO: {
        if (!has(declared, Population.DENOMINATOR) || c.denominator(p, e)) {
          m |= Population.DENOMINATOR.bit();
          if (has(declared, Population.DENOMINATOR_EXCLUSION) && c.denominatorExclusion(p, e)) {
            m |= Population.DENOMINATOR_EXCLUSION.bit();
          }
        }
        if (has(declared, Population.NUMERATOR) && c.numerator(p, e)) {
          m |= Population.NUMERATOR.bit();
          if (has(declared, Population.NUMERATOR_EXCLUSION) && c.numeratorExclusion(p, e)) {
            m |= Population.NUMERATOR_EXCLUSION.bit();
          }
        }
        return m;
      }
      default: {
        if (has(declared, Population.MEASURE_POPULATION) && !c.measurePopulation(p, e)) {
          return m;
        }
        m |= Population.MEASURE_POPULATION.bit();
        if (has(declared, Population.MEASURE_POPULATION_EXCLUSION) && c.measurePopulationExclusion(p, e)) {
          m |= Population.MEASURE_POPULATION_EXCLUSION.bit();
        }
        return m;
      }
    }
  }

  /**
   * Whether a mask holds a population.
   *
   * @param mask the mask
   * @param population the population
   * @return true if present
   */
  public static boolean has(int mask, Population population) {
    return (mask & population.bit()) != 0;
  }
}
