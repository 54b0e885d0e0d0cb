/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.contract;

import java.io.UncheckedIOException;
import java.nio.file.Path;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.acokit.io.AcoJson;
import org.acokit.io.FailureException;

/**
 * Reads and writes contract terms (and performance inputs) as JSON through the project's strict
 * mapper ({@link AcoJson}): an empty document, {@code null}, a key given twice, an unknown
 * property, a missing required field, a number beyond a double's range or a value of the wrong
 * type is a {@link FailureException} whose failure names the JSON path of the field, such as
 * {@code $.savingsBands[1].rate}, the value and what was expected (and the file, when read from
 * one).
 * <p>
 * Reading checks the form only; {@link ContractValidator#validate(ContractTerms)} checks the
 * meaning. Writing then reading gives equal terms (every double is written exactly). Example:
 * <pre>{@code
 * ContractTerms terms = ContractJson.read(Path.of("acme-2025.json"));
 * String json = ContractJson.write(terms);
 * }</pre>
 * Thread-safe.
 */
public final class ContractJson {

  private static final ObjectMapper MAPPER = AcoJson.mapper().copy().enable(SerializationFeature.INDENT_OUTPUT);

  private ContractJson() {
  }

  /**
   * Reads performance inputs (a test fixture, a year's figures) from JSON text.
   *
   * @param json the JSON text, such as {@code {"benchmark": 1000000, "expenditure": 950000}}
   * @return the inputs
   * @throws FailureException if the JSON is empty, {@code null}, malformed, repeats a key or has
   *     an invalid value, naming the JSON path of the field, the value and what was expected
   */
  public static PerformanceInputs readInputs(String json) {
    return AcoJson.read(MAPPER, PerformanceInputs.class, json, "performance inputs", null);
  }

  /**
   * Writes performance inputs as indented JSON.
   *
   * @param inputs the inputs
   * @return the JSON text
   */
  public static String writeInputs(PerformanceInputs inputs) {
    try {
      return MAPPER.writeValueAsString(inputs);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("performance inputs could not be written as JSON: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * Reads contract terms from JSON text.
   *
   * @param json the JSON text
   * @return the terms
   * @throws FailureException if the JSON is empty, {@code null}, malformed, repeats a key or has
   *     an invalid value, naming the JSON path of the bad field (and the line and column)
   */
  public static ContractTerms read(String json) {
    return AcoJson.read(MAPPER, ContractTerms.class, json, "contract terms", null);
  }

  /**
   * Reads contract terms from a JSON file (UTF-8).
   *
   * @param file the file
   * @return the terms
   * @throws FailureException if the file does not exist, is not UTF-8 or its JSON is not valid
   *     terms, naming the file as the failure's source and the JSON path
   * @throws UncheckedIOException if the file exists but cannot be read
   */
  public static ContractTerms read(Path file) {
    return AcoJson.read(MAPPER, ContractTerms.class, file, "contract terms");
  }

  /**
   * Writes contract terms as indented JSON.
   *
   * @param terms the terms
   * @return the JSON text
   */
  public static String write(ContractTerms terms) {
    try {
      return MAPPER.writeValueAsString(terms);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("contract terms could not be written as JSON: " + e.getOriginalMessage(), e);
    }
  }
}
