/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.hospital;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * A CSV file as text cells with its header: the package's reader of CMS's comma-separated files
 * (LF or CRLF line endings, quoted cells). Package-private.
 */
final class CsvTable {

  private static final ObjectReader CSV = new CsvMapper()
      .enable(CsvParser.Feature.WRAP_AS_ARRAY)
      .readerFor(String[].class)
      .with(CsvSchema.emptySchema());

  final String fileName;
  final List<String> header;
  final List<String[]> rows;

  private CsvTable(String fileName, List<String> header, List<String[]> rows) {
    this.fileName = fileName;
    this.header = header;
    this.rows = rows;
  }

  /** Reads a whole file; throws naming the file when it is missing or not CSV. */
  static CsvTable read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("file " + file + " does not exist or is not a regular file");
    }
    List<String> header = null;
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        MappingIterator<String[]> records = CSV.readValues(reader)) {
      while (records.hasNextValue()) {
        String[] record = records.nextValue();
        if (header == null) {
          header = new ArrayList<>();
          for (String c : record) {
            header.add(c == null ? "" : c.replace("\uFEFF", "").trim());
          }
          continue;
        }
        if (record.length == 1 && (record[0] == null || record[0].isBlank())) {
          continue;
        }
        rows.add(record);
      }
    } catch (JacksonException e) {
      throw new IllegalArgumentException("file " + file + " is not readable CSV after data row " + rows.size()
          + ": " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    if (header == null) {
      throw new IllegalArgumentException("file " + file + " is empty: it has no header");
    }
    return new CsvTable(file.getFileName().toString(), header, rows);
  }

  /** The position of a column, or throws naming the file, the column and the header. */
  int column(String name) {
    int i = header.indexOf(name);
    if (i < 0) {
      throw new IllegalArgumentException("file " + fileName + " has no column '" + name + "'; its header is "
          + header);
    }
    return i;
  }

  /** A trimmed cell, the empty string when the row is shorter. */
  static String cell(String[] row, int index) {
    return index < row.length && row[index] != null ? row[index].trim() : "";
  }
}
