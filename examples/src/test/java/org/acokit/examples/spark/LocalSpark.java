/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.examples.spark;

import java.util.ArrayList;
import java.util.List;

import org.acokit.population.BeneficiaryYearColumns;
import org.acokit.population.EnrollmentType;
import org.apache.spark.sql.SparkSession;

/** One local Spark ({@code local[2]}) for all Spark tests of the JVM, started once (a few seconds). */
final class LocalSpark {

  private static SparkSession session;

  private LocalSpark() {
  }

  static synchronized SparkSession get() {
    if (session == null) {
      session = SparkSession.builder().master("local[2]").appName("acokit-tests")
          .config("spark.ui.enabled", "false")
          .config("spark.driver.host", "127.0.0.1")
          .config("spark.sql.shuffle.partitions", "4")
          .getOrCreate();
    }
    return session;
  }

  /** The columns as beans, one per row. */
  static List<BeneficiaryYearRow> rows(BeneficiaryYearColumns c) {
    List<BeneficiaryYearRow> out = new ArrayList<>(c.size());
    for (int i = 0; i < c.size(); i++) {
      BeneficiaryYearRow r = new BeneficiaryYearRow();
      r.setMonthsEsrd(c.months(EnrollmentType.ESRD, i));
      r.setMonthsDisabled(c.months(EnrollmentType.DISABLED, i));
      r.setMonthsAgedDual(c.months(EnrollmentType.AGED_DUAL, i));
      r.setMonthsAgedNonDual(c.months(EnrollmentType.AGED_NON_DUAL, i));
      r.setExpenditureEsrd(c.expenditure(EnrollmentType.ESRD, i));
      r.setExpenditureDisabled(c.expenditure(EnrollmentType.DISABLED, i));
      r.setExpenditureAgedDual(c.expenditure(EnrollmentType.AGED_DUAL, i));
      r.setExpenditureAgedNonDual(c.expenditure(EnrollmentType.AGED_NON_DUAL, i));
      r.setRiskScore(c.riskScore(i));
      out.add(r);
    }
    return out;
  }
}
