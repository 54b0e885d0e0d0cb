/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.examples.spark;

import java.io.Serializable;
import java.util.List;

/**
 * One beneficiary-year as a Spark row: eligible months and expenditures (dollars) per enrollment
 * type, and the prospective CMS-HCC risk score. A Java bean because Spark's bean encoder reads
 * rows into it without reflection per row; the column names of a table are the property names,
 * {@link #COLUMNS}. Mutable (Spark fills it), not thread-safe.
 */
public final class BeneficiaryYearRow implements Serializable {

  private static final long serialVersionUID = 1L;

  /**
   * The column names Spark reads into this bean: months per type (integers 0-12), expenditures
   * per type (dollars) and the risk score, each type in CMS's order (ESRD, disabled, aged/dual,
   * aged/non-dual).
   */
  public static final List<String> COLUMNS = List.of("monthsEsrd", "monthsDisabled", "monthsAgedDual",
      "monthsAgedNonDual", "expenditureEsrd", "expenditureDisabled", "expenditureAgedDual", "expenditureAgedNonDual",
      "riskScore");

  private int monthsEsrd;
  private int monthsDisabled;
  private int monthsAgedDual;
  private int monthsAgedNonDual;
  private double expenditureEsrd;
  private double expenditureDisabled;
  private double expenditureAgedDual;
  private double expenditureAgedNonDual;
  private double riskScore;

  /** An empty row, for Spark's bean encoder. */
  public BeneficiaryYearRow() {
  }

  /** @return ESRD eligible months */
  public int getMonthsEsrd() {
    return monthsEsrd;
  }

  /** @param v ESRD eligible months */
  public void setMonthsEsrd(int v) {
    monthsEsrd = v;
  }

  /** @return disabled eligible months */
  public int getMonthsDisabled() {
    return monthsDisabled;
  }

  /** @param v disabled eligible months */
  public void setMonthsDisabled(int v) {
    monthsDisabled = v;
  }

  /** @return aged/dual eligible months */
  public int getMonthsAgedDual() {
    return monthsAgedDual;
  }

  /** @param v aged/dual eligible months */
  public void setMonthsAgedDual(int v) {
    monthsAgedDual = v;
  }

  /** @return aged/non-dual eligible months */
  public int getMonthsAgedNonDual() {
    return monthsAgedNonDual;
  }

  /** @param v aged/non-dual eligible months */
  public void setMonthsAgedNonDual(int v) {
    monthsAgedNonDual = v;
  }

  /** @return ESRD expenditures, dollars */
  public double getExpenditureEsrd() {
    return expenditureEsrd;
  }

  /** @param v ESRD expenditures, dollars */
  public void setExpenditureEsrd(double v) {
    expenditureEsrd = v;
  }

  /** @return disabled expenditures, dollars */
  public double getExpenditureDisabled() {
    return expenditureDisabled;
  }

  /** @param v disabled expenditures, dollars */
  public void setExpenditureDisabled(double v) {
    expenditureDisabled = v;
  }

  /** @return aged/dual expenditures, dollars */
  public double getExpenditureAgedDual() {
    return expenditureAgedDual;
  }

  /** @param v aged/dual expenditures, dollars */
  public void setExpenditureAgedDual(double v) {
    expenditureAgedDual = v;
  }

  /** @return aged/non-dual expenditures, dollars */
  public double getExpenditureAgedNonDual() {
    return expenditureAgedNonDual;
  }

  /** @param v aged/non-dual expenditures, dollars */
  public void setExpenditureAgedNonDual(double v) {
    expenditureAgedNonDual = v;
  }

  /** @return the risk score */
  public double getRiskScore() {
    return riskScore;
  }

  /** @param v the risk score */
  public void setRiskScore(double v) {
    riskScore = v;
  }
}
