/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.workforce;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;

/**
 * The HR data of a health system: dated workforce snapshots, personnel events and engagement
 * survey responses, checked for consistency. Entry point of the data model; read it with
 * {@link HrCsv} or build it with {@link #of(List, List, List)}, then analyse it with
 * {@link WorkforceAnalysis}.
 * <p>
 * Consistency rules (each checked by {@link #of} and reported row by row by {@link HrCsv}): an
 * employee appears at most once in a snapshot; no event of a person other than an application is
 * dated before that person's hire (when the events hold a hire). A promotion to a level that is not
 * higher is rejected by {@link HrEvent} itself. Immutable and thread-safe.
 */
public final class HrData {

  private final ImmutableList<Employee> snapshots;
  private final ImmutableList<HrEvent> events;
  private final ImmutableList<SurveyResponse> responses;
  private final ImmutableSortedSet<LocalDate> snapshotDates;

  private HrData(List<Employee> snapshots, List<HrEvent> events, List<SurveyResponse> responses) {
    this.snapshots = ImmutableList.copyOf(snapshots);
    this.events = ImmutableList.copyOf(events);
    this.responses = ImmutableList.copyOf(responses);
    this.snapshotDates = ImmutableSortedSet.copyOf(snapshots.stream().map(Employee::date).toList());
  }

  /**
   * Creates checked HR data.
   *
   * @param snapshots employees of every snapshot
   * @param events personnel events
   * @param responses engagement survey responses
   * @return the data
   * @throws IllegalArgumentException naming the employee, the date and the rule if an employee is
   *     twice in a snapshot or an event precedes the person's hire
   */
  public static HrData of(List<Employee> snapshots, List<HrEvent> events, List<SurveyResponse> responses) {
    List<Problem> problems = new ArrayList<>();
    problems.addAll(duplicateEmployees(snapshots));
    problems.addAll(eventsBeforeHire(events));
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(problems.get(0).message());
    }
    return new HrData(snapshots, events, responses);
  }

  /** A broken rule at an index of a list: the field, the value and the message. */
  record Problem(int index, String field, String value, String message) {
  }

  /** Second and later occurrences of an (employee, date) pair. */
  static List<Problem> duplicateEmployees(List<Employee> snapshots) {
    List<Problem> problems = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < snapshots.size(); i++) {
      Employee e = snapshots.get(i);
      if (!seen.add(e.date() + "\u0000" + e.employeeId())) {
        problems.add(new Problem(i, "employee_id", e.employeeId(), "employee " + e.employeeId()
            + " appears more than once in the snapshot of " + e.date() + "; an employee is counted once per snapshot"));
      }
    }
    return problems;
  }

  /** Events other than applications dated before the person's earliest hire in the events. */
  static List<Problem> eventsBeforeHire(List<HrEvent> events) {
    Map<String, LocalDate> hired = new HashMap<>();
    for (HrEvent e : events) {
      if (e.type() == EventType.HIRE) {
        hired.merge(e.personId(), e.date(), (a, b) -> a.isBefore(b) ? a : b);
      }
    }
    List<Problem> problems = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      HrEvent e = events.get(i);
      LocalDate hire = hired.get(e.personId());
      if (e.type() != EventType.APPLICATION && e.type() != EventType.HIRE && hire != null && e.date().isBefore(hire)) {
        problems.add(new Problem(i, "date", e.date().toString(), e.type().code() + " of " + e.personId() + " on "
            + e.date() + " is before their hire on " + hire + "; events of an employee follow the hire"));
      }
    }
    return problems;
  }

  /** @return every snapshot row, in input order */
  public ImmutableList<Employee> snapshots() {
    return snapshots;
  }

  /** @return every event, in input order */
  public ImmutableList<HrEvent> events() {
    return events;
  }

  /** @return every survey response, in input order */
  public ImmutableList<SurveyResponse> responses() {
    return responses;
  }

  /** @return the distinct snapshot dates, ascending */
  public ImmutableSortedSet<LocalDate> snapshotDates() {
    return snapshotDates;
  }

  /**
   * The data of one institution: its snapshot rows, events and responses (an employee who moves
   * between institutions leaves one and joins the other).
   *
   * @param institution the institution
   * @return the subset
   */
  public HrData institution(String institution) {
    return new HrData(filter(snapshots, e -> e.institution().equals(institution)),
        filter(events, e -> e.institution().equals(institution)),
        filter(responses, r -> r.institution().equals(institution)));
  }

  /** @return the institutions of the snapshots, sorted */
  public ImmutableSortedSet<String> institutions() {
    return ImmutableSortedSet.copyOf(new TreeSet<>(snapshots.stream().map(Employee::institution).toList()));
  }

  private static <T> List<T> filter(List<T> list, Predicate<T> keep) {
    return list.stream().filter(keep).toList();
  }
}
