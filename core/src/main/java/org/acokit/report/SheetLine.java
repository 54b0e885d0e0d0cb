/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.report;

import java.util.List;

/**
 * One non-empty line of a report sheet: its 1-based line (CSV) or row (workbook) number and its
 * cell texts from column A on. Immutable.
 */
final class SheetLine {
  final int number;
  final List<String> cells;

  SheetLine(int number, List<String> cells) {
    this.number = number;
    this.cells = cells;
  }
}
