/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.safety;

import java.util.List;
import java.util.Objects;

import com.google.common.collect.ImmutableList;

/**
 * A versioned list of hospital-acquired condition (HAC) categories that HAC events are counted
 * by: the Partnership for Patients' areas of harm and AHRQ's National Scorecard categories.
 * <p>
 * Sources: PfP overview (2011) "areas of focus" [quality-methodology S41]; HIIN (2016-2019)
 * required core areas of harm [S41d] (the items after CAUTI are unverified against the primary
 * text); AHRQ National Scorecard on HACs (28 measures, reported in these categories) [S38, S38c].
 * A rate is always tagged with the taxonomy and method version it was counted under. Immutable and
 * thread-safe.
 *
 * @param name the taxonomy name
 * @param version the version, such as {@code 2011}
 * @param categories the category codes, in report order
 */
public record HarmTaxonomy(String name, String version, ImmutableList<String> categories) {

  /** The Partnership for Patients 1.0 areas of focus (2011-2015), with "all other HACs". */
  public static final HarmTaxonomy PFP_2011 = new HarmTaxonomy("Partnership for Patients areas of focus", "2011",
      List.of("ADE", "CAUTI", "CLABSI", "FALLS", "OBSTETRIC", "PRESSURE_ULCER", "SSI", "VTE", "VAP", "OTHER"));

  /** The HIIN required core areas of harm (2016-2019; beyond ADE, CLABSI, CAUTI unverified). */
  public static final HarmTaxonomy HIIN_2016 = new HarmTaxonomy("HIIN core areas of harm", "2016",
      List.of("ADE", "CLABSI", "CAUTI", "CDI", "FALLS", "MRSA", "PRESSURE_ULCER", "SEPSIS", "SSI", "VTE", "VAE",
          "OTHER"));

  /** The AHRQ National Scorecard categories of its 28 HAC measures (2014 baseline, updated method). */
  public static final HarmTaxonomy AHRQ_SCORECARD_2014 = new HarmTaxonomy("AHRQ National Scorecard", "2014-updated",
      List.of("ADE", "CAUTI", "CLABSI", "FALLS", "OBSTETRIC", "PRESSURE_ULCER", "SSI", "VAP", "VTE", "OTHER"));

  /**
   * Creates a taxonomy.
   *
   * @param name the name
   * @param version the version
   * @param categories the category codes, distinct, at least one
   * @throws IllegalArgumentException if the categories are empty or repeat
   */
  public HarmTaxonomy(String name, String version, List<String> categories) {
    this(name, version, ImmutableList.copyOf(categories));
  }

  /**
   * Validates the taxonomy.
   *
   * @throws IllegalArgumentException if the categories are empty or repeat
   */
  public HarmTaxonomy {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(version, "version");
    if (categories.isEmpty() || categories.stream().distinct().count() != categories.size()) {
      throw new IllegalArgumentException("HAC categories of " + name + " must be distinct and at least one, but were "
          + categories);
    }
  }

  /**
   * The position of a category.
   *
   * @param category the code
   * @return the index, -1 if not in this taxonomy
   */
  public int indexOf(String category) {
    return categories.indexOf(category);
  }
}
