/*
 * Copyright 2026 the acokit developers. Licensed under the Apache License, Version 2.0.
 */
package org.acokit.measures.workforce;

import java.time.LocalDate;

import com.google.common.collect.ImmutableMap;
import org.acokit.internal.AcoStyle;
import org.immutables.value.Value;

/**
 * One engagement survey response: the date, where the respondent works, their engagement score
 * (on the survey's own scale, such as the mean of 1–5 items) and their demographic attributes.
 * Immutable and thread-safe.
 */
@Value.Immutable
@AcoStyle
abstract class AbstractSurveyResponse {

  /** @return the response date */
  public abstract LocalDate date();

  /** @return the institution */
  public abstract String institution();

  /** @return the unit */
  public abstract String unit();

  /** @return the engagement score, a finite number on the survey's scale */
  public abstract double score();

  /** @return dimension → value */
  public abstract ImmutableMap<String, String> demographics();

  @Value.Check
  void check() {
    if (!Double.isFinite(score())) {
      throw new IllegalArgumentException("engagement score on " + date() + " is " + score() + "; it must be finite");
    }
    Demographics.check("survey response on " + date(), demographics());
  }
}
