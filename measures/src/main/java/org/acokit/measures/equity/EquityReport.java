/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.equity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

import com.google.common.collect.ImmutableList;
import org.acokit.explain.TextTable;
import org.acokit.io.FailureException;
import org.acokit.measures.evaluation.PopulationCounts;

/**
 * An equity report of measures by stratifiers: for each (measure, stratifier), the stratified
 * rates with Wilson intervals and suppressed cells marked ({@link StratifiedRates}), the pairwise
 * disparities against the reference group with AHRQ's meaningful-disparity flag
 * ({@link Disparity}), and the WHO summary measures over the published strata
 * ({@link SummaryMeasures}; ordered dimensions as ordered). Rendered as three CSV tables
 * ({@link #toCsv()}). Immutable and thread-safe.
 */
public final class EquityReport {

  /**
   * One (measure, stratifier) section.
   *
   * @param rates the stratified rates
   * @param disparities the pairwise comparisons (empty if no reference could be formed)
   * @param summary the summary measures (empty if fewer than two strata are published)
   */
  public record Section(StratifiedRates rates, List<Disparity> disparities, List<SummaryEstimate> summary) {
  }

  private final ImmutableList<Section> sections;

  private EquityReport(List<Section> sections) {
    this.sections = ImmutableList.copyOf(sections);
  }

  /**
   * Builds the report from one stratified evaluation.
   *
   * @param counts the counts (evaluated with the stratifiers)
   * @param measureUrls the measures to report
   * @param stratifiers the stratifier names to report
   * @param ordered ordered dimensions by stratifier name (such as ADI decile); others are non-ordered
   * @param suppression the suppression policy
   * @param reference the reference group for the pairwise comparisons (a named reference that a
   *     stratifier lacks falls back to no comparisons for it)
   * @param simulation the settings of the simulated summary intervals
   * @return the report
   * @throws IllegalArgumentException if a measure or stratifier was not counted
   */
  public static EquityReport of(PopulationCounts counts, List<String> measureUrls, List<String> stratifiers,
      Map<String, EquityDimension> ordered, CellSuppression suppression, Reference reference, Simulation simulation) {
    List<Section> out = new ArrayList<>();
    for (String m : measureUrls) {
      for (String s : stratifiers) {
        out.add(section(StratifiedRates.of(counts, m, s, suppression), ordered.get(s), reference, simulation));
      }
    }
    return new EquityReport(out);
  }

  /**
   * Builds the report from stratified rates, however they were counted (for example
   * {@link StratifiedRates#ofCounts} on counts a user supplies), each a section as
   * {@link #of(PopulationCounts, List, List, Map, CellSuppression, Reference, Simulation)} makes
   * them.
   *
   * @param rates the stratified rates, one section each, in report order
   * @param ordered ordered dimensions by stratifier name; others are non-ordered
   * @param reference the reference group for the pairwise comparisons
   * @param simulation the settings of the simulated summary intervals
   * @return the report
   */
  public static EquityReport ofRates(List<StratifiedRates> rates, Map<String, EquityDimension> ordered,
      Reference reference, Simulation simulation) {
    List<Section> out = new ArrayList<>();
    for (StratifiedRates r : rates) {
      out.add(section(r, ordered.get(r.stratifier()), reference, simulation));
    }
    return new EquityReport(out);
  }

  private static Section section(StratifiedRates rates, EquityDimension dim, Reference reference,
      Simulation simulation) {
    List<Disparity> d = List.of();
    String refName = null;
    try {
      d = rates.disparities(reference);
      refName = d.isEmpty() ? null : d.get(0).reference();
    } catch (FailureException e) {
      // the stratifier has no such (published) reference: no pairwise comparisons for it
    }
    List<SummaryEstimate> summary = List.of();
    try {
      summary = SummaryMeasures.compute(rates.toInequalityData(rates.measure() + " by " + rates.stratifier(), dim,
          dim == null ? refName : null), simulation);
    } catch (FailureException e) {
      // fewer than two published strata: no summary measures
    }
    return new Section(rates, d, summary);
  }

  /**
   * The sections, measures outer, stratifiers inner.
   *
   * @return the sections
   */
  public ImmutableList<Section> sections() {
    return sections;
  }

  /**
   * The section of a measure and stratifier.
   *
   * @param measureUrl the measure
   * @param stratifier the stratifier
   * @return the section
   * @throws IllegalArgumentException if the report has no such section
   */
  public Section section(String measureUrl, String stratifier) {
    return sections.stream().filter(x -> x.rates().measure().equals(measureUrl) && x.rates().stratifier()
        .equals(stratifier)).findFirst().orElseThrow(() -> new IllegalArgumentException("report has no section for"
            + " measure " + measureUrl + " by " + stratifier));
  }

  /**
   * The report as three CSV tables separated by a blank line: rates
   * ({@code measure,stratifier,stratum,numerator,denominator,rate,lower,upper,suppression}; counts
   * and rate blank for a suppressed stratum), disparities
   * ({@code measure,stratifier,stratum,reference,rate,reference_rate,difference,difference_lower,
   * difference_upper,ratio,ratio_lower,ratio_upper,p,relative_difference,worse,meaningful}) and
   * summary measures ({@code measure,stratifier,summary,estimate,se,lower,upper,method}); rates in
   * percent, differences in percentage points.
   *
   * @return the text
   */
  public String toCsv() {
    StringBuilder b = new StringBuilder("measure,stratifier,stratum,numerator,denominator,rate,lower,upper,suppression\n");
    for (Section s : sections) {
      for (StratumRate r : s.rates().rates()) {
        boolean shown = r.published();
        b.append(q(s.rates().measure())).append(',').append(q(s.rates().stratifier())).append(',').append(q(r.stratum()))
            .append(',').append(shown ? Long.toString(r.numerator()) : "").append(',')
            .append(shown ? Long.toString(r.denominator()) : "").append(',').append(f(r.rate())).append(',')
            .append(f(r.lower())).append(',').append(f(r.upper())).append(',')
            .append(r.suppression().name().toLowerCase(Locale.ROOT)).append('\n');
      }
    }
    b.append("\nmeasure,stratifier,stratum,reference,rate,reference_rate,difference,difference_lower,difference_upper,"
        + "ratio,ratio_lower,ratio_upper,p,relative_difference,worse,meaningful\n");
    for (Section s : sections) {
      for (Disparity d : s.disparities()) {
        b.append(q(s.rates().measure())).append(',').append(q(s.rates().stratifier())).append(',').append(q(d.stratum()))
            .append(',').append(q(d.reference())).append(',').append(f(d.rate())).append(',').append(f(d.referenceRate()))
            .append(',').append(f(d.difference())).append(',').append(f(d.differenceLower())).append(',')
            .append(f(d.differenceUpper())).append(',').append(f(d.ratio())).append(',').append(f(d.ratioLower()))
            .append(',').append(f(d.ratioUpper())).append(',').append(String.format(Locale.ROOT, "%.3g", d.pValue()))
            .append(',').append(f(d.relativeDifference())).append(',').append(d.worse()).append(',')
            .append(d.meaningful()).append('\n');
      }
    }
    b.append("\nmeasure,stratifier,summary,estimate,se,lower,upper,method\n");
    for (Section s : sections) {
      for (SummaryEstimate e : s.summary()) {
        b.append(q(s.rates().measure())).append(',').append(q(s.rates().stratifier())).append(',')
            .append(e.measure().code()).append(',').append(f(e.estimate())).append(',').append(f(e.se())).append(',')
            .append(f(e.lower())).append(',').append(f(e.upper())).append(',')
            .append(e.method().name().toLowerCase(Locale.ROOT)).append('\n');
      }
    }
    return b.toString();
  }

  private static String f(double v) {
    return String.format(Locale.ROOT, "%.4f", v);
  }

  private static String f(OptionalDouble v) {
    return v.isPresent() ? f(v.getAsDouble()) : "";
  }

  private static String q(String s) {
    return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
  }

  /**
   * The report in short as a text table (for JShell and logs): per section (measure, stratifier)
   * the strata with a published rate, the reference group, the strata that fare meaningfully worse than it
   * (AHRQ's rule) and the number of summary measures; at most {@value #SHOWN} sections, the
   * measure named by the last part of its URL. Every figure: {@link #toCsv()}, or
   * {@code section(...).rates()} for one stratifier's rates.
   *
   * @return the table
   */
  @Override
  public String toString() {
    TextTable t = TextTable.of("Equity report: " + sections.size() + " section" + (sections.size() == 1 ? "" : "s"),
        "Measure", "Stratifier", "Strata", "Reference", "Meaningfully worse", "Summary measures");
    for (Section s : sections.subList(0, Math.min(SHOWN, sections.size()))) {
      String m = s.rates().measure();
      String shortName = m.substring(m.lastIndexOf('/') + 1);
      long published = s.rates().rates().stream().filter(r -> r.rate().isPresent()).count();
      List<String> worse = s.disparities().stream().filter(d -> d.worse() && d.meaningful()).map(Disparity::stratum)
          .toList();
      t.row(shortName.isEmpty() ? m : shortName, s.rates().stratifier(), published + " of " + s.rates().rates().size()
          + " with a rate", s.disparities().isEmpty() ? null : s.disparities().get(0).reference(),
          worse.isEmpty() ? "none" : String.join(", ", worse), Integer.toString(s.summary().size()));
    }
    return t.render() + (sections.size() > SHOWN ? (sections.size() - SHOWN) + " more sections: sections()\n" : "")
        + "every rate, disparity and summary measure: toCsv()\n";
  }

  private static final int SHOWN = 8;
}
