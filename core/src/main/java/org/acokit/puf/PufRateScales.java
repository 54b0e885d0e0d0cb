/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.puf;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whether each rate column of a file is in percent, decided once per column and performance year
 * from the values themselves: in percent when at least half of the column's non-zero values of
 * that year carry a {@code %} sign or exceed 1 in magnitude, in fractions otherwise. One odd row
 * cannot rescale the others: a value of 50 among fractions stays 50, which is then a
 * {@code RATE_OUT_OF_RANGE} failure of its row (never clamped). In the published files every
 * percent column has such values in 74% to 100% of its non-zero rows, every fraction column in
 * none. This tells apart the 2014 original
 * ({@code Sav_rate} and {@code MinSavPerc} in percent, {@code QualScore} as a fraction), the 2015
 * data.cms.gov file, 2021's bare percent {@code QualScore} next to {@code %} strings, 2022-2023's
 * {@code %} strings and 2024's bare percent numbers.
 */
final class PufRateScales {
  private final PufFile puf;
  private final List<Integer> years;
  private final Map<String, Boolean> percent = new HashMap<>();

  /**
   * @param puf the file
   * @param years the performance year of each row of the file, null where unknown
   */
  PufRateScales(PufFile puf, List<Integer> years) {
    this.puf = puf;
    this.years = years;
  }

  /** Whether the column holds percents in the rows of the year; false for an absent column. */
  boolean percent(Optional<PufFile.Column> column, int year) {
    if (column.isEmpty()) {
      return false;
    }
    int index = column.get().index;
    return percent.computeIfAbsent(index + ":" + year, key -> {
      int nonZero = 0;
      int evidence = 0;
      for (int i = 0; i < puf.rows.size(); i++) {
        if (years.get(i) == null || years.get(i) != year) {
          continue;
        }
        String raw = puf.rows.get(i).cell(index);
        if (isPercent(raw)) {
          evidence++;
          nonZero++;
        } else if (isNonZeroRate(raw)) {
          nonZero++;
        }
      }
      return evidence > 0 && 2 * evidence >= nonZero;
    });
  }

  private static boolean isNonZeroRate(String raw) {
    if (PufCells.isMissing(raw)) {
      return false;
    }
    try {
      return PufCells.rate(raw, false) != 0.0;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  static boolean isPercent(String raw) {
    if (PufCells.isMissing(raw)) {
      return false;
    }
    if (raw.trim().endsWith("%")) {
      return true;
    }
    try {
      return Math.abs(PufCells.rate(raw, false)) > 1.0;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
