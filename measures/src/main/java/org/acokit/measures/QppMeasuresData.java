/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.acokit.quality.CollectionType;
import org.acokit.io.Failure;
import org.acokit.io.FailureCode;
import org.acokit.io.FailureException;
import org.acokit.io.ValueWithFailures;
import org.acokit.quality.DecileBenchmark;
import org.acokit.quality.Direction;
import org.acokit.quality.RateUnit;

/**
 * Reads CMS's qpp-measures-data files (github.com/CMSgov/qpp-measures-data): measure metadata
 * ({@code measures-data.json}) and benchmarks ({@code benchmarks/<year>.json} and the staging
 * Web Interface and CAHPS benchmark files), so users can load newer CMS files themselves.
 * <p>
 * Benchmark records carry either {@code deciles} (PY2017-2022: the inclusive bounds of deciles
 * 2-10, worst to best) or {@code percentiles} (PY2023 on: keys 1, 10, ..., 90, 99; p10-p90 are
 * the decile 2-10 bounds, read from p90 down to p10 for inverse measures, and p1 or p99 starts
 * decile 1). The direction is the record's {@code isInverse}, else the measure's, else the order
 * of the deciles. Units: {@code administrativeClaims} benchmarks whose bounds are all at most 1
 * are fractions (479), other administrative claims benchmarks are rates per 100 (484, MCC1),
 * everything else is percent. Thread-safe.
 */
public final class QppMeasuresData {

  private static final ObjectMapper JSON = new ObjectMapper();

  private QppMeasuresData() {
  }

  /**
   * Reads a {@code measures-data.json} file.
   *
   * @param file the file
   * @return the measures by id, in file order
   * @throws IllegalArgumentException if a record lacks {@code measureId} or {@code title}
   * @throws UncheckedIOException if the file cannot be read
   */
  public static Map<String, MeasureDefinition> readMeasures(Path file) {
    JsonNode root = readTree(file);
    Map<String, MeasureDefinition> out = new LinkedHashMap<>();
    int i = 0;
    for (JsonNode m : root) {
      String where = file + " record " + i++;
      String id = text(m, "measureId", where);
      String type = m.path("measureType").asText("");
      String domain = m.hasNonNull("nationalQualityStrategyDomain") ? m.get("nationalQualityStrategyDomain").asText()
          : m.hasNonNull("meaningfulMeasureArea") ? m.get("meaningfulMeasureArea").asText() : type;
      List<CollectionType> methods = new ArrayList<>();
      for (String method : strings(m.path("submissionMethods"))) {
        methods.add(collectionType(method, where + " (measure " + id + ")"));
      }
      out.put(id, MeasureDefinition.builder().measureId(id).title(text(m, "title", where)).domain(domain)
          .measureType(type.isEmpty() ? Optional.empty() : Optional.of(type))
          .category(m.hasNonNull("category") ? Optional.of(m.get("category").asText()) : Optional.empty())
          .direction(m.path("isInverse").asBoolean(false) ? Direction.LOWER_IS_BETTER : Direction.HIGHER_IS_BETTER)
          .unit(methods.equals(List.of(CollectionType.ADMINISTRATIVE_CLAIMS)) ? RateUnit.RATE : RateUnit.PERCENT)
          .collectionTypes(methods).programs(strings(m.path("allowedPrograms"))).build());
    }
    return out;
  }

  /**
   * Reads a benchmarks file (an array of benchmark records), every record.
   *
   * @param file the file
   * @param measures the year's measures, for the direction of records without {@code isInverse}
   * @param tenValues how to read a ten-value {@code deciles} array
   * @return the benchmarks read, in file order, and a row-level failure for every malformed
   *     record, its row the record's 1-based position in the array and its path a JSON path such
   *     as {@code [3].deciles} (0-based index, as the message's "record 3"):
   *     {@link FailureCode#MISSING_VALUE} (no {@code measureId}, {@code submissionMethod},
   *     {@code performanceYear}, or neither {@code deciles} nor {@code percentiles}),
   *     {@link FailureCode#UNPARSEABLE} (a decile or percentile that is not a number),
   *     {@link FailureCode#INVALID_VALUE} (an unknown submission method, a wrong number of deciles,
   *     non-monotone bounds) or {@link FailureCode#MISSING_INPUT} (a direction that cannot be told:
   *     no {@code isInverse} and no measure definition); each message names the record, the
   *     measure and what is wrong
   * @throws IllegalArgumentException if the file does not exist or is not a JSON array
   * @throws UncheckedIOException if the file cannot be read
   */
  public static ValueWithFailures<DecileBenchmark> readBenchmarks(Path file, Map<String, MeasureDefinition> measures,
      TenValueDeciles tenValues) {
    return readBenchmarks(file, measures, tenValues, id -> true);
  }

  /**
   * Reads the records of a benchmarks file whose measure id passes a filter.
   *
   * @param file the file
   * @param measures the year's measures, for the direction of records without {@code isInverse}
   * @param tenValues how to read a ten-value {@code deciles} array
   * @param measureIds which measure ids to read
   * @return the benchmarks read and a failure for every malformed record read (as
   *     {@link #readBenchmarks(Path, Map, TenValueDeciles)})
   * @throws IllegalArgumentException if the file does not exist or is not a JSON array
   * @throws UncheckedIOException if the file cannot be read
   */
  public static ValueWithFailures<DecileBenchmark> readBenchmarks(Path file, Map<String, MeasureDefinition> measures,
      TenValueDeciles tenValues, Predicate<String> measureIds) {
    JsonNode root = readTree(file);
    ValueWithFailures.Builder<DecileBenchmark> out = ValueWithFailures.builder();
    int i = 0;
    for (JsonNode r : root) {
      int row = i++;
      if (!measureIds.test(r.path("measureId").asText(""))) {
        continue;
      }
      try {
        out.addValues(benchmark(r, file + " record " + row, measures, tenValues));
      } catch (FailureException e) {
        Failure f = e.failure();
        out.addFailures(Failure.ofRow(f.code(), file.toString(), row + 1, "[" + row + "]." + f.path(),
            f.value().orElse(null), f.message()));
      }
    }
    return out.build();
  }

  /**
   * One benchmark record.
   *
   * @throws FailureException if the record is malformed, with the field (relative to the record)
   *     as path
   */
  static DecileBenchmark benchmark(JsonNode r, String where, Map<String, MeasureDefinition> measures,
      TenValueDeciles tenValues) {
    String id = text(r, "measureId", where);
    CollectionType method = collectionType(text(r, "submissionMethod", where), where + " (measure " + id + ")");
    if (!r.hasNonNull("performanceYear")) {
      throw failure(FailureCode.MISSING_VALUE, "performanceYear", null, where + " (measure " + id
          + "): performanceYear is missing");
    }
    where = where + " (measure " + id + ", " + method + ")";
    DecileBenchmark.Builder b = DecileBenchmark.builder().measureId(id).collectionType(method)
        .performanceYear(r.get("performanceYear").asInt())
        .toppedOut(r.path("isToppedOutByProgram").asBoolean(false));
    if (r.hasNonNull("benchmarkYear")) {
      b.benchmarkYear(r.get("benchmarkYear").asInt());
    }
    List<Double> bounds;
    Double start = null;
    Boolean inverse = r.has("isInverse") && !r.get("isInverse").isNull() ? r.get("isInverse").asBoolean() : null;
    if (inverse == null && measures.containsKey(id)) {
      inverse = measures.get(id).direction() == Direction.LOWER_IS_BETTER;
    }
    if (r.has("deciles")) {
      bounds = doubles(r.get("deciles"), where);
      if (bounds.size() == 10) {
        switch (tenValues) {
          case DROP_FIRST:
            bounds = bounds.subList(1, 10);
            break;
          case DROP_LAST:
            bounds = bounds.subList(0, 9);
            break;
          default:
            throw failure(FailureCode.INVALID_VALUE, "deciles", bounds.toString(), where
                + ": deciles must hold 9 values (deciles 2-10), but held 10: " + bounds
                + "; choose how to read them with TenValueDeciles");
        }
      }
      if (bounds.size() != 9) {
        throw failure(FailureCode.INVALID_VALUE, "deciles", bounds.toString(), where
            + ": deciles must hold 9 values (deciles 2-10), but held " + bounds.size() + ": " + bounds);
      }
      if (inverse == null) {
        inverse = bounds.get(0) > bounds.get(8);
      }
    } else if (r.has("percentiles")) {
      if (inverse == null) {
        throw failure(FailureCode.MISSING_INPUT, "isInverse", null,
            where + ": cannot tell the direction: no isInverse and no measure definition");
      }
      JsonNode p = r.get("percentiles");
      bounds = new ArrayList<>();
      for (int k = 10; k <= 90; k += 10) {
        JsonNode v = p.get(String.valueOf(k));
        if (v == null || !v.isNumber()) {
          throw failure(v == null ? FailureCode.MISSING_VALUE : FailureCode.UNPARSEABLE, "percentiles." + k,
              v == null ? null : v.toString(), where + ": percentile " + k + " must be a number, but was " + v);
        }
        bounds.add(v.asDouble());
      }
      if (inverse) {
        java.util.Collections.reverse(bounds);
      }
      JsonNode s = p.get(inverse ? "99" : "1");
      if (s != null && s.isNumber()) {
        start = s.asDouble();
      }
    } else {
      throw failure(FailureCode.MISSING_VALUE, "deciles", null,
          where + ": a benchmark needs 'deciles' or 'percentiles', but has neither");
    }
    Direction direction = inverse ? Direction.LOWER_IS_BETTER : Direction.HIGHER_IS_BETTER;
    RateUnit unit = RateUnit.PERCENT;
    if (method == CollectionType.ADMINISTRATIVE_CLAIMS) {
      unit = bounds.stream().allMatch(v -> v <= 1) ? RateUnit.FRACTION : RateUnit.RATE;
    }
    b.direction(direction).unit(unit).decileBounds(bounds);
    if (start != null) {
      b.decileOneStart(start);
    }
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      // The benchmark's own checks (monotone bounds, a start outside the first decile).
      throw failure(FailureCode.INVALID_VALUE, r.has("deciles") ? "deciles" : "percentiles", bounds.toString(),
          where + ": " + e.getMessage());
    }
  }

  private static FailureException failure(FailureCode code, String path, String value, String message) {
    return new FailureException(Failure.of(code, path, value, message));
  }

  /** A qpp-measures-data submission method as a collection type, naming the record if it is unknown. */
  private static CollectionType collectionType(String method, String where) {
    try {
      return CollectionType.of(method);
    } catch (IllegalArgumentException e) {
      throw failure(FailureCode.INVALID_VALUE, "submissionMethod", method, where + ": submission method: "
          + e.getMessage());
    }
  }

  private static JsonNode readTree(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("qpp-measures-data file " + file + " does not exist");
    }
    try (InputStream in = Files.newInputStream(file)) {
      JsonNode root = JSON.readTree(in);
      if (!root.isArray()) {
        throw new IllegalArgumentException("qpp-measures-data file " + file + " must hold a JSON array, but holds a "
            + root.getNodeType());
      }
      return root;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static String text(JsonNode n, String field, String where) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull() || v.asText().isBlank()) {
      throw failure(FailureCode.MISSING_VALUE, field, null, where + ": " + field + " is missing");
    }
    return v.asText();
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static List<Double> doubles(JsonNode array, String where) {
    List<Double> out = new ArrayList<>();
    for (JsonNode n : array) {
      if (!n.isNumber()) {
        throw failure(FailureCode.UNPARSEABLE, "deciles", n.toString(),
            where + ": every decile must be a number, but one was " + n);
      }
      out.add(n.asDouble());
    }
    return out;
  }
}
