/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.evaluation;

import java.util.ArrayList;
import java.util.List;

import com.google.common.collect.ImmutableList;
import org.acokit.measures.definition.GroupDefinition;
import org.acokit.measures.definition.MeasureIdentity;
import org.acokit.measures.definition.Population;
import org.acokit.measures.definition.Scoring;
import org.acokit.measures.definition.Stratifier;
import org.acokit.quality.Direction;

/**
 * Where each (measure, group, stratifier, stratum, population) count sits in a flat array. Two
 * counts merge only with equal layouts. Immutable and thread-safe.
 */
final class CountLayout {

  static final int POPULATIONS = Population.values().length;

  /** One measure's description. */
  record MeasureShape(MeasureIdentity identity, Scoring scoring, Direction direction, ImmutableList<GroupShape> groups) {
  }

  /** One group's description: base cell, stratifiers (group's then supplemental) with their bases. */
  record GroupShape(int base, int populationMask, ImmutableList<String> stratifierNames,
      ImmutableList<ImmutableList<String>> strata, int[] stratifierBase) {
  }

  final ImmutableList<MeasureShape> measures;
  final int cells;

  CountLayout(List<MeasureIdentity> identities, List<Scoring> scorings, List<Direction> directions,
      List<List<GroupDefinition>> groups, List<List<Stratifier>> supplemental, List<Stratifier> extra) {
    int cell = 0;
    List<MeasureShape> ms = new ArrayList<>();
    for (int m = 0; m < identities.size(); m++) {
      List<GroupShape> gs = new ArrayList<>();
      for (GroupDefinition g : groups.get(m)) {
        int base = cell;
        cell += POPULATIONS;
        List<Stratifier> all = new ArrayList<>(g.stratifiers());
        all.addAll(supplemental.get(m));
        all.addAll(extra);
        int[] sb = new int[all.size()];
        List<String> names = new ArrayList<>();
        List<ImmutableList<String>> strata = new ArrayList<>();
        for (int s = 0; s < all.size(); s++) {
          sb[s] = cell;
          cell += all.get(s).strata().size() * POPULATIONS;
          names.add(all.get(s).name());
          strata.add(all.get(s).strata());
        }
        gs.add(new GroupShape(base, g.populationMask(), ImmutableList.copyOf(names), ImmutableList.copyOf(strata), sb));
      }
      ms.add(new MeasureShape(identities.get(m), scorings.get(m), directions.get(m), ImmutableList.copyOf(gs)));
    }
    this.measures = ImmutableList.copyOf(ms);
    this.cells = cell;
  }

  boolean sameAs(CountLayout o) {
    if (o == this) {
      return true;
    }
    if (o.cells != cells || o.measures.size() != measures.size()) {
      return false;
    }
    for (int m = 0; m < measures.size(); m++) {
      MeasureShape a = measures.get(m);
      MeasureShape b = o.measures.get(m);
      if (!a.identity().equals(b.identity()) || a.groups().size() != b.groups().size()) {
        return false;
      }
      for (int g = 0; g < a.groups().size(); g++) {
        if (!a.groups().get(g).strata().equals(b.groups().get(g).strata())
            || !a.groups().get(g).stratifierNames().equals(b.groups().get(g).stratifierNames())) {
          return false;
        }
      }
    }
    return true;
  }

  int measureIndex(String url) {
    for (int m = 0; m < measures.size(); m++) {
      if (measures.get(m).identity().canonicalUrl().equals(url)) {
        return m;
      }
    }
    throw new IllegalArgumentException("measure " + url + " must be one of the evaluated measures "
        + measures.stream().map(s -> s.identity().canonicalUrl()).toList());
  }

  GroupShape group(int m, int g) {
    List<GroupShape> gs = measures.get(m).groups();
    if (g < 0 || g >= gs.size()) {
      throw new IllegalArgumentException("group of measure " + measures.get(m).identity().canonicalUrl()
          + " must be 0 to " + (gs.size() - 1) + ", but was " + g);
    }
    return gs.get(g);
  }
}
