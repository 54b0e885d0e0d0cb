/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import org.acokit.quality.CollectionType;
import org.acokit.io.Failure;
import org.acokit.io.FailureCode;
import org.acokit.io.FailureException;
import org.acokit.io.ValueWithFailures;
import org.acokit.io.AcoJson;
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
 * everything else is percent.
 * <p>
 * Reading is strict: a file that is not JSON, repeats a key in an object, is empty or is just
 * {@code null} is a {@link FailureException} naming the file and JSON path; a record that is
 * malformed, or whose measure (and, for benchmarks, submission method and year) repeats an
 * earlier record's, is a row-level {@link Failure} and the other records are kept. A repeated
 * record is never kept twice or silently replaced: both records fail, each naming the other.
 * Thread-safe.
 */
public final class QppMeasuresData {

  private QppMeasuresData() {
  }

  /**
   * Reads a {@code measures-data.json} file.
   *
   * @param file the file
   * @return the measures read, in file order, and a row-level failure for every malformed
   *     record, its row the record's 1-based position in the array and its path a JSON path such
   *     as {@code [3].title}: {@link FailureCode#MISSING_VALUE} (no {@code measureId} or
   *     {@code title}), {@link FailureCode#INVALID_VALUE} (a record that is not an object, an
   *     unknown submission method) or {@link FailureCode#DUPLICATE} (a measure id of two records:
   *     both fail, each naming the other)
   * @throws FailureException if the file does not exist, is not JSON, repeats a key, or is not a
   *     JSON array (including empty and {@code null})
   * @throws UncheckedIOException if the file cannot be read
   */
  public static ValueWithFailures<MeasureDefinition> readMeasures(Path file) {
    JsonNode root = readTree(file, "a JSON array of qpp-measures-data measure records");
    List<MeasureDefinition> read = new ArrayList<>();
    List<Integer> rows = new ArrayList<>();
    List<Failure> failures = new ArrayList<>();
    int i = 0;
    for (JsonNode m : root) {
      int row = i++;
      try {
        read.add(measure(m, file + " record " + row));
        rows.add(row);
      } catch (FailureException e) {
        failures.add(rowFailure(file, row, e.failure()));
      }
    }
    return unique(file, read, rows, failures, MeasureDefinition::measureId, "measure id");
  }

  private static MeasureDefinition measure(JsonNode m, String where) {
    requireObject(m, where);
    String id = text(m, "measureId", where);
    String type = m.path("measureType").asText("");
    String domain = m.hasNonNull("nationalQualityStrategyDomain") ? m.get("nationalQualityStrategyDomain").asText()
        : m.hasNonNull("meaningfulMeasureArea") ? m.get("meaningfulMeasureArea").asText() : type;
    List<CollectionType> methods = new ArrayList<>();
    for (String method : strings(m.path("submissionMethods"))) {
      methods.add(collectionType(method, where + " (measure " + id + ")"));
    }
    try {
      return MeasureDefinition.builder().measureId(id).title(text(m, "title", where)).domain(domain)
          .measureType(type.isEmpty() ? Optional.empty() : Optional.of(type))
          .category(m.hasNonNull("category") ? Optional.of(m.get("category").asText()) : Optional.empty())
          .direction(m.path("isInverse").asBoolean(false) ? Direction.LOWER_IS_BETTER : Direction.HIGHER_IS_BETTER)
          .unit(methods.equals(List.of(CollectionType.ADMINISTRATIVE_CLAIMS)) ? RateUnit.RATE : RateUnit.PERCENT)
          .collectionTypes(methods).programs(strings(m.path("allowedPrograms"))).build();
    } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
      // The definition's own checks (a blank domain, ...).
      throw failure(FailureCode.INVALID_VALUE, "", null, where + " (measure " + id + "): " + e.getMessage());
    }
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
   *     {@link FailureCode#UNPARSEABLE} (a decile, percentile or year that is not a number, a
   *     fractional year), {@link FailureCode#NOT_FINITE} (a number beyond the range of a double),
   *     {@link FailureCode#INVALID_VALUE} (a record that is not an object, an unknown submission
   *     method, a wrong number of deciles, non-monotone bounds), {@link FailureCode#MISSING_INPUT}
   *     (a direction that cannot be told: no {@code isInverse} and no measure definition) or
   *     {@link FailureCode#DUPLICATE} (two records of one measure, submission method and year:
   *     both fail, each naming the other); each message names the record, the measure and what
   *     is wrong
   * @throws FailureException if the file does not exist, is not JSON, repeats a key, or is not a
   *     JSON array (including empty and {@code null})
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
   * @throws FailureException if the file does not exist, is not JSON, repeats a key, or is not a
   *     JSON array (including empty and {@code null})
   * @throws UncheckedIOException if the file cannot be read
   */
  public static ValueWithFailures<DecileBenchmark> readBenchmarks(Path file, Map<String, MeasureDefinition> measures,
      TenValueDeciles tenValues, Predicate<String> measureIds) {
    JsonNode root = readTree(file, "a JSON array of qpp-measures-data benchmark records");
    List<DecileBenchmark> read = new ArrayList<>();
    List<Integer> rows = new ArrayList<>();
    List<Failure> failures = new ArrayList<>();
    int i = 0;
    for (JsonNode r : root) {
      int row = i++;
      if (r.isObject() && !measureIds.test(r.path("measureId").asText(""))) {
        continue;
      }
      try {
        read.add(benchmark(r, file + " record " + row, measures, tenValues));
        rows.add(row);
      } catch (FailureException e) {
        failures.add(rowFailure(file, row, e.failure()));
      }
    }
    return unique(file, read, rows, failures,
        b -> b.measureId() + " " + b.collectionType().cmsName() + " " + b.performanceYear(),
        "measure, submission method and performance year");
  }

  private static Failure rowFailure(Path file, int row, Failure f) {
    return Failure.ofRow(f.code(), file.toString(), row + 1, "[" + row + "]" + (f.path().isEmpty() ? "" : "."
        + f.path()), f.value().orElse(null), f.message());
  }

  /**
   * The records read with those whose key repeats another's removed: each of them fails naming
   * the other record; failures are in row order.
   */
  private static <T> ValueWithFailures<T> unique(Path file, List<T> read, List<Integer> rows, List<Failure> failures,
      java.util.function.Function<T, String> key, String what) {
    Map<String, Integer> first = new HashMap<>();
    Map<Integer, Integer> twin = new HashMap<>();
    for (int k = 0; k < read.size(); k++) {
      Integer earlier = first.putIfAbsent(key.apply(read.get(k)), k);
      if (earlier != null) {
        twin.putIfAbsent(earlier, k);
        twin.put(k, earlier);
      }
    }
    List<T> kept = new ArrayList<>();
    for (int k = 0; k < read.size(); k++) {
      Integer other = twin.get(k);
      if (other == null) {
        kept.add(read.get(k));
        continue;
      }
      String value = key.apply(read.get(k));
      failures.add(Failure.ofRow(FailureCode.DUPLICATE, file.toString(), rows.get(k) + 1, "[" + rows.get(k) + "]",
          value, file + " records " + rows.get(k) + " and " + rows.get(other) + " (JSON paths [" + rows.get(k)
              + "] and [" + rows.get(other) + "]) have the same " + what + " '" + value + "'; a record must appear"
              + " once, so neither is used"));
    }
    failures.sort((a, b) -> Integer.compare(a.row().orElse(0), b.row().orElse(0)));
    return ValueWithFailures.<T>builder().values(kept).failures(failures).build();
  }

  /**
   * One benchmark record.
   *
   * @throws FailureException if the record is malformed, with the field (relative to the record)
   *     as path
   */
  static DecileBenchmark benchmark(JsonNode r, String where, Map<String, MeasureDefinition> measures,
      TenValueDeciles tenValues) {
    requireObject(r, where);
    String id = text(r, "measureId", where);
    CollectionType method = collectionType(text(r, "submissionMethod", where), where + " (measure " + id + ")");
    String record = where + " (measure " + id + ")";
    int performanceYear = year(r, "performanceYear", record)
        .orElseThrow(() -> failure(FailureCode.MISSING_VALUE, "performanceYear", null, record
            + ": performanceYear is missing"));
    where = where + " (measure " + id + ", " + method + ")";
    DecileBenchmark.Builder b = DecileBenchmark.builder().measureId(id).collectionType(method)
        .performanceYear(performanceYear)
        .toppedOut(r.path("isToppedOutByProgram").asBoolean(false));
    year(r, "benchmarkYear", where).ifPresent(b::benchmarkYear);
    List<Double> bounds;
    Double start = null;
    Boolean inverse = null;
    if (r.hasNonNull("isInverse")) {
      if (!r.get("isInverse").isBoolean()) {
        throw failure(FailureCode.UNPARSEABLE, "isInverse", r.get("isInverse").toString(), where
            + ": isInverse must be true or false, but was " + r.get("isInverse"));
      }
      inverse = r.get("isInverse").booleanValue();
    }
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
      if (!p.isObject()) {
        throw failure(FailureCode.INVALID_VALUE, "percentiles", p.toString(), where
            + ": percentiles must be an object with keys 1, 10, ..., 90, 99, but was " + p.getNodeType());
      }
      bounds = new ArrayList<>();
      for (int k = 10; k <= 90; k += 10) {
        JsonNode v = p.get(String.valueOf(k));
        if (v == null || !v.isNumber()) {
          throw failure(v == null ? FailureCode.MISSING_VALUE : FailureCode.UNPARSEABLE, "percentiles." + k,
              v == null ? null : v.toString(), where + ": percentile " + k + " must be a number, but was " + v);
        }
        bounds.add(finite(v, "percentiles." + k, where));
      }
      if (inverse) {
        java.util.Collections.reverse(bounds);
      }
      JsonNode s = p.get(inverse ? "99" : "1");
      if (s != null && !s.isNull()) {
        if (!s.isNumber()) {
          throw failure(FailureCode.UNPARSEABLE, "percentiles." + (inverse ? "99" : "1"), s.toString(), where
              + ": percentile " + (inverse ? "99" : "1") + " must be a number, but was " + s);
        }
        start = finite(s, "percentiles." + (inverse ? "99" : "1"), where);
      }
    } else {
      throw failure(FailureCode.MISSING_VALUE, "deciles", null,
          where + ": a benchmark needs 'deciles' or 'percentiles', but has neither");
    }
    Direction direction = inverse ? Direction.LOWER_IS_BETTER : Direction.HIGHER_IS_BETTER;
    RateUnit unit = RateUnit.PERCENT;
    if (method == CollectionType.ADMINISTRATIVE_CLAIMS) {
      // The record's own nine bounds decide, never another record's.
      unit = bounds.stream().allMatch(v -> v <= 1) ? RateUnit.FRACTION : RateUnit.RATE;
    }
    b.direction(direction).unit(unit).decileBounds(bounds);
    if (start != null) {
      b.decileOneStart(start);
    }
    try {
      return b.build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      // The benchmark's own checks (monotone bounds, a start outside the first decile).
      throw failure(FailureCode.INVALID_VALUE, r.has("deciles") ? "deciles" : "percentiles", bounds.toString(),
          where + ": " + e.getMessage());
    }
  }

  private static FailureException failure(FailureCode code, String path, String value, String message) {
    return new FailureException(Failure.of(code, path, value, message));
  }

  private static void requireObject(JsonNode r, String where) {
    if (!r.isObject()) {
      throw failure(FailureCode.INVALID_VALUE, "", r.toString(), where + ": a record must be a JSON object, but was "
          + r.getNodeType() + " " + abbreviate(r.toString()));
    }
  }

  private static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "...";
  }

  /** A whole-number year field, empty when absent or null. */
  private static java.util.OptionalInt year(JsonNode r, String field, String where) {
    JsonNode v = r.get(field);
    if (v == null || v.isNull()) {
      return java.util.OptionalInt.empty();
    }
    if (!v.isIntegralNumber() || !v.canConvertToInt()) {
      throw failure(FailureCode.UNPARSEABLE, field, v.isTextual() ? v.asText() : v.toString(), where + ": " + field
          + " must be a whole-number year such as 2024, but was " + v);
    }
    int year = v.intValue();
    if (year < 1900 || year > 2200) {
      throw failure(FailureCode.INVALID_VALUE, field, v.toString(), where + ": " + field + " must be a year between"
          + " 1900 and 2200, but was " + year);
    }
    return java.util.OptionalInt.of(year);
  }

  private static double finite(JsonNode v, String field, String where) {
    double d = v.asDouble();
    if (!Double.isFinite(d)) {
      throw failure(FailureCode.NOT_FINITE, field, v.toString(), where + ": " + field + " is " + v
          + ", beyond the range of a double; a finite number is required");
    }
    return d;
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

  private static JsonNode readTree(Path file, String what) {
    JsonNode root = AcoJson.readTree(file, "qpp-measures-data");
    if (!root.isArray()) {
      throw new FailureException(Failure.of(FailureCode.UNKNOWN_LAYOUT, "", root.getNodeType().toString(),
          "qpp-measures-data file " + file + " must hold " + what + ", but holds a " + root.getNodeType()));
    }
    return root;
  }

  private static String text(JsonNode n, String field, String where) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull() || v.asText().isBlank()) {
      throw failure(FailureCode.MISSING_VALUE, field, null, where + ": " + field + " is missing");
    }
    if (!v.isValueNode()) {
      throw failure(FailureCode.INVALID_VALUE, field, abbreviate(v.toString()), where + ": " + field
          + " must be text, but was " + v.getNodeType());
    }
    return v.asText();
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static List<Double> doubles(JsonNode array, String where) {
    if (!array.isArray()) {
      throw failure(FailureCode.INVALID_VALUE, "deciles", abbreviate(array.toString()), where
          + ": deciles must be an array of 9 numbers, but was " + array.getNodeType());
    }
    List<Double> out = new ArrayList<>();
    for (JsonNode n : array) {
      if (!n.isNumber()) {
        throw failure(FailureCode.UNPARSEABLE, "deciles", n.toString(),
            where + ": every decile must be a number, but one was " + n);
      }
      out.add(finite(n, "deciles", where));
    }
    return out;
  }
}
