/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.hospital;

import java.nio.file.Path;
import java.util.List;
import org.acokit.io.Failure;
import org.acokit.io.FailureCode;
import org.acokit.io.FailureException;
import org.acokit.io.CsvRows;

/**
 * A CSV file as text cells with its header: the package's reader of CMS's comma-separated files
 * (LF or CRLF line endings, quoted cells). Package-private.
 */
final class CsvTable {

  final String fileName;
  final List<String> header;
  final List<CsvRows.Row> rows;
  final List<Failure> failures;

  private CsvTable(String fileName, CsvRows csv) {
    this.fileName = fileName;
    this.header = csv.header();
    this.rows = csv.rows();
    this.failures = csv.failures();
  }

  /**
   * Reads a whole file: rows that cannot be read (an unclosed quote, a byte that is not UTF-8,
   * more cells than the header) are row-level {@link #failures}, the others are kept.
   *
   * @throws FailureException if the file is missing or has no header
   */
  static CsvTable read(Path file) {
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    return new CsvTable(name, CsvRows.read(file, name));
  }

  /** The position of a column, or a FailureException (UNKNOWN_LAYOUT) naming the file, the column and the header. */
  int column(String name) {
    int i = header.indexOf(name);
    if (i < 0) {
      throw new FailureException(Failure.of(FailureCode.UNKNOWN_LAYOUT, name, null, "file " + fileName
          + " has no column '" + name + "'; its header is " + header));
    }
    return i;
  }

  /** A trimmed cell, the empty string when the row is shorter. */
  static String cell(CsvRows.Row row, int index) {
    return row.cell(index);
  }
}
