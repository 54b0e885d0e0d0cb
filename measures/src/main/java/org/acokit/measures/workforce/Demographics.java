/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.workforce;

import java.util.Map;

/**
 * The two explicit non-answers of a demographic attribute and the check every record applies.
 * <p>
 * A demographic attribute (race, ethnicity, sex, any dimension the user collects) has a value for
 * every person: a category, {@value #DECLINED} (asked, no answer) or {@value #UNKNOWN} (not
 * collected). A missing value is never silently dropped or counted as a category: records with an
 * empty value are rejected, so the non-answers stay visible in every table, as the equity issue
 * requires of OMB categories. Category codes themselves are the user's (OMB race and ethnicity
 * categories are the natural choice; unifying them with the equity package's category sets is a
 * note for the lead).
 */
public final class Demographics {

  /** Asked, but the person declined to answer. */
  public static final String DECLINED = "declined";
  /** Not collected, or not known. */
  public static final String UNKNOWN = "unknown";

  private Demographics() {
  }

  /**
   * Checks that no dimension name or value is blank.
   *
   * @param who the record, for the message
   * @param values dimension → value
   * @throws IllegalArgumentException naming the dimension if a value is blank
   */
  static void check(String who, Map<String, String> values) {
    for (Map.Entry<String, String> e : values.entrySet()) {
      if (e.getKey().isBlank()) {
        throw new IllegalArgumentException(who + ": a demographic dimension has a blank name");
      }
      if (e.getValue().isBlank()) {
        throw new IllegalArgumentException(who + ": demographic '" + e.getKey() + "' is blank; write '" + UNKNOWN
            + "' (not collected) or '" + DECLINED + "' (asked, no answer)");
      }
    }
  }
}
