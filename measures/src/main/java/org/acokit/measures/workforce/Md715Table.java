/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.workforce;

import java.util.Optional;

import com.google.common.collect.ImmutableList;

/**
 * A table in the shape of the EEOC MD-715 workforce data tables ("A" tables): one column per
 * group, rows of counts with their row total, and each group's ratio across the row, which is
 * what MD-715 analyses ("all ratios are computed across the row": EEOC, Instructions to Federal
 * Agencies for EEO MD-715, Section IV). Tables built by {@link WorkforceAnalysis}: A1 (total
 * workforce at the interval's start and end, net change), A3 (job families), A4 (levels), A7
 * (applicants and hires by pipeline stage), A9 (promotions by level) and A14 (separations by
 * type). Cells are suppressed by the equity package's
 * {@link org.acokit.measures.equity.CellSuppression} (a suppressed cell's count and ratio are
 * empty; when no complement is left the total is marked suppressed too). Immutable and thread-safe.
 *
 * @param name the MD-715 table it mirrors, such as {@code A1}
 * @param title what it shows
 * @param groups the column groups
 * @param rows the rows
 */
public record Md715Table(String name, String title, ImmutableList<String> groups, ImmutableList<Row> rows) {

  /**
   * One row: a label, a count per group, the total and the ratios across the row.
   *
   * @param label the row label
   * @param counts a count per group, empty when suppressed (net-change rows may be negative)
   * @param total the row total
   * @param totalSuppressed whether the total must not be published either (no cell was left to
   *     suppress as a complement)
   */
  public record Row(String label, ImmutableList<Optional<Long>> counts, long total, boolean totalSuppressed) {

    /**
     * The ratio of a group's count to the row total.
     *
     * @param index the group's column
     * @return the ratio, empty when suppressed or the total is 0
     */
    public Optional<Double> ratio(int index) {
      return counts.get(index).filter(c -> total != 0 && !totalSuppressed).map(c -> (double) c / total);
    }
  }

  /**
   * Renders the table as text: counts, then ratios in percent with one decimal; {@code *} marks
   * a suppressed cell.
   *
   * @return the text
   */
  public String render() {
    StringBuilder s = new StringBuilder();
    s.append("Table ").append(name).append(": ").append(title).append('\n');
    s.append(String.format("%-34s", ""));
    for (String g : groups) {
      s.append(String.format("%16s", g.length() > 15 ? g.substring(0, 15) : g));
    }
    s.append(String.format("%10s%n", "total"));
    for (Row r : rows) {
      s.append(String.format("%-34s", r.label()));
      for (int i = 0; i < groups.size(); i++) {
        Optional<Long> c = r.counts().get(i);
        Optional<Double> ratio = r.ratio(i);
        s.append(String.format("%16s", c.isEmpty() ? "*" : c.get() + ratio.map(x -> String.format(" (%.1f%%)", 100 * x)).orElse("")));
      }
      s.append(String.format("%10s%n", r.totalSuppressed() ? "*" : Long.toString(r.total())));
    }
    return s.toString();
  }
}
