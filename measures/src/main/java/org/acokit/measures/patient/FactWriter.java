/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.patient;

import org.acokit.measures.terminology.CodeDictionary;

/**
 * Appends the facts of one kind while a dataset is built: {@link PatientDataBuilder#fact} starts a
 * row, and this writer's methods fill its columns (any order; unset columns stay absent).
 * <p>
 * Rows may arrive in any patient order (bulk NDJSON files come by resource type);
 * {@link PatientDataBuilder#build()} sorts them by patient. Not thread-safe: one builder per
 * thread, then merge.
 */
public final class FactWriter {

  private final FactKind kind;
  private final CodeDictionary dictionary;
  private final Tokens tokenDictionary;
  final Columns.Ints patient = new Columns.Ints();
  final Columns.Strings ids = new Columns.Strings();
  final Columns.Ints[] codeStart = new Columns.Ints[CodedField.values().length];
  final Columns.Ints[] codes = new Columns.Ints[CodedField.values().length];
  final Columns.Longs[] instants = new Columns.Longs[TimeField.values().length];
  final Columns.Shorts[] metas = new Columns.Shorts[TimeField.values().length];
  final Columns.Doubles[] numbers = new Columns.Doubles[NumberField.values().length];
  final Columns.Ints[] tokens = new Columns.Ints[TokenField.values().length];
  final Columns.Ints flags = new Columns.Ints();
  final Columns.Ints componentStart = new Columns.Ints();
  final Columns.Ints componentCodeStart = new Columns.Ints();
  final Columns.Ints componentCodes = new Columns.Ints();
  final Columns.Doubles componentValue = new Columns.Doubles();
  final Columns.Ints componentUnit = new Columns.Ints();
  private int row = -1;

  FactWriter(FactKind kind, CodeDictionary dictionary, Tokens tokenDictionary) {
    this.kind = kind;
    this.dictionary = dictionary;
    this.tokenDictionary = tokenDictionary;
    for (CodedField f : kind.codedFields()) {
      codeStart[f.ordinal()] = new Columns.Ints();
      codes[f.ordinal()] = new Columns.Ints();
    }
    for (TimeField f : kind.timeFields()) {
      instants[f.ordinal()] = new Columns.Longs();
      metas[f.ordinal()] = new Columns.Shorts();
    }
    for (NumberField f : kind.numberFields()) {
      numbers[f.ordinal()] = new Columns.Doubles();
    }
    for (TokenField f : TokenField.values()) {
      tokens[f.ordinal()] = new Columns.Ints();
    }
  }

  FactWriter begin(int patientIndex, String resourceId) {
    row = ids.size;
    patient.add(patientIndex);
    ids.add(resourceId);
    for (CodedField f : kind.codedFields()) {
      codeStart[f.ordinal()].add(codes[f.ordinal()].size);
    }
    for (TimeField f : kind.timeFields()) {
      instants[f.ordinal()].add(DateTimes.ABSENT);
      metas[f.ordinal()].add((short) 0);
    }
    for (NumberField f : kind.numberFields()) {
      numbers[f.ordinal()].add(Double.NaN);
    }
    for (Columns.Ints t : tokens) {
      t.add(-1);
    }
    flags.add(0);
    componentStart.add(componentUnit.size);
    return this;
  }

  int rows() {
    return ids.size;
  }

  /**
   * The kind written.
   *
   * @return the kind
   */
  public FactKind kind() {
    return kind;
  }

  /**
   * Adds a code to a coded field of the current row.
   *
   * @param field the field, one the kind has ({@link FactKind#codedFields()})
   * @param system the system URI
   * @param code the code
   * @return this writer
   * @throws IllegalArgumentException if the kind has no such field
   */
  public FactWriter code(CodedField field, String system, String code) {
    Columns.Ints c = codes[field.ordinal()];
    if (c == null) {
      throw new IllegalArgumentException(kind.resourceType() + " facts have no coded field " + field + "; allowed: "
          + kind.codedFields());
    }
    c.add(dictionary.intern(system, code));
    return this;
  }

  /**
   * Sets a time field of the current row.
   *
   * @param field the field, one the kind has
   * @param instant the instant ({@link DateTimes})
   * @param meta the meta word ({@link DateTimes})
   * @return this writer
   * @throws IllegalArgumentException if the kind has no such field
   */
  public FactWriter time(TimeField field, long instant, short meta) {
    Columns.Longs c = instants[field.ordinal()];
    if (c == null) {
      throw new IllegalArgumentException(kind.resourceType() + " facts have no time field " + field + "; allowed: "
          + kind.timeFields());
    }
    c.set(row, instant);
    metas[field.ordinal()].set(row, meta);
    return this;
  }

  /**
   * Sets a time field of the current row from a parsed value.
   *
   * @param field the field
   * @param value the value
   * @return this writer
   * @throws IllegalArgumentException if the kind has no such field
   */
  public FactWriter time(TimeField field, DateTimes.Value value) {
    return time(field, value.instant(), value.meta());
  }

  /**
   * Sets the main timing to a single date-time (a choice type such as {@code effectiveDateTime}):
   * {@link TimeField#START} and {@link TimeField#END} both.
   *
   * @param value the date-time
   * @return this writer
   * @throws IllegalArgumentException if the kind has no main timing
   */
  public FactWriter at(DateTimes.Value value) {
    return time(TimeField.START, value).time(TimeField.END, value);
  }

  /**
   * Sets the main timing to a Period (such as {@code Encounter.period} or {@code onsetPeriod});
   * either end may be null (absent).
   *
   * @param start the start, or null
   * @param end the end, or null
   * @return this writer
   * @throws IllegalArgumentException if the kind has no main timing, or the period ends before it
   *     starts
   */
  public FactWriter period(DateTimes.Value start, DateTimes.Value end) {
    if (!kind.timeFields().contains(TimeField.START)) {
      throw new IllegalArgumentException(kind.resourceType() + " facts have no main timing");
    }
    if (start != null && end != null && DateTimes.hasOffset(start.meta()) == DateTimes.hasOffset(end.meta())
        && end.instant() < start.instant()) {
      throw new IllegalArgumentException("period end " + DateTimes.format(end.instant(), end.meta())
          + " must not be before its start " + DateTimes.format(start.instant(), start.meta()));
    }
    flag(FactFlag.TIMING_IS_PERIOD);
    if (start != null) {
      time(TimeField.START, start);
    }
    if (end != null) {
      time(TimeField.END, end);
    }
    return this;
  }

  /**
   * Sets a number field of the current row.
   *
   * @param field the field, one the kind has
   * @param value the value, finite
   * @return this writer
   * @throws IllegalArgumentException if the kind has no such field or the value is not finite
   */
  public FactWriter number(NumberField field, double value) {
    Columns.Doubles c = numbers[field.ordinal()];
    if (c == null) {
      throw new IllegalArgumentException(kind.resourceType() + " facts have no number field " + field + "; allowed: "
          + kind.numberFields());
    }
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(field + " must be a finite number, but was " + value);
    }
    c.set(row, value);
    return this;
  }

  /**
   * Sets a token field of the current row.
   *
   * @param field the field
   * @param value the string
   * @return this writer
   */
  public FactWriter token(TokenField field, String value) {
    tokens[field.ordinal()].set(row, tokenDictionary.intern(value));
    return this;
  }

  /**
   * Sets a flag of the current row.
   *
   * @param flag the flag
   * @return this writer
   */
  public FactWriter flag(FactFlag flag) {
    flags.set(row, flags.get(row) | 1 << flag.ordinal());
    return this;
  }

  /**
   * Adds a component (Observation) to the current row: its codes and its quantity value.
   *
   * @param codeSystems the systems of the component code's codings
   * @param codeValues the codes, parallel to the systems
   * @param value the quantity value, or NaN if it has none
   * @param unit the unit (UCUM code), or null
   * @return this writer
   */
  public FactWriter component(String[] codeSystems, String[] codeValues, double value, String unit) {
    componentCodeStart.add(componentCodes.size);
    for (int i = 0; i < codeSystems.length; i++) {
      componentCodes.add(dictionary.intern(codeSystems[i], codeValues[i]));
    }
    componentValue.add(value);
    componentUnit.add(unit == null ? -1 : tokenDictionary.intern(unit));
    return this;
  }

  /** Builds the table; single use: the writer's columns are released as they are copied. */
  FactTable build(int patientCount, int[] newPatientIndex) {
    int n = ids.size;
    int[] counts = new int[patientCount + 1];
    int kept = 0;
    for (int r = 0; r < n; r++) {
      int p = newPatientIndex[patient.get(r)];
      if (p >= 0) {
        counts[p + 1]++;
        kept++;
      }
    }
    for (int p = 0; p < patientCount; p++) {
      counts[p + 1] += counts[p];
    }
    int[] patientStart = counts.clone();
    int[] next = counts.clone();
    int[] order = new int[kept];
    for (int r = 0; r < n; r++) {
      int p = newPatientIndex[patient.get(r)];
      if (p >= 0) {
        order[next[p]++] = r;
      }
    }
    String[] outIds = new String[kept];
    int[] outFlags = new int[kept];
    for (int i = 0; i < kept; i++) {
      outIds[i] = ids.a[order[i]];
      outFlags[i] = flags.a[order[i]];
    }
    int nc = CodedField.values().length;
    int[][] outCodeStart = new int[nc][];
    int[][] outCodes = new int[nc][];
    for (int f = 0; f < nc; f++) {
      if (codes[f] != null) {
        Columns.Ints starts = codeStart[f];
        starts.add(codes[f].size);
        int[][] pair = gather(order, starts.a, codes[f].a);
        starts.size--;
        outCodeStart[f] = pair[0];
        outCodes[f] = pair[1];
        codeStart[f] = null; // single use: release each source column once copied
        codes[f] = null;
      }
    }
    int nt = TimeField.values().length;
    long[][] outInstants = new long[nt][];
    short[][] outMetas = new short[nt][];
    for (int f = 0; f < nt; f++) {
      if (instants[f] != null) {
        long[] a = new long[kept];
        short[] m = new short[kept];
        for (int i = 0; i < kept; i++) {
          a[i] = instants[f].a[order[i]];
          m[i] = metas[f].a[order[i]];
        }
        outInstants[f] = a;
        outMetas[f] = m;
        instants[f] = null;
        metas[f] = null;
      }
    }
    int nn = NumberField.values().length;
    double[][] outNumbers = new double[nn][];
    for (int f = 0; f < nn; f++) {
      if (numbers[f] != null) {
        double[] a = new double[kept];
        for (int i = 0; i < kept; i++) {
          a[i] = numbers[f].a[order[i]];
        }
        outNumbers[f] = a;
        numbers[f] = null;
      }
    }
    int nk = TokenField.values().length;
    int[][] outTokens = new int[nk][];
    for (int f = 0; f < nk; f++) {
      int[] a = new int[kept];
      boolean any = false;
      for (int i = 0; i < kept; i++) {
        a[i] = tokens[f].a[order[i]];
        any |= a[i] >= 0;
      }
      outTokens[f] = any ? a : null;
      tokens[f] = null;
    }
    // components: rows -> component ranges -> component code ranges
    componentStart.add(componentUnit.size);
    componentCodeStart.add(componentCodes.size);
    int[] compOrderStart = new int[kept + 1];
    int compKept = 0;
    for (int i = 0; i < kept; i++) {
      compOrderStart[i] = compKept;
      compKept += componentStart.a[order[i] + 1] - componentStart.a[order[i]];
    }
    compOrderStart[kept] = compKept;
    int[] compOrder = new int[compKept];
    for (int i = 0, k = 0; i < kept; i++) {
      for (int c = componentStart.a[order[i]]; c < componentStart.a[order[i] + 1]; c++) {
        compOrder[k++] = c;
      }
    }
    int[][] compCodes = gather(compOrder, componentCodeStart.a, componentCodes.a);
    double[] compValue = new double[compKept];
    int[] compUnit = new int[compKept];
    for (int i = 0; i < compKept; i++) {
      compValue[i] = componentValue.a[compOrder[i]];
      compUnit[i] = componentUnit.a[compOrder[i]];
    }
    componentStart.size--;
    componentCodeStart.size--;
    return new FactTable(kind, patientStart, outIds, outCodeStart, outCodes, outInstants, outMetas, outNumbers,
        outTokens, outFlags, compOrderStart, compCodes[0], compCodes[1], compValue, compUnit);
  }

  /** Gathers the CSR ranges of the given rows, in order: returns {starts (rows+1), values}. */
  private static int[][] gather(int[] order, int[] starts, int[] values) {
    int[] outStart = new int[order.length + 1];
    int total = 0;
    for (int i = 0; i < order.length; i++) {
      outStart[i] = total;
      total += starts[order[i] + 1] - starts[order[i]];
    }
    outStart[order.length] = total;
    int[] out = new int[total];
    for (int i = 0; i < order.length; i++) {
      int from = starts[order[i]];
      System.arraycopy(values, from, out, outStart[i], starts[order[i] + 1] - from);
    }
    return new int[][] {outStart, out};
  }
}
