/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.hospital;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.acokit.internal.Checks;

/**
 * Peer groups of the stratified HRRP methodology (FY2019 on): the quintile of the dual proportion,
 * group 1 the fifth of hospitals with the smallest share of full-benefit dual-eligible stays.
 * <p>
 * Ranking as SAS {@code PROC RANK GROUPS=5} with tied values sharing their mean rank:
 * {@code group = floor(rank x 5 / (n + 1)) + 1}. Applied to the 4-decimal FY2027 dual proportions
 * this reproduces 2,908 of 2,912 published peer groups; the other four are hospitals tied at the
 * published 4-decimal values 0.137 and 0.1824, which CMS ranks on unrounded proportions. Take the
 * published peer group where CMS gives one. Pure functions.
 */
public final class PeerGroups {

  private PeerGroups() {
  }

  /**
   * Assigns peer groups.
   *
   * @param dualProportions the dual proportion of each hospital by CCN, fractions
   * @return the peer group (1-5) of each hospital, in input order
   * @throws IllegalArgumentException naming the hospital if a proportion is not a fraction
   */
  public static Map<String, Integer> assign(Map<String, Double> dualProportions) {
    List<Map.Entry<String, Double>> entries = new ArrayList<>(dualProportions.entrySet());
    for (Map.Entry<String, Double> e : entries) {
      Checks.fraction("dual proportion of hospital " + e.getKey(), e.getValue());
    }
    List<Map.Entry<String, Double>> sorted = new ArrayList<>(entries);
    sorted.sort(Map.Entry.comparingByValue());
    int n = sorted.size();
    Map<String, Double> rank = new LinkedHashMap<>();
    int i = 0;
    while (i < n) {
      int j = i;
      while (j + 1 < n && sorted.get(j + 1).getValue().doubleValue() == sorted.get(i).getValue().doubleValue()) {
        j++;
      }
      double mean = (i + 1 + j + 1) / 2.0;
      for (int k = i; k <= j; k++) {
        rank.put(sorted.get(k).getKey(), mean);
      }
      i = j + 1;
    }
    Map<String, Integer> out = new LinkedHashMap<>();
    for (Map.Entry<String, Double> e : entries) {
      out.put(e.getKey(), (int) Math.floor(rank.get(e.getKey()) * 5 / (n + 1)) + 1);
    }
    return out;
  }
}
