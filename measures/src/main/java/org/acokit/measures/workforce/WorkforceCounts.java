/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.workforce;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The counts a workforce analysis rests on, keyed by (measure, segment kind, segment, group):
 * headcounts at the start and end of an interval, hires, separations, promotions, applicants at
 * each pipeline stage, transitions between levels. Groups and segments are keys of one
 * accumulator, filled in one pass over the rows, not one pass per stratum.
 * <p>
 * Mergeable: the counts of disjoint row sets {@link #merge(WorkforceCounts) merge}
 * associatively and commutatively into the counts of their union, so partial counts from
 * partitions (one per institution, one per file, a Spark partition) combine exactly. Not
 * thread-safe while being filled; {@link #merge} returns a new object.
 */
public final class WorkforceCounts {

  /**
   * The key of a count.
   *
   * @param measure what is counted, such as {@code headcount_start} or {@code stage:interviewed}
   * @param kind the segment kind, such as {@code institution} or {@code system}
   * @param segment the segment, such as the institution's name or {@code all}
   * @param group the group label
   */
  public record Key(String measure, String kind, String segment, String group) {

    /**
     * Checks the parts.
     *
     * @throws NullPointerException if a part is null
     */
    public Key {
      Objects.requireNonNull(measure, "measure");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(segment, "segment");
      Objects.requireNonNull(group, "group");
    }
  }

  private final Map<Key, Long> counts = new HashMap<>();

  /** Creates empty counts. */
  public WorkforceCounts() {
  }

  /**
   * Adds to a count.
   *
   * @param key the key
   * @param n the amount, 0 or more
   * @throws IllegalArgumentException if n is negative
   */
  public void add(Key key, long n) {
    if (n < 0) {
      throw new IllegalArgumentException("a count of " + key + " cannot grow by " + n);
    }
    counts.merge(key, n, Long::sum);
  }

  /**
   * A count, 0 when never added.
   *
   * @param key the key
   * @return the count
   */
  public long get(Key key) {
    return counts.getOrDefault(key, 0L);
  }

  /**
   * The sum of the counts of a measure in a segment over all groups.
   *
   * @param measure the measure
   * @param kind the segment kind
   * @param segment the segment
   * @return the total
   */
  public long total(String measure, String kind, String segment) {
    long s = 0;
    for (Map.Entry<Key, Long> e : counts.entrySet()) {
      Key k = e.getKey();
      if (k.measure().equals(measure) && k.kind().equals(kind) && k.segment().equals(segment)) {
        s += e.getValue();
      }
    }
    return s;
  }

  /**
   * The distinct values of one key part among the keys that match.
   *
   * @param part 0 measure, 1 kind, 2 segment, 3 group
   * @param match which keys
   * @return the sorted values
   */
  public TreeSet<String> distinct(int part, Predicate<Key> match) {
    TreeSet<String> values = new TreeSet<>();
    for (Key k : counts.keySet()) {
      if (match.test(k)) {
        values.add(switch (part) {
          case 0 -> k.measure();
          case 1 -> k.kind();
          case 2 -> k.segment();
          default -> k.group();
        });
      }
    }
    return values;
  }

  /**
   * The counts of both, added key by key.
   *
   * @param other the other counts
   * @return new counts
   */
  public WorkforceCounts merge(WorkforceCounts other) {
    WorkforceCounts m = new WorkforceCounts();
    m.counts.putAll(counts);
    other.counts.forEach((k, v) -> m.counts.merge(k, v, Long::sum));
    return m;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof WorkforceCounts c && c.counts.equals(counts);
  }

  @Override
  public int hashCode() {
    return counts.hashCode();
  }
}
