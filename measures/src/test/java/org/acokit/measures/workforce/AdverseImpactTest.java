/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.workforce;

import org.acokit.measures.internal.Stats;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * Adverse-impact statistics: the Morris (2017) figures (the full published output set is checked
 * against the shared data by the example's test), hand-computed k × 2 Fisher values and
 * invariants.
 */
class AdverseImpactTest {

  private static final List<SelectionCount> MORRIS =
      List.of(SelectionCount.of("women", 10, 2), SelectionCount.of("men", 25, 15));

  @Test
  void printsAsATableOfGroups() {
    String text = AdverseImpact.analyze(MORRIS).toString();
    assertThat(text).startsWith("Adverse impact: reference men, overall selection rate 48.57%")
        .contains("men (reference)").contains("20.00%").contains("60.00%").contains("0.3333")
        .contains("Below 4/5").endsWith("every statistic: statistics()\n")
        .doesNotContain("-0.0", "NaN", "Optional", "@", "{", "=");
    assertThat(text.length()).isLessThan(1000);
    assertThat(text.lines().filter(l -> l.startsWith("women")).findFirst().orElseThrow()).contains("yes");
  }

  @Test
  void morrisCheckValuesFromTheSource() {
    AdverseImpactResult r = AdverseImpact.analyze(MORRIS);
    assertThat(r.referenceGroup()).isEqualTo("men");
    GroupImpact women = r.groups().get(0);
    // published: impact ratio 0.333 (below four-fifths), |Z| = 2.14, Fisher two-sided p = 0.060
    assertThat(women.impactRatio().getAsDouble()).isCloseTo(1.0 / 3, within(1e-15));
    assertThat(women.fourFifthsFlag()).contains(true);
    assertThat(women.z().getAsDouble()).isCloseTo(-2.138963159732493, within(1e-14));
    assertThat(women.fisherPTwoSided().getAsDouble()).isCloseTo(0.05990783410138243, within(1e-15));
    assertThat(r.fisherP().getAsDouble()).isCloseTo(0.05990783410138243, within(1e-15));
    assertThat(women.fisherMidP().getAsDouble()).isCloseTo(0.020949202817945881, within(1e-15));
    assertThat(r.yatesChiSquare().getAsDouble()).isCloseTo(3.1139705882352935, within(1e-13));
    assertThat(r.yatesP().getAsDouble()).isCloseTo(0.077623513647400874, within(1e-14));
    assertThat(r.groups().get(1).reference()).isTrue();
    assertThat(r.groups().get(1).z()).isEmpty();
  }

  @Test
  void morrisPairStatisticsAsPublished() {
    // the published outputs for women against men (Morris 2017; the shared data's
    // morris2017_outputs.csv, checked in full by the examples' AdverseImpactStatisticsTest)
    GroupImpact w = AdverseImpact.analyze(MORRIS).groups().get(0);
    assertThat(w.impactRatioLower().getAsDouble()).isCloseTo(0.092654391592518759, within(1e-7));
    assertThat(w.impactRatioUpper().getAsDouble()).isCloseTo(1.199199619158501, within(1e-6));
    assertThat(w.impactRatioLogSe().getAsDouble()).isCloseTo(0.65319726474218087, within(1e-9));
    assertThat(w.zPTwoSided().getAsDouble()).isCloseTo(0.032438652116965727, within(1e-15));
    assertThat(w.zPOneSided().getAsDouble()).isCloseTo(0.016219326058482864, within(1e-15));
    assertThat(w.twoSdFlag()).contains(true);
    assertThat(w.fisherPOneSided().getAsDouble()).isCloseTo(0.037157688436887583, within(1e-15));
    assertThat(w.chiSquare().getAsDouble()).isCloseTo(4.5751633986928102, within(1e-13));
    assertThat(w.chiSquareP().getAsDouble()).isCloseTo(0.032438652116965727, within(1e-14));
    assertThat(w.phi().getAsDouble()).isCloseTo(0.36155076303109357, within(1e-15));
    assertThat(w.oddsRatio().getAsDouble()).isCloseTo(0.16666666666666669, within(1e-15));
    assertThat(w.absRateDifference().getAsDouble()).isCloseTo(0.4, within(1e-15));
    assertThat(w.cohensH().getAsDouble()).isCloseTo(-0.84485902958361525, within(1e-14));
    assertThat(w.shortfall()).hasValue(4);
    assertThat(w.adjustedShortfall().getAsDouble()).isCloseTo(0.23529411764705882, within(1e-15));
    assertThat(w.shortfallPooled()).hasValue(3);
    assertThat(w.disparityAd().getAsDouble()).isCloseTo(-0.16806722689075629, within(1e-15));
    assertThat(w.disparityAi()).hasValue(-2);
  }

  @Test
  void fisherOfAThreeByTwoTableMatchesFullEnumeration() {
    // 3 groups: enumerate every table with the margins by brute force, as the definition reads
    long[] n = {12, 9, 15};
    long[] x = {3, 6, 10};
    double brute = bruteForceFisher(n, x);
    double p = FisherExact.pValue(n, x).getAsDouble();
    assertThat(p).isCloseTo(brute, within(1e-13));
    assertThat(p).isBetween(0.0, 1.0);
  }

  @Property(tries = 60)
  void networkSearchEqualsEnumeration(@ForAll @IntRange(min = 1, max = 9) int n1, @ForAll @IntRange(min = 1, max = 9) int n2,
      @ForAll @IntRange(min = 1, max = 9) int n3, @ForAll @IntRange(min = 1, max = 9) int n4,
      @ForAll @IntRange(min = 0, max = 9) int a, @ForAll @IntRange(min = 0, max = 9) int b,
      @ForAll @IntRange(min = 0, max = 9) int c, @ForAll @IntRange(min = 0, max = 9) int d) {
    long[] n = {n1, n2, n3, n4};
    long[] x = {Math.min(a, n1), Math.min(b, n2), Math.min(c, n3), Math.min(d, n4)};
    assertThat(FisherExact.pValue(n, x).getAsDouble()).isCloseTo(bruteForceFisher(n, x), within(1e-12));
  }

  @Property(tries = 200)
  void statisticsAreFiniteAndConsistent(@ForAll @IntRange(min = 1, max = 400) int ng, @ForAll @IntRange(min = 0, max = 400) int xg,
      @ForAll @IntRange(min = 1, max = 400) int nr, @ForAll @IntRange(min = 0, max = 400) int xr) {
    List<SelectionCount> counts =
        List.of(SelectionCount.of("g", ng, Math.min(xg, ng)), SelectionCount.of("r", nr, Math.min(xr, nr)));
    AdverseImpactResult r = AdverseImpact.analyze(counts);
    // the Statistic check rejects NaN and infinity, so building every row is the finiteness test
    assertThat(r.statistics()).isNotEmpty();
    GroupImpact other = r.groups().stream().filter(g -> !g.reference()).findFirst().orElseThrow();
    if (other.z().isPresent()) {
      assertThat(other.chiSquare().getAsDouble()).isCloseTo(Math.pow(other.z().getAsDouble(), 2), within(1e-9));
      assertThat(r.chiSquare().getAsDouble()).isCloseTo(other.chiSquare().getAsDouble(), within(1e-9));
      assertThat(other.zPTwoSided().getAsDouble()).isCloseTo(other.chiSquareP().getAsDouble(), within(1e-12));
    }
    assertThat(other.fisherMidP().getAsDouble()).isLessThanOrEqualTo(other.fisherPOneSided().getAsDouble());
    assertThat(other.fisherPTwoSided().getAsDouble()).isBetween(0.0, 1.0);
    assertThat(other.selectionRate()).isLessThanOrEqualTo(r.groups().stream().filter(GroupImpact::reference)
        .findFirst().orElseThrow().selectionRate());
  }

  @Test
  void badInputNamesTheGroupAndValue() {
    assertThatThrownBy(() -> SelectionCount.of("women", 0, 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("applicants of group 'women' is 0");
    assertThatThrownBy(() -> SelectionCount.of("men", 5, 6)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("selected of group 'men' is 6");
    assertThatThrownBy(() -> AdverseImpact.analyze(MORRIS, "nobody")).hasMessageContaining("'nobody'");
    assertThatThrownBy(() -> AdverseImpact.analyze(List.of(MORRIS.get(0), MORRIS.get(0))))
        .hasMessageContaining("given twice");
  }

  @Test
  void distributionsMatchPublishedValues() {
    assertThat(Stats.normalQuantile(0.975)).isCloseTo(1.959963984540054, within(1e-15));
    assertThat(Stats.normalUpperTail(1.96)).isCloseTo(0.024997895148220435, within(1e-15));
    assertThat(Stats.normalUpperTail(6)).isCloseTo(9.865876450376946e-10, within(1e-22 * 1e3));
    // closed forms for odd df: Q(3/2, y) = erfc(√y) + e^(−y) y^(1/2) / Γ(3/2) and so on (y = x/2)
    assertThat(Stats.chiSquareUpperTail(7.8, 3)).isCloseTo(0.05033109785985336, within(1e-15));
    assertThat(Stats.chiSquareUpperTail(20, 7)).isCloseTo(0.005569683072945572, within(1e-16));
    assertThat(Stats.logFactorial(100)).isCloseTo(363.73937555556347, within(1e-11));
  }

  private static double bruteForceFisher(long[] n, long[] x) {
    long total = 0;
    for (long v : x) {
      total += v;
    }
    double[] acc = new double[2];
    double obs = 0;
    for (int i = 0; i < n.length; i++) {
      obs += Stats.logChoose(n[i], x[i]);
    }
    enumerate(n, 0, total, 0, obs, acc);
    return acc[0] / acc[1];
  }

  private static void enumerate(long[] n, int i, long left, double lp, double obs, double[] acc) {
    if (i == n.length) {
      if (left == 0) {
        double p = Math.exp(lp);
        acc[1] += p;
        double tol = n.length == 2 ? Math.log1p(1e-7) : 3.45254e-7;
        if (lp <= obs + tol) {
          acc[0] += p;
        }
      }
      return;
    }
    for (long xi = 0; xi <= Math.min(n[i], left); xi++) {
      enumerate(n, i + 1, left - xi, lp + Stats.logChoose(n[i], xi), obs, acc);
    }
  }
}
