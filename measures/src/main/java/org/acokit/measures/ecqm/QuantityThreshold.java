/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.ecqm;

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
 * CQL {@code X.value as Quantity >= threshold 'unit'} on an Observation row, with FHIRHelpers'
 * {@code ToQuantity} and UCUM unit conversion: a value that is not a Quantity, or a Quantity
 * without a number, is null (the row is not kept); a Quantity with a comparator is an error in
 * FHIRHelpers; the unit is {@code valueQuantity.code}, else {@code .unit}, else {@code '1'}.
 * <p>
 * The units convertible to the threshold's are listed with their factor (a value in that unit
 * times the factor is in the threshold's unit); a value in any other unit is a
 * {@link PatientFailure} naming the resource, the field, the value and the allowed units, not a
 * silent "not kept". Comparison is exact decimal arithmetic, so 1.9 g/L is 190 mg/dL. Immutable
 * and thread-safe.
 */
final class QuantityThreshold {

  private final String criterion;
  private final BigDecimal threshold;
  private final String unit;
  private final ImmutableMap<String, BigDecimal> factors;
  private final PatientData data;

  private QuantityThreshold(PatientData data, String criterion, BigDecimal threshold, String unit,
      Map<String, BigDecimal> factors) {
    this.data = data;
    this.criterion = criterion;
    this.threshold = threshold;
    this.unit = unit;
    this.factors = ImmutableMap.copyOf(factors);
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
    return new QuantityThreshold(data, criterion, new BigDecimal(threshold), "mg/dL", f.buildKeepingLast());
  }

  /** {@code >= threshold '%'}: {@code %} and the UCUM unity {@code 1} (a fraction, x 100) convert. */
  static QuantityThreshold percentAtLeast(PatientData data, String criterion, String threshold) {
    return new QuantityThreshold(data, criterion, new BigDecimal(threshold), "%",
        ImmutableMap.of("%", BigDecimal.ONE, "1", new BigDecimal(100)));
  }

  /**
   * Whether the row's value, as a Quantity in the threshold's unit, is at least the threshold.
   *
   * @param t the Observation table
   * @param row the row
   * @return false when the value is not a Quantity with a number (CQL null)
   * @throws PatientFailure if the quantity has a comparator or a unit that does not convert
   */
  boolean atLeast(FactTable t, int row) {
    if (!t.flag(FactFlag.VALUE_IS_QUANTITY, row) || !t.hasNumber(NumberField.VALUE, row)) {
      return false;
    }
    double value = t.number(NumberField.VALUE, row);
    int comparator = t.token(TokenField.VALUE_COMPARATOR, row);
    if (comparator >= 0) {
      throw new PatientFailure("Observation/" + t.resourceId(row) + " field valueQuantity.comparator is '"
          + data.tokens().value(comparator) + "' (value " + value + "): " + criterion + " compares the value with "
          + threshold.toPlainString() + " '" + unit + "', and FHIRHelpers.ToQuantity allows no comparator");
    }
    int unitToken = t.token(TokenField.VALUE_UNIT, row);
    String given = unitToken < 0 ? "1" : data.tokens().value(unitToken);
    if (given.equals(unit)) {
      return value >= threshold.doubleValue();
    }
    BigDecimal factor = factors.get(given);
    if (factor == null) {
      throw new PatientFailure("Observation/" + t.resourceId(row) + " field valueQuantity.code (unit) is '" + given
          + "' (value " + value + "): " + criterion + " compares the value with " + threshold.toPlainString() + " '"
          + unit + "', so the unit must be one of " + factors.keySet() + (unitToken < 0 ? " (no unit is UCUM '1')" : ""));
    }
    return new BigDecimal(Double.toString(value)).multiply(factor).compareTo(threshold) >= 0;
  }
}
