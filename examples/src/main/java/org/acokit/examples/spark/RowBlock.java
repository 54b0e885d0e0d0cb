/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.examples.spark;

import java.util.function.Consumer;

import org.acokit.io.Failure;
import org.acokit.io.FailureCode;
import org.acokit.population.BeneficiaryYearColumns;
import org.acokit.population.EnrollmentType;
import org.acokit.population.PopulationAccumulator;

/**
 * Rows gathered into acokit's columnar arrays, a block at a time, then added to an accumulator by
 * the library's own loop. Months that do not fit a byte (the column type of
 * {@link BeneficiaryYearColumns}) cannot be stored without changing them: such a row is reported
 * here, with its true value, and counted as bad. Mutable, one per task.
 */
final class RowBlock {

  private final byte[][] months;
  private final double[][] expenditures;
  private final double[] risk;
  /** The 1-based row number of each row of the block, counted from the start of the task. */
  private final long[] rowNumbers;
  private final BeneficiaryYearColumns columns;
  private int size;
  /** Rows seen since the start (for 1-based row numbers in failures). */
  private long seen;
  /** Rows left out here, before the library saw them. */
  private long badRows;

  RowBlock(int capacity) {
    months = new byte[4][capacity];
    expenditures = new double[4][capacity];
    risk = new double[capacity];
    rowNumbers = new long[capacity];
    columns = BeneficiaryYearColumns.of(months, expenditures, risk, null);
  }

  boolean isFull() {
    return size == risk.length;
  }

  boolean isEmpty() {
    return size == 0;
  }

  long badRows() {
    return badRows;
  }

  /** Adds a row to the block (the caller flushes a full block first). */
  void add(BeneficiaryYearRow row, String source, Consumer<Failure> failures) {
    seen++;
    int a = row.getMonthsEsrd();
    int b = row.getMonthsDisabled();
    int c = row.getMonthsAgedDual();
    int d = row.getMonthsAgedNonDual();
    if ((a | b | c | d) >>> 7 != 0) {
      // Negative or above 127: any such value is invalid (0-12), and a byte would change it.
      int[] m = {a, b, c, d};
      for (EnrollmentType t : EnrollmentType.values()) {
        int v = m[t.ordinal()];
        if (v < 0 || v > 12) {
          badRows++;
          failures.accept(Failure.ofRow(FailureCode.INVALID_VALUE, source, (int) Math.min(seen, Integer.MAX_VALUE),
              "months[" + t.name() + "]", Integer.toString(v),
              "months " + t.label() + " must be between 0 and 12, but was " + v));
          return;
        }
      }
    }
    int i = size++;
    months[0][i] = (byte) a;
    months[1][i] = (byte) b;
    months[2][i] = (byte) c;
    months[3][i] = (byte) d;
    expenditures[0][i] = row.getExpenditureEsrd();
    expenditures[1][i] = row.getExpenditureDisabled();
    expenditures[2][i] = row.getExpenditureAgedDual();
    expenditures[3][i] = row.getExpenditureAgedNonDual();
    risk[i] = row.getRiskScore();
    rowNumbers[i] = seen;
  }

  /**
   * Adds the gathered rows to the accumulator and empties the block; failures carry the row
   * numbers counted from the start of the task (1-based).
   */
  void flushInto(PopulationAccumulator accumulator, String source, Consumer<Failure> failures) {
    if (size == 0) {
      return;
    }
    // The library numbers rows within the block; renumber them as rows of the task.
    accumulator.add(columns, 0, size, source, f -> failures.accept(f.row().isPresent()
        ? f.withRow((int) Math.min(rowNumbers[f.row().getAsInt() - 1], Integer.MAX_VALUE)) : f));
    size = 0;
  }
}
