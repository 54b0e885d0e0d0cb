/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.workforce;

import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

import org.acokit.io.Failure;
import org.acokit.io.FailureCode;
import org.acokit.io.ValueWithFailures;

/**
 * Reads HR data from CSV files (Jackson CSV), one reader per file, each returning the good
 * records with row-level {@link Failure}s (code, source, row, column, value, message) for the bad
 * ones: one bad row never loses the file.
 * <p>
 * Layouts (header names matched ignoring case; every other column is a demographic dimension,
 * whose cells must hold a category, {@code declined} or {@code unknown}):
 * <ul>
 *   <li>snapshots: {@code snapshot_date, employee_id, institution, unit, job_family, level,
 *       clinician, leadership} (dates ISO {@code 2016-01-01}; flags true/false, yes/no or 1/0);
 *   <li>events: {@code date, person_id, event, institution, unit, job_family, level, from_level,
 *       stage} ({@code event} one of the {@link EventType} codes; {@code from_level} for promotions
 *       and lateral moves, {@code stage} for applications, one of the pipeline stages given);
 *   <li>survey responses: {@code date, institution, unit, score} (an optional
 *       {@code respondent_id} column is ignored).
 * </ul>
 * Row rules beyond the cells: an employee twice in one snapshot (the second row fails, at
 * {@code employee_id}), an event before the person's hire (at {@code date}), a promotion to a
 * level that is not higher (at {@code level}). Stateless and thread-safe.
 */
public final class HrCsv {

  /** The snapshot columns. */
  public static final List<String> SNAPSHOT_COLUMNS =
      List.of("snapshot_date", "employee_id", "institution", "unit", "job_family", "level", "clinician", "leadership");
  /** The event columns. */
  public static final List<String> EVENT_COLUMNS =
      List.of("date", "person_id", "event", "institution", "unit", "job_family", "level", "from_level", "stage");
  /** The survey response columns. */
  public static final List<String> RESPONSE_COLUMNS = List.of("date", "institution", "unit", "score");

  private HrCsv() {
  }

  /**
   * Reads snapshot rows.
   *
   * @param reader the CSV text
   * @param source the source name for failures
   * @return the employees and the failures
   * @throws org.acokit.io.FailureException (UNKNOWN_LAYOUT) if a column is missing
   */
  public static ValueWithFailures<Employee> readSnapshots(Reader reader, String source) {
    CsvTable t = CsvTable.read(reader, source, SNAPSHOT_COLUMNS);
    List<Failure> failures = new ArrayList<>();
    List<Employee> good = new ArrayList<>();
    List<Integer> rows = new ArrayList<>();
    for (CsvTable.Row row : t.rows) {
      int before = failures.size();
      LocalDate date = date(t, row, "snapshot_date", failures);
      String id = t.text(row, "employee_id", failures);
      String institution = t.text(row, "institution", failures);
      String unit = t.text(row, "unit", failures);
      String family = t.text(row, "job_family", failures);
      int level = level(t, row, "level", true, failures).orElse(0);
      Boolean clinician = flag(t, row, "clinician", failures);
      Boolean leadership = flag(t, row, "leadership", failures);
      Map<String, String> demo = demographics(t, row, SNAPSHOT_COLUMNS, failures);
      if (failures.size() == before) {
        good.add(Employee.builder().date(date).employeeId(id).institution(institution).unit(unit).jobFamily(family)
            .level(level).clinician(clinician).leadership(leadership).demographics(demo).build());
        rows.add(row.number());
      }
    }
    Set<Integer> bad = new HashSet<>();
    for (HrData.Problem p : HrData.duplicateEmployees(good)) {
      failures.add(Failure.ofRow(FailureCode.INCONSISTENT, source, rows.get(p.index()), p.field(), p.value(), p.message()));
      bad.add(p.index());
    }
    failures.addAll(t.parseFailures);
    return result(good, bad, failures);
  }

  /**
   * Reads events.
   *
   * @param reader the CSV text
   * @param source the source name for failures
   * @param stages the pipeline stages in order (an application's stage must be one of them)
   * @return the events and the failures
   * @throws org.acokit.io.FailureException (UNKNOWN_LAYOUT) if a column is missing
   */
  public static ValueWithFailures<HrEvent> readEvents(Reader reader, String source, List<String> stages) {
    CsvTable t = CsvTable.read(reader, source, EVENT_COLUMNS);
    List<Failure> failures = new ArrayList<>();
    List<HrEvent> good = new ArrayList<>();
    List<Integer> rows = new ArrayList<>();
    for (CsvTable.Row row : t.rows) {
      int before = failures.size();
      LocalDate date = date(t, row, "date", failures);
      String id = t.text(row, "person_id", failures);
      EventType type = null;
      String code = t.text(row, "event", failures);
      if (code != null) {
        try {
          type = EventType.ofCode(code);
        } catch (IllegalArgumentException e) {
          failures.add(t.failure(FailureCode.INVALID_VALUE, row, "event", code, e.getMessage()));
        }
      }
      String institution = t.text(row, "institution", failures);
      String unit = t.text(row, "unit", failures);
      String family = t.text(row, "job_family", failures);
      int level = level(t, row, "level", true, failures).orElse(0);
      boolean needsFrom = type == EventType.PROMOTION || type == EventType.LATERAL_MOVE;
      OptionalInt from = level(t, row, "from_level", needsFrom, failures);
      String stage = row.get("stage");
      if (type == EventType.APPLICATION) {
        if (stage.isEmpty()) {
          failures.add(t.failure(FailureCode.MISSING_VALUE, row, "stage", null,
              "stage is empty; an application needs the furthest stage it reached, one of " + stages));
        } else if (!stages.contains(stage)) {
          failures.add(t.failure(FailureCode.INVALID_VALUE, row, "stage", stage,
              "stage '" + stage + "' is not one of the pipeline stages " + stages));
        }
      }
      if (type == EventType.PROMOTION && from.isPresent() && level > 0 && level <= from.getAsInt()) {
        failures.add(t.failure(FailureCode.INVALID_VALUE, row, "level", Integer.toString(level), "a promotion of " + id
            + " from level " + from.getAsInt() + " to level " + level + " is not to a higher level"));
      }
      Map<String, String> demo = demographics(t, row, EVENT_COLUMNS, failures);
      if (failures.size() == before) {
        HrEvent.Builder b = HrEvent.builder().date(date).personId(id).type(type).institution(institution).unit(unit)
            .jobFamily(family).level(level).fromLevel(from).demographics(demo);
        if (type == EventType.APPLICATION) {
          b.stage(stage);
        }
        good.add(b.build());
        rows.add(row.number());
      }
    }
    Set<Integer> bad = new HashSet<>();
    for (HrData.Problem p : HrData.eventsBeforeHire(good)) {
      failures.add(Failure.ofRow(FailureCode.INCONSISTENT, source, rows.get(p.index()), p.field(), p.value(), p.message()));
      bad.add(p.index());
    }
    failures.addAll(t.parseFailures);
    return result(good, bad, failures);
  }

  /**
   * Reads engagement survey responses.
   *
   * @param reader the CSV text
   * @param source the source name for failures
   * @return the responses and the failures
   * @throws org.acokit.io.FailureException (UNKNOWN_LAYOUT) if a column is missing
   */
  public static ValueWithFailures<SurveyResponse> readResponses(Reader reader, String source) {
    CsvTable t = CsvTable.read(reader, source, RESPONSE_COLUMNS);
    List<Failure> failures = new ArrayList<>();
    List<SurveyResponse> good = new ArrayList<>();
    List<String> fixed = new ArrayList<>(RESPONSE_COLUMNS);
    fixed.add("respondent_id");
    for (CsvTable.Row row : t.rows) {
      int before = failures.size();
      LocalDate date = date(t, row, "date", failures);
      String institution = t.text(row, "institution", failures);
      String unit = t.text(row, "unit", failures);
      String s = t.text(row, "score", failures);
      double score = 0;
      if (s != null) {
        try {
          score = Double.parseDouble(s);
          if (!Double.isFinite(score)) {
            failures.add(t.failure(FailureCode.NOT_FINITE, row, "score", s, "score is " + s + "; it must be finite"));
          }
        } catch (NumberFormatException e) {
          failures.add(t.failure(FailureCode.UNPARSEABLE, row, "score", s, "score is '" + s + "', not a number"));
        }
      }
      Map<String, String> demo = demographics(t, row, fixed, failures);
      if (failures.size() == before) {
        good.add(SurveyResponse.builder().date(date).institution(institution).unit(unit).score(score)
            .demographics(demo).build());
      }
    }
    failures.addAll(t.parseFailures);
    return ValueWithFailures.<SurveyResponse>builder().values(good).failures(failures).build();
  }

  private static <T> ValueWithFailures<T> result(List<T> good, Set<Integer> bad, List<Failure> failures) {
    List<T> kept = new ArrayList<>();
    for (int i = 0; i < good.size(); i++) {
      if (!bad.contains(i)) {
        kept.add(good.get(i));
      }
    }
    failures.sort((a, b) -> Integer.compare(a.row().orElse(0), b.row().orElse(0)));
    return ValueWithFailures.<T>builder().values(kept).failures(failures).build();
  }

  private static LocalDate date(CsvTable t, CsvTable.Row row, String column, List<Failure> failures) {
    String v = t.text(row, column, failures);
    if (v == null) {
      return null;
    }
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      failures.add(t.failure(FailureCode.UNPARSEABLE, row, column, v, column + " is '" + v + "', not an ISO date such as 2016-01-01"));
      return null;
    }
  }

  private static OptionalInt level(CsvTable t, CsvTable.Row row, String column, boolean required, List<Failure> failures) {
    String v = row.get(column);
    if (v.isEmpty()) {
      if (required) {
        failures.add(t.failure(FailureCode.MISSING_VALUE, row, column, null, column + " is empty; a level 1 or more is required"));
      }
      return OptionalInt.empty();
    }
    try {
      int level = Integer.parseInt(v);
      if (level < 1) {
        failures.add(t.failure(FailureCode.INVALID_VALUE, row, column, v, column + " is " + v + "; levels are 1 or more"));
        return OptionalInt.empty();
      }
      return OptionalInt.of(level);
    } catch (NumberFormatException e) {
      failures.add(t.failure(FailureCode.UNPARSEABLE, row, column, v, column + " is '" + v + "', not a whole number"));
      return OptionalInt.empty();
    }
  }

  private static Boolean flag(CsvTable t, CsvTable.Row row, String column, List<Failure> failures) {
    String v = t.text(row, column, failures);
    if (v == null) {
      return null;
    }
    switch (v.toLowerCase(Locale.ROOT)) {
      case "true", "yes", "1", "y":
        return true;
      case "false", "no", "0", "n":
        return false;
      default:
        failures.add(t.failure(FailureCode.UNPARSEABLE, row, column, v, column + " is '" + v + "'; write true or false"));
        return null;
    }
  }

  private static Map<String, String> demographics(CsvTable t, CsvTable.Row row, List<String> fixed, List<Failure> failures) {
    Map<String, String> demo = new LinkedHashMap<>();
    for (String column : t.header) {
      if (fixed.contains(column) || column.isBlank()) {
        continue;
      }
      String v = row.get(column);
      if (v.isEmpty()) {
        failures.add(t.failure(FailureCode.MISSING_VALUE, row, column, null, "demographic '" + column
            + "' is empty; write a category, '" + Demographics.UNKNOWN + "' (not collected) or '" + Demographics.DECLINED
            + "' (asked, no answer)"));
      } else {
        demo.put(column, v);
      }
    }
    return demo;
  }
}
