/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.equity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** Suppression never leaves a count of 1 to 10 published or derivable from a partition's total. */
class CellSuppressionTest {

  @Property
  void noSmallCountIsPublishedOrDerivable(@ForAll @Size(min = 1, max = 12) List<@IntRange(min = 0, max = 60) Integer> dens,
      @ForAll @Size(min = 12, max = 12) List<@IntRange(min = 0, max = 60) Integer> nums) {
    int n = dens.size();
    long[] den = new long[n];
    long[] num = new long[n];
    List<String> names = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      den[i] = dens.get(i);
      num[i] = Math.min(den[i], nums.get(i));
      names.add("s" + i);
    }
    CellSuppression.Result r = CellSuppression.CMS.apply(num, den, CellSuppression.partitions(names));
    int suppressed = 0;
    long sn = 0;
    long sd = 0;
    for (int i = 0; i < n; i++) {
      boolean small = small(num[i]) || small(den[i]) || small(den[i] - num[i]);
      Suppression s = r.suppression().get(i);
      if (small) {
        assertThat(s).isEqualTo(Suppression.PRIMARY);
      }
      if (s != Suppression.NONE && den[i] > 0) {
        suppressed++;
        sn += num[i];
        sd += den[i];
      }
    }
    if (suppressed > 0 && !r.totalSuppressed()) {
      assertThat(suppressed).isGreaterThanOrEqualTo(2);
      assertThat(small(sn) || small(sd) || small(sd - sn)).isFalse();
    }
  }

  @Test
  void oneSmallCellTakesTheSmallestOtherWithIt() {
    long[] den = {400, 5, 120, 60};
    long[] num = {300, 2, 90, 30};
    CellSuppression.Result r = CellSuppression.CMS.apply(num, den,
        CellSuppression.partitions(List.of("a", "b", "c", "d")));
    assertThat(r.suppression()).containsExactly(Suppression.NONE, Suppression.PRIMARY, Suppression.NONE,
        Suppression.COMPLEMENTARY);
    assertThat(r.totalSuppressed()).isFalse();
  }

  @Test
  void intersectionsAreProtectedAlongEveryLine() {
    List<String> names = List.of("x|p", "y|p", "x|q", "y|q");
    List<int[]> parts = CellSuppression.partitions(names);
    assertThat(parts).hasSize(5);
    long[] den = {500, 4, 300, 200};
    long[] num = {250, 1, 150, 100};
    CellSuppression.Result r = CellSuppression.CMS.apply(num, den, parts);
    // y|p is small; its row (y|*) and its column (*|p) each need a second suppressed cell
    assertThat(r.suppression().get(1)).isEqualTo(Suppression.PRIMARY);
    assertThat(r.suppression().get(0)).isEqualTo(Suppression.COMPLEMENTARY);
    assertThat(r.suppression().get(3)).isEqualTo(Suppression.COMPLEMENTARY);
  }

  private static boolean small(long v) {
    return v >= 1 && v <= 10;
  }
}
