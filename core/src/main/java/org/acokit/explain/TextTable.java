/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.explain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The one way acokit's results print themselves as text tables (their {@code toString()}, for
 * JShell and logs): a title, a header row, a rule and one line per row; a column that holds a
 * number (optionally signed, with thousands separators, a {@code $} or a {@code %}) is
 * right-aligned, like a report's value column, every other column left-aligned.
 * <p>
 * Format numbers with {@link Formats} before adding them ({@link Formats#dollars(double)},
 * {@link Formats#percent(double, int)}, {@link Formats#value(ValueKind, double)}): none of them
 * prints a negative zero. Example:
 * <pre>{@code
 * TextTable.of("Settlement", "Step", "Value").row("Payment ($)", Formats.dollars(5_071_500)).render()
 * }</pre>
 * A table is a mutable builder for one rendering; it is not thread-safe.
 */
public final class TextTable {

  private static final Pattern NUMBER = Pattern.compile("[-+]?\\$?[0-9][0-9,]*(\\.[0-9]+)?%?");

  private final String title;
  private final List<String> headers;
  private final List<List<String>> rows = new ArrayList<>();

  private TextTable(String title, List<String> headers) {
    this.title = title;
    this.headers = headers;
  }

  /**
   * Starts a table.
   *
   * @param title the title line, or the empty string for none
   * @param headers the column headers, at least one
   * @return the table, without rows
   * @throws IllegalArgumentException if no header is given
   */
  public static TextTable of(String title, String... headers) {
    if (headers.length == 0) {
      throw new IllegalArgumentException("a text table needs at least one column header, but none was given");
    }
    return new TextTable(title, List.of(headers));
  }

  /**
   * Adds a row; {@code null} cells print as an en dash (not applicable).
   *
   * @param cells the cells, one per column
   * @return this table
   * @throws IllegalArgumentException if the number of cells differs from the number of headers
   */
  public TextTable row(Object... cells) {
    if (cells.length != headers.size()) {
      throw new IllegalArgumentException("a row of this table needs " + headers.size() + " cells (" + headers
          + "), but had " + cells.length + ": " + Arrays.toString(cells));
    }
    List<String> row = new ArrayList<>(cells.length);
    for (Object c : cells) {
      row.add(c == null ? "\u2013" : c.toString());
    }
    rows.add(row);
    return this;
  }

  /**
   * Renders the table.
   *
   * @return the text, each line ending with a newline
   */
  public String render() {
    int n = headers.size();
    int[] width = new int[n];
    boolean[] right = new boolean[n];
    for (int i = 0; i < n; i++) {
      width[i] = headers.get(i).length();
      for (List<String> r : rows) {
        width[i] = Math.max(width[i], r.get(i).length());
        right[i] |= NUMBER.matcher(r.get(i)).matches();
      }
    }
    StringBuilder out = new StringBuilder();
    if (!title.isEmpty()) {
      out.append(title).append('\n');
    }
    String header = line(headers, width, right);
    int total = 2 * (n - 1);
    for (int w : width) {
      total += w;
    }
    out.append(header).append('\n').append("-".repeat(total)).append('\n');
    for (List<String> r : rows) {
      out.append(line(r, width, right)).append('\n');
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return render();
  }

  private static String line(List<String> cells, int[] width, boolean[] right) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      String c = cells.get(i);
      String fill = " ".repeat(width[i] - c.length());
      if (i > 0) {
        b.append("  ");
      }
      b.append(right[i] ? fill + c : c + (i == cells.size() - 1 ? "" : fill));
    }
    return b.toString();
  }
}
