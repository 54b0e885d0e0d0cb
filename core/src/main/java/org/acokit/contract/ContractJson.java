/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.acokit.io.AcoJson;

/**
 * Reads and writes contract terms (and performance inputs) as JSON through the project's strict
 * mapper ({@link AcoJson}): an unknown property, a missing required field or a value of the wrong
 * type is an error whose message names the JSON path of the field, such as
 * {@code $.savingsBands[1].rate}.
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
   * @throws IllegalArgumentException if the JSON is malformed or a value invalid, naming the JSON
   *     path of the field
   */
  public static PerformanceInputs readInputs(String json) {
    try {
      return MAPPER.readValue(json, PerformanceInputs.class);
    } catch (JsonMappingException e) {
      throw new IllegalArgumentException("performance inputs JSON is invalid at " + path(e) + ": "
          + e.getOriginalMessage(), e);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("performance inputs JSON is not well-formed: " + e.getOriginalMessage(), e);
    }
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
   * @throws IllegalArgumentException if the JSON is malformed, naming the JSON path of the bad
   *     field (or the line and column of a syntax error)
   */
  public static ContractTerms read(String json) {
    try {
      return MAPPER.readValue(json, ContractTerms.class);
    } catch (JsonMappingException e) {
      throw new IllegalArgumentException("contract terms JSON is invalid at " + path(e) + ": "
          + e.getOriginalMessage(), e);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new IllegalArgumentException("contract terms JSON is not well-formed"
          + (at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr()) + ": "
          + e.getOriginalMessage(), e);
    }
  }

  /**
   * Reads contract terms from a JSON file (UTF-8).
   *
   * @param file the file
   * @return the terms
   * @throws IllegalArgumentException if the JSON is malformed, naming the file and the JSON path
   * @throws UncheckedIOException if the file cannot be read
   */
  public static ContractTerms read(Path file) {
    String text;
    try {
      text = Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read contract terms from " + file, e);
    }
    try {
      return read(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(file + ": " + e.getMessage(), e.getCause());
    }
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

  /**
   * The JSON path of a mapping error, such as {@code $.savingsBands[1].rate}.
   *
   * @param e the error
   * @return the path
   */
  static String path(JsonMappingException e) {
    StringBuilder path = new StringBuilder("$");
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        path.append('.').append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.toString();
  }
}
