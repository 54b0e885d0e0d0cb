/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.evaluation;

import java.util.ArrayList;
import java.util.List;

import org.acokit.explain.Formats;
import org.acokit.explain.TextTable;
import org.acokit.explain.ValueKind;

import org.acokit.measures.definition.GroupAggregation;
import org.acokit.measures.definition.MeasureIdentity;
import org.acokit.measures.definition.Population;
import org.acokit.measures.definition.Scoring;
import org.acokit.quality.Direction;
import org.acokit.quality.MeasureResult;

/**
 * Population counts by (measure, group, population), and by stratum of every stratifier and
 * supplemental data element: what batch evaluation produces. Counts are of patients (patient
 * basis) or episodes (episode basis).
 * <p>
 * Mergeable: counts of disjoint patient ranges or partitions {@link #merge(PopulationCounts)}
 * associatively and commutatively into the counts of the union (so a distributed engine can use
 * them as a combiner). {@link #toMeasureResult(String)} gives the quality engine's
 * {@link MeasureResult}. Immutable and thread-safe.
 */
public final class PopulationCounts {

  private final CountLayout layout;
  private final long[] cells;
  private final long patients;

  PopulationCounts(CountLayout layout, long[] cells, long patients) {
    this.layout = layout;
    this.cells = cells;
    this.patients = patients;
  }

  /**
   * Merges counts of the same measures (bound the same way).
   *
   * @param other the other counts
   * @return the sum
   * @throws IllegalArgumentException if the other counts are of other measures, groups or strata
   */
  public PopulationCounts merge(PopulationCounts other) {
    if (!layout.sameAs(other.layout)) {
      throw new IllegalArgumentException("population counts must be of the same measures, groups and strata to"
          + " merge, but were of " + measureUrls() + " and " + other.measureUrls());
    }
    long[] sum = cells.clone();
    for (int i = 0; i < sum.length; i++) {
      sum[i] += other.cells[i];
    }
    return new PopulationCounts(layout, sum, patients + other.patients);
  }

  /** Adds counts of the same layout into these (fresh, unshared) counts; for the evaluator's own partials. */
  PopulationCounts addInPlace(PopulationCounts other) {
    long[] o = other.cells;
    for (int i = 0; i < cells.length; i++) {
      cells[i] += o[i];
    }
    return new PopulationCounts(layout, cells, patients + other.patients);
  }

  /**
   * All counts as one flat array, in this layout's order (measure, group, population, then each
   * stratifier's strata): what a partial sends across a process boundary (a Spark buffer, a Beam
   * coder). Read it back with {@link #withCounts(long[], long)} on counts bound to the same
   * measures.
   *
   * @return a copy of the counts
   */
  public long[] toArray() {
    return cells.clone();
  }

  /**
   * Counts of the same measures, groups and strata as these, holding the given counts (as
   * written by {@link #toArray()} of counts bound the same way, on another machine perhaps).
   *
   * @param counts the flat counts
   * @param patients the number of patients they count
   * @return the counts
   * @throws IllegalArgumentException if the array's length is not this layout's or a count is
   *     negative
   */
  public PopulationCounts withCounts(long[] counts, long patients) {
    if (counts.length != cells.length) {
      throw new IllegalArgumentException("counts must have " + cells.length + " cells for " + measureUrls()
          + ", but had " + counts.length);
    }
    if (patients < 0) {
      throw new IllegalArgumentException("patients must be 0 or more, but was " + patients);
    }
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] < 0) {
        throw new IllegalArgumentException("counts[" + i + "] must be 0 or more, but was " + counts[i]);
      }
    }
    return new PopulationCounts(layout, counts.clone(), patients);
  }

  /**
   * The number of patients evaluated (failed patients not included).
   *
   * @return the count
   */
  public long patients() {
    return patients;
  }

  /**
   * The canonical URLs of the measures, in evaluation order.
   *
   * @return the URLs
   */
  public List<String> measureUrls() {
    List<String> urls = new ArrayList<>();
    layout.measures.forEach(m -> urls.add(m.identity().canonicalUrl()));
    return urls;
  }

  /**
   * The number of groups of a measure.
   *
   * @param measureUrl the canonical URL
   * @return the number of groups
   * @throws IllegalArgumentException if the measure was not evaluated
   */
  public int groups(String measureUrl) {
    return layout.measures.get(layout.measureIndex(measureUrl)).groups().size();
  }

  /**
   * Whether a group declares a population.
   *
   * @param measureUrl the canonical URL
   * @param group the group index, from 0 in Measure order
   * @param population the population
   * @return true if declared
   * @throws IllegalArgumentException if the measure or group is unknown
   */
  public boolean declares(String measureUrl, int group, Population population) {
    return (layout.group(layout.measureIndex(measureUrl), group).populationMask() & population.bit()) != 0;
  }

  /**
   * The count of a population of a group.
   *
   * @param measureUrl the canonical URL
   * @param group the group index, from 0 in Measure order
   * @param population the population
   * @return the count
   * @throws IllegalArgumentException if the measure or group is unknown
   */
  public long count(String measureUrl, int group, Population population) {
    return cells[layout.group(layout.measureIndex(measureUrl), group).base() + population.ordinal()];
  }

  /**
   * The count of a population of a group in one stratum.
   *
   * @param measureUrl the canonical URL
   * @param group the group index
   * @param stratifier the stratifier or supplemental data name
   * @param stratum the stratum name
   * @param population the population
   * @return the count
   * @throws IllegalArgumentException if the measure, group, stratifier or stratum is unknown
   */
  public long count(String measureUrl, int group, String stratifier, String stratum, Population population) {
    CountLayout.GroupShape g = layout.group(layout.measureIndex(measureUrl), group);
    int s = g.stratifierNames().indexOf(stratifier);
    if (s < 0) {
      throw new IllegalArgumentException("stratifier must be one of " + g.stratifierNames() + ", but was " + stratifier);
    }
    int k = g.strata().get(s).indexOf(stratum);
    if (k < 0) {
      throw new IllegalArgumentException("stratum of " + stratifier + " must be one of " + g.strata().get(s)
          + ", but was " + stratum);
    }
    return cells[g.stratifierBase()[s] + k * CountLayout.POPULATIONS + population.ordinal()];
  }

  /**
   * The performance rate of a proportion measure in percent: (NUM - NUMEX) / (DEN - DENEX -
   * DENEXCEP) x 100, over the measure's groups summed when it pools them
   * ({@link GroupAggregation#POOLED}), else of its one group. Example: 30 in NUM, 100 in DEN, 10 in
   * DENEX, 0 exceptions: 33.33.
   *
   * @param measureUrl the canonical URL
   * @return the performance rate in percent, 0 to 100
   * @throws IllegalArgumentException if the measure was not evaluated or is not a proportion measure
   * @throws IllegalStateException if the performance denominator is 0 (no eligible patient: no
   *     rate, which is not 0%)
   */
  public double performanceRatePercent(String measureUrl) {
    int m = layout.measureIndex(measureUrl);
    CountLayout.MeasureShape shape = layout.measures.get(m);
    if (shape.scoring() != Scoring.PROPORTION) {
      throw new IllegalArgumentException("performance rate needs a proportion measure, but " + measureUrl + " is "
          + shape.scoring());
    }
    int groups = shape.identity().groupAggregation() == GroupAggregation.POOLED ? shape.groups().size() : 1;
    long num = 0;
    long den = 0;
    for (int g = 0; g < groups; g++) {
      int base = shape.groups().get(g).base();
      num += cells[base + Population.NUMERATOR.ordinal()] - cells[base + Population.NUMERATOR_EXCLUSION.ordinal()];
      den += cells[base + Population.DENOMINATOR.ordinal()] - cells[base + Population.DENOMINATOR_EXCLUSION.ordinal()]
          - cells[base + Population.DENOMINATOR_EXCEPTION.ordinal()];
    }
    if (den <= 0) {
      throw new IllegalStateException("measure " + measureUrl + " has no performance denominator (DEN - DENEX -"
          + " DENEXCEP = " + den + "): there is no rate");
    }
    return 100.0 * num / den;
  }

  /**
   * The measure's result for the quality engine: its catalog measure id, collection type and
   * performance rate in percent ({@link #performanceRatePercent(String)}).
   *
   * @param measureUrl the canonical URL
   * @return the result
   * @throws IllegalArgumentException if the measure was not evaluated or is not a proportion measure
   * @throws IllegalStateException if the performance denominator is 0
   */
  public MeasureResult toMeasureResult(String measureUrl) {
    MeasureIdentity id = layout.measures.get(layout.measureIndex(measureUrl)).identity();
    return MeasureResult.of(id.catalogMeasureId(), id.collectionType(), performanceRatePercent(measureUrl));
  }

  /**
   * Whether a higher rate of the measure is better ({@code PatientMeasure#direction()}).
   *
   * @param measureUrl the canonical URL
   * @return the direction
   * @throws IllegalArgumentException if the measure was not evaluated
   */
  public Direction direction(String measureUrl) {
    return layout.measures.get(layout.measureIndex(measureUrl)).direction();
  }

  /**
   * The stratifiers counted for a group: the group's own, the measure's supplemental data, then
   * the evaluator's (equity dimensions and intersections).
   *
   * @param measureUrl the canonical URL
   * @param group the group index
   * @return the stratifier names
   * @throws IllegalArgumentException if the measure or group is unknown
   */
  public List<String> stratifiers(String measureUrl, int group) {
    return layout.group(layout.measureIndex(measureUrl), group).stratifierNames();
  }

  /**
   * The strata of a stratifier of a group, in index order.
   *
   * @param measureUrl the canonical URL
   * @param group the group index
   * @param stratifier the stratifier name
   * @return the strata names
   * @throws IllegalArgumentException if the measure, group or stratifier is unknown
   */
  public List<String> strata(String measureUrl, int group, String stratifier) {
    CountLayout.GroupShape g = layout.group(layout.measureIndex(measureUrl), group);
    return g.strata().get(stratifierIndex(g, stratifier));
  }

  private static int stratifierIndex(CountLayout.GroupShape g, String stratifier) {
    int s = g.stratifierNames().indexOf(stratifier);
    if (s < 0) {
      throw new IllegalArgumentException("stratifier must be one of " + g.stratifierNames() + ", but was " + stratifier);
    }
    return s;
  }

  /**
   * The performance counts of a proportion measure over all patients: NUM - NUMEX of
   * DEN - DENEX - DENEXCEP, groups summed when the measure pools them.
   *
   * @param measureUrl the canonical URL
   * @return the counts
   * @throws IllegalArgumentException if the measure was not evaluated or is not a proportion measure
   */
  public PerformanceCounts performance(String measureUrl) {
    return performance(measureUrl, null, -1);
  }

  /**
   * The performance counts of a proportion measure in one stratum of a stratifier, groups summed
   * when the measure pools them (the stratifier must then be counted for each pooled group, as
   * the evaluator's own stratifiers are).
   *
   * @param measureUrl the canonical URL
   * @param stratifier the stratifier name
   * @param stratum the stratum name
   * @return the counts
   * @throws IllegalArgumentException if the measure, stratifier or stratum is unknown, or the
   *     measure is not a proportion measure
   */
  public PerformanceCounts performance(String measureUrl, String stratifier, String stratum) {
    CountLayout.GroupShape g0 = layout.group(layout.measureIndex(measureUrl), 0);
    int k = g0.strata().get(stratifierIndex(g0, stratifier)).indexOf(stratum);
    if (k < 0) {
      throw new IllegalArgumentException("stratum of " + stratifier + " must be one of "
          + g0.strata().get(stratifierIndex(g0, stratifier)) + ", but was " + stratum);
    }
    return performance(measureUrl, stratifier, k);
  }

  private PerformanceCounts performance(String measureUrl, String stratifier, int stratum) {
    int m = layout.measureIndex(measureUrl);
    CountLayout.MeasureShape shape = layout.measures.get(m);
    if (shape.scoring() != Scoring.PROPORTION) {
      throw new IllegalArgumentException("performance counts need a proportion measure, but " + measureUrl + " is "
          + shape.scoring());
    }
    int groups = shape.identity().groupAggregation() == GroupAggregation.POOLED ? shape.groups().size() : 1;
    long num = 0;
    long den = 0;
    for (int g = 0; g < groups; g++) {
      CountLayout.GroupShape gs = shape.groups().get(g);
      int base = stratifier == null ? gs.base()
          : gs.stratifierBase()[stratifierIndex(gs, stratifier)] + stratum * CountLayout.POPULATIONS;
      num += cells[base + Population.NUMERATOR.ordinal()] - cells[base + Population.NUMERATOR_EXCLUSION.ordinal()];
      den += cells[base + Population.DENOMINATOR.ordinal()] - cells[base + Population.DENOMINATOR_EXCLUSION.ordinal()]
          - cells[base + Population.DENOMINATOR_EXCEPTION.ordinal()];
    }
    return new PerformanceCounts(num, den);
  }

  long[] cells() {
    return cells;
  }

  CountLayout layout() {
    return layout;
  }

  /**
   * The counts as a text table (for JShell and logs): one row per measure and group with the
   * population counts it declares (IP, DEN, DENEX, NUM, NUMEX, DENEXCEP; an en dash where the
   * group does not declare one) and, on a measure's first row, a proportion measure's
   * performance rate in percent to two decimals (none when no patient is eligible, which is not
   * 0%); the measure named by the last part of its URL; at most {@value #SHOWN} rows. Strata:
   * {@link #count(String, int, String, String, Population)}.
   *
   * @return the table
   */
  @Override
  public String toString() {
    Population[] shown = {Population.INITIAL_POPULATION, Population.DENOMINATOR, Population.DENOMINATOR_EXCLUSION,
        Population.NUMERATOR, Population.NUMERATOR_EXCLUSION, Population.DENOMINATOR_EXCEPTION};
    TextTable t = TextTable.of(String.format(java.util.Locale.ROOT, "Population counts: %,d patients", patients),
        "Measure", "Group", "IP", "DEN", "DENEX", "NUM", "NUMEX", "DENEXCEP", "Rate (%)");
    int rows = 0;
    int total = 0;
    for (String url : measureUrls()) {
      for (int g = 0; g < groups(url); g++) {
        total++;
        if (rows == SHOWN) {
          continue;
        }
        rows++;
        Object[] cells = new Object[9];
        cells[0] = url.substring(url.lastIndexOf('/') + 1);
        cells[1] = Integer.toString(g + 1);
        for (int i = 0; i < shown.length; i++) {
          cells[2 + i] = declares(url, g, shown[i]) ? Formats.value(ValueKind.COUNT, count(url, g, shown[i])) : null;
        }
        cells[8] = g == 0 ? rate(url) : null;
        t.row(cells);
      }
    }
    return t.render() + (total > rows ? (total - rows) + " more rows: count(measureUrl, group, population)\n" : "");
  }

  private String rate(String url) {
    if (layout.measures.get(layout.measureIndex(url)).scoring() != Scoring.PROPORTION) {
      return null;
    }
    PerformanceCounts p = performance(url);
    return p.denominator() <= 0 ? null : Formats.percent((double) p.numerator() / p.denominator(), 2);
  }

  private static final int SHOWN = 12;
}
