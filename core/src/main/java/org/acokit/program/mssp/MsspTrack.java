/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.program.mssp;

/**
 * A Medicare Shared Savings Program track (or BASIC track level) with the performance years in
 * which CMS reconciled ACOs under it and its fixed financial terms.
 * <p>
 * Maximum sharing rates and performance payment limits (share of total updated benchmark
 * expenditures):
 * <ul>
 *   <li>Track 1: 50%, 10% (42 CFR 425.604(d), (e)(2)); one-sided.</li>
 *   <li>Track 1+ Model: 50%, 10%; two-sided with a fixed 30% loss rate (CMS Track 1+ Model fact
 *       sheet, Dec 2016; a CMMI model inside the program, not in Part 425).</li>
 *   <li>Track 2: 60%, 15% (425.606(d), (e)(2)).</li>
 *   <li>Track 3: 75%, 20% (425.610(d), (e)(2)); deemed part of ENHANCED from 7/1/2019.</li>
 *   <li>BASIC Levels A and B: 40%, 10%, one-sided; Levels C, D, E: 50%, 10%, two-sided with a
 *       fixed 30% loss rate (425.605(d)(1)(i)-(v)).</li>
 *   <li>ENHANCED: 75%, 20% (425.610(d), (e)(2)).</li>
 * </ul>
 * Years offered are performance years settled under the track, as published in CMS's public use
 * files: Tracks 1, 2 from 2012 (first performance years of the April and July 2012 starters ran
 * into 2013), Track 3 from 2016, Track 1+ from 2018, all four through 2021 (agreement periods that
 * started before 7/1/2019 ran out by then); BASIC and ENHANCED from the 7/1/2019 start onward.
 */
public enum MsspTrack {
  /** Track 1: one-sided, 50% maximum sharing rate. */
  TRACK_1("Track 1", 2012, 2021, false, 0.50, 0.10),
  /** Track 1+ Model: two-sided with limited downside, 50% maximum sharing rate, 30% loss rate. */
  TRACK_1_PLUS("Track 1+", 2018, 2021, true, 0.50, 0.10),
  /** Track 2: two-sided, 60% maximum sharing rate. */
  TRACK_2("Track 2", 2012, 2021, true, 0.60, 0.15),
  /** Track 3: two-sided, 75% maximum sharing rate. */
  TRACK_3("Track 3", 2016, 2021, true, 0.75, 0.20),
  /** BASIC track Level A: one-sided, 40% maximum sharing rate. */
  BASIC_A("BASIC Level A", 2019, MsspProgramYear.LAST_YEAR, false, 0.40, 0.10),
  /** BASIC track Level B: one-sided, 40% maximum sharing rate. */
  BASIC_B("BASIC Level B", 2019, MsspProgramYear.LAST_YEAR, false, 0.40, 0.10),
  /** BASIC track Level C: two-sided, 50% sharing, 30% losses up to 2% of revenue / 1% of benchmark. */
  BASIC_C("BASIC Level C", 2019, MsspProgramYear.LAST_YEAR, true, 0.50, 0.10),
  /** BASIC track Level D: two-sided, 50% sharing, 30% losses up to 4% of revenue / 2% of benchmark. */
  BASIC_D("BASIC Level D", 2019, MsspProgramYear.LAST_YEAR, true, 0.50, 0.10),
  /** BASIC track Level E: two-sided, 50% sharing, 30% losses up to 8% of revenue / 4% of benchmark. */
  BASIC_E("BASIC Level E", 2019, MsspProgramYear.LAST_YEAR, true, 0.50, 0.10),
  /** ENHANCED track: two-sided, 75% maximum sharing rate, losses up to 15% of benchmark. */
  ENHANCED("ENHANCED", 2019, MsspProgramYear.LAST_YEAR, true, 0.75, 0.20);

  private final String label;
  private final int firstYear;
  private final int lastYear;
  private final boolean twoSided;
  private final double maximumSharingRate;
  private final double performancePaymentLimitRate;

  MsspTrack(String label, int firstYear, int lastYear, boolean twoSided, double maximumSharingRate,
      double performancePaymentLimitRate) {
    this.label = label;
    this.firstYear = firstYear;
    this.lastYear = lastYear;
    this.twoSided = twoSided;
    this.maximumSharingRate = maximumSharingRate;
    this.performancePaymentLimitRate = performancePaymentLimitRate;
  }

  /**
   * The name CMS uses, such as {@code "BASIC Level B"}.
   *
   * @return the label
   */
  public String label() {
    return label;
  }

  /**
   * The first performance year settled under this track.
   *
   * @return the year
   */
  public int firstPerformanceYear() {
    return firstYear;
  }

  /**
   * The last performance year settled under this track (2026 for tracks still offered).
   *
   * @return the year
   */
  public int lastPerformanceYear() {
    return lastYear;
  }

  /**
   * Whether the track was offered in a performance year.
   *
   * @param performanceYear the performance year
   * @return true if ACOs were settled under this track in that year
   */
  public boolean isOfferedIn(int performanceYear) {
    return performanceYear >= firstYear && performanceYear <= lastYear;
  }

  /**
   * Checks that the track was offered in a performance year.
   *
   * @param performanceYear the performance year
   * @throws IllegalArgumentException if it was not
   */
  public void checkOfferedIn(int performanceYear) {
    if (!isOfferedIn(performanceYear)) {
      throw new IllegalArgumentException("track " + label + " is not offered in performance year "
          + performanceYear + ": it was offered in performance years " + firstYear + "-" + lastYear);
    }
  }

  /**
   * Whether the ACO shares losses (two-sided risk).
   *
   * @return true for two-sided tracks and levels
   */
  public boolean isTwoSided() {
    return twoSided;
  }

  /**
   * The maximum sharing rate (Table 3 [Q]) as a fraction.
   *
   * @return the rate, such as 0.5
   */
  public double maximumSharingRate() {
    return maximumSharingRate;
  }

  /**
   * The performance payment limit as a fraction of total updated benchmark expenditures
   * (Table 3 [W] = this x [H]).
   *
   * @return the rate, such as 0.1
   */
  public double performancePaymentLimitRate() {
    return performancePaymentLimitRate;
  }

  /**
   * Whether the track is a level of the BASIC track.
   *
   * @return true for BASIC Levels A-E
   */
  public boolean isBasic() {
    return this.name().startsWith("BASIC_");
  }

  /**
   * Whether the track's loss rate follows the quality score (Track 3 and ENHANCED, which from
   * 7/1/2019 includes Track 3).
   *
   * @return true for Track 3 and ENHANCED
   */
  public boolean isEnhancedFamily() {
    return this == TRACK_3 || this == ENHANCED;
  }

  /**
   * The revenue-based loss sharing limit as a share of ACO participants' Medicare FFS revenue:
   * BASIC Level C 2%, D 4%, E 8% (42 CFR 425.605(d)(1)(iii)-(v)(D); E's 8% is the nominal amount
   * standard of 414.1415(c)(3)(i)(A)), Track 1+ 8% (Track 1+ Model terms).
   *
   * @return the rate, empty for tracks without a revenue-based limit
   */
  public java.util.OptionalDouble revenueLossLimitRate() {
    switch (this) {
      case BASIC_C:
        return java.util.OptionalDouble.of(0.02);
      case BASIC_D:
        return java.util.OptionalDouble.of(0.04);
      case BASIC_E:
      case TRACK_1_PLUS:
        return java.util.OptionalDouble.of(0.08);
      default:
        return java.util.OptionalDouble.empty();
    }
  }

  /**
   * The benchmark-based loss sharing limit as a share of total updated benchmark expenditures:
   * the cap on the revenue-based limit of BASIC Level C 1%, D 2%, E 4% (414.1415(c)(3)(i)(B) 3% plus
   * one point) and Track 1+ 4%, and the limit of Track 3 and ENHANCED, 15% (425.610(g)). Track 2's
   * limit depends on the agreement year (5%, 7.5%, 10%, 425.606(g)) and is not a track constant.
   *
   * @return the rate, empty for one-sided tracks and Track 2
   */
  public java.util.OptionalDouble benchmarkLossLimitRate() {
    switch (this) {
      case BASIC_C:
        return java.util.OptionalDouble.of(0.01);
      case BASIC_D:
        return java.util.OptionalDouble.of(0.02);
      case BASIC_E:
      case TRACK_1_PLUS:
        return java.util.OptionalDouble.of(0.04);
      case TRACK_3:
      case ENHANCED:
        return java.util.OptionalDouble.of(0.15);
      default:
        return java.util.OptionalDouble.empty();
    }
  }

  /**
   * Finds a track by its CMS label or enum name, ignoring case.
   *
   * @param text a label such as {@code "BASIC Level B"} or a name such as {@code "BASIC_B"}
   * @return the track
   * @throws IllegalArgumentException if no track matches
   */
  public static MsspTrack parse(String text) {
    for (MsspTrack t : values()) {
      if (t.label.equalsIgnoreCase(text.trim()) || t.name().equalsIgnoreCase(text.trim())) {
        return t;
      }
    }
    throw new IllegalArgumentException("track '" + text + "' is unknown: expected one of "
        + java.util.Arrays.stream(values()).map(MsspTrack::label).collect(java.util.stream.Collectors.joining(", ")));
  }
}
