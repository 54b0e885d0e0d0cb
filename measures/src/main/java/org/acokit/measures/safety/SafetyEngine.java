/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.safety;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.common.collect.ImmutableList;
import org.acokit.io.Failure;
import org.acokit.io.FailureCode;
import org.acokit.io.ValueWithFailures;

/**
 * Counts HACs and 30-day readmissions from discharge data under one {@link SafetyMethod}, every
 * stratum in the same pass, into a mergeable {@link SafetyCounts}.
 * <p>
 * Discharges and HAC events count in the calendar year of the stay's discharge; readmissions in
 * the year of the index discharge, under the index stay's strata. Bad rows are row-level failures
 * naming the stay, field and value, and are left out while every other row is kept: a repeated
 * stay id ({@link FailureCode#INCONSISTENT}), a stay without a discharge date, whose readmission
 * window cannot be opened ({@link FailureCode#MISSING_VALUE}; the person's other stays still count,
 * and a later stay of that person is not judged as a readmission of it), an event of an unknown
 * stay ({@link FailureCode#MISSING_INPUT}) or category ({@link FailureCode#INVALID_VALUE}). Pure
 * functions; thread-safe.
 */
public final class SafetyEngine {

  private SafetyEngine() {
  }

  /**
   * Counts one set of persons' stays.
   *
   * @param method the method
   * @param discharges the stays (all stays of each person included)
   * @param events the HAC events
   * @param stratifiers the stratification dimensions (may be empty)
   * @return the counts (one value) and the row-level failures
   */
  public static ValueWithFailures<SafetyCounts> count(SafetyMethod method, List<Discharge> discharges,
      List<HacEvent> events, List<StayStratifier> stratifiers) {
    List<Failure> failures = new ArrayList<>();
    Map<String, Discharge> stays = new LinkedHashMap<>();
    Map<String, List<Discharge>> byPerson = new LinkedHashMap<>();
    int row = 0;
    for (Discharge d : discharges) {
      row++;
      if (stays.containsKey(d.stayId())) {
        failures.add(Failure.ofRow(FailureCode.INCONSISTENT, "discharges", row, "stayId", d.stayId(),
            "stay " + d.stayId() + " appears twice; the first is kept"));
        continue;
      }
      stays.put(d.stayId(), d);
      if (d.dischargeDate().isEmpty()) {
        failures.add(Failure.ofRow(FailureCode.MISSING_VALUE, "discharges", row, "dischargeDate", null,
            "stay " + d.stayId() + " (person " + d.personId() + ") has no discharge date: it is not counted and its "
                + "30-day readmission window cannot be opened"));
        continue;
      }
      byPerson.computeIfAbsent(d.personId(), p -> new ArrayList<>()).add(d);
    }
    int width = SafetyCounts.FIRST_CATEGORY + method.taxonomy().categories().size();
    Map<SafetyCounts.Key, long[]> cells = new LinkedHashMap<>();
    Map<String, List<SafetyCounts.Key>> keysOfStay = new HashMap<>();
    for (List<Discharge> personStays : byPerson.values()) {
      for (Discharge d : personStays) {
        List<SafetyCounts.Key> keys = keys(d, stratifiers);
        keysOfStay.put(d.stayId(), keys);
        add(cells, keys, width, SafetyCounts.DISCHARGES);
      }
    }
    row = 0;
    for (HacEvent e : events) {
      row++;
      Discharge d = stays.get(e.stayId());
      int category = method.taxonomy().indexOf(e.category());
      if (d == null) {
        failures.add(Failure.ofRow(FailureCode.MISSING_INPUT, "events", row, "stayId", e.stayId(),
            "HAC event of stay " + e.stayId() + " names no known stay"));
      } else if (category < 0) {
        failures.add(Failure.ofRow(FailureCode.INVALID_VALUE, "events", row, "category", e.category(),
            "HAC event of stay " + e.stayId() + " has category " + e.category() + ", which must be one of "
                + method.taxonomy().categories() + " (" + method.taxonomy().name() + " " + method.taxonomy().version()
                + ")"));
      } else if (keysOfStay.containsKey(d.stayId())) {
        add(cells, keysOfStay.get(d.stayId()), width, SafetyCounts.HAC_TOTAL);
        add(cells, keysOfStay.get(d.stayId()), width, SafetyCounts.FIRST_CATEGORY + category);
      }
    }
    Map<String, Boolean> undated = new HashMap<>();
    stays.values().stream().filter(d -> d.dischargeDate().isEmpty()).forEach(d -> undated.put(d.personId(), true));
    for (Map.Entry<String, List<Discharge>> person : byPerson.entrySet()) {
      if (undated.containsKey(person.getKey())) {
        continue;
      }
      readmissions(method, person.getValue(), keysOfStay, cells, width);
    }
    SafetyCounts counts = new SafetyCounts(method, cells);
    return ValueWithFailures.<SafetyCounts>builder().addValues(counts).failures(failures).build();
  }

  /** One episode: its first and last stay. */
  private record Episode(Discharge first, Discharge last) {
    LocalDate discharge() {
      return last.dischargeDate().orElseThrow();
    }
  }

  private static void readmissions(SafetyMethod method, List<Discharge> stays,
      Map<String, List<SafetyCounts.Key>> keysOfStay, Map<SafetyCounts.Key, long[]> cells, int width) {
    List<Discharge> sorted = new ArrayList<>(stays);
    sorted.sort(Comparator.comparing(Discharge::admissionDate).thenComparing(d -> d.dischargeDate().orElseThrow()));
    List<Episode> episodes = new ArrayList<>();
    Episode open = null;
    for (Discharge d : sorted) {
      if (open != null) {
        long gap = ChronoUnit.DAYS.between(open.discharge(), d.admissionDate());
        boolean transfer = open.last().status() == DischargeStatus.TRANSFER_ACUTE && gap >= 0 && gap <= 1;
        boolean sameDay = method.combineSameDayReturns() && gap == 0
            && open.last().facilityId().equals(d.facilityId());
        if (transfer || sameDay) {
          open = new Episode(open.first(), d);
          continue;
        }
        episodes.add(open);
      }
      open = new Episode(d, d);
    }
    if (open != null) {
      episodes.add(open);
    }
    for (int i = 0; i < episodes.size(); i++) {
      Episode index = episodes.get(i);
      DischargeStatus s = index.last().status();
      if (s == DischargeStatus.EXPIRED || s == DischargeStatus.LEFT_AMA || s == DischargeStatus.TRANSFER_ACUTE) {
        continue;
      }
      List<SafetyCounts.Key> keys = keysOfStay.get(index.last().stayId());
      add(cells, keys, width, SafetyCounts.INDEX_STAYS);
      if (i + 1 < episodes.size()) {
        Episode next = episodes.get(i + 1);
        long days = ChronoUnit.DAYS.between(index.discharge(), next.first().admissionDate());
        if (days >= 0 && days <= method.windowDays()) {
          add(cells, keys, width, next.first().planned() ? SafetyCounts.PLANNED : SafetyCounts.READMISSIONS);
        }
      }
    }
  }

  private static List<SafetyCounts.Key> keys(Discharge d, List<StayStratifier> stratifiers) {
    int year = d.dischargeDate().orElseThrow().getYear();
    List<SafetyCounts.Key> keys = new ArrayList<>(stratifiers.size() + 1);
    keys.add(SafetyCounts.Key.total(year));
    for (StayStratifier s : stratifiers) {
      keys.add(new SafetyCounts.Key(year, s.dimension(), s.stratum(d)));
    }
    return ImmutableList.copyOf(keys);
  }

  private static void add(Map<SafetyCounts.Key, long[]> cells, List<SafetyCounts.Key> keys, int width, int cell) {
    for (SafetyCounts.Key k : keys) {
      cells.computeIfAbsent(k, x -> new long[width])[cell]++;
    }
  }
}
