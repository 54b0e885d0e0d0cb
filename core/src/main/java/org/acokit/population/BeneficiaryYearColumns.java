/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.population;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * Columnar beneficiary-year data: one row per beneficiary and year, held in primitive arrays so
 * that millions of rows aggregate without a per-row object.
 * <p>
 * Columns, all of the same length: eligible months per enrollment type (0-12 each, at most 12 in
 * all; {@code byte} arrays), Parts A and B expenditures for those months per enrollment type
 * (dollars), the beneficiary's prospective CMS-HCC risk score, and optionally a county code.
 * The arrays are used as given, not copied: the caller must not change them while an aggregation
 * runs. Values are validated by the aggregation, row by row, so that bad rows are reported rather
 * than failing the batch.
 */
public final class BeneficiaryYearColumns {

  private final byte[][] months;
  private final double[][] expenditures;
  private final double[] riskScores;
  private final int[] counties;

  private BeneficiaryYearColumns(byte[][] months, double[][] expenditures, double[] riskScores, int[] counties) {
    this.months = months;
    this.expenditures = expenditures;
    this.riskScores = riskScores;
    this.counties = counties;
  }

  /**
   * Wraps the columns, in CMS's order of enrollment types (ESRD, disabled, aged/dual,
   * aged/non-dual).
   *
   * @param months eligible months per enrollment type: four arrays
   * @param expenditures expenditures for those months per enrollment type: four arrays, dollars
   * @param riskScores the prospective CMS-HCC risk score of each row
   * @param counties county codes of each row, or null when not known
   * @return the columns
   * @throws IllegalArgumentException if there are not four month and expenditure columns or the
   *     columns differ in length
   */
  public static BeneficiaryYearColumns of(byte[][] months, double[][] expenditures, double[] riskScores,
      int[] counties) {
    Objects.requireNonNull(months, "months");
    Objects.requireNonNull(expenditures, "expenditures");
    Objects.requireNonNull(riskScores, "riskScores");
    if (months.length != 4 || expenditures.length != 4) {
      throw new IllegalArgumentException("months and expenditures must have one column per enrollment type (4), but had "
          + months.length + " and " + expenditures.length);
    }
    int n = riskScores.length;
    for (int t = 0; t < 4; t++) {
      check("months[" + EnrollmentType.values()[t].label() + "]", months[t].length, n);
      check("expenditures[" + EnrollmentType.values()[t].label() + "]", expenditures[t].length, n);
    }
    if (counties != null) {
      check("counties", counties.length, n);
    }
    return new BeneficiaryYearColumns(months, expenditures, riskScores, counties);
  }

  private static void check(String column, int length, int expected) {
    if (length != expected) {
      throw new IllegalArgumentException(column + " must have " + expected + " rows like riskScores, but had " + length);
    }
  }

  /**
   * The number of rows.
   *
   * @return the row count
   */
  public int size() {
    return riskScores.length;
  }

  /**
   * Eligible months of a row in an enrollment type.
   *
   * @param type the enrollment type
   * @param row the 0-based row
   * @return the months as stored (validated by the aggregation)
   */
  public int months(EnrollmentType type, int row) {
    return months[type.ordinal()][row];
  }

  /**
   * Expenditures of a row in an enrollment type.
   *
   * @param type the enrollment type
   * @param row the 0-based row
   * @return dollars
   */
  public double expenditure(EnrollmentType type, int row) {
    return expenditures[type.ordinal()][row];
  }

  /**
   * The risk score of a row.
   *
   * @param row the 0-based row
   * @return the risk score
   */
  public double riskScore(int row) {
    return riskScores[row];
  }

  /**
   * The county code of a row, if the columns carry counties.
   *
   * @param row the 0-based row
   * @return the county code
   */
  public Optional<Integer> county(int row) {
    return counties == null ? Optional.empty() : Optional.of(counties[row]);
  }

  /**
   * The bytes the columns occupy (the arrays' payload).
   *
   * @return bytes
   */
  public long columnBytes() {
    long n = size();
    return n * (4 * Byte.BYTES + 4 * Double.BYTES + Double.BYTES + (counties == null ? 0 : Integer.BYTES));
  }

  byte[] monthsColumn(int type) {
    return months[type];
  }

  double[] expenditureColumn(int type) {
    return expenditures[type];
  }

  double[] riskColumn() {
    return riskScores;
  }

  @Override
  public String toString() {
    return "BeneficiaryYearColumns{rows=" + size() + ", counties=" + (counties != null) + "}";
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof BeneficiaryYearColumns)) {
      return false;
    }
    BeneficiaryYearColumns o = (BeneficiaryYearColumns) obj;
    return Arrays.deepEquals(months, o.months) && Arrays.deepEquals(expenditures, o.expenditures)
        && Arrays.equals(riskScores, o.riskScores) && Arrays.equals(counties, o.counties);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(riskScores);
  }
}
