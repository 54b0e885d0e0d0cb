/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.safety;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.google.common.collect.ImmutableMap;
import org.acokit.explain.Formats;
import org.acokit.explain.TextTable;
import org.acokit.explain.ValueKind;

/**
 * Counts of discharges, HAC events by category, index stays and readmissions keyed by
 * {@code (year, dimension, stratum)}, under one {@link SafetyMethod}: the mergeable accumulator of
 * hospital safety. Counts of disjoint sets of persons {@link #merge(SafetyCounts) merge}
 * associatively and commutatively (readmissions chain within a person, so partition by person).
 * The unstratified counts sit under the dimension and stratum {@code all}. Immutable and
 * thread-safe.
 */
public final class SafetyCounts {

  /**
   * A key of the counts.
   *
   * @param year the calendar year of the discharge (of the index discharge for readmissions)
   * @param dimension the stratification dimension, {@code all} for the total
   * @param stratum the stratum, {@code all} for the total
   */
  public record Key(int year, String dimension, String stratum) {

    /**
     * Validates the key.
     *
     * @throws NullPointerException if a field is null
     */
    public Key {
      Objects.requireNonNull(dimension, "dimension");
      Objects.requireNonNull(stratum, "stratum");
    }

    /**
     * The unstratified key of a year.
     *
     * @param year the year
     * @return the key
     */
    public static Key total(int year) {
      return new Key(year, "all", "all");
    }

    /**
     * The key as text: {@code 2022 payer=Medicare}, or {@code 2022 all=all} for the total.
     *
     * @return the text
     */
    @Override
    public String toString() {
      return year + " " + dimension + "=" + stratum;
    }
  }

  static final int DISCHARGES = 0;
  static final int INDEX_STAYS = 1;
  static final int READMISSIONS = 2;
  static final int PLANNED = 3;
  static final int HAC_TOTAL = 4;
  static final int FIRST_CATEGORY = 5;

  private final SafetyMethod method;
  private final ImmutableMap<Key, long[]> cells;

  SafetyCounts(SafetyMethod method, Map<Key, long[]> cells) {
    this.method = method;
    this.cells = ImmutableMap.copyOf(cells);
  }

  /**
   * The method the counts were made under.
   *
   * @return the method
   */
  public SafetyMethod method() {
    return method;
  }

  /**
   * The keys with counts.
   *
   * @return the keys
   */
  public Set<Key> keys() {
    return cells.keySet();
  }

  /**
   * Merges counts of disjoint persons made under the same method.
   *
   * @param other the other counts
   * @return the sum
   * @throws IllegalArgumentException if the methods differ
   */
  public SafetyCounts merge(SafetyCounts other) {
    if (!method.equals(other.method)) {
      throw new IllegalArgumentException("safety counts of different methods never merge: " + method.label()
          + " and " + other.method.label());
    }
    Map<Key, long[]> sum = new LinkedHashMap<>();
    cells.forEach((k, v) -> sum.put(k, v.clone()));
    other.cells.forEach((k, v) -> {
      long[] s = sum.computeIfAbsent(k, x -> new long[v.length]);
      for (int i = 0; i < v.length; i++) {
        s[i] += v[i];
      }
    });
    return new SafetyCounts(method, sum);
  }

  private long get(Key key, int cell) {
    long[] c = cells.get(key);
    return c == null ? 0 : c[cell];
  }

  /**
   * Discharges (stays) of a key.
   *
   * @param key the key
   * @return the count
   */
  public long discharges(Key key) {
    return get(key, DISCHARGES);
  }

  /**
   * Index stays of a key.
   *
   * @param key the key
   * @return the count
   */
  public long indexStays(Key key) {
    return get(key, INDEX_STAYS);
  }

  /**
   * Unplanned readmissions within the window, by the index stay's key.
   *
   * @param key the key
   * @return the count
   */
  public long readmissions(Key key) {
    return get(key, READMISSIONS);
  }

  /**
   * Index stays whose first return within the window was planned (not counted as readmissions).
   *
   * @param key the key
   * @return the count
   */
  public long plannedReadmissions(Key key) {
    return get(key, PLANNED);
  }

  /**
   * HAC events of all categories.
   *
   * @param key the key
   * @return the count
   */
  public long hacEvents(Key key) {
    return get(key, HAC_TOTAL);
  }

  /**
   * HAC events of one category.
   *
   * @param key the key
   * @param category a category of the method's taxonomy
   * @return the count
   * @throws IllegalArgumentException if the category is not in the taxonomy
   */
  public long hacEvents(Key key, String category) {
    int i = method.taxonomy().indexOf(category);
    if (i < 0) {
      throw new IllegalArgumentException("HAC category must be one of " + method.taxonomy().categories()
          + ", but was " + category);
    }
    return get(key, FIRST_CATEGORY + i);
  }

  /**
   * HACs per 1,000 discharges, all categories: {@code events / discharges x 1000}.
   *
   * @param key the key
   * @return the rate
   */
  public SafetyRate hacRate(Key key) {
    return new SafetyRate("HACs per 1,000 discharges", key, hacEvents(key), discharges(key), 1000, method);
  }

  /**
   * HACs of one category per 1,000 discharges.
   *
   * @param key the key
   * @param category the category
   * @return the rate
   */
  public SafetyRate hacRate(Key key, String category) {
    return new SafetyRate(category + " HACs per 1,000 discharges", key, hacEvents(key, category), discharges(key),
        1000, method);
  }

  /**
   * Readmissions per index discharge (a fraction).
   *
   * @param key the key
   * @return the rate
   */
  public SafetyRate readmissionRate(Key key) {
    return new SafetyRate("readmissions per index discharge", key, readmissions(key), indexStays(key), 1, method);
  }

  /**
   * The population-based readmission rate of the Partnership for Patients (HIIN): readmissions
   * per 1,000 people of the population served.
   *
   * @param key the key
   * @param people the number of people in the population (stratum) that year, greater than 0
   * @return the rate
   * @throws IllegalArgumentException if people is not positive
   */
  public SafetyRate readmissionsPer1000People(Key key, long people) {
    if (people <= 0) {
      throw new IllegalArgumentException("population of " + key + " must be greater than 0, but was " + people);
    }
    return new SafetyRate("readmissions per 1,000 people", key, readmissions(key), people, 1000, method);
  }

  /**
   * The counts as a text table (for JShell and logs): per year and stratum the discharges, HAC
   * events and HACs per 1,000 discharges, index stays, readmissions and the readmission rate in
   * percent to two decimals (an en dash where the denominator is 0: no rate, which is not 0%);
   * at most {@value #SHOWN} rows, in the order counted. One rate with its method:
   * {@link #hacRate(Key)}, {@link #readmissionRate(Key)}.
   *
   * @return the table
   */
  @Override
  public String toString() {
    TextTable t = TextTable.of("Safety counts (" + method.label() + ")", "Year", "Stratum", "Discharges",
        "HAC events", "HACs per 1,000", "Index stays", "Readmissions", "Readmission rate (%)");
    int n = 0;
    for (Map.Entry<Key, long[]> e : cells.entrySet()) {
      if (n++ == SHOWN) {
        break;
      }
      Key k = e.getKey();
      long[] c = e.getValue();
      t.row(Integer.toString(k.year()), k.dimension() + "=" + k.stratum(), count(c[DISCHARGES]), count(c[HAC_TOTAL]),
          c[DISCHARGES] == 0 ? null : Formats.value(ValueKind.POINTS, 1000.0 * c[HAC_TOTAL] / c[DISCHARGES]),
          count(c[INDEX_STAYS]), count(c[READMISSIONS]),
          c[INDEX_STAYS] == 0 ? null : Formats.percent((double) c[READMISSIONS] / c[INDEX_STAYS], 2));
    }
    return t.render() + (cells.size() > SHOWN ? (cells.size() - SHOWN) + " more rows: keys()\n" : "");
  }

  private static String count(long n) {
    return Formats.value(ValueKind.COUNT, n);
  }

  private static final int SHOWN = 12;
}
