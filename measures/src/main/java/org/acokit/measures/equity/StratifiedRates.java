/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.equity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import com.google.common.collect.ImmutableList;
import org.acokit.explain.Formats;
import org.acokit.explain.TextTable;
import org.acokit.explain.ValueKind;
import org.acokit.io.Failure;
import org.acokit.io.FailureCode;
import org.acokit.io.FailureException;
import org.acokit.measures.evaluation.PerformanceCounts;
import org.acokit.measures.evaluation.PopulationCounts;
import org.acokit.quality.Direction;

/**
 * One proportion measure by the strata of one stratifier: each stratum's rate (percent) with
 * Wilson's interval, small cells suppressed ({@link CellSuppression}), the pairwise disparities
 * against a reference group ({@link #disparities(Reference)}) and the data for the WHO summary
 * measures ({@link #toInequalityData}). Built from counts acokit computed
 * ({@link #of(PopulationCounts, String, String, CellSuppression)}) or counts a user supplies
 * ({@link #ofCounts}). Only published strata (not suppressed, denominator above 0) enter the
 * disparity and summary statistics, so they cannot reveal a suppressed cell. Immutable and
 * thread-safe.
 */
public final class StratifiedRates {

  private final String measure;
  private final String stratifier;
  private final Direction direction;
  private final PerformanceCounts total;
  private final ImmutableList<StratumRate> rates;
  private final boolean totalSuppressed;

  private StratifiedRates(String measure, String stratifier, Direction direction, PerformanceCounts total,
      List<StratumRate> rates, boolean totalSuppressed) {
    this.measure = measure;
    this.stratifier = stratifier;
    this.direction = direction;
    this.total = total;
    this.rates = ImmutableList.copyOf(rates);
    this.totalSuppressed = totalSuppressed;
  }

  /**
   * A measure's rates by the strata of a stratifier counted in one evaluation.
   *
   * @param counts the counts
   * @param measureUrl the measure's canonical URL
   * @param stratifier the stratifier's name
   * @param suppression the suppression policy
   * @return the rates
   * @throws IllegalArgumentException if the measure or stratifier was not counted, or the
   *     measure is not a proportion measure
   */
  public static StratifiedRates of(PopulationCounts counts, String measureUrl, String stratifier,
      CellSuppression suppression) {
    Map<String, PerformanceCounts> byStratum = new LinkedHashMap<>();
    for (String s : counts.strata(measureUrl, 0, stratifier)) {
      byStratum.put(s, counts.performance(measureUrl, stratifier, s));
    }
    return build(measureUrl, stratifier, counts.direction(measureUrl), counts.performance(measureUrl), byStratum,
        suppression);
  }

  /**
   * Rates from counts a user supplies (such as a registry's or a vendor's stratified results).
   * The strata must partition the total; the total is their sum.
   *
   * @param measure the measure's name
   * @param stratifier the stratifier's name
   * @param direction whether higher is better (from the measure definition)
   * @param counts the counts by stratum, in report order ({@code a|b} names for an intersection)
   * @param suppression the suppression policy
   * @return the rates
   * @throws FailureException if there are no strata (MISSING_INPUT)
   */
  public static StratifiedRates ofCounts(String measure, String stratifier, Direction direction,
      Map<String, PerformanceCounts> counts, CellSuppression suppression) {
    if (counts.isEmpty()) {
      throw new FailureException(Failure.of(FailureCode.MISSING_INPUT, "measure[" + measure + "].stratifier["
          + stratifier + "]", null, "measure " + measure + ", stratifier " + stratifier + ": no strata given"));
    }
    long num = 0;
    long den = 0;
    for (PerformanceCounts c : counts.values()) {
      num += c.numerator();
      den += c.denominator();
    }
    return build(measure, stratifier, direction, new PerformanceCounts(num, den), counts, suppression);
  }

  private static StratifiedRates build(String measure, String stratifier, Direction direction, PerformanceCounts total,
      Map<String, PerformanceCounts> counts, CellSuppression suppression) {
    List<String> names = new ArrayList<>(counts.keySet());
    long[] num = new long[names.size()];
    long[] den = new long[names.size()];
    for (int i = 0; i < names.size(); i++) {
      num[i] = counts.get(names.get(i)).numerator();
      den[i] = counts.get(names.get(i)).denominator();
    }
    CellSuppression.Result r = suppression.apply(num, den, CellSuppression.partitions(names));
    List<StratumRate> rates = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      Suppression s = r.suppression().get(i);
      if (s != Suppression.NONE || den[i] == 0) {
        rates.add(new StratumRate(names.get(i), num[i], den[i], OptionalDouble.empty(), OptionalDouble.empty(),
            OptionalDouble.empty(), s));
      } else {
        double[] w = Proportions.wilson(num[i], den[i]);
        rates.add(new StratumRate(names.get(i), num[i], den[i], OptionalDouble.of(100.0 * num[i] / den[i]),
            OptionalDouble.of(100 * w[0]), OptionalDouble.of(100 * w[1]), s));
      }
    }
    return new StratifiedRates(measure, stratifier, direction, total, rates, r.totalSuppressed());
  }

  /**
   * The measure.
   *
   * @return the measure's URL or name
   */
  public String measure() {
    return measure;
  }

  /**
   * The stratifier.
   *
   * @return its name
   */
  public String stratifier() {
    return stratifier;
  }

  /**
   * The measure's direction.
   *
   * @return the direction
   */
  public Direction direction() {
    return direction;
  }

  /**
   * The counts over all patients.
   *
   * @return the total
   */
  public PerformanceCounts total() {
    return total;
  }

  /**
   * Whether the total itself must be suppressed (its suppressed strata could not be protected
   * by other strata).
   *
   * @return true if the total must not be published
   */
  public boolean totalSuppressed() {
    return totalSuppressed;
  }

  /**
   * The strata, in stratifier order.
   *
   * @return the rates
   */
  public ImmutableList<StratumRate> rates() {
    return rates;
  }

  /**
   * One stratum.
   *
   * @param stratum the name
   * @return the rate
   * @throws FailureException (MISSING_INPUT) naming the measure, stratifier and value if there is
   *     no such stratum
   */
  public StratumRate rate(String stratum) {
    for (StratumRate r : rates) {
      if (r.stratum().equals(stratum)) {
        return r;
      }
    }
    throw new FailureException(Failure.of(FailureCode.MISSING_INPUT, "measure[" + measure + "].stratifier["
        + stratifier + "].stratum", stratum, "measure " + measure + ", stratifier " + stratifier + ": no stratum '"
        + stratum + "'; strata are " + rates.stream().map(StratumRate::stratum).toList()));
  }

  /**
   * Every published stratum compared with the reference: rate difference with Newcombe's
   * interval, rate ratio with a log-scale interval, p-value and AHRQ's meaningful-disparity rule
   * ({@link Disparity}). Strata that are suppressed or empty are left out.
   *
   * @param reference the reference group: largest, best or named
   * @return one comparison per published stratum other than the reference
   * @throws FailureException if the named reference does not exist (MISSING_INPUT) or is not
   *     published (INVALID_VALUE: suppressed or empty), naming the measure, stratifier and value;
   *     or if no stratum is published (MISSING_INPUT)
   */
  public List<Disparity> disparities(Reference reference) {
    List<StratumRate> published = rates.stream().filter(r -> r.rate().isPresent()).toList();
    String at = "measure[" + measure + "].stratifier[" + stratifier + "].reference";
    StratumRate ref;
    if (reference.name().isPresent()) {
      ref = rate(reference.name().get());
      if (ref.rate().isEmpty()) {
        throw new FailureException(Failure.of(FailureCode.INVALID_VALUE, at, ref.stratum(), "measure " + measure
            + ", stratifier " + stratifier + ": reference group " + ref.stratum() + " is "
            + (ref.published() ? "empty" : "suppressed") + " and cannot be a reference"));
      }
    } else {
      if (published.isEmpty()) {
        throw new FailureException(Failure.of(FailureCode.MISSING_INPUT, at, null, "measure " + measure
            + ", stratifier " + stratifier + ": no published stratum to compare"));
      }
      ref = published.get(0);
      for (StratumRate r : published) {
        boolean better = reference.largest() ? r.denominator() > ref.denominator()
            : direction == Direction.HIGHER_IS_BETTER ? r.rate().getAsDouble() > ref.rate().getAsDouble()
                : r.rate().getAsDouble() < ref.rate().getAsDouble();
        if (better) {
          ref = r;
        }
      }
    }
    List<Disparity> out = new ArrayList<>();
    for (StratumRate g : published) {
      if (g == ref) {
        continue;
      }
      out.add(compare(g, ref));
    }
    return out;
  }

  private Disparity compare(StratumRate g, StratumRate ref) {
    long x1 = g.numerator();
    long n1 = g.denominator();
    long x2 = ref.numerator();
    long n2 = ref.denominator();
    double p1 = (double) x1 / n1;
    double p2 = (double) x2 / n2;
    double[] d = Proportions.newcombe(x1, n1, x2, n2);
    OptionalDouble ratio = p2 == 0 ? OptionalDouble.empty() : OptionalDouble.of(p1 / p2);
    double se = Proportions.logRatioSe(x1, n1, x2, n2);
    OptionalDouble rl = OptionalDouble.empty();
    OptionalDouble ru = OptionalDouble.empty();
    if (Double.isFinite(se) && ratio.isPresent()) {
      double l = Math.log(ratio.getAsDouble());
      rl = OptionalDouble.of(Math.exp(l - SummaryMeasures.Z * se));
      ru = OptionalDouble.of(Math.exp(l + SummaryMeasures.Z * se));
    }
    double p = Proportions.twoSidedP(x1, n1, x2, n2);
    boolean favourable = direction == Direction.HIGHER_IS_BETTER;
    double a1 = favourable ? 1 - p1 : p1;
    double a2 = favourable ? 1 - p2 : p2;
    OptionalDouble rel = a2 == 0 ? OptionalDouble.empty() : OptionalDouble.of((a1 - a2) / a2);
    boolean large = rel.isPresent() ? Math.abs(rel.getAsDouble()) >= 0.10 : a1 != a2;
    return new Disparity(g.stratum(), ref.stratum(), 100 * p1, 100 * p2, 100 * (p1 - p2), 100 * d[0], 100 * d[1], ratio,
        rl, ru, p, rel, a1 > a2, p <= 0.05 && large);
  }

  /**
   * The published strata as the input of the WHO summary measures: estimate = rate (percent,
   * scale 100), se = 100 sqrt(r (1 - r) / n), population = denominator; for an ordered dimension
   * each stratum's order (strata without an order, such as "Unknown", are left out).
   *
   * @param dataset the dataset's name
   * @param ordering the ordered dimension whose strata these are, or null for a non-ordered one
   * @param reference the reference stratum to mark, or null
   * @return the data
   * @throws FailureException if fewer than two strata are published (MISSING_INPUT) or the
   *     reference is not among them
   */
  public InequalityData toInequalityData(String dataset, EquityDimension ordering, String reference) {
    List<Subgroup> subgroups = new ArrayList<>();
    boolean found = reference == null;
    for (StratumRate r : rates) {
      if (r.rate().isEmpty()) {
        continue;
      }
      int order = ordering == null ? Subgroup.UNORDERED : ordering.order(r.stratum());
      if (ordering != null && order == 0) {
        continue;
      }
      double p = (double) r.numerator() / r.denominator();
      boolean isRef = r.stratum().equals(reference);
      found |= isRef;
      subgroups.add(new Subgroup(r.stratum(), order, 100 * p, 100 * Math.sqrt(p * (1 - p) / r.denominator()),
          r.denominator(), isRef));
    }
    if (!found) {
      throw new FailureException(Failure.of(FailureCode.MISSING_INPUT, "dataset[" + dataset + "].reference", reference,
          "dataset " + dataset + ": reference subgroup " + reference + " is not a published stratum of " + stratifier));
    }
    return new InequalityData(dataset, measure, stratifier, direction, ordering != null, 100, subgroups);
  }

  /**
   * The strata as a text table (for JShell and logs): each stratum's counts, rate and 95%
   * interval in percent to two decimals, and its suppression; a suppressed stratum shows its
   * counts as {@code *} and no rate, an empty stratum no rate (not 0%). The counts of a
   * suppressed stratum never print.
   *
   * @return the table
   */
  @Override
  public String toString() {
    TextTable t = TextTable.of(measure + " by " + stratifier + " (" + (direction == Direction.HIGHER_IS_BETTER
        ? "higher is better" : "lower is better") + ")", "Stratum", "Numerator", "Denominator", "Rate (%)",
        "95% CI (%)", "Suppressed");
    for (StratumRate r : rates) {
      boolean shown = r.published();
      t.row(r.stratum(), shown ? Formats.value(ValueKind.COUNT, r.numerator()) : "*",
          shown ? Formats.value(ValueKind.COUNT, r.denominator()) : "*", percent(r.rate()),
          r.lower().isPresent() && r.upper().isPresent() ? percent(r.lower()) + " to " + percent(r.upper()) : null,
          suppressionWord(r.suppression()));
    }
    t.row("Total", totalSuppressed ? "*" : Formats.value(ValueKind.COUNT, total.numerator()),
        totalSuppressed ? "*" : Formats.value(ValueKind.COUNT, total.denominator()),
        totalSuppressed || total.denominator() == 0 ? null
            : Formats.percent((double) total.numerator() / total.denominator(), 2), null,
        totalSuppressed ? "yes" : "no");
    return t.render();
  }

  static String percent(OptionalDouble ratePercent) {
    return ratePercent.isPresent() ? Formats.percent(ratePercent.getAsDouble() / 100, 2) : null;
  }

  static String suppressionWord(Suppression s) {
    switch (s) {
      case PRIMARY:
        return "yes (small cell)";
      case COMPLEMENTARY:
        return "yes (complementary)";
      default:
        return "no";
    }
  }
}
