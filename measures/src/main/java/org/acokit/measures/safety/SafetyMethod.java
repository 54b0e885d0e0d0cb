/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.safety;

import java.util.Objects;

/**
 * The method version every safety rate carries: the HAC taxonomy, the readmission window, how
 * planned readmissions are recognized, and the rules for index stays. Two rates counted under
 * different methods are never compared ({@link SafetyRate#reductionFrom(SafetyRate)} refuses).
 * <p>
 * Index-stay rules (after CMS's hospital-wide readmission measure, simplified to what discharge
 * data carries): stays of a person are sorted by admission; a stay ending in
 * {@link DischargeStatus#TRANSFER_ACUTE} is chained with the next stay admitted on its discharge
 * day or the day after (one episode, discharged at the end of the last stay); when
 * {@code combineSameDayReturns}, a stay admitted to the same facility on the day the previous
 * episode was discharged is part of that episode, not a readmission; an episode is an index stay
 * unless it ends in death or against medical advice; a readmission is the first later episode
 * admitted within {@code windowDays} days of the index discharge that is not planned. Immutable
 * and thread-safe.
 *
 * @param name the method name, such as {@code acokit-pfp}
 * @param version the method version, such as {@code 1}
 * @param taxonomy the HAC categories
 * @param windowDays the readmission window in days (30)
 * @param plannedReadmissions how planned readmissions are flagged: {@code supplied flag} or an
 *     algorithm version such as {@code CMS PRA v4.0}
 * @param combineSameDayReturns whether same-day returns to the same facility are one episode
 */
public record SafetyMethod(String name, String version, HarmTaxonomy taxonomy, int windowDays,
    String plannedReadmissions, boolean combineSameDayReturns) {

  /** The Partnership for Patients HIIN method: 2016 areas of harm, 30 days, supplied planned flag. */
  public static final SafetyMethod PFP_HIIN = new SafetyMethod("acokit-pfp", "1", HarmTaxonomy.HIIN_2016, 30,
      "supplied flag", true);

  /**
   * Validates the method.
   *
   * @throws IllegalArgumentException if the window is not positive
   */
  public SafetyMethod {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(taxonomy, "taxonomy");
    Objects.requireNonNull(plannedReadmissions, "plannedReadmissions");
    if (windowDays <= 0) {
      throw new IllegalArgumentException("readmission window must be at least 1 day, but was " + windowDays);
    }
  }

  /**
   * The label rates carry: name, version and taxonomy version.
   *
   * @return the label
   */
  public String label() {
    return name + " v" + version + " (" + taxonomy.name() + " " + taxonomy.version() + ", " + windowDays
        + "-day window, planned: " + plannedReadmissions + ")";
  }
}
