/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.workforce;

import org.acokit.measures.internal.Stats;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;

import com.google.common.collect.ImmutableList;

/**
 * Adverse-impact statistics of a selection decision (hiring, promotion, a pipeline stage):
 * every group against a reference group, with the table-level tests. Entry point:
 * {@link #analyze(List)}.
 * <p>
 * Definitions (the contract is the equity data README of the shared test data; the sources are
 * the EEOC Uniform Guidelines on Employee Selection Procedures, 29 CFR 1607.4(D), for the
 * four-fifths rule, and Morris, S.B. (2017), "Statistical significance testing in adverse impact
 * analysis", in Morris &amp; Dunleavy (eds.), <i>Adverse Impact Analysis</i>, Routledge, pp. 71–91,
 * for the tests). Group g has n_g applicants, x_g selected, f_g = n_g − x_g, SR_g = x_g / n_g. The
 * reference group R is the group with the highest selection rate (the first in input order on a
 * tie) unless one is named. For each g ≠ R: N₂ = n_g + n_R, X₂ = x_g + x_R, F₂ = f_g + f_R,
 * P̄ = X₂ / N₂, and
 * <ul>
 *   <li>impact ratio IR = SR_g / SR_R; se(ln IR) = √((1 − SR_g)/(n_g SR_g) + (1 − SR_R)/(n_R SR_R)),
 *       interval exp(ln IR ∓ 1.96 se) (the literal 1.96 of psymetlab); four-fifths flag IR &lt; 0.8;
 *   <li>z = (SR_g − SR_R) / √(P̄(1 − P̄)(1/n_g + 1/n_R)), p two-sided 2(1 − Φ(|z|)), one-sided
 *       1 − Φ(|z|), two-SD flag |z| &gt; 1.96;
 *   <li>Fisher's exact test of the 2 × 2 table: two-sided (R's rule, tables with probability
 *       ≤ P_obs(1 + 10⁻⁷)), one-sided P(g gets ≤ x_g of the X₂ selections), mid-p = one-sided
 *       − ½ P(observed);
 *   <li>χ² = N₂(f_g x_R − f_R x_g)² / (n_g n_R X₂ F₂) with 1 df; φ = (f_g x_R − f_R x_g) /
 *       √(F₂ X₂ n_g n_R); odds ratio [SR_g/(1 − SR_g)]/[SR_R/(1 − SR_R)]; |SR_g − SR_R|;
 *       Cohen's h = 2 asin √SR_g − 2 asin √SR_R;
 *   <li>shortfall ⌈(x_R/n_R)·n_g⌉ − x_g; adjusted shortfall = shortfall / X₂; pooled shortfall
 *       ⌈n_g P̄ − x_g⌉; disparity_ad = x_g/X₂ − n_g/N₂; disparity_ai = ⌈disparity_ad · X₂⌉.
 * </ul>
 * Table level: the overall rate Σx/Σn; Pearson's χ² of the k × 2 table without continuity
 * correction (k − 1 df); for two groups R's Yates correction Y = min(0.5, min |O − E|),
 * χ² = Σ(|O − E| − Y)²/E; Fisher's exact test of the k × 2 table (see the package-private
 * network search). Worked example (Morris 2017): women 2 of 10, men 15 of 25: IR = 0.333 (below
 * four-fifths), z = −2.14, Fisher two-sided p = 0.060.
 * <p>
 * A statistic the definition leaves undefined (a division by zero) is empty, never NaN or
 * infinite. Stateless and thread-safe.
 */
public final class AdverseImpact {

  /** The literal critical value of the impact-ratio interval and the two-SD rule. */
  private static final double Z_196 = 1.96;
  /** The four-fifths threshold of 29 CFR 1607.4(D). */
  private static final double FOUR_FIFTHS = 0.8;

  private AdverseImpact() {
  }

  /**
   * Analyses a selection decision with the highest-rate group as the reference.
   *
   * @param counts one count per group, at least two, distinct group names
   * @return the analysis
   * @throws IllegalArgumentException if fewer than two groups are given or a group repeats
   */
  public static AdverseImpactResult analyze(List<SelectionCount> counts) {
    checkGroups(counts);
    int ref = 0;
    for (int i = 1; i < counts.size(); i++) {
      // compare x_i/n_i > x_ref/n_ref exactly, in integers
      if ((double) counts.get(i).selected() * counts.get(ref).applicants()
          > (double) counts.get(ref).selected() * counts.get(i).applicants()) {
        ref = i;
      }
    }
    return analyze(counts, ref);
  }

  /**
   * Analyses a selection decision against a named reference group (for example the group a
   * policy names). The four-fifths flag is still IR &lt; 0.8 against that group; UGESP's rule
   * compares with the highest rate, which {@link #analyze(List)} uses.
   *
   * @param counts one count per group, at least two, distinct group names
   * @param referenceGroup the reference group's name
   * @return the analysis
   * @throws IllegalArgumentException if fewer than two groups are given, a group repeats or the
   *     reference group is not among them
   */
  public static AdverseImpactResult analyze(List<SelectionCount> counts, String referenceGroup) {
    checkGroups(counts);
    for (int i = 0; i < counts.size(); i++) {
      if (counts.get(i).group().equals(referenceGroup)) {
        return analyze(counts, i);
      }
    }
    throw new IllegalArgumentException("referenceGroup '" + referenceGroup + "' is not among the groups "
        + counts.stream().map(SelectionCount::group).toList());
  }

  private static void checkGroups(List<SelectionCount> counts) {
    if (counts.size() < 2) {
      throw new IllegalArgumentException("an adverse-impact analysis needs at least 2 groups, but " + counts.size()
          + " were given");
    }
    Set<String> seen = new HashSet<>();
    for (SelectionCount c : counts) {
      if (!seen.add(c.group())) {
        throw new IllegalArgumentException("group '" + c.group() + "' is given twice");
      }
    }
  }

  private static AdverseImpactResult analyze(List<SelectionCount> counts, int ref) {
    int k = counts.size();
    long n = 0;
    long x = 0;
    long[] ns = new long[k];
    long[] xs = new long[k];
    for (int i = 0; i < k; i++) {
      ns[i] = counts.get(i).applicants();
      xs[i] = counts.get(i).selected();
      n += ns[i];
      x += xs[i];
    }
    AdverseImpactResult.Builder result = AdverseImpactResult.builder().counts(counts)
        .referenceGroup(counts.get(ref).group()).overallSelectionRate((double) x / n).chiSquareDf(k - 1);
    if (x > 0 && x < n) {
      double chi = 0;
      double minAbs = Double.POSITIVE_INFINITY;
      double[] o = new double[2 * k];
      double[] e = new double[2 * k];
      for (int i = 0; i < k; i++) {
        o[2 * i] = xs[i];
        o[2 * i + 1] = ns[i] - xs[i];
        e[2 * i] = (double) ns[i] * x / n;
        e[2 * i + 1] = (double) ns[i] * (n - x) / n;
      }
      for (int c = 0; c < 2 * k; c++) {
        chi += (o[c] - e[c]) * (o[c] - e[c]) / e[c];
        minAbs = Math.min(minAbs, Math.abs(o[c] - e[c]));
      }
      result.chiSquare(chi).chiSquareP(Stats.chiSquareUpperTail(chi, k - 1));
      if (k == 2) {
        double y = Math.min(0.5, minAbs);
        double yates = 0;
        for (int c = 0; c < 4; c++) {
          double d = Math.abs(o[c] - e[c]) - y;
          yates += d * d / e[c];
        }
        result.yatesChiSquare(yates).yatesP(Stats.chiSquareUpperTail(yates, 1));
      }
    }
    result.fisherP(FisherExact.pValue(ns, xs));
    ImmutableList.Builder<GroupImpact> groups = ImmutableList.builder();
    for (int i = 0; i < k; i++) {
      groups.add(i == ref ? referenceImpact(counts.get(i)) : pair(counts.get(i), counts.get(ref)));
    }
    return result.groups(groups.build()).build();
  }

  private static GroupImpact referenceImpact(SelectionCount r) {
    GroupImpact.Builder b = GroupImpact.builder().group(r.group()).applicants(r.applicants()).selected(r.selected())
        .selectionRate(r.selectionRate()).reference(true);
    if (r.selected() > 0) {
      b.impactRatio(1).fourFifthsFlag(false);
    }
    return b.build();
  }

  private static GroupImpact pair(SelectionCount g, SelectionCount r) {
    long ng = g.applicants();
    long xg = g.selected();
    long fg = ng - xg;
    long nr = r.applicants();
    long xr = r.selected();
    long fr = nr - xr;
    double srg = g.selectionRate();
    double srr = r.selectionRate();
    long n2 = ng + nr;
    long x2 = xg + xr;
    long f2 = fg + fr;
    double pooled = (double) x2 / n2;
    GroupImpact.Builder b = GroupImpact.builder().group(g.group()).applicants(ng).selected(xg).selectionRate(srg)
        .reference(false);
    if (xr > 0) {
      double ir = srg / srr;
      b.impactRatio(ir).fourFifthsFlag(ir < FOUR_FIFTHS);
      if (xg > 0) {
        double se = Math.sqrt((1 - srg) / (ng * srg) + (1 - srr) / (nr * srr));
        b.impactRatioLogSe(se).impactRatioLower(Math.exp(Math.log(ir) - Z_196 * se))
            .impactRatioUpper(Math.exp(Math.log(ir) + Z_196 * se));
      }
    }
    if (x2 > 0 && f2 > 0) {
      double z = (srg - srr) / Math.sqrt(pooled * (1 - pooled) * (1.0 / ng + 1.0 / nr));
      double upper = Stats.normalUpperTail(Math.abs(z));
      b.z(z).zPTwoSided(2 * upper).zPOneSided(upper).twoSdFlag(Math.abs(z) > Z_196);
      double cross = (double) fg * xr - (double) fr * xg;
      double chi = n2 * cross * cross / ((double) ng * nr * x2 * f2);
      b.chiSquare(chi).chiSquareP(Stats.chiSquareUpperTail(chi, 1));
      b.phi(cross / Math.sqrt((double) f2 * x2 * ng * nr));
    }
    Stats.Hypergeometric h = Stats.hypergeometric(ng, nr, x2);
    double oneSided = Math.min(1, h.cdf(xg));
    b.fisherPTwoSided(Math.min(1, h.twoSided(xg))).fisherPOneSided(oneSided)
        .fisherMidP(oneSided - 0.5 * h.probability(xg));
    double odds = (srg / (1 - srg)) / (srr / (1 - srr));
    if (Double.isFinite(odds)) {
      b.oddsRatio(odds);
    }
    b.absRateDifference(Math.abs(srg - srr));
    b.cohensH(2 * Math.asin(Math.sqrt(srg)) - 2 * Math.asin(Math.sqrt(srr)));
    double shortfall = Math.ceil(((double) xr / nr) * ng) - xg;
    b.shortfall(shortfall).shortfallPooled(Math.ceil(ng * pooled - xg));
    if (x2 > 0) {
      double ad = (double) xg / x2 - (double) ng / n2;
      b.adjustedShortfall(shortfall / x2).disparityAd(ad).disparityAi(Math.ceil(ad * x2));
    }
    return b.build();
  }
}
