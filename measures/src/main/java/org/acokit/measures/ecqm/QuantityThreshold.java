/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.ecqm;

import org.acokit.io.FailureCode;
import java.math.BigDecimal;
import java.util.Map;

import com.google.common.collect.ImmutableMap;
import org.acokit.measures.logic.PatientFailure;
import org.acokit.measures.patient.FactFlag;
import org.acokit.measures.patient.FactTable;
import org.acokit.measures.patient.NumberField;
import org.acokit.measures.patient.PatientData;
import org.acokit.measures.patient.TokenField;

/**
 * CQL {@code X.value as Quantity <op> threshold 'unit'} (op one of {@code >=}, {@code >},
 * {@code <}) on an Observation's value or on one of its components, with FHIRHelpers'
 * {@code ToQuantity} and UCUM unit conversion: a value that is not a Quantity, or a Quantity
 * without a number, is null (the row is not kept); a Quantity with a comparator is an error in
 * FHIRHelpers; the unit is {@code valueQuantity.code}, else {@code .unit}, else {@code '1'}.
 * <p>
 * The units convertible to the threshold's are listed with their factor into one common unit (a
 * value times its unit's factor is in the common unit; the threshold's unit is listed too); a value
 * in any other unit is a {@link PatientFailure} naming the resource, the field, the value and the
 * allowed units, not a silent "not kept". Only exact UCUM conversions are listed, and only
 * between units of the same measurand. Comparison is exact decimal arithmetic, so 1.9 g/L is 190
 * mg/dL and 18.665 kPa is below 140 mm[Hg] (18 665 Pa &lt; 140 x 133.322 Pa = 18 665.08 Pa); values
 * in the threshold's own unit are compared as doubles. Immutable and thread-safe.
 */
final class QuantityThreshold {

  /** The comparison with the threshold. */
  enum Comparison {
    /** {@code >=}. */
    AT_LEAST(">="),
    /** {@code >}. */
    GREATER_THAN(">"),
    /** {@code <}. */
    LESS_THAN("<");

    private final String symbol;

    Comparison(String symbol) {
      this.symbol = symbol;
    }

    boolean holds(int comparison) {
      return switch (this) {
        case AT_LEAST -> comparison >= 0;
        case GREATER_THAN -> comparison > 0;
        case LESS_THAN -> comparison < 0;
      };
    }
  }

  /** Pascals per UCUM {@code mm[Hg]}: UCUM defines {@code m[Hg]} as 133.3220 kPa, so 1 mm[Hg] = 133.322 Pa. */
  static final BigDecimal PASCALS_PER_MM_HG = new BigDecimal("133.322");

  private final String criterion;
  private final Comparison comparison;
  private final BigDecimal threshold;
  private final double thresholdValue;
  private final String unit;
  private final BigDecimal unitFactor;
  private final BigDecimal thresholdInCommonUnit;
  private final ImmutableMap<String, BigDecimal> factors;
  private final String note;
  private final PatientData data;
  /** The dataset's token ids of the units that convert (absent units left out), resolved once. */
  private final int[] unitTokens;
  /** The factor of each of {@link #unitTokens}. */
  private final BigDecimal[] unitTokenFactors;
  /** The factor of a quantity without a unit (UCUM '1'), null if '1' does not convert. */
  private final BigDecimal noUnitFactor;

  private QuantityThreshold(PatientData data, String criterion, Comparison comparison, BigDecimal threshold,
      String unit, Map<String, BigDecimal> factors, String note) {
    this.data = data;
    this.criterion = criterion;
    this.comparison = comparison;
    this.threshold = threshold;
    this.thresholdValue = threshold.doubleValue();
    this.unit = unit;
    this.factors = ImmutableMap.copyOf(factors);
    this.unitFactor = this.factors.get(unit);
    this.thresholdInCommonUnit = threshold.multiply(unitFactor);
    this.note = note;
    int[] ids = new int[this.factors.size()];
    BigDecimal[] fs = new BigDecimal[this.factors.size()];
    int n = 0;
    for (Map.Entry<String, BigDecimal> e : this.factors.entrySet()) {
      int id = data.tokens().id(e.getKey());
      if (id >= 0) {
        ids[n] = id;
        fs[n++] = e.getValue();
      }
    }
    this.unitTokens = java.util.Arrays.copyOf(ids, n);
    this.unitTokenFactors = java.util.Arrays.copyOf(fs, n);
    this.noUnitFactor = this.factors.get("1");
  }

  /**
   * {@code >= threshold 'mg/dL'}: the UCUM mass concentrations g, mg, ug, ng per L, dL, mL (and
   * {@code l} for {@code L}) convert.
   */
  static QuantityThreshold massConcentrationAtLeast(PatientData data, String criterion, String threshold) {
    ImmutableMap.Builder<String, BigDecimal> f = ImmutableMap.builder();
    Map<String, BigDecimal> mass = ImmutableMap.of("g", BigDecimal.ONE, "mg", new BigDecimal("0.001"),
        "ug", new BigDecimal("0.000001"), "ng", new BigDecimal("0.000000001"));
    Map<String, BigDecimal> volume = ImmutableMap.of("L", BigDecimal.ONE, "dL", new BigDecimal("0.1"),
        "mL", new BigDecimal("0.001"));
    BigDecimal mgPerDl = new BigDecimal("0.01"); // 1 mg/dL = 0.01 g/L
    for (Map.Entry<String, BigDecimal> m : mass.entrySet()) {
      for (Map.Entry<String, BigDecimal> v : volume.entrySet()) {
        BigDecimal gramsPerLitre = m.getValue().divide(v.getValue());
        BigDecimal factor = gramsPerLitre.divide(mgPerDl);
        f.put(m.getKey() + "/" + v.getKey(), factor);
        f.put(m.getKey() + "/" + v.getKey().toLowerCase(java.util.Locale.ROOT), factor);
      }
    }
    return new QuantityThreshold(data, criterion, Comparison.AT_LEAST, new BigDecimal(threshold), "mg/dL",
        f.buildKeepingLast(), "");
  }

  /** {@code >= threshold '%'}: {@code %} and the UCUM unity {@code 1} (a fraction, x 100) convert. */
  static QuantityThreshold percentAtLeast(PatientData data, String criterion, String threshold) {
    return percent(data, criterion, Comparison.AT_LEAST, threshold, "");
  }

  /**
   * {@code threshold '%'}: {@code %} and the UCUM unity {@code 1} (a fraction, x 100) convert.
   *
   * @param note appended to a failure's message (what the allowed units leave out, and why), or ""
   */
  static QuantityThreshold percent(PatientData data, String criterion, Comparison comparison, String threshold,
      String note) {
    return new QuantityThreshold(data, criterion, comparison, new BigDecimal(threshold), "%",
        ImmutableMap.of("%", BigDecimal.ONE, "1", new BigDecimal(100)), note);
  }

  /**
   * {@code threshold 'mm[Hg]'}: {@code mm[Hg]}, {@code kPa} and {@code Pa} convert (UCUM:
   * 1 mm[Hg] = 133.322 Pa exactly, {@link #PASCALS_PER_MM_HG}); the common unit is the pascal.
   */
  static QuantityThreshold pressure(PatientData data, String criterion, Comparison comparison, String threshold) {
    return new QuantityThreshold(data, criterion, comparison, new BigDecimal(threshold), "mm[Hg]",
        ImmutableMap.of("mm[Hg]", PASCALS_PER_MM_HG, "kPa", new BigDecimal(1000), "Pa", BigDecimal.ONE), "");
  }

  /**
   * Whether the row's value, as a Quantity in the threshold's unit, meets the threshold.
   *
   * @param t the Observation table
   * @param row the row
   * @return false when the value is not a Quantity with a number (CQL null)
   * @throws PatientFailure if the quantity has a comparator or a unit that does not convert
   */
  boolean meets(FactTable t, int row) {
    if (!isQuantity(t, row)) {
      return false;
    }
    return meets(t.number(NumberField.VALUE, row), factor(t, row));
  }

  /**
   * Whether a value in a unit of the given factor meets the threshold.
   *
   * @param value the value
   * @param factor its unit's factor, from {@link #factor} or {@link #componentFactor}
   * @return the comparison's result
   */
  boolean meets(double value, BigDecimal factor) {
    int c = factor == unitFactor ? Double.compare(value, thresholdValue)
        : decimal(value).multiply(factor).compareTo(thresholdInCommonUnit);
    return comparison.holds(c);
  }

  /**
   * Orders two values exactly after conversion into the common unit.
   *
   * @param a the first value
   * @param factorA its unit's factor
   * @param b the second value
   * @param factorB its unit's factor
   * @return negative, zero or positive as a is below, equal to or above b
   */
  static int compare(double a, BigDecimal factorA, double b, BigDecimal factorB) {
    if (factorA == factorB) {
      return Double.compare(a, b);
    }
    return decimal(a).multiply(factorA).compareTo(decimal(b).multiply(factorB));
  }

  /**
   * CQL {@code value as Quantity} is not null: a {@code valueQuantity} with a number.
   *
   * @param t the Observation table
   * @param row the row
   * @return true if the value is a Quantity
   */
  static boolean isQuantity(FactTable t, int row) {
    return t.flag(FactFlag.VALUE_IS_QUANTITY, row) && t.hasNumber(NumberField.VALUE, row);
  }

  /**
   * The factor of the unit of a row's {@code valueQuantity} (test {@link #isQuantity} first).
   *
   * @param t the Observation table
   * @param row the row
   * @return the factor into the common unit
   * @throws PatientFailure if the quantity has a comparator or a unit that does not convert
   */
  BigDecimal factor(FactTable t, int row) {
    double value = t.number(NumberField.VALUE, row);
    int comparatorToken = t.token(TokenField.VALUE_COMPARATOR, row);
    if (comparatorToken >= 0) {
      throw new PatientFailure(FailureCode.INVALID_VALUE, "Observation.valueQuantity.comparator",
          "Observation/" + t.resourceId(row) + " field valueQuantity.comparator is '"
          + data.tokens().value(comparatorToken) + "' (value " + value + "): " + criterion + " compares the value with "
          + threshold.toPlainString() + " '" + unit + "', and FHIRHelpers.ToQuantity allows no comparator");
    }
    int unitToken = t.token(TokenField.VALUE_UNIT, row);
    BigDecimal factor = factorOf(unitToken);
    if (factor == null) {
      throw unitFailure(unitToken, value, "Observation.valueQuantity.code",
          "Observation/" + t.resourceId(row) + " field valueQuantity.code (unit)");
    }
    return factor;
  }

  /**
   * The factor of the unit of a component's {@code valueQuantity} (test
   * {@link FactTable#componentHasValue} first).
   *
   * @param t the Observation table
   * @param row the row
   * @param component the component index
   * @return the factor into the common unit
   * @throws PatientFailure if the unit does not convert
   */
  BigDecimal componentFactor(FactTable t, int row, int component) {
    int unitToken = t.componentUnit(component);
    BigDecimal factor = factorOf(unitToken);
    if (factor == null) {
      throw unitFailure(unitToken, t.componentValue(component), "Observation.component.valueQuantity.code",
          "Observation/" + t.resourceId(row) + " field component[" + (component - t.componentStart(row))
          + "].valueQuantity.code (unit)");
    }
    return factor;
  }

  /** The factor of a unit token (-1: no unit, UCUM '1'), null if the unit does not convert; no allocation. */
  private BigDecimal factorOf(int unitToken) {
    if (unitToken < 0) {
      return noUnitFactor;
    }
    for (int i = 0; i < unitTokens.length; i++) {
      if (unitTokens[i] == unitToken) {
        return unitTokenFactors[i];
      }
    }
    return null;
  }

  private PatientFailure unitFailure(int unitToken, double value, String path, String field) {
    String given = unitToken < 0 ? "1" : data.tokens().value(unitToken);
    return new PatientFailure(FailureCode.INVALID_VALUE, path, field + " is '" + given + "' (value " + value + "): "
        + criterion + " compares the value with " + threshold.toPlainString() + " '" + unit
        + "', so the unit must be one of " + factors.keySet() + (unitToken < 0 ? " (no unit is UCUM '1')" : "")
        + note);
  }

  private static BigDecimal decimal(double value) {
    return new BigDecimal(Double.toString(value));
  }
}
