/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.workforce;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import com.google.common.collect.ImmutableList;
import org.acokit.internal.AcoStyle;
import org.acokit.explain.Formats;
import org.acokit.explain.TextTable;
import org.acokit.explain.ValueKind;
import org.immutables.value.Value;

/**
 * The adverse-impact analysis of one selection decision: the table-level tests and the
 * {@link GroupImpact} of every group against the reference group, computed by
 * {@link AdverseImpact#analyze(List)}.
 * <p>
 * {@code statistics()} lists every value as a {@link Statistic} row named as in the equity data
 * README (table-level first, then each group in input order). Immutable and thread-safe.
 */
@Value.Immutable
@AcoStyle
abstract class AbstractAdverseImpactResult {

  /** @return the input counts, in input order */
  public abstract ImmutableList<SelectionCount> counts();

  /** @return the reference group R */
  public abstract String referenceGroup();

  /** @return Σ x / Σ n */
  public abstract double overallSelectionRate();

  /** @return the Pearson χ² of the k × 2 table; empty when nobody or everybody was selected */
  public abstract OptionalDouble chiSquare();

  /** @return k − 1 */
  public abstract int chiSquareDf();

  /** @return the upper-tail p of χ² with k − 1 degrees of freedom */
  public abstract OptionalDouble chiSquareP();

  /** @return R's continuity-corrected χ² (two groups only) */
  public abstract OptionalDouble yatesChiSquare();

  /** @return its upper-tail p with 1 degree of freedom */
  public abstract OptionalDouble yatesP();

  /** @return Fisher's exact two-sided p of the k × 2 table; empty above the search limit */
  public abstract OptionalDouble fisherP();

  /** @return every group against R, in input order */
  public abstract ImmutableList<GroupImpact> groups();

  /**
   * Every statistic as a row, with the names of the equity data README: table level
   * (overall_selection_rate, chisq_stat, chisq_df, chisq_p, chisq_yates_stat, chisq_yates_p,
   * fisher_p), then per group selection_rate, is_reference, impact_ratio (with se of ln ratio and
   * interval), four_fifths_flag and, for groups other than R, z, z_p_two_sided, z_p_one_sided,
   * two_sd_flag, fisher_p_two_sided, fisher_p_one_sided, fisher_mid_p, chisq_pair_stat,
   * chisq_pair_p, phi, odds_ratio, abs_rate_difference, cohens_h, shortfall, adjusted_shortfall,
   * shortfall_pooled, disparity_ad, disparity_ai. Flags are 1 or 0.
   *
   * @return the rows
   */
  public ImmutableList<Statistic> statistics() {
    List<Statistic> rows = new ArrayList<>();
    Optional<String> table = Optional.empty();
    rows.add(row(table, "overall_selection_rate", OptionalDouble.of(overallSelectionRate()), "no applicants"));
    rows.add(row(table, "chisq_stat", chiSquare(), "nobody or everybody was selected"));
    rows.add(row(table, "chisq_df", OptionalDouble.of(chiSquareDf()), ""));
    rows.add(row(table, "chisq_p", chiSquareP(), "nobody or everybody was selected"));
    if (counts().size() == 2) {
      rows.add(row(table, "chisq_yates_stat", yatesChiSquare(), "nobody or everybody was selected"));
      rows.add(row(table, "chisq_yates_p", yatesP(), "nobody or everybody was selected"));
    }
    rows.add(row(table, "fisher_p", fisherP(), "table too large for the exact search"));
    for (GroupImpact g : groups()) {
      Optional<String> name = Optional.of(g.group());
      rows.add(row(name, "selection_rate", OptionalDouble.of(g.selectionRate()), ""));
      rows.add(row(name, "is_reference", OptionalDouble.of(g.reference() ? 1 : 0), ""));
      rows.add(Statistic.builder().group(name).measure("impact_ratio").estimate(g.impactRatio())
          .se(g.impactRatioLogSe()).lower(g.impactRatioLower()).upper(g.impactRatioUpper())
          .note(g.impactRatio().isPresent() ? Optional.empty() : Optional.of("the reference group selected nobody"))
          .build());
      rows.add(row(name, "four_fifths_flag", flag(g.fourFifthsFlag()), "the impact ratio is undefined"));
      if (g.reference()) {
        continue;
      }
      String noSelections = "nobody or everybody in the pair was selected";
      rows.add(row(name, "z", g.z(), noSelections));
      rows.add(row(name, "z_p_two_sided", g.zPTwoSided(), noSelections));
      rows.add(row(name, "z_p_one_sided", g.zPOneSided(), noSelections));
      rows.add(row(name, "two_sd_flag", flag(g.twoSdFlag()), noSelections));
      rows.add(row(name, "fisher_p_two_sided", g.fisherPTwoSided(), ""));
      rows.add(row(name, "fisher_p_one_sided", g.fisherPOneSided(), ""));
      rows.add(row(name, "fisher_mid_p", g.fisherMidP(), ""));
      rows.add(row(name, "chisq_pair_stat", g.chiSquare(), noSelections));
      rows.add(row(name, "chisq_pair_p", g.chiSquareP(), noSelections));
      rows.add(row(name, "phi", g.phi(), noSelections));
      rows.add(row(name, "odds_ratio", g.oddsRatio(), "infinite or 0/0: a selection rate of 0 or 1"));
      rows.add(row(name, "abs_rate_difference", g.absRateDifference(), ""));
      rows.add(row(name, "cohens_h", g.cohensH(), ""));
      rows.add(row(name, "shortfall", g.shortfall(), ""));
      rows.add(row(name, "adjusted_shortfall", g.adjustedShortfall(), "no selections in the pair"));
      rows.add(row(name, "shortfall_pooled", g.shortfallPooled(), ""));
      rows.add(row(name, "disparity_ad", g.disparityAd(), "no selections in the pair"));
      rows.add(row(name, "disparity_ai", g.disparityAi(), "no selections in the pair"));
    }
    return ImmutableList.copyOf(rows);
  }

  private static OptionalDouble flag(Optional<Boolean> flag) {
    return flag.isPresent() ? OptionalDouble.of(flag.get() ? 1 : 0) : OptionalDouble.empty();
  }

  private static Statistic row(Optional<String> group, String measure, OptionalDouble estimate, String whyAbsent) {
    return Statistic.builder().group(group).measure(measure).estimate(estimate)
        .note(estimate.isPresent() ? Optional.empty() : Optional.of(whyAbsent)).build();
  }

  /**
   * The result as a text table (for JShell and logs): per group the applicants, selections,
   * selection rate in percent to two decimals, impact ratio against the reference group (four
   * decimals), the four-fifths and two-standard-deviation flags and Fisher's two-sided p; the
   * title names the reference group, the overall selection rate and the chi-square p. Every
   * statistic: {@link #statistics()}.
   *
   * @return the table
   */
  @Override
  public String toString() {
    TextTable t = TextTable.of("Adverse impact: reference " + referenceGroup() + ", overall selection rate "
        + Formats.percent(overallSelectionRate(), 2) + (chiSquareP().isPresent() ? ", chi-square p "
        + p(chiSquareP().getAsDouble()) : ""), "Group", "Applicants", "Selected", "Selection rate (%)",
        "Impact ratio", "Below 4/5", "Beyond 2 SD", "Fisher p");
    for (GroupImpact g : groups()) {
      t.row(g.group() + (g.reference() ? " (reference)" : ""), Formats.value(ValueKind.COUNT, g.applicants()),
          Formats.value(ValueKind.COUNT, g.selected()), Formats.percent(g.selectionRate(), 2),
          g.impactRatio().isPresent() ? Formats.value(ValueKind.POINTS, g.impactRatio().getAsDouble()) : null,
          g.fourFifthsFlag().map(f -> f ? "yes" : "no").orElse(null),
          g.twoSdFlag().map(f -> f ? "yes" : "no").orElse(null),
          g.fisherPTwoSided().isPresent() ? p(g.fisherPTwoSided().getAsDouble()) : null);
    }
    return t.render() + "every statistic: statistics()\n";
  }

  private static String p(double p) {
    return p < 0.0001 ? "< 0.0001" : Formats.value(ValueKind.POINTS, p);
  }
}
