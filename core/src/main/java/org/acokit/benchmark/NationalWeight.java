/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.benchmark;

import java.util.List;

import org.acokit.population.EnrollmentType;
import org.acokit.population.EnrollmentVector;

/**
 * The weight of the national component of the national-regional blend (Table A3 [E]): the ACO's
 * share of the assignable beneficiaries of its regional service area in BY3, by enrollment type,
 * as a county-weighted average (42 CFR 425.601(a)(5)(iv)(A); methodology specification v11
 * section 3.3):
 * <pre>{@code weight = sum over counties c of (assigned_c / assigned) x (assigned_c / assignable_c)}</pre>
 * where {@code assigned_c} are the ACO's assigned beneficiaries residing in county c,
 * {@code assigned} their total and {@code assignable_c} the county's assignable beneficiaries.
 * The regional component's weight is 1 minus it. The specification's worked example (aged/dual):
 * County A 9,000 of 10,000, County B 2,000 of 12,000, 11,000 assigned in all:
 * 9/11 x 0.9 + 2/11 x 1/6 = 0.767. Pure functions; thread-safe.
 */
public final class NationalWeight {

  private NationalWeight() {
  }

  /**
   * The national weight from county counts.
   *
   * @param assigned the ACO's assigned beneficiaries (or person-years) in each county, by
   *     enrollment type
   * @param assignable the county's assignable beneficiaries (or person-years), by enrollment type,
   *     in the same county order
   * @return the weight by enrollment type, fractions
   * @throws IllegalArgumentException if the lists differ in length or are empty, a count is
   *     negative, a county has more assigned than assignable beneficiaries, or an enrollment type
   *     has no assigned beneficiary at all
   */
  public static EnrollmentVector of(List<EnrollmentVector> assigned, List<EnrollmentVector> assignable) {
    if (assigned.isEmpty() || assigned.size() != assignable.size()) {
      throw new IllegalArgumentException("assigned and assignable must give the same counties, at least one, but had "
          + assigned.size() + " and " + assignable.size());
    }
    double[] weight = new double[EnrollmentType.values().length];
    for (EnrollmentType t : EnrollmentType.values()) {
      double total = 0;
      for (int c = 0; c < assigned.size(); c++) {
        double a = assigned.get(c).get(t);
        double n = assignable.get(c).get(t);
        if (!(a >= 0) || !(n >= a) || Double.isInfinite(n)) {
          throw new IllegalArgumentException("county " + c + " must have 0 or more assigned and at least as many "
              + "assignable " + t.label() + " beneficiaries, but had " + a + " assigned of " + n + " assignable");
        }
        total += a;
      }
      if (!(total > 0)) {
        throw new IllegalArgumentException("the ACO must have assigned " + t.label()
            + " beneficiaries in its regional service area, but had none");
      }
      double sum = 0;
      for (int c = 0; c < assigned.size(); c++) {
        double a = assigned.get(c).get(t);
        if (a > 0) {
          sum += a / total * (a / assignable.get(c).get(t));
        }
      }
      weight[t.ordinal()] = sum;
    }
    return EnrollmentVector.of(weight[0], weight[1], weight[2], weight[3]);
  }

  /**
   * The national weight of a region taken as one county: the ACO's assigned beneficiaries over
   * the region's assignable beneficiaries, which include them.
   *
   * @param assigned the ACO's assigned beneficiaries (or person-years) by enrollment type
   * @param assignable the region's assignable beneficiaries (or person-years), the ACO's included
   * @return the weight by enrollment type, fractions
   * @throws IllegalArgumentException as {@link #of(List, List)}
   */
  public static EnrollmentVector ofOneCounty(EnrollmentVector assigned, EnrollmentVector assignable) {
    return of(List.of(assigned), List.of(assignable));
  }
}
