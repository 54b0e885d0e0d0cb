/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.explain;

/**
 * Letters explanation rows the way CMS letters its report rows: A to Z, then AA, AB, and so on.
 * Example: index 0 is {@code A}, 25 is {@code Z}, 26 is {@code AA}, 28 is {@code AC}.
 */
public final class RowLetters {

  private RowLetters() {
  }

  /**
   * The row letters of a zero-based index.
   *
   * @param index the row's position, 0 for the first
   * @return the letters
   * @throws IllegalArgumentException if the index is negative
   */
  public static String of(int index) {
    if (index < 0) {
      throw new IllegalArgumentException("row index must be 0 or more, but was " + index);
    }
    StringBuilder s = new StringBuilder();
    int k = index;
    do {
      s.insert(0, (char) ('A' + k % 26));
      k = k / 26 - 1;
    } while (k >= 0);
    return s.toString();
  }
}
