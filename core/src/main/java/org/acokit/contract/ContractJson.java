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
 * A complete contract, every field of {@link ContractTerms} (the README shows the same text, and a
 * test reads it and validates it; only {@code name} and {@code savingsBands} are required, every
 * other field has a default):
 * <pre>{@code
 * {
 *   "name" : "Example Health Plan two-sided shared savings 2026",
 *   "source" : "Example contract, schedule B, sections 2-9",
 *   "benchmarkDiscount" : 0.01,
 *   "minimumSavingsRate" : 0.02,
 *   "minimumLossRate" : 0.02,
 *   "minimumRateScale" : {
 *     "name" : "size scale of the contract's appendix 1",
 *     "rows" : [
 *       { "lowSize" : 5000, "highSize" : 9999, "lowRate" : 0.03, "highRate" : 0.025 },
 *       { "lowSize" : 10000, "highSize" : 49999, "lowRate" : 0.025, "highRate" : 0.02 }
 *     ],
 *     "rateAboveLargestSize" : 0.02,
 *     "replacesFixedRateBelow" : 50000
 *   },
 *   "belowMinimumSharingFactor" : 0.5,
 *   "recalculatedBenchmarkGuardrail" : false,
 *   "partialYear" : "FORFEIT_SAVINGS_PRORATE_LOSSES",
 *   "shareBasis" : "FIRST_DOLLAR",
 *   "savingsBands" : [
 *     { "lower" : 0.0, "upper" : 0.05, "rate" : 0.6 },
 *     { "lower" : 0.05, "rate" : 0.4 }
 *   ],
 *   "lossBands" : [
 *     { "lower" : 0.0, "rate" : 0.5 }
 *   ],
 *   "quality" : {
 *     "gateRequired" : true,
 *     "minimumScore" : 0.3,
 *     "savings" : "SLIDING_SCALE",
 *     "slidingScale" : [
 *       { "minimumScore" : 0.3, "factor" : 0.5 },
 *       { "minimumScore" : 0.6, "factor" : 0.8 },
 *       { "minimumScore" : 0.8, "factor" : 1.0 }
 *     ],
 *     "losses" : "COMPLEMENT_OF_SHARING_RATE",
 *     "complementSharingRate" : 0.75,
 *     "lossRateFloor" : 0.4,
 *     "lossRateCeiling" : 0.75,
 *     "maximumLossMitigation" : 0.25,
 *     "withholdRate" : 0.02,
 *     "withholdEarnBack" : "SCORE"
 *   },
 *   "savingsCap" : { "benchmarkRate" : 0.1, "revenueRate" : 0.2, "combination" : "LESSER" },
 *   "lossCap" : { "benchmarkRate" : 0.04, "revenueRate" : 0.08, "combination" : "LESSER" },
 *   "stopLoss" : { "attachmentPoint" : 250000.0, "excessShareRemoved" : 1.0 },
 *   "sequestrationRate" : 0.02,
 *   "sequestrationOrder" : "BEFORE_CAP"
 * }
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
