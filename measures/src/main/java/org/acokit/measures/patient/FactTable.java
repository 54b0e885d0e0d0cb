/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.patient;

import org.acokit.measures.terminology.CompiledValueSet;

/**
 * The facts of one {@link FactKind} of a dataset, as columns of primitive arrays sorted by
 * patient: the facts of patient {@code p} are rows {@link #start(int) start(p)} (inclusive) to
 * {@link #end(int) end(p)} (exclusive).
 * <p>
 * Codes are interned ids ({@link PatientData#codes()}) in per-row ranges of a
 * {@link CodedField}; date-times are {@link DateTimes}-encoded ({@link DateTimes#ABSENT} when
 * missing); statuses and units are {@link PatientData#tokens()} ids ({@code -1} when missing);
 * observation components are rows of their own. No accessor allocates. Immutable and
 * thread-safe.
 */
public final class FactTable {

  final FactKind kind;
  final int[] patientStart;
  final String[] ids;
  final int[][] codeStart;
  final int[][] codes;
  final long[][] instants;
  final short[][] metas;
  final double[][] numbers;
  final int[][] tokens;
  final int[] flags;
  final int[] componentStart;
  final int[] componentCodeStart;
  final int[] componentCodes;
  final double[] componentValue;
  final int[] componentUnit;

  FactTable(FactKind kind, int[] patientStart, String[] ids, int[][] codeStart, int[][] codes, long[][] instants,
      short[][] metas, double[][] numbers, int[][] tokens, int[] flags, int[] componentStart,
      int[] componentCodeStart, int[] componentCodes, double[] componentValue, int[] componentUnit) {
    this.kind = kind;
    this.patientStart = patientStart;
    this.ids = ids;
    this.codeStart = codeStart;
    this.codes = codes;
    this.instants = instants;
    this.metas = metas;
    this.numbers = numbers;
    this.tokens = tokens;
    this.flags = flags;
    this.componentStart = componentStart;
    this.componentCodeStart = componentCodeStart;
    this.componentCodes = componentCodes;
    this.componentValue = componentValue;
    this.componentUnit = componentUnit;
  }

  /**
   * The kind.
   *
   * @return the kind
   */
  public FactKind kind() {
    return kind;
  }

  /**
   * The number of facts.
   *
   * @return the rows
   */
  public int size() {
    return ids.length;
  }

  /**
   * The first row of a patient.
   *
   * @param patient the patient index
   * @return the row
   */
  public int start(int patient) {
    return patientStart[patient];
  }

  /**
   * One past the last row of a patient.
   *
   * @param patient the patient index
   * @return the row
   */
  public int end(int patient) {
    return patientStart[patient + 1];
  }

  /**
   * The resource id of a row (for explanations; not for evaluation).
   *
   * @param row the row
   * @return the id
   */
  public String resourceId(int row) {
    return ids[row];
  }

  /**
   * The first index of a row's codes in a coded field ({@link #codeAt(CodedField, int)}).
   *
   * @param field the field
   * @param row the row
   * @return the index
   */
  public int codeStart(CodedField field, int row) {
    int[] s = codeStart[field.ordinal()];
    return s == null ? 0 : s[row];
  }

  /**
   * One past the last index of a row's codes in a coded field.
   *
   * @param field the field
   * @param row the row
   * @return the index
   */
  public int codeEnd(CodedField field, int row) {
    int[] s = codeStart[field.ordinal()];
    return s == null ? 0 : s[row + 1];
  }

  /**
   * A code id of a coded field.
   *
   * @param field the field
   * @param index an index from {@link #codeStart(CodedField, int)} to {@link #codeEnd(CodedField, int)}
   * @return the code id
   */
  public int codeAt(CodedField field, int index) {
    return codes[field.ordinal()][index];
  }

  /**
   * Whether any of a row's codes in a field is in a compiled value set (CQL {@code in} on a
   * CodeableConcept: true if any coding is a member).
   *
   * @param field the field
   * @param row the row
   * @param valueSet the compiled value set
   * @return true if a code is a member
   */
  public boolean hasCode(CodedField field, int row, CompiledValueSet valueSet) {
    int[] s = codeStart[field.ordinal()];
    if (s == null) {
      return false;
    }
    int[] c = codes[field.ordinal()];
    for (int i = s[row], e = s[row + 1]; i < e; i++) {
      if (valueSet.contains(c[i])) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether any of a row's codes in a field is a given code (CQL {@code ~} of a CodeableConcept and
   * a Code: system and code equal).
   *
   * @param field the field
   * @param row the row
   * @param codeId the code id, -1 (absent from the dataset) never matches
   * @return true if present
   */
  public boolean hasCode(CodedField field, int row, int codeId) {
    int[] s = codeStart[field.ordinal()];
    if (s == null || codeId < 0) {
      return false;
    }
    int[] c = codes[field.ordinal()];
    for (int i = s[row], e = s[row + 1]; i < e; i++) {
      if (c[i] == codeId) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a row has any code in a field.
   *
   * @param field the field
   * @param row the row
   * @return true if there is at least one
   */
  public boolean hasAnyCode(CodedField field, int row) {
    return codeEnd(field, row) > codeStart(field, row);
  }

  /**
   * The instant of a time field ({@link DateTimes}), {@link DateTimes#ABSENT} if missing.
   *
   * @param field the field
   * @param row the row
   * @return the instant
   */
  public long instant(TimeField field, int row) {
    long[] a = instants[field.ordinal()];
    return a == null ? DateTimes.ABSENT : a[row];
  }

  /**
   * The meta word of a time field ({@link DateTimes}).
   *
   * @param field the field
   * @param row the row
   * @return the meta word
   */
  public short meta(TimeField field, int row) {
    short[] a = metas[field.ordinal()];
    return a == null ? 0 : a[row];
  }

  /**
   * Whether a number field has a value.
   *
   * @param field the field
   * @param row the row
   * @return true if present
   */
  public boolean hasNumber(NumberField field, int row) {
    double[] a = numbers[field.ordinal()];
    return a != null && !Double.isNaN(a[row]);
  }

  /**
   * A number field's value (unit per {@link NumberField}).
   *
   * @param field the field
   * @param row the row
   * @return the value
   * @throws IllegalStateException if absent (test {@link #hasNumber(NumberField, int)} first)
   */
  public double number(NumberField field, int row) {
    if (!hasNumber(field, row)) {
      throw new IllegalStateException(kind.resourceType() + "/" + ids[row] + " has no " + field);
    }
    return numbers[field.ordinal()][row];
  }

  /**
   * A token field's id ({@link PatientData#tokens()}), -1 if missing.
   *
   * @param field the field
   * @param row the row
   * @return the id
   */
  public int token(TokenField field, int row) {
    int[] a = tokens[field.ordinal()];
    return a == null ? -1 : a[row];
  }

  /**
   * Whether a flag is set.
   *
   * @param flag the flag
   * @param row the row
   * @return true if set
   */
  public boolean flag(FactFlag flag, int row) {
    return (flags[row] & 1 << flag.ordinal()) != 0;
  }

  /**
   * The first component index of an observation row (components are the parts of a panel, such
   * as the systolic and diastolic readings of a blood pressure).
   *
   * @param row the row
   * @return the index
   */
  public int componentStart(int row) {
    return componentStart[row];
  }

  /**
   * One past the last component index of a row.
   *
   * @param row the row
   * @return the index
   */
  public int componentEnd(int row) {
    return componentStart[row + 1];
  }

  /**
   * Whether a component's code is a given code.
   *
   * @param component the component index
   * @param codeId the code id
   * @return true if any coding matches
   */
  public boolean componentHasCode(int component, int codeId) {
    for (int i = componentCodeStart[component], e = componentCodeStart[component + 1]; i < e; i++) {
      if (componentCodes[i] == codeId) {
        return true;
      }
    }
    return false;
  }

  /**
   * A component's {@code valueQuantity.value}, NaN-free: test {@link #componentHasValue(int)} first.
   *
   * @param component the component index
   * @return the value
   * @throws IllegalStateException if the component has no quantity value
   */
  public double componentValue(int component) {
    if (!componentHasValue(component)) {
      throw new IllegalStateException(kind.resourceType() + " component " + component + " has no valueQuantity");
    }
    return componentValue[component];
  }

  /**
   * Whether a component has a quantity value.
   *
   * @param component the component index
   * @return true if present
   */
  public boolean componentHasValue(int component) {
    return !Double.isNaN(componentValue[component]);
  }

  /**
   * A component's unit token id, -1 if missing.
   *
   * @param component the component index
   * @return the unit id
   */
  public int componentUnit(int component) {
    return componentUnit[component];
  }

  /**
   * Whether the main timing is a Period rather than a single date-time.
   *
   * @param row the row
   * @return true for a Period
   */
  public boolean isPeriod(int row) {
    return flag(FactFlag.TIMING_IS_PERIOD, row);
  }

  /**
   * The bytes of this table's primitive columns (the arrays evaluation reads): 8 per long or
   * double, 4 per int, 2 per short; resource id strings (for explanations) not counted.
   *
   * @return the byte count
   */
  public long columnBytes() {
    long b = 4L * patientStart.length + 4L * flags.length + 4L * componentStart.length
        + 4L * componentCodeStart.length + 4L * componentCodes.length + 8L * componentValue.length
        + 4L * componentUnit.length;
    for (int[] a : codeStart) {
      b += a == null ? 0 : 4L * a.length;
    }
    for (int[] a : codes) {
      b += a == null ? 0 : 4L * a.length;
    }
    for (long[] a : instants) {
      b += a == null ? 0 : 8L * a.length;
    }
    for (short[] a : metas) {
      b += a == null ? 0 : 2L * a.length;
    }
    for (double[] a : numbers) {
      b += a == null ? 0 : 8L * a.length;
    }
    for (int[] a : tokens) {
      b += a == null ? 0 : 4L * a.length;
    }
    return b;
  }
}
