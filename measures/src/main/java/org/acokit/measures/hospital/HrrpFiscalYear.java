/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.hospital;

import java.util.EnumSet;
import java.util.Set;

/**
 * The rules of one HRRP fiscal year: the conditions that count, the floor of the payment
 * adjustment factor, the minimum number of eligible discharges and whether hospitals are compared
 * with their peer group's median ERR (stratified methodology) or with 1.0.
 * <p>
 * Sources: SSA section 1886(q); 42 CFR 412.154(c) (floor 0.99 in FY2013, 0.98 in FY2014, 0.97
 * from FY2015) and 412.152 (applicable conditions: AMI, HF, PN from FY2013; COPD and THA/TKA from
 * FY2015; CABG from FY2017); the 21st Century Cures Act section 15002 (peer groups by dual
 * proportion and the neutrality modifier from FY2019); the 25-discharge minimum of 412.152
 * ("applicable period ... at least 25 cases"). Supported years: FY2013 to FY2027. Immutable and
 * thread-safe.
 */
public final class HrrpFiscalYear {

  /** The first fiscal year of the program. */
  public static final int FIRST = 2013;
  /** The last fiscal year whose rules acokit carries. */
  public static final int LAST = 2027;
  /** The minimum number of eligible discharges for a condition to count (42 CFR 412.152). */
  public static final int MINIMUM_DISCHARGES = 25;

  private final int year;

  private HrrpFiscalYear(int year) {
    this.year = year;
  }

  /**
   * The rules of a fiscal year.
   *
   * @param fiscalYear the federal fiscal year, 2013 to 2027
   * @return the rules
   * @throws IllegalArgumentException if the year is outside 2013-2027
   */
  public static HrrpFiscalYear of(int fiscalYear) {
    if (fiscalYear < FIRST || fiscalYear > LAST) {
      throw new IllegalArgumentException("HRRP fiscal year must be between " + FIRST + " and " + LAST
          + ", but was " + fiscalYear);
    }
    return new HrrpFiscalYear(fiscalYear);
  }

  /**
   * The fiscal year.
   *
   * @return the year
   */
  public int year() {
    return year;
  }

  /**
   * The floor of the payment adjustment factor: 0.99 (FY2013), 0.98 (FY2014), 0.97 (FY2015 on),
   * i.e. a maximum reduction of 1%, 2%, 3%.
   *
   * @return the floor, a fraction
   */
  public double floor() {
    return year == 2013 ? 0.99 : year == 2014 ? 0.98 : 0.97;
  }

  /**
   * The conditions that count in this year.
   *
   * @return the conditions
   */
  public Set<HrrpCondition> conditions() {
    EnumSet<HrrpCondition> c = EnumSet.of(HrrpCondition.AMI, HrrpCondition.HF, HrrpCondition.PN);
    if (year >= 2015) {
      c.add(HrrpCondition.COPD);
      c.add(HrrpCondition.THA_TKA);
    }
    if (year >= 2017) {
      c.add(HrrpCondition.CABG);
    }
    return c;
  }

  /**
   * Whether the year compares each hospital with its peer group's median ERR and scales by a
   * neutrality modifier (FY2019 on); before, the comparison is with an ERR of 1.0 and there is no
   * modifier.
   *
   * @return true from FY2019
   */
  public boolean peerGrouped() {
    return year >= 2019;
  }

  @Override
  public String toString() {
    return "HRRP FY" + year;
  }
}
