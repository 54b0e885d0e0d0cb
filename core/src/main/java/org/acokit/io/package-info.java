/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
/**
 * Input and output: the project's JSON mapper, the one failure type of the library and the
 * batch result types.
 * <p>
 * Entry points: {@link org.acokit.io.AcoJson#mapper()}; {@link org.acokit.io.Failure} with its
 * closed {@link org.acokit.io.FailureCode} set, the one shape of every failure (a row of a batch
 * input, a value, a contract term: code, source, row, path, value, message);
 * {@link org.acokit.io.ValueWithFailures} (the good rows of a batch and its row-level failures);
 * {@link org.acokit.io.Result} (one value or its failure) and
 * {@link org.acokit.io.FailureException} (an {@link java.lang.IllegalArgumentException} carrying
 * its failure, for single-value APIs that throw).
 * <p>
 * Reading files: {@link org.acokit.io.AcoJson#read(com.fasterxml.jackson.databind.ObjectMapper,
 * Class, java.nio.file.Path, String)} reads a JSON document and names every problem as a
 * failure (file, JSON path, value, what was expected); {@link org.acokit.io.CsvRecords} splits a
 * CSV file into records so that one bad record (a byte that is not UTF-8, an unclosed quote, text
 * that is not CSV) never loses the others; {@link org.acokit.io.TextFiles} reads UTF-8 text
 * strictly.
 */
package org.acokit.io;
