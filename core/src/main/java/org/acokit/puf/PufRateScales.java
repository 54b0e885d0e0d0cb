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
 * from the values themselves: in percent when any value of that year carries a {@code %} sign or
 * exceeds 1 in magnitude, in fractions otherwise. This tells apart the 2014 original
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
      for (int i = 0; i < puf.rows.size(); i++) {
        if (years.get(i) == null || years.get(i) != year) {
          continue;
        }
        if (isPercent(puf.rows.get(i).cell(index))) {
          return true;
        }
      }
      return false;
    });
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
